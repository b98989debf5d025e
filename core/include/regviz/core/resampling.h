#pragma once

#include "regviz/core/moments.h"
#include "regviz/core/params.h"

#include <cstdint>
#include <vector>

namespace regviz {

/// The lasso and ridge estimates of `draws` fresh datasets: seeds seed + 1, seed + 2, ..., same n, true
/// weight, noise and lambda as params. lassoZeros counts estimates that are exactly 0.
struct Resampling
{
    std::vector<double> lasso;
    std::vector<double> ridge;
    int lassoZeros = 0;
};

[[nodiscard]] Resampling resample(const Params &params, int draws);

inline constexpr int kDefaultResamplingDraws = 50; ///< "Resample 50 times"

/// The moments of `draws` fresh datasets (seeds seed + 1 ... seed + draws, n points each) at true weight 0
/// and noise 0: the part that costs O(n) per draw. Any true weight, noise and lambda are then O(1) per draw.
[[nodiscard]] std::vector<Moments> resamplingDraws(std::uint64_t seed, int n, int draws);

/// The lasso and ridge estimates of each draw for these parameters (resample() is built on this).
[[nodiscard]] Resampling resampleFromDraws(const std::vector<Moments> &draws, const Params &params);

} // namespace regviz
