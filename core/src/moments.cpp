#include "regviz/core/moments.h"

namespace regviz {

Moments computeMoments(const Dataset &data, double trueWeight, double noise)
{
    Moments m;
    m.n = data.size();
    if (m.n == 0)
        return m;
    const auto n = static_cast<double>(m.n);
    m.sxx = data.x.squaredNorm() / n;
    m.sxe = data.x.dot(data.e) / n;
    m.see = data.e.squaredNorm() / n;
    const Eigen::VectorXd y = responses(data, trueWeight, noise);
    m.sxy = data.x.dot(y) / n;
    m.syy = y.squaredNorm() / n;
    return m;
}

Moments computeMoments(const XYData &data)
{
    Moments m;
    m.n = data.size();
    if (m.n == 0)
        return m;
    const auto n = static_cast<double>(m.n);
    m.sxx = data.x.squaredNorm() / n;
    m.sxy = data.x.dot(data.y) / n;
    m.syy = data.y.squaredNorm() / n;
    return m;
}

Moments rescaleMoments(const Moments &sameDraw, double trueWeight, double noise)
{
    Moments m = sameDraw;
    m.sxy = trueWeight * m.sxx + noise * m.sxe;
    m.syy = trueWeight * trueWeight * m.sxx + 2.0 * trueWeight * noise * m.sxe + noise * noise * m.see;
    return m;
}

} // namespace regviz
