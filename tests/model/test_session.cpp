#include "model/descent_player.h"
#include "model/scene_controller.h"
#include "model/scene_setup.h"
#include "model/session.h"
#include "session_test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

using regviz::Session;
using regviz::SessionParse;

namespace {

using regviz::test::binaryGarbage;
using regviz::test::caseName;
using regviz::test::presetSession;
using regviz::test::str;
using regviz::test::utf16Json;
using regviz::test::withField;
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
    s.descent.beta = 0.8;
    s.descent.beta2 = 0.99;
    s.descent.epsilon = 1e-6;
    s.descent.batch = 7;
    s.descent.batchSeed = 99;
    s.descent.weightDecay = 0.01 + 0.02; // every bit kept
    s.comparison.objective = regviz::Penalty::L2;
    s.comparison.optimizers = {regviz::Optimizer::AdamW, regviz::Optimizer::Fista};
    s.view.showElastic = true;
    s.view.zoomNearZero = true;
    s.frame = 17;
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
    ASSERT_NE(s.descent.beta, defaults.descent.beta);
    ASSERT_NE(s.descent.beta2, defaults.descent.beta2);
    ASSERT_NE(s.descent.epsilon, defaults.descent.epsilon);
    ASSERT_NE(s.descent.batch, defaults.descent.batch);
    ASSERT_NE(s.descent.batchSeed, defaults.descent.batchSeed);
    ASSERT_NE(s.descent.weightDecay, defaults.descent.weightDecay);
    ASSERT_NE(s.comparison.objective, defaults.comparison.objective);
    ASSERT_NE(s.comparison.optimizers, defaults.comparison.optimizers);
    ASSERT_NE(s.view, defaults.view);
    ASSERT_NE(s.dataFile, defaults.dataFile);

    const SessionParse parsed = regviz::sessionFromJson(regviz::sessionToJson(s));
    ASSERT_TRUE(parsed.session) << str(parsed.error);
    EXPECT_TRUE(parsed.error.isEmpty());
    EXPECT_EQ(parsed.session->params, s.params);
    EXPECT_EQ(parsed.session->descent, s.descent);
    EXPECT_EQ(parsed.session->view, s.view);
    EXPECT_EQ(parsed.session->comparison, s.comparison);
    EXPECT_EQ(parsed.session->dataFile, s.dataFile);
    EXPECT_EQ(*parsed.session, s);
}

TEST(Session, FilesFromBeforeTheNewOptimizersKeepTheirDefaults)
{
    QJsonObject root = QJsonDocument::fromJson(regviz::sessionToJson(nonDefaultSession())).object();
    QJsonObject descent = root[QStringLiteral("descent")].toObject();
    for (const char *key : {"beta", "beta2", "epsilon", "batch", "batch_seed", "weight_decay"})
        descent.remove(QString::fromLatin1(key));
    root.insert(QStringLiteral("descent"), descent);
    root.remove(QStringLiteral("compare"));

    const SessionParse parsed = regviz::sessionFromJson(QJsonDocument(root).toJson());
    ASSERT_TRUE(parsed.session) << str(parsed.error);
    Session expected = nonDefaultSession();
    const regviz::DescentSettings defaults;
    expected.descent.beta = defaults.beta;
    expected.descent.beta2 = defaults.beta2;
    expected.descent.epsilon = defaults.epsilon;
    expected.descent.batch = defaults.batch;
    expected.descent.batchSeed = defaults.batchSeed;
    expected.descent.weightDecay = defaults.weightDecay;
    expected.comparison = regviz::Comparison{};
    EXPECT_EQ(*parsed.session, expected);
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
                 QStringLiteral("lbfgs"),
                 {"\"descent.optimizer\"", "lbfgs", "adamw"}},
        BadField{"optimizerAsNumber", "descent.optimizer", 1, {"\"descent.optimizer\"", "text"}},
        BadField{"optimizerMissing", "descent.optimizer", kRemoved, {"\"descent.optimizer\"", "missing"}},
        BadField{"etaZero", "descent.eta", 0, {"\"descent.eta\""}},
        BadField{"w0TooFar", "descent.w0", 1000, {"\"descent.w0\""}},
        BadField{"maxStepsZero", "descent.max_steps", 0, {"\"descent.max_steps\""}},
        BadField{"maxStepsMissing", "descent.max_steps", kRemoved, {"\"descent.max_steps\"", "missing"}},
        BadField{"betaTooLarge", "descent.beta", 1.0, {"\"descent.beta\"", "outside"}},
        BadField{"betaAsText", "descent.beta", QStringLiteral("0.9"), {"\"descent.beta\"", "number"}},
        BadField{"beta2Negative", "descent.beta2", -0.1, {"\"descent.beta2\"", "outside"}},
        BadField{"epsilonZero", "descent.epsilon", 0, {"\"descent.epsilon\"", "outside"}},
        BadField{"batchZero", "descent.batch", 0, {"\"descent.batch\"", "outside"}},
        BadField{"batchFraction", "descent.batch", 2.5, {"\"descent.batch\"", "whole number"}},
        BadField{"batchSeedNegative", "descent.batch_seed", -1, {"\"descent.batch_seed\"", "outside"}},
        BadField{"weightDecayNegative", "descent.weight_decay", -1, {"\"descent.weight_decay\"", "outside"}},
        BadField{"compareNotAnObject", "compare", 3, {"\"compare\"", "object"}},
        BadField{"compareObjectiveUnknown",
                 "compare.objective",
                 QStringLiteral("l3"),
                 {"\"compare.objective\"", "l3"}},
        BadField{"compareOptimizersEmpty",
                 "compare.optimizers",
                 QJsonArray{},
                 {"\"compare.optimizers\"", "1 to 4"}},
        BadField{"compareOptimizersFive",
                 "compare.optimizers",
                 QJsonArray{QStringLiteral("gd"), QStringLiteral("adam"), QStringLiteral("sgd"),
                            QStringLiteral("fista"), QStringLiteral("clip")},
                 {"\"compare.optimizers\"", "1 to 4"}},
        BadField{"compareOptimizerTwice",
                 "compare.optimizers",
                 QJsonArray{QStringLiteral("adam"), QStringLiteral("adam")},
                 {"\"compare.optimizers\"", "twice"}},
        BadField{"compareOptimizerUnknown",
                 "compare.optimizers",
                 QJsonArray{QStringLiteral("lbfgs")},
                 {"\"compare.optimizers\"", "lbfgs"}},
        BadField{"compareOptimizersNotAList",
                 "compare.optimizers",
                 QStringLiteral("adam"),
                 {"\"compare.optimizers\"", "list"}},
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
    ASSERT_TRUE(writeBytes(bad, withField("params.noise", 9)));
    parsed = regviz::loadSessionFile(bad);
    EXPECT_FALSE(parsed.session);
    EXPECT_TRUE(parsed.error.contains(bad)) << str(parsed.error);
    EXPECT_TRUE(parsed.error.contains(QStringLiteral("\"params.noise\""))) << str(parsed.error);

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

regviz::SceneSnapshot sceneOf(const Session &session)
{
    regviz::SceneController controller;
    const auto error = regviz::applySession(controller, session);
    EXPECT_FALSE(error) << str(error.value_or(QString()));
    return controller.scene();
}

TEST(Presets, EveryPresetIsAValidSessionWithATitle)
{
    const auto presets = regviz::sessionPresets();
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

} // namespace
