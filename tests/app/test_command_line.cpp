#include "app/command_line.h"
#include "model/panel_names.h"
#include "model/scene_setup.h"

#include <QFile>
#include <QRegularExpression>
#include <QSize>
#include <QTemporaryDir>
#include <cctype>
#include <gtest/gtest.h>
#include <ostream>
#include <string>
#include <vector>

using regviz::CommandLine;

// gtest finds PrintTo by argument-dependent lookup, so for QSize it lives in the global namespace.
static void PrintTo(const QSize &size, std::ostream *os)
{
    *os << size.width() << "x" << size.height();
}

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

TEST(CommandLine, ReadsTheOptimizerSettingsAndTheComparison)
{
    const CommandLine c =
        parse({"--optimizer", "adamw", "--beta", "0.5", "--beta2", "0.99", "--epsilon", "1e-6", "--batch",
               "7", "--weight-decay", "0.25", "--compare", "adam, fista,sgd", "--compare-objective", "l2"});
    ASSERT_EQ(c.action, CommandLine::Action::Gui) << c.text.toStdString();
    EXPECT_TRUE(c.sceneGiven);
    EXPECT_EQ(c.session.descent.optimizer, regviz::Optimizer::AdamW);
    EXPECT_EQ(c.session.descent.beta, 0.5);
    EXPECT_EQ(c.session.descent.beta2, 0.99);
    EXPECT_EQ(c.session.descent.epsilon, 1e-6);
    EXPECT_EQ(c.session.descent.batch, 7);
    EXPECT_EQ(c.session.descent.weightDecay, 0.25);
    EXPECT_EQ(c.session.comparison.objective, regviz::Penalty::L2);
    const std::vector<regviz::Optimizer> compared{regviz::Optimizer::Adam, regviz::Optimizer::Fista,
                                                  regviz::Optimizer::Sgd};
    EXPECT_EQ(c.session.comparison.optimizers, compared);
    // --help states each new option's range, from the same limits the parser checks.
    const QString help = parse({"--help"}).text.simplified(); // Qt wraps the descriptions
    for (const char *text :
         {"--beta <value>", "0 to 0.9999", "--beta2 <value>", "0 to 0.999999", "--epsilon", "1e-300 to 10",
          "--batch <n>", "1 to 1000000", "--weight-decay", "0 to 100", "--compare <names>"})
        EXPECT_TRUE(help.contains(QString::fromUtf8(text))) << text;
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
            name += std::isalnum(static_cast<unsigned char>(*c)) != 0 ? *c : '_';
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
        BadCase{{"--steps", "0"}, "--steps"}, BadCase{{"--optimizer", "lbfgs"}, "lbfgs"},
        BadCase{{"--lambda"}, "lambda"}, BadCase{{"--bogus"}, "bogus"}, BadCase{{"stray"}, "stray"},
        BadCase{{"--trace"}, "--report"}, BadCase{{"--lambda", ""}, "--lambda"},
        BadCase{{"--beta", "1"}, "--beta"}, BadCase{{"--beta", "-0.1"}, "--beta"},
        BadCase{{"--beta2", "1"}, "--beta2"}, BadCase{{"--epsilon", "0"}, "--epsilon"},
        BadCase{{"--epsilon", "11"}, "--epsilon"}, BadCase{{"--batch", "0"}, "--batch"},
        BadCase{{"--batch", "2.5"}, "--batch"}, BadCase{{"--weight-decay", "-1"}, "--weight-decay"},
        BadCase{{"--weight-decay", "nan"}, "--weight-decay"}, BadCase{{"--compare", "adam,lbfgs"}, "lbfgs"},
        BadCase{{"--compare", "adam,adam"}, "none twice"},
        BadCase{{"--compare", "gd,proximal,adam,sgd,fista"}, "1 to 4"},
        BadCase{{"--compare-objective", "l3"}, "'l3'"}),
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

TEST(CommandLine, VersionNamesWhatItWasBuiltWithAndRunsOn)
{
    const QString text = parse({"--version"}).text;
    EXPECT_TRUE(text.startsWith(QStringLiteral("regviz 0."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Qt %1 (compiled against %2)")
                                  .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("QCustomPlot 2."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Compiler: GNU ")) ||
                text.contains(QStringLiteral("Compiler: Clang ")))
        << text.toStdString();
    static const QRegularExpression buildType(
        QStringLiteral("Build type: (Debug|Release|RelWithDebInfo|MinSizeRel)"));
    EXPECT_TRUE(buildType.match(text).hasMatch()) << text.toStdString();
}

TEST(CommandLine, HelpEndsWithTheExamplesAndExitStatuses)
{
    const QString text = parse({"--help"}).text;
    ASSERT_TRUE(text.contains(QStringLiteral("\nExamples:\n"))) << text.toStdString();
    for (const regviz::CommandExample &example : regviz::commandLineExamples()) {
        EXPECT_TRUE(text.contains(QStringLiteral("  ") + example.command + QLatin1Char('\n')))
            << example.command.toStdString();
        EXPECT_TRUE(text.contains(example.description)) << example.description.toStdString();
    }
    for (const char *status : {"\n  0  ", "\n  1  ", "\n  2  "})
        EXPECT_TRUE(text.contains(QString::fromLatin1(status))) << status;
}

TEST(CommandLine, ExampleCommandsParse)
{
    for (const regviz::CommandExample &example : regviz::commandLineExamples()) {
        // Shell redirections are not arguments; a session the example names does not exist here.
        QStringList args =
            example.command.section(QLatin1Char('>'), 0, 0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        args.removeIf([](const QString &arg) { return arg.endsWith(QLatin1String(".json")); });
        const CommandLine c = regviz::parseCommandLine(args);
        EXPECT_NE(c.action, CommandLine::Action::Error)
            << example.command.toStdString() << ": " << c.text.toStdString();
    }
}

// The completion offers these values; the parser must take every one of them.
TEST(CommandLine, EveryChoiceAndExtensionTheTableOffersIsAccepted)
{
    int offered = 0;
    for (const regviz::OptionInfo &option : regviz::commandLineOptions()) {
        for (const QString &value : option.values) {
            QStringList args{QStringLiteral("regviz")};
            if (option.name == QLatin1String("optimizer"))
                args << QStringLiteral("--optimizer") << value;
            else if (option.name == QLatin1String("panel"))
                args << QStringLiteral("--export") << QStringLiteral("f.png") << QStringLiteral("--panel")
                     << value;
            else if (option.name == QLatin1String("sample"))
                args << QStringLiteral("--sample") << value << QStringLiteral("--report");
            else if (option.name == QLatin1String("export-path") || option.name == QLatin1String("export-cv"))
                args << QStringLiteral("--sample") << QStringLiteral("diabetes")
                     << QStringLiteral("--") + option.name << QStringLiteral("out.") + value;
            else if (option.name == QLatin1String("compare-objective"))
                args << QStringLiteral("--compare-objective") << value;
            else if (option.name.startsWith(QLatin1String("export")))
                args << QStringLiteral("--") + option.name << QStringLiteral("out.") + value;
            else
                continue; // --session and --data read their file while parsing
            ++offered;
            const CommandLine c = regviz::parseCommandLine(args);
            EXPECT_NE(c.action, CommandLine::Action::Error)
                << args.join(QLatin1Char(' ')).toStdString() << ": " << c.text.toStdString();
        }
    }
    // optimizers, panels, compared objectives, figure formats, GIF, the CSV exports of one weight and of
    // many, the sample
    EXPECT_EQ(offered, 10 + 16 + 4 + 3 + 1 + 3 + 2 + 1);
}

TEST(CommandLine, PanelChoicesAreEveryDashboardPanel)
{
    for (const regviz::OptionInfo &option : regviz::commandLineOptions()) {
        if (option.name == QLatin1String("panel")) {
            EXPECT_EQ(option.values, regviz::panelNames());
            for (const QString &panel : regviz::panelNames())
                EXPECT_TRUE(option.description.contains(panel)) << panel.toStdString();
            return;
        }
    }
    FAIL() << "no --panel option";
}

// ---- figures, animations, data and sessions -------------------------------------------------------

TEST(CommandLine, ReadsTheFigureOptions)
{
    const CommandLine c =
        parse({"--export", "out.png", "--panel", "l1", "--size", "640x400", "--scale", "2", "--frame", "7"});
    ASSERT_EQ(c.action, CommandLine::Action::Export) << c.text.toStdString();
    EXPECT_EQ(c.exports.figure, QStringLiteral("out.png"));
    EXPECT_EQ(c.exports.still.panel, QStringLiteral("l1"));
    EXPECT_EQ(c.exports.still.size, QSize(640, 400));
    EXPECT_EQ(c.exports.still.scale, 2.0);
    // The same figure options apply to an animation.
    EXPECT_EQ(c.exports.animation.figure, c.exports.still);
    EXPECT_EQ(c.session.frame, 7);
    EXPECT_TRUE(c.sceneGiven);
    EXPECT_TRUE(c.exports.gif.isEmpty());
    EXPECT_TRUE(c.exports.dataset.isEmpty());
}

TEST(CommandLine, FigureDefaultsWhenOnlyAFileIsNamed)
{
    const CommandLine c = parse({"--export", "out.svg"});
    ASSERT_EQ(c.action, CommandLine::Action::Export) << c.text.toStdString();
    // --help promises "default 1600x1000" for --size.
    ASSERT_TRUE(parse({"--help"}).text.simplified().contains(QStringLiteral("default 1600x1000")));
    EXPECT_EQ(c.exports.still.size, QSize(1600, 1000));
    EXPECT_EQ(c.exports.still.scale, 1.0);
    EXPECT_TRUE(c.exports.still.panel.isEmpty());
    // An animation without --size keeps its own, smaller default.
    EXPECT_EQ(c.exports.animation.figure.size, regviz::AnimationOptions{}.figure.size);
    EXPECT_FALSE(c.sceneGiven);
    EXPECT_EQ(parse({"--export", "a.PDF", "--size", "320X200"}).exports.still.size, QSize(320, 200));
}

TEST(CommandLine, ReadsTheAnimationOptions)
{
    const CommandLine gif = parse({"--export-gif", "run.gif", "--frames", "12", "--frame-delay", "80"});
    ASSERT_EQ(gif.action, CommandLine::Action::Export) << gif.text.toStdString();
    EXPECT_EQ(gif.exports.gif, QStringLiteral("run.gif"));
    EXPECT_EQ(gif.exports.animation.frameCount, 12);
    EXPECT_EQ(gif.exports.animation.delayMs, 80);

    const CommandLine frames = parse({"--export-frames", "dir", "--frames", "3", "--size", "200x125"});
    ASSERT_EQ(frames.action, CommandLine::Action::Export) << frames.text.toStdString();
    EXPECT_EQ(frames.exports.frames, QStringLiteral("dir"));
    EXPECT_EQ(frames.exports.animation.frameCount, 3);
    EXPECT_EQ(frames.exports.animation.delayMs, regviz::AnimationOptions{}.delayMs);
    EXPECT_EQ(frames.exports.animation.figure.size, QSize(200, 125));
}

TEST(CommandLine, ReadsTheDataExportsAndViewOptions)
{
    const CommandLine c = parse({"--export-data", "d.csv", "--export-curves", "c.csv", "--export-trace",
                                 "t.csv", "--data", "in.csv", "--elastic", "--zoom-zero"});
    ASSERT_EQ(c.action, CommandLine::Action::Export) << c.text.toStdString();
    EXPECT_EQ(c.exports.dataset, QStringLiteral("d.csv"));
    EXPECT_EQ(c.exports.curves, QStringLiteral("c.csv"));
    EXPECT_EQ(c.exports.trace, QStringLiteral("t.csv"));
    EXPECT_EQ(c.session.dataFile, QStringLiteral("in.csv"));
    EXPECT_TRUE(c.session.view.showElastic);
    EXPECT_TRUE(c.session.view.zoomNearZero);
    EXPECT_TRUE(c.sceneGiven);
    EXPECT_TRUE(c.exports.figure.isEmpty());

    const CommandLine gui = parse({"--data", "in.csv"});
    EXPECT_EQ(gui.action, CommandLine::Action::Gui);
    EXPECT_EQ(gui.session.dataFile, QStringLiteral("in.csv"));
}

namespace {

/// A session file in a temporary folder that lives as long as the object.
class SessionFile
{
public:
    explicit SessionFile(const QByteArray &bytes)
    {
        EXPECT_TRUE(m_dir.isValid());
        QFile file(path());
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        EXPECT_EQ(file.write(bytes), bytes.size());
    }

    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("s.json")); }
    [[nodiscard]] std::string arg() const { return path().toStdString(); }

private:
    QTemporaryDir m_dir;
};

regviz::Session storedSession()
{
    regviz::Session s;
    s.params.lambda = 1.5;
    s.params.noise = 0.8;
    s.params.samples = 100;
    s.params.seed = 7;
    s.descent.optimizer = regviz::Optimizer::Proximal;
    s.descent.eta = 0.3;
    s.view.showElastic = true;
    s.frame = 4;
    return s;
}

CommandLine parseWith(const std::vector<std::string> &args)
{
    QStringList list{QStringLiteral("regviz")};
    for (const std::string &arg : args)
        list << QString::fromStdString(arg);
    return regviz::parseCommandLine(list);
}

} // namespace

TEST(CommandLine, SessionFileIsReadByOptionOrPosition)
{
    const SessionFile file(regviz::sessionToJson(storedSession()));
    for (const std::vector<std::string> &args :
         {std::vector<std::string>{"--session", file.arg()}, std::vector<std::string>{file.arg()}}) {
        const CommandLine c = parseWith(args);
        ASSERT_EQ(c.action, CommandLine::Action::Gui) << c.text.toStdString();
        EXPECT_EQ(c.session, storedSession());
        EXPECT_TRUE(c.sceneGiven);
    }
}

TEST(CommandLine, OptionsOverrideTheSession)
{
    const SessionFile file(regviz::sessionToJson(storedSession()));
    const CommandLine c = parseWith({file.arg(), "--lambda", "0.25", "--optimizer", "clip", "--report"});
    ASSERT_EQ(c.action, CommandLine::Action::Report) << c.text.toStdString();
    regviz::Session expected = storedSession();
    expected.params.lambda = 0.25;
    expected.descent.optimizer = regviz::Optimizer::Clip;
    EXPECT_EQ(c.session, expected);
}

TEST(CommandLine, MissingOrMalformedSessionIsAnErrorNamingTheFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    CommandLine c = parseWith({missing.toStdString()});
    EXPECT_EQ(c.action, CommandLine::Action::Error);
    EXPECT_TRUE(c.text.contains(missing)) << c.text.toStdString();
    c = parseWith({"--session", missing.toStdString()});
    EXPECT_EQ(c.action, CommandLine::Action::Error);
    EXPECT_TRUE(c.text.contains(missing)) << c.text.toStdString();

    const SessionFile malformed(QByteArray(R"({"format": "regviz-session", )"));
    c = parseWith({malformed.arg(), "--report"});
    EXPECT_EQ(c.action, CommandLine::Action::Error);
    EXPECT_TRUE(c.text.contains(malformed.path())) << c.text.toStdString();
    EXPECT_TRUE(c.text.contains(QStringLiteral("malformed"))) << c.text.toStdString();

    const SessionFile outOfRange(
        regviz::sessionToJson(regviz::Session{}).replace("\"lambda\": 0.5", "\"lambda\": 9"));
    c = parseWith({"--session", outOfRange.arg()});
    EXPECT_EQ(c.action, CommandLine::Action::Error);
    EXPECT_TRUE(c.text.contains(QStringLiteral("\"params.lambda\""))) << c.text.toStdString();
}

TEST(CommandLine, SessionNamedTwiceIsAnError)
{
    const SessionFile file(regviz::sessionToJson(storedSession()));
    const CommandLine c = parseWith({file.arg(), "--session", file.arg()});
    EXPECT_EQ(c.action, CommandLine::Action::Error);
    EXPECT_TRUE(c.text.contains(QStringLiteral("--session"))) << c.text.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    ExportOptions, CommandLineRejects,
    ::testing::Values(
        BadCase{{"--export", "x.png", "--size", "50x50"}, "--size"},
        BadCase{{"--export", "x.png", "--size", "abc"}, "--size"},
        BadCase{{"--export", "x.png", "--size", "800"}, "--size"},
        BadCase{{"--export", "x.png", "--size", "9000x500"}, "--size"},
        BadCase{{"--export", "x.png", "--size", "-800x500"}, "--size"},
        BadCase{{"--export", "x.png", "--scale", "9"}, "--scale"},
        BadCase{{"--export", "x.png", "--scale", "0.1"}, "--scale"},
        BadCase{{"--export", "x.png", "--scale", "nan"}, "--scale"},
        BadCase{{"--export", "x.png", "--panel", "nope"}, "--panel"},
        BadCase{{"--export", "x.png", "--panel", "nope"}, "nope"}, BadCase{{"--export", "x.bmp"}, "--export"},
        BadCase{{"--export", "x"}, "--export"}, BadCase{{"--export", ""}, "--export"},
        BadCase{{"--export-gif", "x.png"}, "--export-gif"}, BadCase{{"--export-gif", ""}, "--export-gif"},
        BadCase{{"--export-gif", "x.gif", "--frames", "0"}, "--frames"},
        BadCase{{"--export-gif", "x.gif", "--frames", "1001"}, "--frames"},
        BadCase{{"--export-gif", "x.gif", "--frame-delay", "10"}, "--frame-delay"},
        BadCase{{"--export-frames", ""}, "--export-frames"}, BadCase{{"--export-data", ""}, "--export-data"},
        BadCase{{"--export-curves", ""}, "--export-curves"},
        BadCase{{"--export-trace", ""}, "--export-trace"}, BadCase{{"--panel", "l1"}, "--panel"},
        BadCase{{"--size", "800x500"}, "--size"}, BadCase{{"--scale", "2"}, "--scale"},
        BadCase{{"--export-data", "d.csv", "--panel", "l1"}, "--panel"},
        BadCase{{"--frames", "5"}, "--frames"}, BadCase{{"--export", "x.png", "--frames", "5"}, "--frames"},
        BadCase{{"--frame-delay", "50"}, "--frame-delay"},
        BadCase{{"--report", "--export", "x.png"}, "--report"},
        BadCase{{"--report", "--export-data", "d.csv"}, "--report"}, BadCase{{"--frame", "-1"}, "--frame"},
        BadCase{{"a.json", "b.json"}, "b.json"}),
    badCaseName);

// Repeated options would silently keep the last value; non-finite, garbled and empty values name the option.
INSTANTIATE_TEST_SUITE_P(
    RepeatedAndMalformed, CommandLineRejects,
    ::testing::Values(
        BadCase{{"--lambda", "1", "--lambda", "2"}, "--lambda was given 2 times"},
        BadCase{{"--lambda=0.5", "--lambda=0.5"}, "--lambda was given 2 times"},
        BadCase{{"--seed", "1", "--seed", "2", "--seed", "3"}, "--seed was given 3 times"},
        BadCase{{"--report", "--report"}, "--report was given 2 times"},
        BadCase{{"--elastic", "--elastic"}, "--elastic was given 2 times"},
        BadCase{{"--data", "a.csv", "--data", "b.csv"}, "--data was given 2 times"},
        BadCase{{"--export", "a.png", "--export", "b.png"}, "--export was given 2 times"},
        BadCase{{"--session", "a.json", "--session", "b.json"}, "--session was given 2 times"},
        BadCase{{"-h", "--help"}, "--help was given 2 times"}, BadCase{{"--eta=-inf"}, "--eta"},
        BadCase{{"--w0", "1e999"}, "--w0"}, BadCase{{"--w0", "NaN"}, "--w0"},
        BadCase{{"--alpha", "Infinity"}, "--alpha"}, BadCase{{"--correlation", "0.96"}, "--correlation"},
        BadCase{{"--second-weight", ""}, "--second-weight"}, BadCase{{"--samples", "nan"}, "--samples"},
        BadCase{{"--samples", "1e3"}, "--samples"}, BadCase{{"--steps", "100001"}, "--steps"},
        BadCase{{"--steps", "12abc"}, "'12abc'"}, BadCase{{"--seed", "2147483648"}, "--seed"},
        BadCase{{"--lambda", "0x1p-1"}, "--lambda"}, BadCase{{"--optimizer", ""}, "--optimizer"},
        BadCase{{"--unknown=3"}, "unknown"}, BadCase{{"-x"}, "x"}),
    badCaseName);

TEST(CommandLine, AnOutOfRangeNumberIsCalledOutOfRangeNotANonNumber)
{
    const CommandLine high =
        regviz::parseCommandLine({QStringLiteral("regviz"), QStringLiteral("--lambda"), QStringLiteral("7")});
    ASSERT_EQ(high.action, CommandLine::Action::Error);
    EXPECT_TRUE(high.text.contains(QStringLiteral("--lambda: 7 is outside [0, 5]")))
        << high.text.toStdString();
    EXPECT_FALSE(high.text.contains(QStringLiteral("not a number"))) << high.text.toStdString();
    const CommandLine word = regviz::parseCommandLine(
        {QStringLiteral("regviz"), QStringLiteral("--lambda"), QStringLiteral("seven")});
    ASSERT_EQ(word.action, CommandLine::Action::Error);
    EXPECT_TRUE(word.text.contains(QStringLiteral("'seven' is not a number"))) << word.text.toStdString();
    const CommandLine steps =
        regviz::parseCommandLine({QStringLiteral("regviz"), QStringLiteral("--steps"), QStringLiteral("0")});
    EXPECT_TRUE(steps.text.contains(QStringLiteral("--steps: 0 is outside [1, 100000]")))
        << steps.text.toStdString();
}

TEST(CommandLine, LambdasRangeFollowsLambdaCOfTheData)
{
    // x in 0..10 and y = 15 + 4 x: lambda_c is in the hundreds, so lambda 300 is on the slider's range.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("steep.csv"));
    QByteArray csv("x,y\n");
    for (int i = 0; i <= 20; ++i)
        csv += QByteArray::number(0.5 * i) + ',' + QByteArray::number(15.0 + 2.0 * i) + '\n';
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        ASSERT_EQ(out.write(csv), csv.size());
    }
    const CommandLine steep = parse({"--data", file.toUtf8().constData(), "--lambda", "300"});
    ASSERT_NE(steep.action, CommandLine::Action::Error) << steep.text.toStdString();
    EXPECT_DOUBLE_EQ(steep.session.params.lambda, 300.0);
    const regviz::DataImport data = regviz::importCsvFile(file);
    ASSERT_TRUE(data.data);
    EXPECT_FALSE(regviz::lambdaProblem(steep.session.params, data.data.get()));
    regviz::Params far = steep.session.params;
    far.lambda = 1e6;
    EXPECT_TRUE(regviz::lambdaProblem(far, data.data.get()));
    // The article's draw keeps [0, 5].
    EXPECT_EQ(parse({"--lambda", "5.5"}).action, CommandLine::Action::Error);
}

TEST(CommandLine, InterceptIsOnForDataAndOffForTheGeneratedOneUnlessToldOtherwise)
{
    EXPECT_FALSE(parse({"--lambda", "1"}).session.params.intercept);
    EXPECT_TRUE(parse({"--intercept"}).session.params.intercept);
    EXPECT_TRUE(parse({"--data", "some.csv"}).session.params.intercept);
    const CommandLine none = parse({"--data", "some.csv", "--no-intercept"});
    ASSERT_NE(none.action, CommandLine::Action::Error) << none.text.toStdString();
    EXPECT_FALSE(none.features); // --no-intercept is shared with the many-feature mode, not a switch to it
    EXPECT_FALSE(none.session.params.intercept);
    const CommandLine both = parse({"--intercept", "--no-intercept"});
    ASSERT_EQ(both.action, CommandLine::Action::Error);
    EXPECT_TRUE(both.text.contains(QStringLiteral("cannot both"))) << both.text.toStdString();
}
