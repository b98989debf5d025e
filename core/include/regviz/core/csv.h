#pragma once

#include "regviz/core/dataset.h"
#include "regviz/core/descent.h"

#include <Eigen/Core>
#include <array>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace regviz {

/// Why a CSV text was rejected: the 1-based line (0 when the problem is the whole text) and a message.
struct CsvError
{
    std::size_t line = 0;
    std::string message;
};

/// Either the parsed data or the first problem found; never partly loaded.
struct CsvParseResult
{
    std::optional<XYData> data;
    std::optional<CsvError> error;
};

/// Data beyond ±this cannot be fitted: every fit needs the means of x², x y and y², and with values
/// within it those stay below (1e150)² = 1e300, short of the largest double (1.8e308); computeMoments
/// scales each column before squaring, so the sums behind the means cannot overflow either, however
/// many rows there are.
inline constexpr double kMaxDataMagnitude = 1e150;

/// Parses "x,y" rows, with or without a header line of two non-numeric names. Blank lines are skipped;
/// a UTF-8 byte-order mark is allowed. Rejected: anything but exactly two columns, a value that is not
/// a finite number or lies beyond ±maxMagnitude (data to fit passes kMaxDataMagnitude), fewer than 2
/// rows, and text that is not UTF-8 (NUL bytes, UTF-16). There is no size cap here: the caller refuses
/// a file whose data would not fit in memory.
[[nodiscard]] CsvParseResult parseXYCsv(std::string_view text,
                                        double maxMagnitude = std::numeric_limits<double>::infinity());

/// What importing a data file reads: parseXYCsv with values bounded by kMaxDataMagnitude, so that the
/// means of x², x y and y² that every curve and minimizer comes from stay finite, and refused with
/// momentsRangeProblem's message when a column is so small that its mean square is below the normal
/// doubles (it would underflow, or keep only a few bits).
[[nodiscard]] CsvParseResult importXYCsv(std::string_view text);

/// The shortest decimal text that reads back as exactly the same double (std::to_chars).
[[nodiscard]] std::string shortestDecimal(double value);

/// A CSV document: a header line, then one line per row; every column has the same length.
[[nodiscard]] std::string formatCsv(const std::vector<std::string> &header,
                                    const std::vector<const Eigen::VectorXd *> &columns);

/// Every step of every trace in long form: penalty,step,w,value,loss_gradient,penalty_gradient,step_taken.
[[nodiscard]] std::string formatTraceCsv(const std::array<DescentTrace, 4> &traces);

} // namespace regviz
