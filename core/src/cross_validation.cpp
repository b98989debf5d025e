#include "regviz/core/cross_validation.h"

#include "regviz/core/random.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace regviz {

std::vector<int> makeFolds(Eigen::Index n, int k, std::uint64_t seed)
{
    const auto rows = static_cast<std::size_t>(std::max<Eigen::Index>(n, 0));
    std::vector<std::size_t> order(rows);
    std::iota(order.begin(), order.end(), std::size_t{0});
    PortableRandom random(seed);
    for (std::size_t i = rows; i > 1; --i) {
        // The raw 64-bit output modulo i: portable, with a bias below i / 2^64.
        const auto j = static_cast<std::size_t>(random.nextRaw() % static_cast<std::uint64_t>(i));
        std::swap(order[i - 1], order[j]);
    }
    std::vector<int> fold(rows);
    const auto folds = static_cast<std::size_t>(std::max(k, 1));
    for (std::size_t i = 0; i < rows; ++i)
        fold[order[i]] = static_cast<int>(i % folds);
    return fold;
}

double meanSquaredError(const FeatureMoments &moments, const OriginalFit &fit)
{
    const Eigen::Index p = moments.features();
    const Eigen::VectorXd &w = fit.weights;
    const double bias = moments.mean[p] - fit.intercept - moments.mean.head(p).dot(w);
    const double spread = moments.covariance(p, p) - 2.0 * w.dot(moments.covariance.col(p).head(p)) +
                          w.dot(moments.covariance.topLeftCorner(p, p) * w);
    return bias * bias + std::max(spread, 0.0);
}

CrossValidation crossValidate(const FoldMoments &moments, const FitOptions &options, double alpha,
                              const std::vector<double> &lambdas, const SolverSettings &settings)
{
    CrossValidation cv;
    const auto k = static_cast<Eigen::Index>(moments.folds.size());
    const auto count = static_cast<Eigen::Index>(lambdas.size());
    cv.folds = static_cast<int>(k);
    cv.alpha = alpha;
    cv.lambda = lambdas;
    cv.foldMse.resize(count, k);
    for (Eigen::Index f = 0; f < k; ++f) {
        const FeatureProblem problem =
            makeFeatureProblem(trainingMoments(moments, static_cast<int>(f)), options);
        const CoefficientPath path = elasticNetPath(problem, alpha, lambdas, settings);
        const FeatureMoments &test = moments.folds[static_cast<std::size_t>(f)];
        for (Eigen::Index l = 0; l < count; ++l) {
            OriginalFit fit;
            fit.weights = path.weights.col(l);
            fit.intercept = path.intercepts[l];
            cv.foldMse(l, f) = meanSquaredError(test, fit);
        }
    }
    cv.mse = cv.foldMse.rowwise().mean();
    cv.se.resize(count);
    for (Eigen::Index l = 0; l < count; ++l) {
        const double variance =
            k > 1 ? (cv.foldMse.row(l).array() - cv.mse[l]).square().sum() / static_cast<double>(k - 1) : 0.0;
        cv.se[l] = std::sqrt(variance / static_cast<double>(k));
    }
    if (count == 0)
        return cv;
    for (Eigen::Index l = 1; l < count; ++l) {
        if (cv.mse[l] < cv.mse[cv.minIndex])
            cv.minIndex = l;
    }
    const double bound = cv.mse[cv.minIndex] + cv.se[cv.minIndex];
    cv.oneSeIndex = cv.minIndex;
    for (Eigen::Index l = 0; l <= cv.minIndex; ++l) {
        if (cv.mse[l] <= bound) {
            cv.oneSeIndex = l;
            break;
        }
    }
    cv.lambdaMin = lambdas[static_cast<std::size_t>(cv.minIndex)];
    cv.lambda1se = lambdas[static_cast<std::size_t>(cv.oneSeIndex)];
    return cv;
}

CrossValidation crossValidate(const Table &table, std::span<const int> fold, int k, const FitOptions &options,
                              double alpha, const std::vector<double> &lambdas,
                              const SolverSettings &settings)
{
    return crossValidate(computeFoldMoments(table, fold, k), options, alpha, lambdas, settings);
}

} // namespace regviz
