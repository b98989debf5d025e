#include "regviz/core/view_ranges.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace regviz {

namespace {

constexpr std::array<double, 4> kNiceMantissas{1.0, 2.0, 2.5, 5.0};

/// A tenth of the span each side.
constexpr double kMarginFraction = 0.1;
/// About this many nice steps across the interval: the rounding never adds more than an eighth.
constexpr double kStepsAcross = 8.0;
/// The article's default lambda range, which data with a small lambda_c keep.
constexpr double kArticleLambdaEnd = 5.0;

} // namespace

double niceCeil(double value)
{
    if (!(value > 0.0) || !std::isfinite(value))
        return value;
    const double decade = std::pow(10.0, std::floor(std::log10(value)));
    for (const double mantissa : kNiceMantissas) {
        if (mantissa * decade >= value)
            return mantissa * decade;
    }
    return 10.0 * decade;
}

double niceFloor(double value)
{
    if (!(value > 0.0) || !std::isfinite(value))
        return value;
    double decade = std::pow(10.0, std::floor(std::log10(value)));
    if (decade > value) // log10 rounded a value a hair below a power of ten up to it
        decade /= 10.0;
    double best = decade;
    for (const double mantissa : kNiceMantissas) {
        if (mantissa * decade <= value)
            best = mantissa * decade;
    }
    return best;
}

WRange automaticWRange(const Minimizers &minimizers, std::optional<double> trueWeight,
                       std::optional<double> w0, bool articleFrame)
{
    double low = 0.0;
    double high = 0.0;
    const auto take = [&](std::optional<double> w) {
        if (w && std::isfinite(*w)) {
            low = std::min(low, *w);
            high = std::max(high, *w);
        }
    };
    for (const std::optional<double> &w :
         {minimizers.ols, minimizers.lasso, minimizers.ridge, minimizers.elasticNet, trueWeight, w0})
        take(w);
    const double span = high - low;
    if (!(span > 0.0))
        return kArticleWFrame;
    const double margin = kMarginFraction * span;
    const double step = niceCeil((span + 2.0 * margin) / kStepsAcross);
    WRange range{std::floor((low - margin) / step) * step, std::ceil((high + margin) / step) * step};
    if (articleFrame) {
        range.min = std::min(range.min, kArticleWFrame.min);
        range.max = std::max(range.max, kArticleWFrame.max);
    }
    return range;
}

double lambdaRangeEnd(const Minimizers &minimizers, double current)
{
    const double wanted = std::max(kArticleLambdaEnd, niceCeil(2.0 * minimizers.lambdaC));
    return std::max(std::isfinite(wanted) ? wanted : kArticleLambdaEnd, current);
}

double stableStep(double etaMax)
{
    return niceFloor(0.9 * etaMax);
}

} // namespace regviz
