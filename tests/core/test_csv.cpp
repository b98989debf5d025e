#include "regviz/core/csv.h"
#include "regviz/core/dataset.h"
#include "regviz/core/descent.h"
#include "regviz/core/moments.h"

#include <Eigen/Core>
#include <algorithm>
#include <bit>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <gtest/gtest.h>
#include <limits>
#include <ostream>
#include <random>
#include <string>
#include <tuple>
#include <vector>

using namespace std::string_literals;

namespace {

/// A readable test name: letters and digits of `name`, the rest as underscores.
template <typename Case> std::string caseName(const ::testing::TestParamInfo<Case> &info)
{
    std::string out;
    for (const char c : std::string(info.param.name))
        out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return out;
}

std::vector<double> toVector(const Eigen::VectorXd &v)
{
    return {v.data(), v.data() + v.size()};
}

std::size_t countLines(const std::string &text)
{
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// ---- good inputs ---------------------------------------------------------------------------------

struct GoodCsv
{
    const char *name;
    std::string text;
    std::vector<double> x;
    std::vector<double> y;
};

void PrintTo(const GoodCsv &c, std::ostream *os)
{
    *os << c.name;
}

class ParseXYCsvAccepts : public ::testing::TestWithParam<GoodCsv>
{
};

TEST_P(ParseXYCsvAccepts, GivesExactlyTheRows)
{
    const GoodCsv &c = GetParam();
    const regviz::CsvParseResult result = regviz::parseXYCsv(c.text);
    ASSERT_FALSE(result.error) << result.error->line << ": " << result.error->message;
    ASSERT_TRUE(result.data);
    EXPECT_EQ(toVector(result.data->x), c.x);
    EXPECT_EQ(toVector(result.data->y), c.y);
}

INSTANTIATE_TEST_SUITE_P(
    Csv, ParseXYCsvAccepts,
    ::testing::Values(GoodCsv{"withHeader", "x,y\n1,2\n3,4\n", {1.0, 3.0}, {2.0, 4.0}},
                      GoodCsv{"withoutHeaderNoFinalNewline", "1,2\n3,4", {1.0, 3.0}, {2.0, 4.0}},
                      GoodCsv{"quotedHeader", "\"x\",\"y\"\n1,2\n3,4\n", {1.0, 3.0}, {2.0, 4.0}},
                      GoodCsv{"crlf", "x,y\r\n0.5,-1\r\n2,3\r\n", {0.5, 2.0}, {-1.0, 3.0}},
                      GoodCsv{"blankLines", "\n\nx,y\n\n1,2\n   \n\t\n3,4\n\n\n", {1.0, 3.0}, {2.0, 4.0}},
                      GoodCsv{"utf8Bom", "\xEF\xBB\xBFx,y\n1,2\n3,4\n", {1.0, 3.0}, {2.0, 4.0}},
                      GoodCsv{"utf8BomNoHeader", "\xEF\xBB\xBF-1,2\n3,4\n", {-1.0, 3.0}, {2.0, 4.0}},
                      GoodCsv{"spacesAndTabs", "  x , y \n 1 ,\t2 \n3 , 4\t\n", {1.0, 3.0}, {2.0, 4.0}},
                      GoodCsv{"plusSign", "+1.5,+2\n-3,4\n", {1.5, -3.0}, {2.0, 4.0}},
                      GoodCsv{"exponents",
                              "1e3,2E-2\n-1.5e+2,0.5e1\n2.5E+0,-7e-3\n",
                              {1000.0, -150.0, 2.5},
                              {0.02, 5.0, -0.007}},
                      GoodCsv{"fractionForms", ".5,-.25\n1.,2\n", {0.5, 1.0}, {-0.25, 2.0}},
                      GoodCsv{"denormalAndExtremes",
                              "5e-324,1.7976931348623157e308\n-2.2250738585072014e-308,0\n",
                              {5e-324, -2.2250738585072014e-308},
                              {1.7976931348623157e308, 0.0}}),
    caseName<GoodCsv>);

TEST(ParseXYCsv, ManyRowsKeepTheirOrder)
{
    std::string text = "x,y\n";
    std::vector<double> xs;
    std::vector<double> ys;
    for (int i = 0; i < 1000; ++i) {
        xs.push_back(i * 0.25);
        ys.push_back(-i * 1.5);
        text += regviz::shortestDecimal(xs.back()) + ',' + regviz::shortestDecimal(ys.back()) + '\n';
    }
    const regviz::CsvParseResult result = regviz::parseXYCsv(text);
    ASSERT_TRUE(result.data);
    EXPECT_EQ(toVector(result.data->x), xs);
    EXPECT_EQ(toVector(result.data->y), ys);
}

// ---- bad inputs ----------------------------------------------------------------------------------

struct BadCsv
{
    const char *name;
    std::string text;
    std::size_t line; ///< 1-based, 0 for a problem with the whole text
    std::vector<std::string> mentions;
};

void PrintTo(const BadCsv &c, std::ostream *os)
{
    *os << c.name;
}

class ParseXYCsvRejects : public ::testing::TestWithParam<BadCsv>
{
};

TEST_P(ParseXYCsvRejects, NamingTheLineAndTheProblem)
{
    const BadCsv &c = GetParam();
    const regviz::CsvParseResult result = regviz::parseXYCsv(c.text);
    EXPECT_FALSE(result.data) << "nothing may be half-loaded";
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->line, c.line) << result.error->message;
    for (const std::string &word : c.mentions)
        EXPECT_NE(result.error->message.find(word), std::string::npos)
            << "'" << result.error->message << "' should mention '" << word << "'";
}

INSTANTIATE_TEST_SUITE_P(
    Csv, ParseXYCsvRejects,
    ::testing::Values(
        BadCsv{"nonNumberXAtLine3", "x,y\n1,2\nabc,4\n", 3, {"x value", "'abc'", "not a number"}},
        BadCsv{"nonNumberY", "1,2\n3,four\n", 2, {"y value", "'four'", "not a number"}},
        BadCsv{"nan", "1,2\nnan,3\n", 2, {"x value", "'nan'", "not finite"}},
        BadCsv{"inf", "1,2\n3,inf\n", 2, {"y value", "'inf'", "not finite"}},
        BadCsv{"minusInfinity", "1,2\n3,4\n-infinity,5\n", 3, {"'-infinity'", "not finite"}},
        BadCsv{"overflow1e999", "1e999,1\n2,3\n", 1, {"x value", "'1e999'", "out of the range"}},
        BadCsv{"underflow1e400", "1,2\n1e-400,3\n", 2, {"x value", "'1e-400'", "out of the range"}},
        BadCsv{"thirdColumn", "x,y\n1,2\n3,4,5\n", 3, {"expected 2 columns", "found 3"}},
        BadCsv{"trailingComma", "1,2\n3,4,\n", 2, {"found 3"}},
        BadCsv{"oneColumn", "1,2\n3\n", 2, {"expected 2 columns", "found 1"}},
        BadCsv{"emptyY", "1,2\n3,\n", 2, {"y value", "''", "not a number"}},
        BadCsv{"emptyX", "1,2\n ,3\n", 2, {"x value", "''", "not a number"}},
        BadCsv{"blankLinesCountTowardsTheLine", "\n\n1,2\n\n3,x\n", 5, {"y value", "'x'"}},
        BadCsv{"secondHeader", "x,y\na,b\n1,2\n3,4\n", 2, {"x value", "'a'", "not a number"}},
        BadCsv{"headerAfterData", "1,2\nx,y\n3,4\n", 2, {"'x'", "not a number"}},
        BadCsv{"innerSpace", "1 2,3\n4,5\n", 1, {"'1 2'", "not a number"}},
        BadCsv{"hexNumber", "0x10,1\n2,3\n", 1, {"'0x10'", "not a number"}},
        BadCsv{"plusThenMinus", "1,2\n+-1,3\n", 2, {"'+-1'", "not a number"}},
        BadCsv{"doublePlus", "1,2\n++1,3\n", 2, {"'++1'", "not a number"}},
        BadCsv{"longGarbageIsShortened",
               "1,2\n" + std::string(100, 'z') + ",3\n",
               2,
               {"'" + std::string(40, 'z') + "...'"}},
        BadCsv{"empty", "", 0, {"at least 2 data rows", "found 0"}},
        BadCsv{"onlyBlankLines", "\n \r\n\n", 0, {"at least 2 data rows", "found 0"}},
        BadCsv{"headerOnly", "x,y\n", 0, {"at least 2 data rows", "found 0"}},
        BadCsv{"oneRow", "x,y\n1,2\n", 0, {"at least 2 data rows", "found 1"}},
        BadCsv{"utf16LittleEndian", "\xFF\xFEx\0,\0y\0\n\0001\0,\0002\0\n\0"s, 0, {"UTF-16"}},
        BadCsv{"utf16BigEndian", "\xFE\xFF\0x\0,\0y\0\n"s, 0, {"UTF-16"}},
        BadCsv{"binaryWithNul", "1,2\n3,4\n\x01\x02\0\x03\xFF\n"s, 0, {"binary"}},
        BadCsv{"nulInsideAValue", "1,2\n3\0,4\n"s, 0, {"binary"}}),
    caseName<BadCsv>);

TEST(ParseXYCsv, ReadsTextBeyondTheOld100MegabyteCap)
{
    // 105 MB of blank lines around two rows: only the memory available limits a file now.
    std::string text(std::size_t{105} * 1024U * 1024U, '\n');
    text.replace(0, 8, "1,2\n3,4\n");
    const regviz::CsvParseResult result = regviz::parseXYCsv(text);
    ASSERT_TRUE(result.data) << (result.error ? result.error->message : std::string());
    EXPECT_EQ(result.data->size(), 2);
}

TEST(ParseXYCsv, DataToFitRefusesValuesWhoseSquaresWouldOverflow)
{
    // 1e200 is a double, but mean(x²) would be infinite and every fit NaN.
    for (const auto &[text, line, column] :
         {std::tuple{"1,2\n1e200,3\n"s, 2U, "x value '1e200'"s},
          std::tuple{"x,y\n1,2\n3,-1.5e151\n"s, 3U, "y value '-1.5e151'"s}}) {
        const regviz::CsvParseResult result = regviz::parseXYCsv(text, regviz::kMaxDataMagnitude);
        EXPECT_FALSE(result.data);
        ASSERT_TRUE(result.error) << text;
        EXPECT_EQ(result.error->line, line);
        EXPECT_NE(result.error->message.find(column + " is too large"), std::string::npos)
            << result.error->message;
        EXPECT_NE(result.error->message.find("1e+150"), std::string::npos) << result.error->message;
        // Without the bound (a CSV that only needs to read back) the same text is fine.
        EXPECT_TRUE(regviz::parseXYCsv(text).data) << text;
    }
    const regviz::CsvParseResult edge = regviz::parseXYCsv("1e150,-1e150\n0,1\n", regviz::kMaxDataMagnitude);
    ASSERT_TRUE(edge.data) << "the bound itself is allowed";
    EXPECT_EQ(edge.data->x[0], 1e150);
}

// ---- importing -----------------------------------------------------------------------------------

TEST(ImportXYCsv, RefusesValuesWhoseMeansOverflow)
{
    // Found by fuzz_csv: each row parses, but the mean of x y is inf - inf = NaN, and so would be every
    // curve and minimizer drawn from it. The import names the first row beyond the bound.
    const std::vector<std::pair<std::string, std::size_t>> texts{
        {"08,1e308\n-8,1e308\n-1,6E-2\n", 1U}, // x y: +inf and -inf
        {"1e200,1\n2,3\n", 1U},                // x^2: +inf
        {"1,2\n3,-1e160\n", 2U}};              // y^2: +inf
    for (const auto &[text, line] : texts) {
        ASSERT_TRUE(regviz::parseXYCsv(text).data) << text; // the numbers themselves are fine
        const regviz::CsvParseResult result = regviz::importXYCsv(text);
        EXPECT_FALSE(result.data) << text;
        ASSERT_TRUE(result.error) << text;
        EXPECT_EQ(result.error->line, line);
        EXPECT_NE(result.error->message.find("too large"), std::string::npos) << result.error->message;
    }
}

TEST(ImportXYCsv, KeepsLargeValuesWhoseMeansAreFinite)
{
    const regviz::CsvParseResult result = regviz::importXYCsv("x,y\n1e150,-1e150\n-1e-300,5e-324\n");
    ASSERT_TRUE(result.data) << result.error->message;
    EXPECT_EQ(toVector(result.data->x), (std::vector<double>{1e150, -1e-300}));
    EXPECT_EQ(toVector(result.data->y), (std::vector<double>{-1e150, 5e-324}));
    const regviz::Moments m = regviz::computeMoments(*result.data);
    EXPECT_TRUE(std::isfinite(m.sxx) && std::isfinite(m.sxy) && std::isfinite(m.syy));
}

TEST(ImportXYCsv, GivesParseErrorsUnchanged)
{
    const regviz::CsvParseResult result = regviz::importXYCsv("x,y\n1,2\nabc,4\n");
    EXPECT_FALSE(result.data);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->line, 3U);
    EXPECT_NE(result.error->message.find("'abc'"), std::string::npos) << result.error->message;
}

// ---- number formatting ---------------------------------------------------------------------------

TEST(ShortestDecimal, KnownValues)
{
    EXPECT_EQ(regviz::shortestDecimal(0.1), "0.1");
    EXPECT_EQ(regviz::shortestDecimal(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(regviz::shortestDecimal(1.0), "1");
    EXPECT_EQ(regviz::shortestDecimal(-2.5), "-2.5");
    EXPECT_EQ(regviz::shortestDecimal(0.0), "0");
    EXPECT_EQ(regviz::shortestDecimal(-0.0), "-0");
    EXPECT_EQ(regviz::shortestDecimal(1e-300), "1e-300");
    EXPECT_EQ(regviz::shortestDecimal(-1.5e10), "-1.5e+10");
    EXPECT_EQ(regviz::shortestDecimal(std::numeric_limits<double>::max()), "1.7976931348623157e+308");
    EXPECT_EQ(regviz::shortestDecimal(std::numeric_limits<double>::min()), "2.2250738585072014e-308");
    EXPECT_EQ(regviz::shortestDecimal(std::numeric_limits<double>::denorm_min()), "5e-324");
}

double readBack(const std::string &text)
{
    double value = std::numeric_limits<double>::quiet_NaN();
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    EXPECT_EQ(ec, std::errc()) << text;
    EXPECT_EQ(ptr, text.data() + text.size()) << text;
    return value;
}

std::vector<double> specialValues()
{
    return {0.0,
            -0.0,
            0.1,
            1.0 / 3.0,
            -2.0 / 3.0,
            1e-300,
            1e300,
            std::numeric_limits<double>::denorm_min(),
            -std::numeric_limits<double>::denorm_min(),
            std::numeric_limits<double>::denorm_min() * 12345.0,
            std::numeric_limits<double>::min(),
            std::nextafter(std::numeric_limits<double>::min(), 0.0), // the largest denormal
            std::numeric_limits<double>::max(),
            -std::numeric_limits<double>::max(),
            std::nextafter(1.0, 2.0),
            9007199254740993.0};
}

/// Finite doubles from random bit patterns: every exponent and mantissa is equally likely.
std::vector<double> randomFiniteDoubles(std::size_t count)
{
    std::mt19937_64 engine(20240611);
    std::vector<double> values;
    while (values.size() < count) {
        const auto value = std::bit_cast<double>(engine());
        if (std::isfinite(value))
            values.push_back(value);
    }
    return values;
}

TEST(ShortestDecimal, ReadsBackAsExactlyTheSameDouble)
{
    std::vector<double> values = specialValues();
    const std::vector<double> random = randomFiniteDoubles(20000);
    values.insert(values.end(), random.begin(), random.end());
    for (const double value : values) {
        const std::string text = regviz::shortestDecimal(value);
        EXPECT_EQ(std::bit_cast<std::uint64_t>(readBack(text)), std::bit_cast<std::uint64_t>(value)) << text;
        EXPECT_LE(text.size(), 24U) << text; // shortest: never the 40-odd digits of a full expansion
    }
}

TEST(FormatCsv, ParsesBackToExactlyTheSameColumns)
{
    std::vector<double> values = specialValues();
    const std::vector<double> random = randomFiniteDoubles(4000);
    values.insert(values.end(), random.begin(), random.end());
    // Two columns of different values: x the list, y the list reversed.
    const auto n = static_cast<Eigen::Index>(values.size());
    const Eigen::VectorXd x = Eigen::Map<const Eigen::VectorXd>(values.data(), n);
    const Eigen::VectorXd y = x.reverse();

    const std::string csv = regviz::formatCsv({"x", "y"}, {&x, &y});
    EXPECT_EQ(csv.substr(0, 4), "x,y\n");
    EXPECT_EQ(countLines(csv), values.size() + 1U);

    const regviz::CsvParseResult result = regviz::parseXYCsv(csv);
    ASSERT_FALSE(result.error) << result.error->line << ": " << result.error->message;
    ASSERT_EQ(result.data->size(), n);
    for (Eigen::Index i = 0; i < n; ++i) {
        EXPECT_EQ(result.data->x[i], x[i]) << i;
        EXPECT_EQ(result.data->y[i], y[i]) << i;
        EXPECT_EQ(std::signbit(result.data->x[i]), std::signbit(x[i])) << i;
    }
}

TEST(FormatCsv, GeneratedDatasetRoundTrips)
{
    const regviz::Dataset data = regviz::generateDataset(42, 500);
    const Eigen::VectorXd y = regviz::responses(data, 0.7, 0.3);
    const regviz::CsvParseResult result = regviz::parseXYCsv(regviz::formatCsv({"x", "y"}, {&data.x, &y}));
    ASSERT_TRUE(result.data);
    EXPECT_EQ(toVector(result.data->x), toVector(data.x));
    EXPECT_EQ(toVector(result.data->y), toVector(y));
}

TEST(FormatCsv, WritesEveryColumnInHeaderOrder)
{
    const Eigen::VectorXd a{{1.0, 2.0}};
    const Eigen::VectorXd b{{0.5, -0.25}};
    const Eigen::VectorXd c{{1e-10, 3.0}};
    EXPECT_EQ(regviz::formatCsv({"a", "b", "c"}, {&a, &b, &c}), "a,b,c\n1,0.5,1e-10\n2,-0.25,3\n");
}

TEST(FormatTraceCsv, OneHeaderThenOneRowPerRecordedStep)
{
    const regviz::Dataset data = regviz::generateDataset(42, 200);
    const regviz::Moments m = regviz::computeMoments(data, 0.5, 0.3);
    regviz::DescentSettings settings;
    settings.maxSteps = 50;
    const auto traces = regviz::computeDescents(m, {0.4, 0.5}, settings);
    const std::string csv = regviz::formatTraceCsv(traces);

    std::size_t rows = 0;
    for (const regviz::DescentTrace &trace : traces)
        rows += trace.steps.size();
    ASSERT_GT(rows, 4U);
    EXPECT_EQ(countLines(csv), rows + 1U);
    EXPECT_EQ(csv.substr(0, csv.find('\n')),
              "penalty,step,w,value,loss_gradient,penalty_gradient,step_taken");

    // Rows per objective match the run, numbered from 0, and carry its numbers exactly.
    for (const regviz::DescentTrace &trace : traces) {
        const std::string prefix = "\n"s + regviz::penaltyName(trace.penalty) + ",";
        std::size_t count = 0;
        for (std::size_t at = csv.find(prefix); at != std::string::npos; at = csv.find(prefix, at + 1))
            ++count;
        EXPECT_EQ(count, trace.steps.size()) << regviz::penaltyName(trace.penalty);
        const regviz::DescentStep &first = trace.steps.front();
        const std::string firstRow =
            prefix + "0," + regviz::shortestDecimal(first.w) + ',' + regviz::shortestDecimal(first.value) +
            ',' + regviz::shortestDecimal(first.lossGradient) + ',' +
            regviz::shortestDecimal(first.penaltyGradient) + ',' + regviz::shortestDecimal(first.step) + '\n';
        EXPECT_NE(csv.find(firstRow), std::string::npos) << firstRow;
        const std::string lastStep = prefix + std::to_string(trace.steps.size() - 1U) + "," +
                                     regviz::shortestDecimal(trace.steps.back().w);
        EXPECT_NE(csv.find(lastStep), std::string::npos) << lastStep;
    }
}

} // namespace
