#include "regviz/core/conventions.h"

#include <cmath>

namespace regviz {

SklearnMapping toSklearn(double lambda, double alpha, std::int64_t n)
{
    // Each library objective is a positive multiple of ours with the same penalty weights:
    //   (1/(2n)) RSS + a |w|                       = (1/2) (MSE + 2 a |w|)
    //   RSS + a w^2                                = n (MSE + (a/n) w^2)
    //   (1/(2n)) RSS + a r |w| + (a (1-r)/2) w^2   = (1/2) (MSE + 2 a r |w| + a (1-r) w^2)
    // so 2 a r = lambda alpha and a (1 - r) = lambda (1 - alpha).
    SklearnMapping s;
    s.lassoAlpha = lambda / 2.0;
    s.ridgeAlpha = static_cast<double>(n) * lambda;
    s.elasticAlpha = lambda * (2.0 - alpha) / 2.0;
    s.elasticL1Ratio = alpha / (2.0 - alpha);
    return s;
}

} // namespace regviz
