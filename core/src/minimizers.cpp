#include "regviz/core/minimizers.h"

#include <cmath>
#include <limits>

namespace regviz {

double softThreshold(double z, double t)
{
    if (z > t)
        return z - t;
    if (z < -t)
        return z + t;
    return 0.0;
}

Minimizers computeMinimizers(const Moments &m, const Regularization &reg)
{
    Minimizers s;
    s.identifiable = m.sxx > 0.0 && std::isfinite(m.sxx);
    s.lambdaC = 2.0 * std::abs(m.sxy);
    if (reg.alpha > 0.0) {
        // lambdaC / alpha can round so that (lambdaC / alpha) alpha < lambdaC, which would leave the
        // elastic-net minimizer a few 1e-17 off 0 at its own threshold; step up to the first lambda
        // whose lambda alpha reaches lambdaC, so the minimizer is exactly 0 from lambdaCElastic on.
        double threshold = s.lambdaC / reg.alpha;
        while (threshold * reg.alpha < s.lambdaC)
            threshold = std::nextafter(threshold, std::numeric_limits<double>::infinity());
        s.lambdaCElastic = threshold;
    }

    if (!s.identifiable) {
        // MSE is flat in w; a positive penalty is then minimized at w = 0 only.
        if (reg.lambda > 0.0) {
            s.ridge = s.lasso = s.elasticNet = 0.0;
            s.lassoAtZero = s.elasticAtZero = true;
        }
        return s;
    }

    s.ols = m.sxy / m.sxx;
    s.ridge = m.sxy / (m.sxx + reg.lambda);
    // Exactly 0 for lambda >= lambdaC: |Sxy| - lambda/2 is then <= 0 with no rounding (halving is exact).
    s.lasso = softThreshold(m.sxy, reg.lambda / 2.0) / m.sxx;
    s.elasticNet =
        softThreshold(m.sxy, reg.lambda * reg.alpha / 2.0) / (m.sxx + reg.lambda * (1.0 - reg.alpha));
    s.lassoAtZero = *s.lasso == 0.0;
    s.elasticAtZero = *s.elasticNet == 0.0;
    return s;
}

std::optional<double> minimizer(const Minimizers &all, Penalty kind)
{
    switch (kind) {
    case Penalty::None:
        return all.ols;
    case Penalty::L1:
        return all.lasso;
    case Penalty::L2:
        return all.ridge;
    case Penalty::ElasticNet:
        return all.elasticNet;
    }
    return std::nullopt;
}

} // namespace regviz
