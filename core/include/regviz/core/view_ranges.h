#pragma once

// The ranges the views and sliders of the one-weight problem span: they follow the data, never fixed
// numbers (ARCHITECTURE.md, interaction rules).

#include "regviz/core/minimizers.h"

#include <optional>

namespace regviz {

/// A closed interval min < max of weights.
struct WRange
{
    double min = 0.0;
    double max = 0.0;

    [[nodiscard]] bool contains(double w) const { return w >= min && w <= max; }
    friend bool operator==(const WRange &, const WRange &) = default;
};

/// The article's frame of w, which generated data keep at the least so the default picture is its own.
inline constexpr WRange kArticleWFrame{-1.0, 1.5};

/// The nice numbers 1, 2, 2.5 and 5 times a power of ten: the smallest at or above `value` (> 0).
[[nodiscard]] double niceCeil(double value);
/// The same nice numbers: the largest at or below `value` (> 0).
[[nodiscard]] double niceFloor(double value);

/// The w interval the curves are sampled on and every w axis spans: it takes in 0, each minimizer that
/// exists (OLS, lasso, ridge, elastic net), the true weight when it is known and the start w0 when given,
/// with a tenth of their span each side, rounded outwards to a nice step (so a slider moves the axes only
/// when a value crosses a step). `articleFrame` (generated data) keeps at least kArticleWFrame; for
/// measured data the interval is theirs alone, or kArticleWFrame when every value is 0.
[[nodiscard]] WRange automaticWRange(const Minimizers &minimizers, std::optional<double> trueWeight,
                                     std::optional<double> w0, bool articleFrame);

/// The end of the lambda slider: max(5, 2 lambda_c) rounded up to a nice number, and never below
/// `current` (so a lambda set from a session or the command line is shown as it is, never clamped).
[[nodiscard]] double lambdaRangeEnd(const Minimizers &minimizers, double current = 0.0);

/// A step size safely below the stability limit `etaMax` (> 0): the largest nice number (1, 2, 2.5, 5
/// times a power of ten) at or below 0.9 etaMax.
[[nodiscard]] double stableStep(double etaMax);

} // namespace regviz
