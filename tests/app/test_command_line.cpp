#include "command_line.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

using regviz::CommandLine;

namespace {

CommandLine parse(std::initializer_list<const char *> args)
{
    QStringList list{QStringLiteral("regviz")};
    for (const char *arg : args)
        list << QString::fromUtf8(arg);
    return regviz::parseCommandLine(list);
}

} // namespace

TEST(CommandLine, NoArgumentsOpensTheWindowAtTheDefaults)
{
    const CommandLine c = parse({});
    EXPECT_EQ(c.action, CommandLine::Action::Gui);
    EXPECT_EQ(c.session.params, regviz::Params{});
    EXPECT_EQ(c.session.descent, regviz::DescentSettings{});
}

TEST(CommandLine, ReadsEveryScenePAndDescentOption)
{
    const CommandLine c = parse({"--lambda", "1.25",     "--true-weight=-0.75",
                                 "--noise",  "0.3",      "--samples",
                                 "5000",     "--seed",   "9",
                                 "--alpha",  "0.2",      "--optimizer",
                                 "proximal", "--eta",    "0.05",
                                 "--w0",     "-1",       "--steps",
                                 "1000",     "--report", "--trace"});
    ASSERT_EQ(c.action, CommandLine::Action::Report) << c.text.toStdString();
    EXPECT_DOUBLE_EQ(c.session.params.lambda, 1.25);
    EXPECT_DOUBLE_EQ(c.session.params.trueWeight, -0.75);
    EXPECT_DOUBLE_EQ(c.session.params.noise, 0.3);
    EXPECT_EQ(c.session.params.samples, 5000);
    EXPECT_EQ(c.session.params.seed, 9U);
    EXPECT_DOUBLE_EQ(c.session.params.alpha, 0.2);
    EXPECT_EQ(c.session.descent.optimizer, regviz::Optimizer::Proximal);
    EXPECT_DOUBLE_EQ(c.session.descent.eta, 0.05);
    EXPECT_DOUBLE_EQ(c.session.descent.w0, -1.0);
    EXPECT_EQ(c.session.descent.maxSteps, 1000);
    EXPECT_TRUE(c.trace);
}

struct BadCase
{
    std::vector<const char *> args;
    const char *mentions;
};

// A readable test name from the arguments, e.g. __lambda_5_5_0.
std::string badCaseName(const ::testing::TestParamInfo<BadCase> &param)
{
    std::string name;
    for (const char *arg : param.param.args)
        for (const char *c = arg; *c != '\0'; ++c)
            name += std::isalnum(static_cast<unsigned char>(*c)) ? *c : '_';
    return name + '_' + std::to_string(param.index);
}

class CommandLineRejects : public ::testing::TestWithParam<BadCase>
{
};

TEST_P(CommandLineRejects, WithAMessageNamingTheProblem)
{
    QStringList list{QStringLiteral("regviz")};
    for (const char *arg : GetParam().args)
        list << QString::fromUtf8(arg);
    const CommandLine c = regviz::parseCommandLine(list);
    EXPECT_EQ(c.action, CommandLine::Action::Error);
    EXPECT_TRUE(c.text.contains(QString::fromUtf8(GetParam().mentions))) << c.text.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    BadValues, CommandLineRejects,
    ::testing::Values(
        BadCase{{"--lambda", "5.5"}, "--lambda"}, BadCase{{"--lambda", "-0.1"}, "--lambda"},
        BadCase{{"--lambda", "abc"}, "'abc'"}, BadCase{{"--lambda", "nan"}, "--lambda"},
        BadCase{{"--noise", "inf"}, "--noise"}, BadCase{{"--true-weight", "3"}, "--true-weight"},
        BadCase{{"--samples", "1"}, "--samples"}, BadCase{{"--samples", "1000001"}, "--samples"},
        BadCase{{"--samples", "2.5"}, "--samples"}, BadCase{{"--seed", "-1"}, "--seed"},
        BadCase{{"--alpha", "1.01"}, "--alpha"}, BadCase{{"--eta", "0"}, "--eta"},
        BadCase{{"--steps", "0"}, "--steps"}, BadCase{{"--optimizer", "adam"}, "adam"},
        BadCase{{"--lambda"}, "lambda"}, BadCase{{"--bogus"}, "bogus"}, BadCase{{"stray"}, "stray"},
        BadCase{{"--trace"}, "--report"}, BadCase{{"--lambda", ""}, "--lambda"}),
    badCaseName);

TEST(CommandLine, HelpListsTheOptionsUnderTheProgramName)
{
    const CommandLine c = parse({"--help"});
    EXPECT_EQ(c.action, CommandLine::Action::Help);
    EXPECT_TRUE(c.text.contains(QStringLiteral("Usage: regviz"))) << c.text.toStdString();
    for (const char *option : {"--lambda", "--true-weight", "--noise", "--samples", "--seed", "--report"})
        EXPECT_TRUE(c.text.contains(QString::fromLatin1(option))) << option;
}

TEST(CommandLine, VersionIsAnAction)
{
    EXPECT_EQ(parse({"--version"}).action, CommandLine::Action::Version);
}
