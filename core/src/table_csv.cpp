#include "regviz/core/table_csv.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <thread>
#include <unistd.h>
#include <unordered_map>
#include <vector>

namespace regviz {

namespace {

constexpr std::size_t kMinChunkBytes = std::size_t{1} << 20U; // smaller texts are parsed by one thread
constexpr unsigned kMaxThreads = 8;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

std::string quoted(std::string_view text)
{
    constexpr std::size_t kShown = 40;
    std::string out = "'";
    out += text.substr(0, kShown);
    if (text.size() > kShown)
        out += "...";
    return out + "'";
}

TableCsvError makeError(std::size_t line, std::size_t column, const std::string &message)
{
    std::string where;
    if (line > 0)
        where = "line " + std::to_string(line);
    if (column > 0)
        where += (where.empty() ? "" : ", ") + std::string("column ") + std::to_string(column);
    return {line, column, where.empty() ? message : where + ": " + message};
}

TableCsvResult fail(std::size_t line, std::size_t column, const std::string &message)
{
    return {std::nullopt, makeError(line, column, message)};
}

/// The next line of `rest` without its '\n'; `rest` moves past it.
std::string_view nextLine(std::string_view &rest)
{
    const void *found = std::memchr(rest.data(), '\n', rest.size());
    const std::size_t length = found == nullptr
                                   ? rest.size()
                                   : static_cast<std::size_t>(static_cast<const char *>(found) - rest.data());
    const std::string_view line = rest.substr(0, length);
    rest.remove_prefix(std::min(rest.size(), length + 1));
    return line;
}

bool isBlank(std::string_view line)
{
    return std::all_of(line.begin(), line.end(), isSpace);
}

std::vector<std::string_view> splitFields(std::string_view line)
{
    std::vector<std::string_view> fields;
    while (true) {
        const std::size_t comma = line.find(',');
        fields.push_back(trim(line.substr(0, comma)));
        if (comma == std::string_view::npos)
            return fields;
        line.remove_prefix(comma + 1);
    }
}

bool parsesAsNumber(std::string_view field)
{
    if (!field.empty() && field.front() == '+')
        field.remove_prefix(1);
    double value = 0.0;
    const char *end = field.data() + field.size();
    const auto [ptr, ec] = std::from_chars(field.data(), end, value);
    return !field.empty() && ptr == end && (ec == std::errc() || ec == std::errc::result_out_of_range);
}

std::string unquote(std::string_view name)
{
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"')
        name = trim(name.substr(1, name.size() - 2));
    return std::string(name);
}

enum class FieldStatus
{
    Number,
    NotANumber,
    OutOfRange, ///< beyond what a double holds
    NotFinite,
    TooLarge ///< beyond the magnitude limit
};

/// Reads one field at p (spaces around it allowed, one leading '+') up to a ',' or the end; p moves to
/// that ',' or the end.
FieldStatus readField(const char *&p, const char *end, double maxMagnitude, double &value)
{
    while (p < end && isSpace(*p))
        ++p;
    if (p < end && *p == '+' && !(p + 1 < end && (p[1] == '+' || p[1] == '-')))
        ++p;
    const auto [ptr, ec] = std::from_chars(p, end, value);
    const char *after = ptr;
    while (after < end && isSpace(*after))
        ++after;
    const bool parsed = ptr != p && (after == end || *after == ',');
    p = after;
    if (!parsed)
        return FieldStatus::NotANumber;
    if (ec == std::errc::result_out_of_range)
        return FieldStatus::OutOfRange;
    if (!std::isfinite(value))
        return FieldStatus::NotFinite;
    return std::abs(value) > maxMagnitude ? FieldStatus::TooLarge : FieldStatus::Number;
}

std::string statusMessage(FieldStatus status, double maxMagnitude)
{
    switch (status) {
    case FieldStatus::Number:
        return "is a number";
    case FieldStatus::NotANumber:
        return "is not a number";
    case FieldStatus::OutOfRange:
        return "is out of the range of a double";
    case FieldStatus::NotFinite:
        return "is not finite";
    case FieldStatus::TooLarge:
        return "is too large to fit: values must lie within ±" + shortestDecimal(maxMagnitude);
    }
    return {};
}

/// Lines and non-blank lines of one chunk.
struct ChunkCount
{
    std::size_t lines = 0;
    Eigen::Index rows = 0;
};

ChunkCount countChunk(std::string_view chunk)
{
    ChunkCount count;
    while (!chunk.empty()) {
        const std::string_view line = nextLine(chunk);
        ++count.lines;
        if (!isBlank(line))
            ++count.rows;
    }
    return count;
}

/// Where each file column goes: a feature index, or -1 for the target.
struct Layout
{
    std::vector<Eigen::Index> destination;
    std::vector<std::string> names; ///< of every file column, for messages
};

class ChunkParser
{
public:
    ChunkParser(const Layout &layout, double maxMagnitude, Table &table)
        : m_layout(layout), m_maxMagnitude(maxMagnitude), m_table(table)
    {}

    /// Parses the chunk's rows into the table from `firstRow`; the first problem, if any.
    [[nodiscard]] std::optional<TableCsvError> parse(std::string_view chunk, std::size_t firstLine,
                                                     Eigen::Index firstRow) const
    {
        std::size_t lineNumber = firstLine;
        Eigen::Index row = firstRow;
        for (; !chunk.empty(); ++lineNumber) {
            const std::string_view line = nextLine(chunk);
            if (isBlank(line))
                continue;
            if (std::optional<TableCsvError> error = parseRow(line, lineNumber, row))
                return error;
            ++row;
        }
        return std::nullopt;
    }

private:
    [[nodiscard]] std::optional<TableCsvError> parseRow(std::string_view line, std::size_t lineNumber,
                                                        Eigen::Index row) const
    {
        const std::size_t columns = m_layout.destination.size();
        const char *p = line.data();
        const char *const end = line.data() + line.size();
        const Eigen::Index n = m_table.rows();
        double *const x = m_table.x.data();
        double *const y = m_table.y.data();
        for (std::size_t c = 0; c < columns; ++c) {
            const char *const fieldStart = p;
            double value = 0.0;
            const FieldStatus status = readField(p, end, m_maxMagnitude, value);
            if (status != FieldStatus::Number)
                return fieldError(lineNumber, c, fieldStart, end, statusMessage(status, m_maxMagnitude));
            const Eigen::Index destination = m_layout.destination[c];
            if (destination < 0)
                y[row] = value;
            else
                x[destination * n + row] = value;
            if (c + 1 < columns) {
                if (p == end)
                    return makeError(lineNumber, c + 2,
                                     "expected " + std::to_string(columns) + " columns but the row has " +
                                         std::to_string(c + 1));
                ++p; // the comma
            } else if (p != end) {
                const std::size_t found = columns + static_cast<std::size_t>(std::count(p, end, ','));
                return makeError(lineNumber, columns + 1,
                                 "expected " + std::to_string(columns) + " columns but the row has " +
                                     std::to_string(found));
            }
        }
        return std::nullopt;
    }

    [[nodiscard]] std::optional<TableCsvError> fieldError(std::size_t lineNumber, std::size_t c,
                                                          const char *fieldStart, const char *end,
                                                          const std::string &what) const
    {
        const std::string_view rest(fieldStart, static_cast<std::size_t>(end - fieldStart));
        const std::string_view field = trim(rest.substr(0, rest.find(',')));
        return makeError(lineNumber, c + 1,
                         "value " + quoted(field) + " of '" + m_layout.names[c] + "' " + what);
    }

    const Layout &m_layout;
    double m_maxMagnitude;
    Table &m_table;
};

/// Splits text at line boundaries into at most `parts` chunks of about equal size.
std::vector<std::string_view> splitChunks(std::string_view text, unsigned parts)
{
    std::vector<std::string_view> chunks;
    std::size_t begin = 0;
    for (unsigned t = 1; t <= parts && begin < text.size(); ++t) {
        std::size_t end = t == parts ? text.size() : std::max(begin, text.size() / parts * t);
        if (end < text.size()) {
            const std::size_t newline = text.find('\n', end);
            end = newline == std::string_view::npos ? text.size() : newline + 1;
        }
        chunks.push_back(text.substr(begin, end - begin));
        begin = end;
    }
    return chunks;
}

template <typename Work> void runParallel(std::size_t count, Work work)
{
    if (count <= 1) {
        for (std::size_t i = 0; i < count; ++i)
            work(i);
        return;
    }
    std::vector<std::jthread> helpers;
    helpers.reserve(count - 1);
    for (std::size_t i = 1; i < count; ++i)
        helpers.emplace_back([&work, i] { work(i); });
    work(0);
}

} // namespace

std::optional<std::uint64_t> availablePhysicalMemory()
{
    const long pages = sysconf(_SC_AVPHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0)
        return std::nullopt;
    return static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(pageSize);
}

std::uint64_t tableBytes(Eigen::Index rows, Eigen::Index features)
{
    if (rows <= 0 || features < 0)
        return 0;
    const auto r = static_cast<std::uint64_t>(rows);
    const auto perRow = (static_cast<std::uint64_t>(features) + 1U) * sizeof(double);
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    return r > kMax / perRow ? kMax : r * perRow;
}

std::optional<std::string> tableMemoryProblem(Eigen::Index rows, Eigen::Index features, std::uint64_t limit)
{
    const std::uint64_t bytes = tableBytes(rows, features);
    if (bytes <= limit)
        return std::nullopt;
    constexpr double kMiB = 1024.0 * 1024.0;
    return "the table (" + std::to_string(rows) + " rows x " + std::to_string(features + 1) +
           " columns) needs " +
           std::to_string(static_cast<std::uint64_t>(static_cast<double>(bytes) / kMiB)) + " MiB but only " +
           std::to_string(static_cast<std::uint64_t>(static_cast<double>(limit) / kMiB)) +
           " MiB of memory is available";
}

namespace {

/// Why the text as a whole cannot be CSV, or nothing.
std::optional<std::string> textProblem(std::string_view text)
{
    if (text.size() >= 2 &&
        ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF')))
        return "the file is UTF-16 text; save it as UTF-8 (plain CSV)";
    if (std::memchr(text.data(), '\0', text.size()) != nullptr)
        return "the file is binary, not CSV text";
    return std::nullopt;
}

/// The first non-blank line, its 1-based number, and the text from it on.
struct FirstLine
{
    std::size_t number = 0;
    std::string_view line;
    std::string_view fromIt;
};

FirstLine firstLineOf(std::string_view text)
{
    FirstLine first;
    while (!text.empty()) {
        const std::string_view before = text;
        const std::string_view line = nextLine(text);
        ++first.number;
        if (!isBlank(line)) {
            first.line = line;
            first.fromIt = before;
            return first;
        }
    }
    return first;
}

/// The column names: the header's (checked), or x1..xp and y.
std::optional<TableCsvError> columnNames(const std::vector<std::string_view> &fields, bool header,
                                         std::size_t lineNumber, std::vector<std::string> &names)
{
    if (!header) {
        for (std::size_t c = 0; c + 1 < fields.size(); ++c)
            names.push_back("x" + std::to_string(c + 1));
        names.emplace_back("y");
        return std::nullopt;
    }
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t c = 0; c < fields.size(); ++c) {
        std::string name = unquote(fields[c]);
        if (name.empty())
            return makeError(lineNumber, c + 1, "the header names no column here");
        if (const auto [it, inserted] = seen.emplace(name, c + 1); !inserted)
            return makeError(lineNumber, c + 1,
                             "the header name '" + name + "' is used twice (also column " +
                                 std::to_string(it->second) + ")");
        names.push_back(std::move(name));
    }
    return std::nullopt;
}

/// Where each column goes, with the target by name (empty: the last column); names the table's columns.
std::optional<TableCsvError> placeColumns(const std::string &target, std::size_t headerLine, Layout &layout,
                                          Table &table)
{
    std::size_t targetColumn = layout.names.size() - 1;
    if (!target.empty()) {
        const auto found = std::find(layout.names.begin(), layout.names.end(), target);
        if (found == layout.names.end()) {
            std::string all;
            for (const std::string &name : layout.names)
                all += (all.empty() ? "" : ", ") + name;
            return makeError(headerLine, 0,
                             "no column is named '" + target + "' (the target); the columns are " + all);
        }
        targetColumn = static_cast<std::size_t>(found - layout.names.begin());
    }
    layout.destination.resize(layout.names.size());
    for (std::size_t c = 0, feature = 0; c < layout.names.size(); ++c) {
        if (c == targetColumn) {
            layout.destination[c] = -1;
            table.targetName = layout.names[c];
        } else {
            layout.destination[c] = static_cast<Eigen::Index>(feature++);
            table.featureNames.push_back(layout.names[c]);
        }
    }
    return std::nullopt;
}

/// The rows: chunks at line boundaries counted, the table allocated once, then the chunks parsed, each
/// by its own thread.
TableCsvResult parseRows(std::string_view data, std::size_t firstLine, const Layout &layout, Table table,
                         const TableCsvOptions &options)
{
    const unsigned hardware = std::max(1U, std::thread::hardware_concurrency());
    const unsigned wanted = std::min(options.threads == 0 ? hardware : options.threads, kMaxThreads);
    const auto bySize = static_cast<unsigned>(std::max<std::size_t>(1, data.size() / kMinChunkBytes));
    const std::vector<std::string_view> chunks = splitChunks(data, std::max(1U, std::min(wanted, bySize)));
    std::vector<ChunkCount> counts(chunks.size());
    runParallel(chunks.size(), [&](std::size_t i) { counts[i] = countChunk(chunks[i]); });

    std::vector<std::size_t> firstLines(chunks.size());
    std::vector<Eigen::Index> firstRows(chunks.size());
    std::size_t line = firstLine;
    Eigen::Index rows = 0;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        firstLines[i] = line;
        firstRows[i] = rows;
        line += counts[i].lines;
        rows += counts[i].rows;
    }
    const auto features = static_cast<Eigen::Index>(layout.names.size()) - 1;
    const std::optional<std::uint64_t> limit =
        options.memoryLimit ? options.memoryLimit : availablePhysicalMemory();
    if (limit) {
        if (std::optional<std::string> problem = tableMemoryProblem(rows, features, *limit))
            return fail(0, 0, *problem);
    }
    table.x.resize(rows, features);
    table.y.resize(rows);
    const ChunkParser parser(layout, options.maxMagnitude, table);
    std::vector<std::optional<TableCsvError>> errors(chunks.size());
    runParallel(chunks.size(),
                [&](std::size_t i) { errors[i] = parser.parse(chunks[i], firstLines[i], firstRows[i]); });
    for (std::optional<TableCsvError> &error : errors) {
        if (error)
            return {std::nullopt, std::move(error)};
    }
    if (rows < 2)
        return fail(0, 0, "at least 2 data rows are needed, found " + std::to_string(rows));
    return {std::move(table), std::nullopt};
}

} // namespace

TableCsvResult parseTableCsv(std::string_view text, const TableCsvOptions &options)
{
    if (std::optional<std::string> problem = textProblem(text))
        return fail(0, 0, *problem);
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    // The first non-blank line decides the columns, and whether there is a header.
    FirstLine first = firstLineOf(text);
    if (first.line.empty())
        return fail(0, 0, "at least 2 data rows are needed, found 0");
    const std::vector<std::string_view> fields = splitFields(first.line);
    const bool header = std::none_of(fields.begin(), fields.end(), parsesAsNumber);
    if (fields.size() < 2)
        return fail(first.number, 0, "expected at least 2 columns (a feature and the target), found 1");
    if (static_cast<Eigen::Index>(fields.size()) - 1 > kMaxTableFeatures)
        return fail(first.number, static_cast<std::size_t>(kMaxTableFeatures) + 2,
                    "more than " + std::to_string(kMaxTableFeatures) + " features (" +
                        std::to_string(fields.size() - 1) + ")");
    Layout layout;
    Table table;
    if (std::optional<TableCsvError> error = columnNames(fields, header, first.number, layout.names))
        return {std::nullopt, std::move(error)};
    if (std::optional<TableCsvError> error =
            placeColumns(options.target, header ? first.number : 0, layout, table))
        return {std::nullopt, std::move(error)};
    if (header)
        nextLine(first.fromIt); // the rows start after it
    return parseRows(first.fromIt, header ? first.number + 1 : first.number, layout, std::move(table),
                     options);
}

} // namespace regviz
