#pragma once

// The same objective in scikit-learn's and glmnet's parameters.

#include <cstdint>

namespace regviz {

/// The same objective in scikit-learn's and glmnet's parameters, so a figure can be reproduced there.
/// Lasso: (1/(2n)) ||y - Xw||^2 + a |w|  -> a = lambda / 2.
/// Ridge: ||y - Xw||^2 + a w^2           -> a = n lambda.
/// ElasticNet: (1/(2n)) ||y - Xw||^2 + a r |w| + (a (1 - r) / 2) w^2 -> r = alpha / (2 - alpha),
/// a = lambda (2 - alpha) / 2. glmnet (standardize = FALSE, intercept = FALSE) uses the same a and r as
/// its lambda and alpha, provided y is supplied scaled to unit variance (1/n formula): for the gaussian
/// family glmnet standardizes y internally, which otherwise changes the ridge part of the fit.
struct SklearnMapping
{
    double lassoAlpha = 0.0;
    double ridgeAlpha = 0.0;
    double elasticAlpha = 0.0;
    double elasticL1Ratio = 0.0;
};

[[nodiscard]] SklearnMapping toSklearn(double lambda, double alpha, std::int64_t n);

} // namespace regviz
