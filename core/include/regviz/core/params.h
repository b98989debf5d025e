#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>

namespace regviz {

/// A closed interval of allowed values for one parameter, with its default.
template <typename T> struct Range
{
    T min;
    T max;
    T defaultValue;

    [[nodiscard]] constexpr bool contains(T value) const { return value >= min && value <= max; }
};

/// Every allowed range in one place: sliders, spin boxes, the command line and validation read these.
namespace limits {
// lambda 0.5 is past lambda_c (0.28 for the default data), so the default scene reproduces the article's
// last figure: the L1 minimum sits at exactly 0 while the L2 minimum is shrunk to about 0.18.
// [0, 5] is the slider's range on data whose lambda_c is small; lambdaRangeEnd (view_ranges.h) widens it
// to max(5, 2 lambda_c) for the data at hand, and validation accepts up to lambdaCeiling.
inline constexpr Range<double> lambda{0.0, 5.0, 0.5};
/// Any finite lambda >= 0 is a valid scene; what the data allow is lambdaRangeEnd, checked where the data
/// are.
inline constexpr double lambdaCeiling = std::numeric_limits<double>::max();
inline constexpr Range<double> trueWeight{-2.0, 2.0, 0.5};
inline constexpr Range<double> noise{0.0, 2.0, 0.0};
inline constexpr Range<int> samples{2, 1'000'000, 200};
inline constexpr Range<std::uint64_t> seed{0, 2'147'483'647ULL, 42}; // fits a spin box's int
inline constexpr Range<double> alpha{0.0, 1.0, 0.5};
inline constexpr Range<int> gridSize{11, 100'001, 2001};
inline constexpr Range<double> correlation{-0.95, 0.95, 0.6}; ///< of the two features in the 2-D picture
inline constexpr Range<double> secondWeight{-2.0, 2.0, 0.1};  ///< true w2 in the 2-D picture
inline constexpr double wLimit = 100.0;                       ///< |wMin|, |wMax| may not exceed this.
inline constexpr double defaultWMin = -1.0; ///< the grid a session fixes when it names no w_min
inline constexpr double defaultWMax = 1.5;
} // namespace limits

/// Everything that defines a scene. A plain value: copy it, compare it, validate it.
struct Params
{
    double lambda = limits::lambda.defaultValue;         ///< regularization strength, F = MSE + lambda P
    double trueWeight = limits::trueWeight.defaultValue; ///< w_true in y = w_true x + sigma e
    double noise = limits::noise.defaultValue;           ///< sigma, the noise standard deviation
    int samples = limits::samples.defaultValue;          ///< n
    std::uint64_t seed = limits::seed.defaultValue;      ///< selects the draw of x and e
    double alpha = limits::alpha.defaultValue;           ///< elastic-net mix: alpha |w| + (1 - alpha) w^2
    double wMin = limits::defaultWMin;                   ///< left end of the curve grid
    double wMax = limits::defaultWMax;                   ///< right end of the curve grid
    /// wMin..wMax are used as they are (a session fixed them); otherwise the grid follows the data
    /// (automaticWRange) and wMin, wMax are not read.
    bool fixedGrid = false;
    /// Fit an intercept: x and y are centred, so the moments (and every formula in w) are of the
    /// deviations, and each fit has b = mean(y) - w mean(x). On by default for imported data only.
    bool intercept = false;
    int gridSize = limits::gridSize.defaultValue;            ///< number of grid points, ends included
    double correlation = limits::correlation.defaultValue;   ///< 2-D picture: correlation of x1 and x2
    double secondWeight = limits::secondWeight.defaultValue; ///< 2-D picture: true w2 (w1 is trueWeight)

    friend bool operator==(const Params &, const Params &) = default;
};

/// Returns a message naming the first invalid field, or nothing when every field is in range and finite.
[[nodiscard]] std::optional<std::string> validate(const Params &params);

} // namespace regviz
