#pragma once

#include <QString>

namespace regviz {

/// A number as shown on screen and in explanations: up to `significant` significant digits, "0" for an
/// exact zero (never "-0" or "0e+00").
[[nodiscard]] QString formatNumber(double value, int significant = 4);

} // namespace regviz
