#include "regviz/core/path.h"

#include "regviz/core/minimizers.h"

#include <algorithm>
#include <cmath>

namespace regviz {

namespace {

// The lower end of a logarithmic path grid, relative to lambdaMax.
constexpr double kLogGridSpan = 1e-3;

Eigen::VectorXd pathGrid(const PathOptions &options)
{
    if (options.count < 1 || !std::isfinite(options.lambdaMax) || options.lambdaMax < 0.0)
        return {};
    if (!options.logarithmic)
        return Eigen::VectorXd::LinSpaced(options.count, 0.0, options.lambdaMax);
    if (options.lambdaMax <= 0.0)
        return {}; // no geometric grid ends at 0
    Eigen::VectorXd grid(options.count);
    const double low = options.lambdaMax * kLogGridSpan;
    const double logRatio = std::log(options.lambdaMax / low);
    const double last = static_cast<double>(std::max(options.count - 1, 1));
    for (Eigen::Index i = 0; i < grid.size(); ++i)
        grid[i] = low * std::exp(logRatio * static_cast<double>(i) / last);
    // Pin the ends: exp and log may each be an ulp off, and the ends are what the axis shows.
    grid[0] = low;
    grid[grid.size() - 1] = options.lambdaMax;
    return grid;
}

} // namespace

RegularizationPath computePath(const Moments &m, double alpha, const PathOptions &options)
{
    RegularizationPath path;
    const Eigen::VectorXd grid = pathGrid(options);
    Regularization reg{0.0, alpha};
    const Minimizers thresholds = computeMinimizers(m, reg);
    path.lambdaC = thresholds.lambdaC;
    path.lambdaCElastic = thresholds.lambdaCElastic;

    path.lambda.resize(grid.size());
    path.lasso.resize(grid.size());
    path.ridge.resize(grid.size());
    path.elasticNet.resize(grid.size());
    Eigen::Index kept = 0;
    for (const double lambda : grid) {
        reg.lambda = lambda;
        const Minimizers s = computeMinimizers(m, reg);
        if (!s.lasso || !s.ridge || !s.elasticNet)
            continue; // not unique (Sxx = 0 and lambda = 0): leave a gap rather than a NaN
        path.lambda[kept] = lambda;
        path.lasso[kept] = *s.lasso;
        path.ridge[kept] = *s.ridge;
        path.elasticNet[kept] = *s.elasticNet;
        ++kept;
    }
    path.lambda.conservativeResize(kept);
    path.lasso.conservativeResize(kept);
    path.ridge.conservativeResize(kept);
    path.elasticNet.conservativeResize(kept);
    return path;
}

} // namespace regviz
