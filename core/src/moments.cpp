#include "regviz/core/moments.h"

#include <algorithm>

namespace regviz {

Moments computeMoments(const Dataset &data, double trueWeight, double noise)
{
    Moments m;
    m.n = data.size();
    if (m.n == 0)
        return m;
    // One pass in cache-sized chunks, y formed on the fly: no n-sized temporary (whose page faults cost
    // more than the arithmetic at n = 1,000,000), and chunked sums keep the rounding error small.
    constexpr Eigen::Index kChunk = 4096;
    for (Eigen::Index begin = 0; begin < m.n; begin += kChunk) {
        const Eigen::Index size = std::min(kChunk, m.n - begin);
        const auto x = data.x.segment(begin, size);
        const auto e = data.e.segment(begin, size);
        const auto y = trueWeight * x + noise * e;
        m.sxx += x.squaredNorm();
        m.sxe += x.dot(e);
        m.see += e.squaredNorm();
        m.sxy += x.dot(y);
        m.syy += y.squaredNorm();
    }
    const auto n = static_cast<double>(m.n);
    m.sxx /= n;
    m.sxe /= n;
    m.see /= n;
    m.sxy /= n;
    m.syy /= n;
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
