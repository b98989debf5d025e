#include "regviz/core/objective.h"

#include <algorithm>
#include <cmath>

namespace regviz {

namespace {
double signOf(double w)
{
    if (w > 0.0)
        return 1.0;
    return w < 0.0 ? -1.0 : 0.0;
}
} // namespace

double mse(const Moments &m, double w)
{
    // The expansion can round to a tiny negative number at the exact fit; the true value is >= 0.
    return std::max(0.0, m.syy - 2.0 * w * m.sxy + w * w * m.sxx);
}

double mseGradient(const Moments &m, double w)
{
    return 2.0 * (w * m.sxx - m.sxy);
}

double l1Weight(Penalty kind, const Regularization &reg)
{
    switch (kind) {
    case Penalty::L1:
        return reg.lambda;
    case Penalty::ElasticNet:
        return reg.lambda * reg.alpha;
    case Penalty::None:
    case Penalty::L2:
        break;
    }
    return 0.0;
}

double l2Weight(Penalty kind, const Regularization &reg)
{
    switch (kind) {
    case Penalty::L2:
        return reg.lambda;
    case Penalty::ElasticNet:
        return reg.lambda * (1.0 - reg.alpha);
    case Penalty::None:
    case Penalty::L1:
        break;
    }
    return 0.0;
}

double penalty(Penalty kind, const Regularization &reg, double w)
{
    return l1Weight(kind, reg) * std::abs(w) + l2Weight(kind, reg) * w * w;
}

double penaltyGradient(Penalty kind, const Regularization &reg, double w)
{
    return l1Weight(kind, reg) * signOf(w) + 2.0 * l2Weight(kind, reg) * w;
}

double objective(const Moments &m, Penalty kind, const Regularization &reg, double w)
{
    return mse(m, w) + penalty(kind, reg, w);
}

double objectiveGradient(const Moments &m, Penalty kind, const Regularization &reg, double w)
{
    return mseGradient(m, w) + penaltyGradient(kind, reg, w);
}

const char *penaltyName(Penalty kind)
{
    switch (kind) {
    case Penalty::None:
        return "none";
    case Penalty::L1:
        return "l1";
    case Penalty::L2:
        return "l2";
    case Penalty::ElasticNet:
        return "elastic";
    }
    return "none";
}

} // namespace regviz
