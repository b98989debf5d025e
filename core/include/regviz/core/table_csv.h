#pragma once

#include "regviz/core/csv.h"
#include "regviz/core/table.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace regviz {

/// Why a table CSV was rejected: the 1-based line and column of the problem (0 when it concerns the
/// whole text or the whole line) and a message that names them too.
struct TableCsvError
{
    std::size_t line = 0;
    std::size_t column = 0;
    std::string message;
};

/// Either the parsed table or the first problem found (first in the file's order); never partly loaded.
struct TableCsvResult
{
    std::optional<Table> table;
    std::optional<TableCsvError> error;
};

inline constexpr Eigen::Index kMaxTableFeatures = 1000; ///< more feature columns are refused

/// How parseTableCsv reads a text.
struct TableCsvOptions
{
    std::string target;                      ///< the target column's name; empty: the last column
    double maxMagnitude = kMaxDataMagnitude; ///< values beyond ±this are refused
    unsigned threads = 0;                    ///< 0: as many as the machine has (at most 8)
    /// The memory the table may take; empty: the available physical memory (availablePhysicalMemory).
    std::optional<std::uint64_t> memoryLimit;
};

/// Parses a CSV of numeric columns: an optional header line of names (a first line none of whose fields
/// is a number), then one line per row. The target is the column named options.target (default the last);
/// every other column is a feature, in file order. Without a header the columns are named x1..xp and y
/// (the last column is then y). Blank lines are skipped; a UTF-8 byte-order mark and spaces around fields
/// are allowed; header names may be in double quotes.
///
/// One pass of std::from_chars over the text, split at line boundaries into chunks parsed by separate
/// threads straight into the table (a cheap first scan counts the rows of each chunk). Rejected, with
/// line and column: a field that is not a number, NaN or infinity, a value beyond ±maxMagnitude, a row
/// with another number of fields than the first, an empty or duplicated header name, an unknown target,
/// more than kMaxTableFeatures features, fewer than 2 rows or 1 feature, a table larger than the memory
/// limit, and text that is not UTF-8 (NUL bytes, UTF-16). There is no fixed size cap.
[[nodiscard]] TableCsvResult parseTableCsv(std::string_view text, const TableCsvOptions &options = {});

/// The physical memory not in use now (sysconf _SC_AVPHYS_PAGES x page size); empty if unknown.
[[nodiscard]] std::optional<std::uint64_t> availablePhysicalMemory();

/// The bytes an n x p feature matrix and its target take (8 (p + 1) n), saturated at the largest value.
[[nodiscard]] std::uint64_t tableBytes(Eigen::Index rows, Eigen::Index features);

/// A message when a table of this size would not fit in `limit` bytes, or nothing when it fits.
[[nodiscard]] std::optional<std::string> tableMemoryProblem(Eigen::Index rows, Eigen::Index features,
                                                            std::uint64_t limit);

} // namespace regviz
