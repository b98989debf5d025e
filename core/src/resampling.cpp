#include "regviz/core/resampling.h"

#include "regviz/core/dataset.h"
#include "regviz/core/minimizers.h"

namespace regviz {

std::vector<Moments> resamplingDraws(std::uint64_t seed, int n, int draws)
{
    std::vector<Moments> moments;
    moments.reserve(static_cast<std::size_t>(std::max(draws, 0)));
    for (int k = 1; k <= draws; ++k)
        moments.push_back(computeMoments(generateDataset(seed + static_cast<std::uint64_t>(k), n), 0.0, 0.0));
    return moments;
}

Resampling resampleFromDraws(const std::vector<Moments> &draws, const Params &params)
{
    Resampling result;
    result.lasso.reserve(draws.size());
    result.ridge.reserve(draws.size());
    const Regularization reg{params.lambda, params.alpha};
    for (const Moments &draw : draws) {
        const Minimizers m = computeMinimizers(rescaleMoments(draw, params.trueWeight, params.noise), reg);
        if (m.lasso) {
            result.lasso.push_back(*m.lasso);
            result.lassoZeros += *m.lasso == 0.0 ? 1 : 0;
        }
        if (m.ridge)
            result.ridge.push_back(*m.ridge);
    }
    return result;
}

Resampling resample(const Params &params, int draws)
{
    // One path for the one-off and the live (rescaled per slider move) resampling, so they agree exactly.
    return resampleFromDraws(resamplingDraws(params.seed, params.samples, draws), params);
}

} // namespace regviz
