#include "regviz/core/standardize.h"

#include <cmath>

namespace regviz {

FeatureProblem makeFeatureProblem(const FeatureMoments &moments, const FitOptions &options)
{
    const Eigen::Index p = moments.features();
    FeatureProblem problem;
    problem.n = moments.n;
    problem.options = options;
    problem.constant.resize(static_cast<std::size_t>(p));
    problem.fixedAtZero.resize(static_cast<std::size_t>(p));
    const bool holdConstants = options.intercept || options.standardize;
    problem.scale = Eigen::VectorXd::Ones(p);
    for (Eigen::Index j = 0; j < p; ++j) {
        const auto jj = static_cast<std::size_t>(j);
        // A variance of 0 from rounding (values equal to a few ulps) cannot be scaled either.
        problem.constant[jj] = moments.isConstant(j) || !(moments.covariance(j, j) > 0.0);
        problem.fixedAtZero[jj] = holdConstants && problem.constant[jj];
        if (options.standardize && !problem.fixedAtZero[jj])
            problem.scale[j] = std::sqrt(moments.covariance(j, j));
    }
    if (options.intercept) {
        problem.gram = moments.covariance.topLeftCorner(p, p);
        problem.xy = moments.covariance.col(p).head(p);
        problem.yy = moments.covariance(p, p);
        problem.xCentre = moments.mean.head(p);
        problem.yCentre = moments.mean[p];
    } else {
        problem.gram = moments.gram();
        problem.xy = moments.crossMoment();
        problem.yy = moments.targetMoment();
        problem.xCentre = Eigen::VectorXd::Zero(p);
    }
    if (options.standardize) {
        const Eigen::VectorXd inverse = problem.scale.cwiseInverse();
        problem.gram = inverse.asDiagonal() * problem.gram * inverse.asDiagonal();
        problem.xy = problem.xy.cwiseProduct(inverse);
        // Centred and scaled, a column's mean square is 1 exactly, not 1 give or take an ulp.
        for (Eigen::Index j = 0; j < p && options.intercept; ++j) {
            if (!problem.fixedAtZero[static_cast<std::size_t>(j)])
                problem.gram(j, j) = 1.0;
        }
    }
    for (Eigen::Index j = 0; j < p; ++j) {
        if (problem.fixedAtZero[static_cast<std::size_t>(j)]) {
            problem.gram.row(j).setZero();
            problem.gram.col(j).setZero();
            problem.xy[j] = 0.0;
        }
    }
    return problem;
}

OriginalFit toOriginalScale(const FeatureProblem &problem, const Eigen::VectorXd &solverWeights)
{
    OriginalFit fit;
    fit.weights = solverWeights.cwiseQuotient(problem.scale);
    for (Eigen::Index j = 0; j < fit.weights.size(); ++j) {
        if (problem.fixedAtZero[static_cast<std::size_t>(j)])
            fit.weights[j] = 0.0;
    }
    fit.intercept = problem.options.intercept ? problem.yCentre - problem.xCentre.dot(fit.weights) : 0.0;
    return fit;
}

} // namespace regviz
