#include "model/data_export.h"
#include "model/scene_controller.h"
#include "model/scene_history.h"
#include "model/session.h"
#include "ui/actions/document_actions.h"
#include "ui/controls/control_panel.h"
#include "ui/controls/param_slider.h"
#include "ui/export/animation_exporter.h"
#include "ui/export/figure_exporter.h"
#include "ui/main_window.h"
#include "ui/plots/dashboard.h"
#include "ui_test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <csignal>
#include <functional>
#include <gtest/gtest.h>
#include <limits>
#include <ostream>
#include <string>
#include <sys/resource.h>
#include <vector>

// Bad input through the window: each file or target is refused with one message that names the file and
// what is wrong, nothing crashes, no existing file is damaged, and the scene (parameters, descent settings,
// data source) and the undo history are exactly as before. test_session.cpp, test_data_import.cpp,
// test_export.cpp and tests/app cover the parsers, the exporters and the command line on their own.

namespace {

using regviz::SceneState;
using regviz::test::caseName;
using regviz::test::readAll;
using regviz::test::str;
using regviz::test::writeBytes;

/// Everything in a folder, hidden files included: a failed write must leave no temporary file behind.
QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

class BadInputTest : public regviz::test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        // A scene away from the defaults, with imported data, so "unchanged" means something.
        ASSERT_TRUE(writeBytes(path(QStringLiteral("good.csv")), "x,y\n-1,-0.4\n0.5,0.3\n2,0.8\n"));
        ASSERT_TRUE(window->documents()->importData(path(QStringLiteral("good.csv"))));
        controller()->setLambda(1.25);
        controller()->setEta(0.05);
        regviz::test::settle();
        before = window->history()->current();
        steps = window->history()->stack().count();
    }

    /// Runs `attempt`, which must fail, and checks the one message and that nothing changed.
    void expectRefused(const std::function<bool()> &attempt, const std::vector<QString> &mentions)
    {
        QSignalSpy problems(window->documents(), &regviz::DocumentActions::problemShown);
        EXPECT_FALSE(attempt());
        regviz::test::settle();
        ASSERT_EQ(problems.count(), 1);
        const QString message = problems.at(0).at(0).toString();
        for (const QString &word : mentions)
            EXPECT_TRUE(message.contains(word)) << str(message) << " should mention " << str(word);
        EXPECT_EQ(window->history()->current(), before) << str(message);
        EXPECT_EQ(controller()->params(), before.params);
        EXPECT_EQ(controller()->descentSettings(), before.descent);
        EXPECT_EQ(controller()->importedData(), before.data);
        EXPECT_EQ(window->history()->stack().count(), steps) << "a refused file is no undo step";
    }

    SceneState before;
    int steps = 0;
};

// ---- files read --------------------------------------------------------------------------------------

struct BadFile
{
    const char *name;
    const char *file; ///< created in the test folder unless it is "<missing>" or "<folder>"
    QByteArray bytes;
    qint64 sparseSize = 0; ///< > 0: the file is grown (sparsely) to this size after the bytes
    std::vector<const char *> mentions;
};

void PrintTo(const BadFile &c, std::ostream *os)
{
    *os << c.name;
}

QString prepare(const BadFile &c, const QString &folder)
{
    QString file = QDir(folder).filePath(QString::fromLatin1(c.file));
    if (QLatin1String(c.file) == QLatin1String("<missing>"))
        return QDir(folder).filePath(QStringLiteral("missing.file"));
    if (QLatin1String(c.file) == QLatin1String("<folder>"))
        return folder;
    EXPECT_TRUE(writeBytes(file, c.bytes));
    if (c.sparseSize > 0) {
        QFile grown(file);
        EXPECT_TRUE(grown.open(QIODevice::ReadWrite) && grown.resize(c.sparseSize));
    }
    return file;
}

QByteArray utf16(const QByteArray &utf8, bool bigEndian)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray bytes = bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (const QChar c : text) {
        const char high = static_cast<char>(c.unicode() >> 8);
        const char low = static_cast<char>(c.unicode() & 0xFF);
        bytes.append(bigEndian ? high : low).append(bigEndian ? low : high);
    }
    return bytes;
}

QByteArray binary()
{
    QByteArray bytes;
    for (int i = 0; i < 300; ++i)
        bytes.append(static_cast<char>((i * 131 + 7) % 256));
    return bytes;
}

class CsvRefused : public BadInputTest, public ::testing::WithParamInterface<BadFile>
{
};

TEST_P(CsvRefused, WithAMessageAndNothingChanged)
{
    const QString file = prepare(GetParam(), dir.path());
    std::vector<QString> mentions{QDir::toNativeSeparators(file)};
    for (const char *word : GetParam().mentions)
        mentions.push_back(QString::fromUtf8(word));
    expectRefused([&] { return window->documents()->importData(file); }, mentions);
}

constexpr qint64 kOverOldCsvCap = 100LL * 1024 * 1024 + 1;

INSTANTIATE_TEST_SUITE_P(
    Import, CsvRefused,
    ::testing::Values(
        BadFile{"malformedRow", "a.csv", "x,y\n1,2\n3;4\n", 0, {"line 3", "found 1"}},
        BadFile{"truncatedMidRow", "a.csv", "x,y\n1,2\n3,4\n5,", 0, {"line 4", "y value"}},
        BadFile{"truncatedMidNumber", "a.csv", "x,y\n1,2\n3,4\n5,1e", 0, {"line 4", "'1e'"}},
        BadFile{"binary", "a.csv", binary(), 0, {"binary"}},
        BadFile{"utf16LittleEndian", "a.csv", utf16("x,y\n1,2\n3,4\n", false), 0, {"UTF-16"}},
        BadFile{"utf16BigEndian", "a.csv", utf16("x,y\n1,2\n3,4\n", true), 0, {"UTF-16"}},
        BadFile{"nan", "a.csv", "x,y\n1,2\nnan,4\n", 0, {"line 3", "'nan'", "not finite"}},
        BadFile{"infinity", "a.csv", "1,2\n3,-inf\n", 0, {"line 2", "'-inf'", "not finite"}},
        BadFile{"beyondDouble", "a.csv", "1,2\n3,1e999\n", 0, {"line 2", "out of the range"}},
        BadFile{"squaresOverflow", "a.csv", "x,y\n1e200,1\n2,3\n", 0, {"line 2", "'1e200'", "too large"}},
        BadFile{"empty", "a.csv", "", 0, {"at least 2"}},
        BadFile{"headerOnly", "a.csv", "x,y\n", 0, {"at least 2", "found 0"}},
        BadFile{"oneRow", "a.csv", "x,y\n1,2\n", 0, {"found 1"}},
        // Beyond the old 100 MB cap, read now; its zero bytes make it no text.
        BadFile{"over100MBOfZeros", "huge.csv", "x,y\n1,2\n3,4\n", kOverOldCsvCap, {"binary"}},
        BadFile{"missing", "<missing>", "", 0, {"does not exist"}},
        BadFile{"folder", "<folder>", "", 0, {"folder"}}),
    caseName<BadFile>);

/// The default session's JSON with one piece of its text replaced.
QByteArray sessionWith(const char *from, const char *to)
{
    QByteArray json = regviz::sessionToJson(regviz::Session{});
    EXPECT_TRUE(json.contains(from)) << from;
    return json.replace(from, to);
}

QByteArray deeplyNested()
{
    return QByteArray(100000, '[') + QByteArray(100000, ']');
}

class SessionRefused : public BadInputTest, public ::testing::WithParamInterface<BadFile>
{
};

TEST_P(SessionRefused, WithAMessageAndNothingChanged)
{
    const QString file = prepare(GetParam(), dir.path());
    std::vector<QString> mentions{file};
    for (const char *word : GetParam().mentions)
        mentions.push_back(QString::fromUtf8(word));
    expectRefused([&] { return window->documents()->openFile(file); }, mentions);
}

constexpr qint64 kOverSessionLimit = 1024 * 1024 + 1;

INSTANTIATE_TEST_SUITE_P(
    Open, SessionRefused,
    ::testing::Values(
        BadFile{"truncatedMidNumber",
                "s.json",
                regviz::sessionToJson(regviz::Session{}).left(60),
                0,
                {"malformed"}},
        BadFile{"utf16BigEndian",
                "s.json",
                utf16(regviz::sessionToJson(regviz::Session{}), true),
                0,
                {"malformed"}},
        BadFile{"nanLiteral", "s.json", sessionWith("\"lambda\": 0.5", "\"lambda\": NaN"), 0, {"malformed"}},
        BadFile{"infinityLiteral",
                "s.json",
                sessionWith("\"noise\": 0", "\"noise\": Infinity"),
                0,
                {"malformed"}},
        BadFile{"hugeNumber", "s.json", sessionWith("\"eta\": 0.1", "\"eta\": 1e999"), 0, {"malformed"}},
        BadFile{"emptyOptimizer",
                "s.json",
                sessionWith("\"optimizer\": \"gd\"", "\"optimizer\": \"\""),
                0,
                {"\"descent.optimizer\""}},
        BadFile{"nullParams",
                "s.json",
                sessionWith("\"params\": {", "\"params\": null, \"x\": {"),
                0,
                {"\"params\""}},
        BadFile{"seedFraction",
                "s.json",
                sessionWith("\"seed\": 42", "\"seed\": 42.5"),
                0,
                {"\"params.seed\"", "whole number"}},
        BadFile{"stepsTooMany",
                "s.json",
                sessionWith("\"max_steps\": 200", "\"max_steps\": 100001"),
                0,
                {"\"descent.max_steps\"", "outside"}},
        BadFile{"deeplyNested", "s.json", deeplyNested(), 0, {"malformed"}},
        BadFile{"over1MB",
                "big.json",
                regviz::sessionToJson(regviz::Session{}),
                kOverSessionLimit,
                {"too large"}},
        BadFile{"folder", "<folder>", "", 0, {"folder"}}),
    caseName<BadFile>);

// ---- files written -----------------------------------------------------------------------------------

/// The four ways the window writes a file, each to `path`.
struct Writer
{
    const char *name;
    const char *extension;
    std::function<bool(regviz::MainWindow &, const QString &)> write;
};

std::vector<Writer> writers()
{
    regviz::AnimationOptions gif;
    gif.figure.size = QSize(160, 100);
    gif.frameCount = 2;
    return {
        {"session", "json",
         [](const regviz::MainWindow &w, const QString &p) {
             return w.documents()->saveTo(p);
         }},
        {"data", "csv",
         [](const regviz::MainWindow &w, const QString &p) {
             return w.documents()->exportDataTo(p, regviz::DataExport::Curves);
         }},
        {"figure", "png",
         [](const regviz::MainWindow &w, const QString &p) {
             return w.documents()->exportFigureTo(p, {QString(), QSize(320, 200), 1.0});
         }},
        {"gif", "gif",
         [gif](const regviz::MainWindow &w, const QString &p) {
             return w.documents()->exportGifTo(p, gif);
         }},
    };
}

struct BadTarget
{
    const char *name;
    QString target; ///< relative to the test folder unless absolute; %1 is the writer's extension
    const char *mentions;
};

void PrintTo(const BadTarget &c, std::ostream *os)
{
    *os << c.name;
}

class WriteRefused : public BadInputTest, public ::testing::WithParamInterface<BadTarget>
{
};

TEST_P(WriteRefused, ByEveryWriterWithAMessageAndNothingCreated)
{
    ASSERT_TRUE(writeBytes(path(QStringLiteral("file.txt")), "a regular file\n"));
    const QStringList entries = entriesOf(dir.path());
    for (const Writer &writer : writers()) {
        SCOPED_TRACE(writer.name);
        QString target = GetParam().target;
        if (!target.isEmpty()) {
            target = target.arg(QLatin1String(writer.extension));
            if (!QDir::isAbsolutePath(target))
                target = path(target);
        }
        std::vector<QString> mentions{QDir::toNativeSeparators(target)};
        if (GetParam().mentions[0] != '\0')
            mentions.push_back(QString::fromUtf8(GetParam().mentions));
        expectRefused([&] { return writer.write(*window, target); }, mentions);
        EXPECT_FALSE(QFileInfo::exists(target));
        EXPECT_EQ(entriesOf(dir.path()), entries);
        EXPECT_EQ(readAll(path(QStringLiteral("file.txt"))), QByteArray("a regular file\n"));
    }
}

// Tests run as root, and chmod does not stop root: /proc (no new files for anyone) and a regular file
// used as a folder stand in for a read-only folder.
INSTANTIATE_TEST_SUITE_P(
    Export, WriteRefused,
    ::testing::Values(BadTarget{"missingFolder", QStringLiteral("missing/out.%1"), "does not exist"},
                      BadTarget{"readOnlyProc", QStringLiteral("/proc/regviz-test.%1"), ""},
                      BadTarget{"fileAsParent", QStringLiteral("file.txt/out.%1"), "not a folder"},
                      BadTarget{"emptyName", QString(), "No file name"}),
    caseName<BadTarget>);

TEST_F(BadInputTest, UnknownFigureAndAnimationExtensionsAreRefused)
{
    expectRefused(
        [&] {
            return window->documents()->exportFigureTo(path(QStringLiteral("f.bmp")),
                                                       {QString(), QSize(300, 200), 1.0});
        },
        {QStringLiteral("f.bmp"), QStringLiteral(".png, .pdf or .svg")});
    regviz::AnimationOptions gif;
    gif.figure.size = QSize(160, 100);
    gif.frameCount = 2;
    expectRefused([&] { return window->documents()->exportGifTo(path(QStringLiteral("a.mp4")), gif); },
                  {QStringLiteral("a.mp4"), QStringLiteral(".gif")});
    EXPECT_TRUE(entriesOf(dir.path()).contains(QStringLiteral("good.csv")));
    EXPECT_EQ(entriesOf(dir.path()).size(), 1);
}

/// Lowers the largest file this process may write (RLIMIT_FSIZE): a write beyond it fails with EFBIG, even
/// for root, which is how a full disk looks to the program. SIGXFSZ is ignored meanwhile so the write
/// returns an error instead of ending the process.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        EXPECT_EQ(getrlimit(RLIMIT_FSIZE, &m_old), 0);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_old;
        lowered.rlim_cur = bytes;
        EXPECT_EQ(setrlimit(RLIMIT_FSIZE, &lowered), 0);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

TEST_F(BadInputTest, AWriteThatFailsHalfwayLeavesTheExistingFileIntact)
{
    const QByteArray old("the file that was there\n");
    for (const Writer &writer : writers()) {
        SCOPED_TRACE(writer.name);
        const QString target = path(QStringLiteral("existing.%1").arg(QLatin1String(writer.extension)));
        ASSERT_TRUE(writeBytes(target, old));
        const QStringList entries = entriesOf(dir.path());
        {
            const FileSizeLimit limit(64); // every writer's output is larger
            expectRefused([&] { return writer.write(*window, target); }, {QDir::toNativeSeparators(target)});
        }
        EXPECT_EQ(readAll(target), old);
        EXPECT_EQ(entriesOf(dir.path()), entries) << "no temporary file is left";
    }
}

TEST_F(BadInputTest, ASuccessfulWriteReplacesAnExistingFileCompletely)
{
    for (const Writer &writer : writers()) {
        SCOPED_TRACE(writer.name);
        const QString target = path(QStringLiteral("replaced.%1").arg(QLatin1String(writer.extension)));
        ASSERT_TRUE(writeBytes(target, QByteArray(2'000'000, 'x'))); // longer than any new content
        QSignalSpy problems(window->documents(), &regviz::DocumentActions::problemShown);
        ASSERT_TRUE(writer.write(*window, target));
        EXPECT_EQ(problems.count(), 0);
        const QByteArray bytes = readAll(target);
        EXPECT_LT(bytes.size(), 2'000'000);
        EXPECT_FALSE(bytes.contains("xxxxxxxx"));
        if (QLatin1String(writer.extension) == QLatin1String("json")) {
            EXPECT_EQ(bytes, regviz::sessionToJson(window->currentSession()));
        } else if (QLatin1String(writer.extension) == QLatin1String("csv")) {
            EXPECT_EQ(bytes, regviz::curvesCsv(*scene()));
        } else {
            EXPECT_FALSE(QImage(target).isNull());
        }
        EXPECT_EQ(window->history()->current(), before);
    }
    EXPECT_EQ(entriesOf(dir.path()).size(), 5) << str(entriesOf(dir.path()).join(QLatin1Char(' ')));
}

// ---- values typed or set out of range ----------------------------------------------------------------

TEST_F(BadInputTest, NonFiniteValuesChangeNothingAndOutOfRangeValuesAreClamped)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    regviz::SceneController *c = controller();
    for (const double bad : {nan, inf, -inf}) {
        c->setLambda(bad);
        c->setTrueWeight(bad);
        c->setNoise(bad);
        c->setAlpha(bad);
        c->setCorrelation(bad);
        c->setSecondWeight(bad);
        c->setEta(bad);
        c->setStart(bad);
        Q_EMIT window->dashboard()->lambdaPicked(bad);
        Q_EMIT window->dashboard()->startPicked(bad);
        regviz::test::settle();
        EXPECT_EQ(window->history()->current(), before) << bad;
    }
    EXPECT_EQ(window->history()->stack().count(), steps);

    // Typed beyond its range, a spin box holds its end; the scene takes exactly that.
    regviz::ParamSlider *lambda = window->controlPanel()->lambdaSlider();
    lambda->spinBox()->setValue(1e9);
    regviz::test::settle();
    EXPECT_EQ(c->params().lambda, regviz::limits::lambda.max);
    c->setLambda(-3.0);
    c->setMaxSteps(-5);
    regviz::test::settle();
    EXPECT_EQ(c->params().lambda, regviz::limits::lambda.min);
    EXPECT_EQ(c->descentSettings().maxSteps, regviz::limits::stepsMin);
    EXPECT_DOUBLE_EQ(lambda->value(), regviz::limits::lambda.min);
}

} // namespace
