#include "regviz/core/moments.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <limits>
#include <sstream>

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
        m.xMean += x.sum();
        m.eMean += e.sum();
    }
    const auto n = static_cast<double>(m.n);
    m.sxx /= n;
    m.sxe /= n;
    m.see /= n;
    m.sxy /= n;
    m.syy /= n;
    m.xMean /= n;
    m.eMean /= n;
    m.yMean = trueWeight * m.xMean + noise * m.eMean;
    return m;
}

Dataset centred(const Dataset &data)
{
    if (data.size() == 0)
        return data;
    return {data.seed, (data.x.array() - data.x.mean()).matrix(), (data.e.array() - data.e.mean()).matrix()};
}

XYData centred(const XYData &data)
{
    if (data.size() == 0)
        return data;
    return {(data.x.array() - data.x.mean()).matrix(), (data.y.array() - data.y.mean()).matrix()};
}

Moments centredMoments(const Dataset &data)
{
    Moments m = computeMoments(centred(data), 0.0, 0.0);
    if (m.n > 0) {
        m.xMean = data.x.mean();
        m.eMean = data.e.mean();
    }
    m.yMean = 0.0;
    m.centred = true;
    return m;
}

double interceptAt(const Moments &m, double w)
{
    return m.centred ? m.yMean - w * m.xMean : 0.0;
}

namespace {

/// The power-of-two exponent that brings a column's largest magnitude into [0.5, 1); 0 when the column is
/// all 0 or not finite (nothing to gain, and nothing the scaling could make finite).
int scaleExponent(const Eigen::VectorXd &v)
{
    const double largest = v.size() == 0 ? 0.0 : v.cwiseAbs().maxCoeff();
    if (!(largest > 0.0) || !std::isfinite(largest))
        return 0;
    int exponent = 0;
    std::frexp(largest, &exponent);
    return exponent;
}

/// Means of the columns scaled by 2^-ex and 2^-ey, so no square underflows or overflows before the sum.
/// Multiplying by a power of two is exact, so for data whose squares are normal doubles this gives the
/// same bits as the unscaled sums.
struct ScaledMeans
{
    double xx = 0.0;
    double xy = 0.0;
    double yy = 0.0;
    int ex = 0;
    int ey = 0;
};

ScaledMeans scaledMeans(const XYData &data)
{
    ScaledMeans s;
    s.ex = scaleExponent(data.x);
    s.ey = scaleExponent(data.y);
    const auto n = static_cast<double>(data.size());
    // ldexp on each value, not a product with 2^-e: for a subnormal column 2^-e itself overflows to
    // infinity (e = -1073), and infinity times 0 is NaN (found by fuzz_csv).
    const auto scaled = [](const Eigen::VectorXd &v, int e) {
        return Eigen::VectorXd(v.unaryExpr([e](double value) { return std::ldexp(value, -e); }));
    };
    const Eigen::VectorXd x = scaled(data.x, s.ex);
    const Eigen::VectorXd y = scaled(data.y, s.ey);
    s.xx = x.squaredNorm() / n;
    s.xy = x.dot(y) / n;
    s.yy = y.squaredNorm() / n;
    return s;
}

/// "about 2.5e-600": a positive value given as mantissa times 2^exponent, in decimal even when it lies
/// outside the range of a double.
std::string aboutDecimal(double mantissa, int binaryExponent)
{
    const double digits = std::log10(mantissa) + binaryExponent * std::log10(2.0);
    const double decade = std::floor(digits);
    std::ostringstream out;
    out << "about " << std::setprecision(2) << std::pow(10.0, digits - decade) << "e"
        << static_cast<long>(decade);
    return out.str();
}

} // namespace

Moments computeMoments(const XYData &data)
{
    Moments m;
    m.n = data.size();
    if (m.n == 0)
        return m;
    const ScaledMeans s = scaledMeans(data);
    m.sxx = std::ldexp(s.xx, 2 * s.ex);
    m.sxy = std::ldexp(s.xy, s.ex + s.ey);
    m.syy = std::ldexp(s.yy, 2 * s.ey);
    m.xMean = data.x.mean();
    m.yMean = data.y.mean();
    return m;
}

Moments centredMoments(const XYData &data)
{
    Moments m = computeMoments(centred(data));
    if (m.n > 0) {
        m.xMean = data.x.mean();
        m.yMean = data.y.mean();
    }
    m.centred = true;
    return m;
}

std::optional<std::string> momentsRangeProblem(const XYData &data)
{
    if (data.size() == 0)
        return std::nullopt;
    const ScaledMeans s = scaledMeans(data);
    const auto check = [](const char *column, double scaled, int exponent) -> std::optional<std::string> {
        if (!(scaled > 0.0) || std::ldexp(scaled, exponent) >= std::numeric_limits<double>::min())
            return std::nullopt;
        return std::string("the ") + column + " values are too small to fit: the mean of " + column + "² (" +
               aboutDecimal(scaled, exponent) +
               ") is below the smallest normal double (2.2e-308), so it cannot be held to full precision; "
               "multiply x and y by the same power of ten (e.g. 1e" +
               std::to_string(
                   static_cast<long>(-std::floor((std::log10(scaled) + exponent * std::log10(2.0)) / 2.0))) +
               ") and import again";
    };
    if (std::optional<std::string> problem = check("x", s.xx, 2 * s.ex))
        return problem;
    return check("y", s.yy, 2 * s.ey);
}

Moments rescaleMoments(const Moments &sameDraw, double trueWeight, double noise)
{
    Moments m = sameDraw;
    m.sxy = trueWeight * m.sxx + noise * m.sxe;
    m.syy = trueWeight * trueWeight * m.sxx + 2.0 * trueWeight * noise * m.sxe + noise * noise * m.see;
    m.yMean = trueWeight * m.xMean + noise * m.eMean;
    return m;
}

} // namespace regviz
