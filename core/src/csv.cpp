#include "regviz/core/csv.h"

#include "regviz/core/moments.h"

#include <array>
#include <charconv>
#include <cmath>

namespace regviz {

namespace {

std::string_view trim(std::string_view s)
{
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\r';
    };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

enum class Field
{
    Number,
    NotANumber,
    NotFinite,
    OutOfRange, ///< too large or too small in magnitude for a double
    TooLarge    ///< a double, but its square (summed over the rows) would overflow
};

Field parseNumber(std::string_view text, double maxMagnitude, double &value)
{
    // from_chars takes no leading '+'; allow one, but not "+-1" or "++1".
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
        if (!text.empty() && (text.front() == '+' || text.front() == '-'))
            return Field::NotANumber;
    }
    if (text.empty())
        return Field::NotANumber;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ptr != end || (ec != std::errc() && ec != std::errc::result_out_of_range))
        return Field::NotANumber;
    if (ec == std::errc::result_out_of_range)
        return Field::OutOfRange;
    if (!std::isfinite(value))
        return Field::NotFinite;
    if (std::abs(value) > maxMagnitude)
        return Field::TooLarge;
    return Field::Number;
}

CsvParseResult fail(std::size_t line, std::string message)
{
    return {std::nullopt, CsvError{line, std::move(message)}};
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

/// Why the text as a whole cannot be CSV, or nothing.
std::optional<std::string> textProblem(std::string_view text)
{
    if (text.size() >= 2 &&
        ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF')))
        return "the file is UTF-16 text; save it as UTF-8 (plain CSV)";
    if (text.find('\0') != std::string_view::npos)
        return "the file is binary, not CSV text";
    return std::nullopt;
}

/// Splits a line at its commas into trimmed fields, keeping the first two; returns how many there are.
std::size_t splitFields(std::string_view line, std::array<std::string_view, 2> &fields)
{
    std::size_t count = 0;
    while (true) {
        const std::size_t comma = line.find(',');
        if (count < fields.size())
            fields[count] = trim(line.substr(0, comma));
        ++count;
        if (comma == std::string_view::npos)
            return count;
        line.remove_prefix(comma + 1);
    }
}

/// Why a field of the x or y column is not a usable number, or nothing.
std::optional<std::string> fieldProblem(const char *column, Field kind, std::string_view field,
                                        double maxMagnitude)
{
    const std::string value = std::string(column) + " value " + quoted(field);
    switch (kind) {
    case Field::Number:
        return std::nullopt;
    case Field::NotANumber:
        return value + " is not a number";
    case Field::NotFinite:
        return value + " is not finite";
    case Field::OutOfRange:
        return value + " is out of the range of a double";
    case Field::TooLarge:
        return value + " is too large to fit: values must lie within ±" + shortestDecimal(maxMagnitude) +
               ", or their squares overflow";
    }
    return std::nullopt;
}

} // namespace

CsvParseResult parseXYCsv(std::string_view text, double maxMagnitude)
{
    if (std::optional<std::string> problem = textProblem(text))
        return fail(0, std::move(*problem));
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);

    std::vector<double> xs;
    std::vector<double> ys;
    bool headerAllowed = true;
    std::size_t lineNumber = 0;
    while (!text.empty()) {
        const std::size_t newline = text.find('\n');
        const std::string_view line = trim(text.substr(0, newline));
        text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
        ++lineNumber;
        if (line.empty())
            continue;

        std::array<std::string_view, 2> fields;
        const std::size_t count = splitFields(line, fields);
        if (count != 2)
            return fail(lineNumber, "expected 2 columns (x, y) but found " + std::to_string(count));

        std::array<double, 2> values{};
        std::array<Field, 2> kinds{};
        for (std::size_t i = 0; i < 2; ++i)
            kinds[i] = parseNumber(fields[i], maxMagnitude, values[i]);
        if (headerAllowed && kinds[0] == Field::NotANumber && kinds[1] == Field::NotANumber &&
            !fields[0].empty() && !fields[1].empty()) {
            headerAllowed = false; // a header line of two names
            continue;
        }
        headerAllowed = false;
        for (std::size_t i = 0; i < 2; ++i) {
            const char *column = i == 0 ? "x" : "y";
            if (std::optional<std::string> problem = fieldProblem(column, kinds[i], fields[i], maxMagnitude))
                return fail(lineNumber, std::move(*problem));
        }
        xs.push_back(values[0]);
        ys.push_back(values[1]);
    }
    if (xs.size() < 2)
        return fail(0, "at least 2 data rows are needed, found " + std::to_string(xs.size()));

    XYData data;
    data.x = Eigen::Map<const Eigen::VectorXd>(xs.data(), static_cast<Eigen::Index>(xs.size()));
    data.y = Eigen::Map<const Eigen::VectorXd>(ys.data(), static_cast<Eigen::Index>(ys.size()));
    return {std::move(data), std::nullopt};
}

CsvParseResult importXYCsv(std::string_view text)
{
    CsvParseResult result = parseXYCsv(text, kMaxDataMagnitude);
    if (result.data) {
        if (std::optional<std::string> problem = momentsRangeProblem(*result.data))
            return fail(0, std::move(*problem));
    }
    return result;
}

std::string shortestDecimal(double value)
{
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return ec == std::errc() ? std::string(buffer.data(), end) : std::string("nan");
}

std::string formatCsv(const std::vector<std::string> &header,
                      const std::vector<const Eigen::VectorXd *> &columns)
{
    std::string out;
    for (std::size_t i = 0; i < header.size(); ++i)
        out += (i == 0 ? "" : ",") + header[i];
    out += '\n';
    const Eigen::Index rows = columns.empty() ? 0 : columns.front()->size();
    out.reserve(out.size() + static_cast<std::size_t>(rows) * columns.size() * 20U);
    for (Eigen::Index r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (c > 0)
                out += ',';
            out += shortestDecimal((*columns[c])[r]);
        }
        out += '\n';
    }
    return out;
}

std::string formatTraceCsv(const std::array<DescentTrace, 4> &traces)
{
    std::string out = "penalty,step,w,value,loss_gradient,penalty_gradient,step_taken\n";
    for (const DescentTrace &trace : traces) {
        for (std::size_t k = 0; k < trace.steps.size(); ++k) {
            const DescentStep &s = trace.steps[k];
            out += penaltyName(trace.penalty);
            out += ',' + std::to_string(k);
            for (const double v : {s.w, s.value, s.lossGradient, s.penaltyGradient, s.step})
                out += ',' + shortestDecimal(v);
            out += '\n';
        }
    }
    return out;
}

} // namespace regviz
