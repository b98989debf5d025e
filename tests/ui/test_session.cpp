#include "control_panel.h"
#include "descent_panel.h"
#include "descent_player.h"
#include "document_actions.h"
#include "main_window.h"
#include "param_slider.h"
#include "regularized_panel.h"
#include "scene_controller.h"
#include "scene_setup.h"
#include "session.h"
#include "ui_test_support.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

using regviz::Session;
using regviz::SessionParse;

namespace {

using regviz::test::caseName;
using regviz::test::str;
using regviz::test::writeBytes;

/// Every saved field away from its default (the descent tolerance is not a user setting and not saved).
Session nonDefaultSession()
{
    Session s;
    s.params.lambda = 0.1 + 0.2; // 0.30000000000000004: the file must keep every bit
    s.params.trueWeight = -0.75;
    s.params.noise = 0.3;
    s.params.samples = 1234;
    s.params.seed = 2'147'483'647ULL;
    s.params.alpha = 0.2;
    s.params.wMin = -2.5;
    s.params.wMax = 3.75;
    s.params.gridSize = 501;
    s.params.correlation = -0.3;
    s.params.secondWeight = 1.25;
    s.descent.optimizer = regviz::Optimizer::Clip;
    s.descent.w0 = -0.5;
    s.descent.eta = 0.05;
    s.descent.maxSteps = 321;
    s.view.showElastic = true;
    s.view.zoomNearZero = true;
    s.view.frame = 17;
    s.dataFile = QStringLiteral("/data/méasures 1.csv");
    return s;
}

TEST(Session, JsonRoundTripKeepsEveryField)
{
    const Session s = nonDefaultSession();
    const Session defaults;
    ASSERT_NE(s.params.lambda, defaults.params.lambda);
    ASSERT_NE(s.params.trueWeight, defaults.params.trueWeight);
    ASSERT_NE(s.params.noise, defaults.params.noise);
    ASSERT_NE(s.params.samples, defaults.params.samples);
    ASSERT_NE(s.params.seed, defaults.params.seed);
    ASSERT_NE(s.params.alpha, defaults.params.alpha);
    ASSERT_NE(s.params.wMin, defaults.params.wMin);
    ASSERT_NE(s.params.wMax, defaults.params.wMax);
    ASSERT_NE(s.params.gridSize, defaults.params.gridSize);
    ASSERT_NE(s.params.correlation, defaults.params.correlation);
    ASSERT_NE(s.params.secondWeight, defaults.params.secondWeight);
    ASSERT_NE(s.descent.optimizer, defaults.descent.optimizer);
    ASSERT_NE(s.descent.w0, defaults.descent.w0);
    ASSERT_NE(s.descent.eta, defaults.descent.eta);
    ASSERT_NE(s.descent.maxSteps, defaults.descent.maxSteps);
    ASSERT_NE(s.view, defaults.view);
    ASSERT_NE(s.dataFile, defaults.dataFile);

    const SessionParse parsed = regviz::sessionFromJson(regviz::sessionToJson(s));
    ASSERT_TRUE(parsed.session) << str(parsed.error);
    EXPECT_TRUE(parsed.error.isEmpty());
    EXPECT_EQ(parsed.session->params, s.params);
    EXPECT_EQ(parsed.session->descent, s.descent);
    EXPECT_EQ(parsed.session->view, s.view);
    EXPECT_EQ(parsed.session->dataFile, s.dataFile);
    EXPECT_EQ(*parsed.session, s);
}

TEST(Session, DefaultSessionRoundTripsWithoutADataFile)
{
    const QByteArray json = regviz::sessionToJson(Session{});
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    EXPECT_EQ(root[QStringLiteral("format")].toString(), QStringLiteral("regviz-session"));
    EXPECT_EQ(root[QStringLiteral("version")].toInt(), Session::kVersion);
    EXPECT_FALSE(root.contains(QStringLiteral("data_file")));
    EXPECT_EQ(root[QStringLiteral("params")].toObject()[QStringLiteral("true_weight")].toDouble(),
              regviz::limits::trueWeight.defaultValue);
    const SessionParse parsed = regviz::sessionFromJson(json);
    ASSERT_TRUE(parsed.session) << str(parsed.error);
    EXPECT_EQ(*parsed.session, Session{});
}

TEST(Session, FilesFromBeforeThe2DPictureKeepItsDefaults)
{
    QJsonObject root = QJsonDocument::fromJson(regviz::sessionToJson(nonDefaultSession())).object();
    QJsonObject params = root[QStringLiteral("params")].toObject();
    params.remove(QStringLiteral("correlation"));
    params.remove(QStringLiteral("second_weight"));
    root.insert(QStringLiteral("params"), params);

    const SessionParse parsed = regviz::sessionFromJson(QJsonDocument(root).toJson());
    ASSERT_TRUE(parsed.session) << str(parsed.error);
    Session expected = nonDefaultSession();
    expected.params.correlation = regviz::limits::correlation.defaultValue;
    expected.params.secondWeight = regviz::limits::secondWeight.defaultValue;
    EXPECT_EQ(*parsed.session, expected);
}

// ---- bad sessions: one field changed ---------------------------------------------------------------

struct BadField
{
    const char *name;
    const char *field;                  ///< "params.lambda", or a top-level key
    QJsonValue value;                   ///< Undefined: the field is removed
    std::vector<const char *> mentions; ///< each must appear in the message
};

void PrintTo(const BadField &c, std::ostream *os)
{
    *os << c.name;
}

/// The default session's JSON with one field replaced or removed.
QByteArray withField(const char *dotted, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(regviz::sessionToJson(Session{})).object();
    const QStringList parts = QString::fromLatin1(dotted).split(QLatin1Char('.'));
    const auto put = [&value](QJsonObject &object, const QString &key) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
    };
    if (parts.size() == 1) {
        put(root, parts[0]);
    } else {
        QJsonObject inner = root[parts[0]].toObject();
        put(inner, parts[1]);
        root.insert(parts[0], inner);
    }
    return QJsonDocument(root).toJson();
}

class SessionFieldRejected : public ::testing::TestWithParam<BadField>
{
};

TEST_P(SessionFieldRejected, WithAMessageNamingTheField)
{
    const SessionParse parsed = regviz::sessionFromJson(withField(GetParam().field, GetParam().value));
    EXPECT_FALSE(parsed.session);
    ASSERT_FALSE(parsed.error.isEmpty());
    for (const char *word : GetParam().mentions)
        EXPECT_TRUE(parsed.error.contains(QString::fromUtf8(word)))
            << str(parsed.error) << " should mention " << word;
}

const QJsonValue kRemoved(QJsonValue::Undefined);

INSTANTIATE_TEST_SUITE_P(
    Session, SessionFieldRejected,
    ::testing::Values(
        BadField{"lambdaMissing", "params.lambda", kRemoved, {"\"params.lambda\"", "missing"}},
        BadField{"lambdaAsText", "params.lambda", QStringLiteral("0.5"), {"\"params.lambda\"", "number"}},
        BadField{"lambdaTooLarge", "params.lambda", 9, {"\"params.lambda\"", "9", "outside"}},
        BadField{"lambdaNegative", "params.lambda", -0.1, {"\"params.lambda\"", "outside"}},
        BadField{"lambdaNull", "params.lambda", QJsonValue(QJsonValue::Null), {"\"params.lambda\""}},
        BadField{"trueWeightAsBool", "params.true_weight", true, {"\"params.true_weight\"", "number"}},
        BadField{"noiseTooLarge", "params.noise", 2.5, {"\"params.noise\""}},
        BadField{"samplesOne", "params.samples", 1, {"\"params.samples\"", "outside"}},
        BadField{"samplesFraction", "params.samples", 200.5, {"\"params.samples\"", "whole number"}},
        BadField{"samplesAsText", "params.samples", QStringLiteral("200"), {"\"params.samples\""}},
        BadField{"seedNegative", "params.seed", -1, {"\"params.seed\"", "outside"}},
        BadField{"seedTooLarge", "params.seed", 4294967296.0, {"\"params.seed\""}},
        BadField{"alphaTooLarge", "params.alpha", 1.5, {"\"params.alpha\""}},
        BadField{"gridSizeFive", "params.grid_size", 5, {"\"params.grid_size\"", "outside"}},
        BadField{"wMinEqualsWMax", "params.w_min", 1.5, {"\"params.w_min\"", "less than w_max"}},
        BadField{"wMinAboveWMax", "params.w_max", -2.0, {"w_max"}},
        BadField{"wMaxBeyondLimit", "params.w_max", 101, {"\"params.w_max\""}},
        BadField{"correlationTooLarge", "params.correlation", 0.99, {"\"params.correlation\"", "outside"}},
        BadField{"secondWeightAsText",
                 "params.second_weight",
                 QStringLiteral("x"),
                 {"\"params.second_weight\"", "number"}},
        BadField{"paramsMissing", "params", kRemoved, {"\"params\"", "missing"}},
        BadField{"paramsNotAnObject", "params", QJsonValue(3), {"\"params\"", "object"}},
        BadField{"optimizerUnknown",
                 "descent.optimizer",
                 QStringLiteral("adam"),
                 {"\"descent.optimizer\"", "adam"}},
        BadField{"optimizerAsNumber", "descent.optimizer", 1, {"\"descent.optimizer\"", "text"}},
        BadField{"optimizerMissing", "descent.optimizer", kRemoved, {"\"descent.optimizer\"", "missing"}},
        BadField{"etaZero", "descent.eta", 0, {"\"descent.eta\""}},
        BadField{"w0TooFar", "descent.w0", 1000, {"\"descent.w0\""}},
        BadField{"maxStepsZero", "descent.max_steps", 0, {"\"descent.max_steps\""}},
        BadField{"maxStepsMissing", "descent.max_steps", kRemoved, {"\"descent.max_steps\"", "missing"}},
        BadField{"showElasticAsNumber", "view.show_elastic", 1, {"\"view.show_elastic\"", "true or false"}},
        BadField{"zoomAsText", "view.zoom_near_zero", QStringLiteral("yes"), {"\"view.zoom_near_zero\""}},
        BadField{"frameNegative", "view.frame", -1, {"\"view.frame\"", "outside"}},
        BadField{"frameAsText", "view.frame", QStringLiteral("3"), {"\"view.frame\""}},
        BadField{"frameAsBool", "view.frame", false, {"\"view.frame\""}},
        BadField{"viewMissing", "view", kRemoved, {"\"view\"", "missing"}},
        BadField{"dataFileAsNumber", "data_file", 3, {"\"data_file\"", "text"}},
        BadField{"versionTwo", "version", 2, {"newer", "2"}},
        BadField{"versionHuge", "version", 1000, {"newer"}},
        BadField{"versionZero", "version", 0, {"\"version\""}},
        BadField{"versionAsText", "version", QStringLiteral("1"), {"\"version\""}},
        BadField{"versionMissing", "version", kRemoved, {"\"version\"", "missing"}},
        BadField{"wrongFormat", "format", QStringLiteral("other-app"), {"not a RegViz session", "other-app"}},
        BadField{"formatMissing", "format", kRemoved, {"\"format\"", "missing"}},
        BadField{"formatAsNumber", "format", 1, {"\"format\""}}),
    caseName<BadField>);

// ---- bad sessions: not JSON, or not an object --------------------------------------------------------

struct BadText
{
    const char *name;
    QByteArray bytes;
    const char *mentions;
};

void PrintTo(const BadText &c, std::ostream *os)
{
    *os << c.name;
}

QByteArray utf16Json()
{
    const QString text = QString::fromUtf8(regviz::sessionToJson(Session{}));
    return QByteArray("\xFF\xFE", 2) +
           QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

QByteArray binaryGarbage()
{
    QByteArray bytes;
    for (int i = 0; i < 512; ++i)
        bytes.append(static_cast<char>((i * 37) % 256));
    return bytes;
}

QByteArray withInfiniteLambda()
{
    QByteArray json = regviz::sessionToJson(Session{});
    json.replace("\"lambda\": 0.5", "\"lambda\": 1e999"); // JSON has no infinity: Qt rejects the number
    return json;
}

class SessionTextRejected : public ::testing::TestWithParam<BadText>
{
};

TEST_P(SessionTextRejected, WithAMessageSayingWhy)
{
    const SessionParse parsed = regviz::sessionFromJson(GetParam().bytes);
    EXPECT_FALSE(parsed.session);
    EXPECT_TRUE(parsed.error.contains(QString::fromUtf8(GetParam().mentions)))
        << str(parsed.error) << " should mention " << GetParam().mentions;
}

INSTANTIATE_TEST_SUITE_P(
    Session, SessionTextRejected,
    ::testing::Values(BadText{"empty", QByteArray(), "malformed"},
                      BadText{"truncated", regviz::sessionToJson(Session{}).left(120), "malformed"},
                      BadText{"utf16", utf16Json(), "malformed"},
                      BadText{"binary", binaryGarbage(), "malformed"},
                      BadText{"infiniteNumber", withInfiniteLambda(), "malformed"},
                      BadText{"trailingComma", QByteArray("{\"format\": \"regviz-session\",}"), "malformed"},
                      BadText{"array", QByteArray("[1, 2]"), "not an object"},
                      BadText{"emptyObject", QByteArray("{}"), "\"format\""}),
    caseName<BadText>);

TEST(Session, InfiniteLambdaReallyIsInTheText)
{
    EXPECT_TRUE(withInfiniteLambda().contains("1e999")) << "the replacement above must have matched";
}

TEST(Session, LoadingAFileNamesItInEveryProblem)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    SessionParse parsed = regviz::loadSessionFile(missing);
    EXPECT_FALSE(parsed.session);
    EXPECT_TRUE(parsed.error.contains(QDir::toNativeSeparators(missing))) << str(parsed.error);

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    ASSERT_TRUE(writeBytes(bad, withField("params.lambda", 9)));
    parsed = regviz::loadSessionFile(bad);
    EXPECT_FALSE(parsed.session);
    EXPECT_TRUE(parsed.error.contains(bad)) << str(parsed.error);
    EXPECT_TRUE(parsed.error.contains(QStringLiteral("\"params.lambda\""))) << str(parsed.error);

    // Over 1 MB: refused before reading (the file is sparse, so this is quick).
    const QString large = dir.filePath(QStringLiteral("large.json"));
    {
        QFile file(large);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(1024 * 1024 + 1));
    }
    parsed = regviz::loadSessionFile(large);
    EXPECT_FALSE(parsed.session);
    EXPECT_TRUE(parsed.error.contains(QStringLiteral("too large"))) << str(parsed.error);

    parsed = regviz::loadSessionFile(dir.path());
    EXPECT_FALSE(parsed.session);
    EXPECT_TRUE(parsed.error.contains(QStringLiteral("folder"))) << str(parsed.error);

    const QString good = dir.filePath(QStringLiteral("good.json"));
    ASSERT_TRUE(writeBytes(good, regviz::sessionToJson(nonDefaultSession())));
    parsed = regviz::loadSessionFile(good);
    ASSERT_TRUE(parsed.session) << str(parsed.error);
    EXPECT_EQ(*parsed.session, nonDefaultSession());
}

// ---- presets -----------------------------------------------------------------------------------------

/// The shipped preset whose resource path ends in fileName, or nothing (with a failure saying why).
std::optional<Session> presetSession(const QString &fileName)
{
    for (const auto &[path, title] : regviz::DocumentActions::presets()) {
        if (path.endsWith(fileName)) {
            const SessionParse parsed = regviz::loadSessionFile(path);
            EXPECT_TRUE(parsed.session) << str(path) << ": " << str(parsed.error);
            return parsed.session;
        }
    }
    ADD_FAILURE() << "no preset " << str(fileName);
    return std::nullopt;
}

regviz::SceneSnapshot sceneOf(const Session &session)
{
    regviz::SceneController controller;
    const auto error = regviz::applySession(controller, session);
    EXPECT_FALSE(error) << str(error.value_or(QString()));
    return controller.scene();
}

TEST(Presets, EveryPresetIsAValidSessionWithATitle)
{
    const auto presets = regviz::DocumentActions::presets();
    ASSERT_GE(presets.size(), 4);
    for (const auto &[path, title] : presets) {
        EXPECT_FALSE(title.isEmpty()) << str(path);
        const SessionParse parsed = regviz::loadSessionFile(path);
        ASSERT_TRUE(parsed.session) << str(path) << ": " << str(parsed.error);
        EXPECT_FALSE(regviz::validate(parsed.session->params)) << str(path);
        EXPECT_TRUE(parsed.session->dataFile.isEmpty()) << str(path) << " may not depend on a user's file";
    }
}

TEST(Presets, ArticlePresetIsTheDefaultScene)
{
    const std::optional<Session> article = presetSession(QStringLiteral("article.json"));
    ASSERT_TRUE(article);
    EXPECT_EQ(article->params, regviz::Params{});
    EXPECT_EQ(article->descent, regviz::DescentSettings{});
}

TEST(Presets, JustPastLambdaCPutsLambdaJustAboveTheCriticalValue)
{
    const std::optional<Session> preset = presetSession(QStringLiteral("just-past-lambda-c.json"));
    ASSERT_TRUE(preset);
    const regviz::SceneSnapshot scene = sceneOf(*preset);
    const double lambdaC = scene->minimizers.lambdaC;
    EXPECT_GT(scene->params.lambda, lambdaC);
    EXPECT_LT(scene->params.lambda, lambdaC * 1.1) << "just past, not far past";
    EXPECT_TRUE(scene->minimizers.lassoAtZero);
    EXPECT_EQ(scene->minimizers.lasso, 0.0);
}

TEST(Presets, NoisyDataPresetHasNoise)
{
    const std::optional<Session> preset = presetSession(QStringLiteral("noisy-data.json"));
    ASSERT_TRUE(preset);
    const regviz::SceneSnapshot scene = sceneOf(*preset);
    EXPECT_GT(scene->params.noise, 0.0);
    EXPECT_GT(scene->moments.see, 0.0);
}

TEST(Presets, StepTooLargeMakesTheRidgeRunDiverge)
{
    const std::optional<Session> preset = presetSession(QStringLiteral("step-too-large.json"));
    ASSERT_TRUE(preset);
    const regviz::SceneSnapshot scene = sceneOf(*preset);
    const regviz::DescentTrace &ridge = scene->trace(regviz::Penalty::L2);
    EXPECT_EQ(ridge.status, regviz::DescentStatus::Diverged);
    EXPECT_GT(scene->descent.eta, ridge.etaMax);
    EXPECT_TRUE(ridge.divergedAt);
}

// ---- through the window ------------------------------------------------------------------------------

class SessionWindowTest : public regviz::test::WindowTest
{
protected:
    [[nodiscard]] QAction *actionWithShortcut(const QKeySequence &key) const
    {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcut() == key)
                return action;
        }
        ADD_FAILURE() << "no action for " << str(key.toString());
        return nullptr;
    }

    /// A state away from the defaults in every saved field.
    static Session sessionA()
    {
        Session a;
        a.params.lambda = 1.7;
        a.params.trueWeight = -0.5;
        a.params.noise = 0.4;
        a.params.samples = 300;
        a.params.seed = 5;
        a.params.alpha = 0.3;
        a.params.wMin = -1.5;
        a.params.wMax = 2.0;
        a.params.gridSize = 801;
        a.params.correlation = 0.2;
        a.params.secondWeight = -0.4;
        a.descent.optimizer = regviz::Optimizer::Proximal;
        a.descent.eta = 0.2;
        a.descent.w0 = -0.8;
        a.descent.maxSteps = 150;
        a.view.showElastic = true;
        a.view.zoomNearZero = true;
        a.view.frame = 9;
        return a;
    }
};

TEST_F(SessionWindowTest, SaveThenOpenRestoresParametersDescentAndView)
{
    const Session a = sessionA();
    ASSERT_FALSE(window->openSession(a));
    regviz::test::settle();
    ASSERT_EQ(window->currentSession(), a);

    const QString file = path(QStringLiteral("a.json"));
    QSignalSpy fileChanged(window->documents(), &regviz::DocumentActions::currentFileChanged);
    ASSERT_TRUE(window->documents()->saveTo(file));
    EXPECT_EQ(window->documents()->currentFile(), file);
    EXPECT_EQ(fileChanged.count(), 1);
    const SessionParse saved = regviz::loadSessionFile(file);
    ASSERT_TRUE(saved.session) << str(saved.error);
    EXPECT_EQ(*saved.session, a);

    // Change everything through the widgets and actions a user would touch.
    regviz::ParamSlider *lambda = window->controlPanel()->lambdaSlider();
    lambda->slider()->setValue(lambda->sliderPosition(0.2));
    regviz::ParamSlider *noise = window->controlPanel()->noiseSlider();
    noise->slider()->setValue(noise->sliderPosition(1.0));
    QComboBox *optimizer = window->controlPanel()->optimizerBox();
    optimizer->setCurrentIndex(optimizer->findData(static_cast<int>(regviz::Optimizer::Clip)));
    actionWithShortcut(QKeySequence(Qt::CTRL | Qt::Key_E))->trigger();
    actionWithShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z))->trigger();
    window->player()->reset();
    regviz::test::settle();
    ASSERT_NE(controller()->params().lambda, a.params.lambda);
    ASSERT_NE(controller()->params().noise, a.params.noise);
    ASSERT_EQ(controller()->descentSettings().optimizer, regviz::Optimizer::Clip);
    ASSERT_FALSE(window->regularizedPanel()->elasticShown());
    ASSERT_FALSE(window->regularizedPanel()->zoomedNearZero());
    ASSERT_EQ(window->player()->frame(), 0);

    ASSERT_TRUE(window->documents()->openFile(file));
    regviz::test::settle();

    EXPECT_EQ(controller()->params(), a.params);
    EXPECT_EQ(controller()->descentSettings(), a.descent);
    EXPECT_EQ(controller()->scene()->params, a.params);
    EXPECT_TRUE(window->regularizedPanel()->elasticShown());
    EXPECT_TRUE(window->regularizedPanel()->zoomedNearZero());
    EXPECT_EQ(window->player()->frame(), 9);
    EXPECT_EQ(window->descentPanel()->frameLineStep(), 9.0);
    EXPECT_EQ(window->currentSession(), a);
    // The widgets show the restored values too.
    EXPECT_DOUBLE_EQ(lambda->spinBox()->value(), 1.7);
    EXPECT_DOUBLE_EQ(noise->spinBox()->value(), 0.4);
    EXPECT_EQ(optimizer->currentData().toInt(), static_cast<int>(regviz::Optimizer::Proximal));
    EXPECT_EQ(window->documents()->currentFile(), file);
}

TEST_F(SessionWindowTest, ZoomChosenOnThePanelIsSavedWithTheSession)
{
    QToolButton *zoom = nullptr;
    for (QToolButton *button : window->regularizedPanel()->findChildren<QToolButton *>()) {
        if (button->isCheckable())
            zoom = button;
    }
    ASSERT_NE(zoom, nullptr);
    QTest::mouseClick(zoom, Qt::LeftButton);
    regviz::test::settle();
    ASSERT_TRUE(window->regularizedPanel()->zoomedNearZero());

    // What the user sees zoomed must be what the session remembers.
    EXPECT_TRUE(window->currentSession().view.zoomNearZero);
    const QString file = path(QStringLiteral("zoom.json"));
    ASSERT_TRUE(window->documents()->saveTo(file));
    const SessionParse saved = regviz::loadSessionFile(file);
    ASSERT_TRUE(saved.session) << str(saved.error);
    EXPECT_TRUE(saved.session->view.zoomNearZero);
}

TEST_F(SessionWindowTest, FramePastTheEndOfTheRunOpensAtTheLastFrame)
{
    Session s = sessionA();
    s.descent.maxSteps = 20;
    s.view.frame = 5000;
    ASSERT_FALSE(window->openSession(s));
    regviz::test::settle();
    const int last = controller()->scene()->lastFrame();
    ASSERT_EQ(last, 20);
    EXPECT_EQ(window->player()->frame(), last);
    EXPECT_EQ(window->currentSession().view.frame, last);
}

TEST_F(SessionWindowTest, OpeningABadFileShowsTheProblemAndChangesNothing)
{
    ASSERT_FALSE(window->openSession(sessionA()));
    regviz::test::settle();
    const QString good = path(QStringLiteral("good.json"));
    ASSERT_TRUE(window->documents()->saveTo(good));

    const QString badCsv = path(QStringLiteral("bad.csv"));
    ASSERT_TRUE(writeBytes(badCsv, "x,y\n1,2\n3,oops\n"));
    Session withMissingData = Session{};
    withMissingData.dataFile = path(QStringLiteral("no-such.csv"));
    Session withBadData = Session{};
    withBadData.dataFile = badCsv;

    struct BadFile
    {
        const char *name;
        QByteArray bytes; ///< an empty name: no file at all
        QString mentions;
    };
    const std::vector<BadFile> files{
        {"malformed.json", QByteArray("{\"format\": "), QStringLiteral("malformed")},
        {"empty.json", QByteArray(), QStringLiteral("malformed")},
        {"utf16.json", utf16Json(), QStringLiteral("malformed")},
        {"binary.json", binaryGarbage(), QStringLiteral("malformed")},
        {"newer.json", withField("version", 2), QStringLiteral("newer")},
        {"lambda.json", withField("params.lambda", 9), QStringLiteral("\"params.lambda\"")},
        {"optimizer.json", withField("descent.optimizer", QStringLiteral("adam")),
         QStringLiteral("\"descent.optimizer\"")},
        {"frame.json", withField("view.frame", QStringLiteral("x")), QStringLiteral("\"view.frame\"")},
        {"grid.json", withField("params.w_min", 1.5), QStringLiteral("w_max")},
        {"missing-data.json", regviz::sessionToJson(withMissingData), QStringLiteral("no-such.csv")},
        {"bad-data.json", regviz::sessionToJson(withBadData), QStringLiteral("line 3")},
        {"", QByteArray(), QStringLiteral("does not exist")},
    };

    const Session before = window->currentSession();
    for (const BadFile &bad : files) {
        SCOPED_TRACE(bad.name);
        const QString file =
            path(bad.name[0] != '\0' ? QString::fromLatin1(bad.name) : QStringLiteral("absent.json"));
        if (bad.name[0] != '\0') {
            ASSERT_TRUE(writeBytes(file, bad.bytes));
        }
        QSignalSpy problems(window->documents(), &regviz::DocumentActions::problemShown);

        EXPECT_FALSE(window->documents()->openFile(file));
        regviz::test::settle();

        ASSERT_EQ(problems.count(), 1);
        const QString message = problems.at(0).at(0).toString();
        EXPECT_TRUE(message.contains(bad.mentions)) << str(message);
        EXPECT_EQ(controller()->params(), before.params);
        EXPECT_EQ(controller()->descentSettings(), before.descent);
        EXPECT_FALSE(controller()->hasImportedData());
        EXPECT_EQ(window->currentSession(), before);
        EXPECT_EQ(window->documents()->currentFile(), good);
    }
    EXPECT_FALSE(window->findChildren<QMessageBox *>().isEmpty()) << "problems are shown to the user";
}

TEST_F(SessionWindowTest, SessionWithADataFileImportsItAndSavesItAgain)
{
    const QString csv = path(QStringLiteral("points.csv"));
    ASSERT_TRUE(writeBytes(csv, "x,y\n-1,-0.5\n0,0.1\n1,0.4\n2,1.1\n"));
    Session s = sessionA();
    s.dataFile = csv;
    const QString file = path(QStringLiteral("with-data.json"));
    ASSERT_TRUE(writeBytes(file, regviz::sessionToJson(s)));

    ASSERT_TRUE(window->documents()->openFile(file));
    regviz::test::settle();
    ASSERT_TRUE(controller()->hasImportedData());
    EXPECT_EQ(controller()->importedPath(), csv);
    EXPECT_EQ(controller()->scene()->moments.n, 4);
    EXPECT_EQ(window->currentSession(), s);

    const QString again = path(QStringLiteral("again.json"));
    ASSERT_TRUE(window->documents()->saveTo(again));
    const SessionParse saved = regviz::loadSessionFile(again);
    ASSERT_TRUE(saved.session) << str(saved.error);
    EXPECT_EQ(saved.session->dataFile, csv);
}

TEST_F(SessionWindowTest, SavingToABadPlaceShowsTheProblemAndKeepsTheCurrentFile)
{
    QSignalSpy problems(window->documents(), &regviz::DocumentActions::problemShown);
    for (const QString &target :
         {path(QStringLiteral("missing/s.json")), QStringLiteral("/proc/regviz-test.json")}) {
        EXPECT_FALSE(window->documents()->saveTo(target)) << str(target);
        EXPECT_FALSE(QFile::exists(target));
    }
    ASSERT_EQ(problems.count(), 2);
    EXPECT_TRUE(problems.at(1).at(0).toString().contains(QStringLiteral("/proc/regviz-test.json")));
    EXPECT_TRUE(window->documents()->currentFile().isEmpty());
}

TEST_F(SessionWindowTest, PresetMenuOpensTheStepTooLargePreset)
{
    const std::optional<Session> expected = presetSession(QStringLiteral("step-too-large.json"));
    ASSERT_TRUE(expected);
    QString title;
    for (const auto &[presetPath, presetTitle] : regviz::DocumentActions::presets()) {
        if (presetPath.endsWith(QStringLiteral("step-too-large.json")))
            title = presetTitle;
    }
    ASSERT_FALSE(title.isEmpty());
    QAction *preset = nullptr;
    for (QAction *action : window->documents()->presetsMenu()->actions()) {
        if (action->text() == title)
            preset = action;
    }
    ASSERT_NE(preset, nullptr);
    preset->trigger();
    regviz::test::settle();

    EXPECT_EQ(controller()->params(), expected->params);
    EXPECT_EQ(controller()->descentSettings(), expected->descent);
    EXPECT_EQ(controller()->scene()->trace(regviz::Penalty::L2).status, regviz::DescentStatus::Diverged);
}

} // namespace
