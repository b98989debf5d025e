#pragma once

#include "regviz/core/dataset.h"

#include <cstdint>

namespace regviz {

/// Sample moments (means over the n points) that determine every curve and minimizer.
///
/// F(w) = (1/n) sum (y_i - w x_i)^2 = Syy - 2 w Sxy + w^2 Sxx, so once these are known nothing else
/// needs the data.
struct Moments
{
    double sxx = 0.0; ///< mean(x^2)
    double sxy = 0.0; ///< mean(x y)
    double syy = 0.0; ///< mean(y^2)
    double sxe = 0.0; ///< mean(x e), e the unit noise
    double see = 0.0; ///< mean(e^2)
    std::int64_t n = 0;

    friend bool operator==(const Moments &, const Moments &) = default;
};

/// All moments of the data for this true weight and noise: O(n).
[[nodiscard]] Moments computeMoments(const Dataset &data, double trueWeight, double noise);

/// The moments of measured data: O(n). There is no noise draw, so sxe and see are 0.
[[nodiscard]] Moments computeMoments(const XYData &data);

/// The moments for a new true weight and noise from ones computed for the same draw: O(1).
///
/// With y = w x + s e: Sxy = w Sxx + s Sxe and Syy = w^2 Sxx + 2 w s Sxe + s^2 See; Sxx, Sxe, See and n
/// do not depend on w or s.
[[nodiscard]] Moments rescaleMoments(const Moments &sameDraw, double trueWeight, double noise);

} // namespace regviz
