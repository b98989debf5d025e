#include "regviz/core/csv.h"
#include "regviz/core/table_csv.h"

#include <gtest/gtest.h>
#include <string>

namespace {

using regviz::TableCsvOptions;
using regviz::TableCsvResult;

TableCsvResult parse(const std::string &text, const std::string &target = {})
{
    TableCsvOptions options;
    options.target = target;
    return regviz::parseTableCsv(text, options);
}

void expectError(const TableCsvResult &r, std::size_t line, std::size_t column, const std::string &fragment)
{
    ASSERT_FALSE(r.table.has_value());
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->line, line) << r.error->message;
    EXPECT_EQ(r.error->column, column) << r.error->message;
    EXPECT_NE(r.error->message.find(fragment), std::string::npos) << r.error->message;
    if (line > 0) {
        EXPECT_NE(r.error->message.find("line " + std::to_string(line)), std::string::npos)
            << r.error->message;
    }
    if (column > 0) {
        EXPECT_NE(r.error->message.find("column " + std::to_string(column)), std::string::npos)
            << r.error->message;
    }
}

TEST(TableCsv, HeaderNamesTheFeaturesAndTheLastColumnIsTheTarget)
{
    const TableCsvResult r = parse("a, b ,\"c\",target\n1,2,3,4\n5,6,7,8.5\n-1e3,+2,0.25,-0\n");
    ASSERT_TRUE(r.table) << r.error->message;
    const regviz::Table &t = *r.table;
    EXPECT_EQ(t.featureNames, (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(t.targetName, "target");
    ASSERT_EQ(t.rows(), 3);
    ASSERT_EQ(t.features(), 3);
    EXPECT_EQ(t.x(0, 0), 1.0);
    EXPECT_EQ(t.x(2, 0), -1000.0);
    EXPECT_EQ(t.x(2, 1), 2.0);
    EXPECT_EQ(t.x(1, 2), 7.0);
    EXPECT_EQ(t.y[1], 8.5);
    EXPECT_EQ(t.y[2], 0.0);
}

TEST(TableCsv, TargetChosenByName)
{
    const TableCsvResult r = parse("a,y,b\n1,2,3\n4,5,6\n", "y");
    ASSERT_TRUE(r.table);
    EXPECT_EQ(r.table->featureNames, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(r.table->y, Eigen::Vector2d(2.0, 5.0));
    EXPECT_EQ(r.table->x.col(1), Eigen::Vector2d(3.0, 6.0));
}

TEST(TableCsv, WithoutHeaderColumnsAreX1ToXpAndY)
{
    const TableCsvResult r = parse("\n1,2,3\r\n\n4,5,6\r\n");
    ASSERT_TRUE(r.table);
    EXPECT_EQ(r.table->featureNames, (std::vector<std::string>{"x1", "x2"}));
    EXPECT_EQ(r.table->targetName, "y");
    EXPECT_EQ(r.table->rows(), 2);
    EXPECT_EQ(r.table->y, Eigen::Vector2d(3.0, 6.0));
    EXPECT_TRUE(parse("1,2,3\n4,5,6\n", "x2").table.has_value());
}

TEST(TableCsv, ByteOrderMarkAndMissingFinalNewline)
{
    const TableCsvResult r = parse("\xEF\xBB\xBFu,v\n1,2\n3,4");
    ASSERT_TRUE(r.table);
    EXPECT_EQ(r.table->featureNames.front(), "u");
    EXPECT_EQ(r.table->y[1], 4.0);
}

TEST(TableCsv, ErrorsNameLineAndColumn)
{
    expectError(parse("a,b,y\n1,2,3\n4,oops,6\n"), 3, 2, "'oops' of 'b' is not a number");
    expectError(parse("a,b,y\n1,2,3\n4,5,nan\n"), 3, 3, "is not finite");
    expectError(parse("a,b,y\n1,inf,3\n4,5,6\n"), 2, 2, "is not finite");
    expectError(parse("a,b,y\n1,2,3\n\n4,5\n"), 4, 3, "expected 3 columns but the row has 2");
    expectError(parse("a,b,y\n1,2,3\n4,5,6,7,8\n"), 3, 4, "expected 3 columns but the row has 5");
    expectError(parse("a,b,a\n1,2,3\n4,5,6\n"), 1, 3, "'a' is used twice (also column 1)");
    expectError(parse("a,b,y\n1,2,3\n4,5,6\n", "z"), 1, 0, "no column is named 'z'");
    expectError(parse("a,b,y\n1,2,3\n"), 0, 0, "at least 2 data rows are needed, found 1");
    expectError(parse("a,b,y\n1,2,3\n4,5,2e150\n"), 3, 3, "too large");
    expectError(parse("a,b,y\n1,2,3\n4,5,1e999\n"), 3, 3, "out of the range");
    expectError(parse("a,b,y\n1,2,3\n4,5,6x\n"), 3, 3, "is not a number");
    expectError(parse("a,b,y\n1,2,3\n4,,6\n"), 3, 2, "is not a number");
    expectError(parse("a,,y\n1,2,3\n4,5,6\n"), 1, 2, "names no column");
    expectError(parse("y\n1\n2\n"), 1, 0, "at least 2 columns");
    expectError(parse(std::string("a,b\n1,2\0,3\n", 11)), 0, 0, "binary");
    expectError(parse("\xFF\xFE"
                      "a"),
                0, 0, "UTF-16");
}

TEST(TableCsv, TheFirstErrorInTheFileIsReportedWhenParsedInChunks)
{
    // Over 1 MiB, so the text is split between threads; two bad fields, the earlier one wins.
    std::string text = "a,b,y\n";
    for (int i = 0; i < 120'000; ++i)
        text += std::to_string(i) + ",0.5," + std::to_string(2 * i) + "\n";
    const std::string good = text;
    text.replace(text.find("\n100000,") + 1, 6, "1x0000");
    text.replace(text.find("\n20000,") + 1, 5, "2y000");
    TableCsvOptions options;
    options.threads = 4;
    expectError(regviz::parseTableCsv(text, options), 20'002, 1, "'2y000'");

    const TableCsvResult many = regviz::parseTableCsv(good, options);
    options.threads = 1;
    const TableCsvResult one = regviz::parseTableCsv(good, options);
    ASSERT_TRUE(many.table && one.table);
    EXPECT_EQ(many.table->rows(), 120'000);
    EXPECT_EQ(many.table->x, one.table->x);
    EXPECT_EQ(many.table->y, one.table->y);
    EXPECT_EQ(many.table->x(119'999, 0), 119'999.0);
    EXPECT_EQ(many.table->y[119'999], 239'998.0);
}

TEST(TableCsv, RefusesOnlyWhatDoesNotFitInMemory)
{
    TableCsvOptions options;
    options.memoryLimit = 3 * 3 * 8 - 1; // 3 rows x (2 features + y) doubles, one byte short
    const std::string text = "a,b,y\n1,2,3\n4,5,6\n7,8,9\n";
    expectError(regviz::parseTableCsv(text, options), 0, 0, "memory");
    options.memoryLimit = 3 * 3 * 8;
    EXPECT_TRUE(regviz::parseTableCsv(text, options).table.has_value());
    EXPECT_EQ(regviz::tableBytes(1'000'000, 20), 168'000'000U);
    EXPECT_FALSE(regviz::tableMemoryProblem(1'000'000, 20, 168'000'000U).has_value());
    EXPECT_TRUE(regviz::availablePhysicalMemory().has_value());
}

TEST(TableCsv, AConstantColumnIsKept)
{
    const TableCsvResult r = parse("a,c,y\n1,7,2\n2,7,4\n3,7,7\n");
    ASSERT_TRUE(r.table);
    EXPECT_EQ(r.table->features(), 2);
    EXPECT_EQ(r.table->x.col(1), Eigen::Vector3d::Constant(7.0));
}

TEST(TableCsv, TwoColumnFilesStillParseAsBefore)
{
    // The 1-D importer is unchanged; the table parser reads the same file as one feature.
    const std::string text = "x,y\n1,2\n3,4\n";
    const regviz::CsvParseResult old = regviz::importXYCsv(text);
    const TableCsvResult table = parse(text);
    ASSERT_TRUE(old.data && table.table);
    EXPECT_EQ(old.data->x, table.table->x.col(0));
    EXPECT_EQ(old.data->y, table.table->y);
}

} // namespace
