#pragma once

#include "regviz/core/dataset.h"

#include <cstdint>
#include <optional>
#include <string>

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
    double xMean = 0.0; ///< mean(x) of the data as given (before any centring)
    double yMean = 0.0; ///< mean(y)
    double eMean = 0.0; ///< mean(e)
    /// sxx .. see are of x - mean(x), y - mean(y) and e - mean(e): the fit has an intercept
    /// b = mean(y) - w mean(x), and every formula in w is unchanged.
    bool centred = false;

    friend bool operator==(const Moments &, const Moments &) = default;
};

/// All moments of the data for this true weight and noise: O(n).
[[nodiscard]] Moments computeMoments(const Dataset &data, double trueWeight, double noise);

/// The moments of measured data: O(n). There is no noise draw, so sxe and see are 0.
///
/// Each column is scaled by a power of two before squaring (exact, so data whose squares are normal
/// doubles give the same bits as unscaled sums) and the means scaled back, so squares of tiny values do
/// not underflow on the way. A mean below the normal range is still returned rounded (possibly to 0);
/// momentsRangeProblem says when that happens.
[[nodiscard]] Moments computeMoments(const XYData &data);

/// Why the moments of the data cannot be represented: a message naming the column whose mean square is
/// non-zero but below the smallest normal double (e.g. rows 1e-300,2e-300 and 2e-300,4e-300, whose mean
/// x² is about 2.5e-600). Nothing when every mean square is 0 or a normal double. The large end is bounded
/// by kMaxDataMagnitude at import.
[[nodiscard]] std::optional<std::string> momentsRangeProblem(const XYData &data);

/// The moments of the draw's x and e centred on their means (true weight 0, noise 0), for a fit with an
/// intercept: rescaleMoments forms any true weight and noise from them. Two passes, O(n).
[[nodiscard]] Moments centredMoments(const Dataset &data);

/// The moments of measured data centred on their means, for a fit with an intercept. The deviations are
/// formed before squaring (two passes), so an offset far larger than the spread loses nothing. O(n).
[[nodiscard]] Moments centredMoments(const XYData &data);

/// The rows less their column means (x and e of a draw, x and y of measured data). O(n).
[[nodiscard]] Dataset centred(const Dataset &data);
[[nodiscard]] XYData centred(const XYData &data);

/// The intercept b = mean(y) - w mean(x) that goes with the weight w on centred moments; 0 without one.
[[nodiscard]] double interceptAt(const Moments &m, double w);

/// The moments for a new true weight and noise from ones computed for the same draw: O(1).
///
/// With y = w x + s e: Sxy = w Sxx + s Sxe and Syy = w^2 Sxx + 2 w s Sxe + s^2 See; Sxx, Sxe, See and n
/// do not depend on w or s.
[[nodiscard]] Moments rescaleMoments(const Moments &sameDraw, double trueWeight, double noise);

} // namespace regviz
