#include "regviz/core/shrinkage.h"

#include "regviz/core/minimizers.h"

#include <cmath>

namespace regviz {

Shrinkage computeShrinkage(const Moments &m, const Regularization &reg, double olsMin, double olsMax,
                           int count)
{
    Shrinkage s;
    if (!(m.sxx > 0.0) || !std::isfinite(m.sxx) || count < 1)
        return s;
    // In terms of z = Sxy / Sxx the closed forms are soft thresholds of z itself. Thresholding z (rather
    // than z Sxx and dividing back) makes the L1 curve exactly 0 on |z| <= deadBand, so the plotted curve
    // and the marked dead band agree to the last bit.
    const double elasticL1 = l1Weight(Penalty::ElasticNet, reg);
    const double elasticL2 = l2Weight(Penalty::ElasticNet, reg);
    s.deadBand = reg.lambda / (2.0 * m.sxx);
    s.ridgeSlope = m.sxx / (m.sxx + reg.lambda);
    const double elasticBand = elasticL1 / (2.0 * m.sxx);
    const double elasticSlope = m.sxx / (m.sxx + elasticL2);

    s.ols = Eigen::VectorXd::LinSpaced(count, olsMin, olsMax);
    s.lasso.resize(count);
    s.ridge.resize(count);
    s.elasticNet.resize(count);
    for (Eigen::Index i = 0; i < s.ols.size(); ++i) {
        const double z = s.ols[i];
        s.lasso[i] = softThreshold(z, s.deadBand);
        s.ridge[i] = s.ridgeSlope * z;
        s.elasticNet[i] = elasticSlope * softThreshold(z, elasticBand);
    }
    return s;
}

} // namespace regviz
