#include "model/feature_controller.h"
#include "model/session.h"
#include "model_test_support.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using regviz::FeatureController;
using regviz::FeatureMethod;
using regviz::FeatureOptions;
using regviz::FeatureSource;

FeatureSource diabetes()
{
    FeatureSource source;
    source.file = QString::fromLatin1(regviz::kDiabetesResource);
    return source;
}

TEST(FeatureController, OpensAtLambda1seAndCoalescesABurstIntoOneRefit)
{
    FeatureController controller;
    controller.openNow(diabetes(), FeatureOptions{});
    ASSERT_TRUE(controller.snapshot());
    const auto &analysis = *controller.snapshot()->analysis;
    EXPECT_EQ(analysis.features(), 10);
    EXPECT_EQ(controller.lambda(), analysis.cv.lambda1se);

    QSignalSpy spy(&controller, &FeatureController::snapshotChanged);
    for (const double lambda : {0.5, 0.4, 0.3})
        controller.setLambda(lambda * analysis.lambdaMax);
    controller.setFeature(2);
    EXPECT_EQ(spy.count(), 0); // nothing before the event loop turns
    regviz::test::settle();
    ASSERT_EQ(spy.count(), 1);
    const auto &state = *controller.snapshot();
    EXPECT_EQ(state.lambda, 0.3 * analysis.lambdaMax);
    EXPECT_EQ(state.feature, Eigen::Index{2});
    // The published fit is fitFeaturesAt's own, at that lambda.
    const regviz::FeatureFit direct = regviz::fitFeaturesAt(analysis, 0.3 * analysis.lambdaMax, 2);
    EXPECT_EQ(state.fit.lasso.weights, direct.lasso.weights);
    ASSERT_TRUE(state.fit.coordinate);
    EXPECT_EQ(state.fit.coordinate->feature, 2);
}

TEST(FeatureController, AnalysesInTheBackgroundAndKeepsTheOldSnapshotMeanwhile)
{
    FeatureController controller;
    controller.openNow(diabetes(), FeatureOptions{});
    const regviz::FeatureSnapshot before = controller.snapshot();
    QSignalSpy busy(&controller, &FeatureController::busyChanged);
    QSignalSpy changed(&controller, &FeatureController::snapshotChanged);
    regviz::SparseDesign design;
    design.features = 12;
    design.nonZero = 3;
    design.samples = 300;
    FeatureSource generated;
    generated.design = design;
    controller.open(generated, FeatureOptions{});
    EXPECT_TRUE(controller.busy());
    EXPECT_EQ(controller.snapshot(), before);
    ASSERT_TRUE(changed.wait(20000));
    EXPECT_FALSE(controller.busy());
    ASSERT_EQ(busy.count(), 2);
    EXPECT_TRUE(busy.at(0).at(0).toBool());
    EXPECT_FALSE(busy.at(1).at(0).toBool());
    EXPECT_EQ(controller.snapshot()->analysis->features(), 12);
    EXPECT_TRUE(controller.snapshot()->analysis->trueWeights);
}

TEST(FeatureController, ABadTableIsRefusedAndTheOldOneStays)
{
    FeatureController controller;
    controller.openNow(diabetes(), FeatureOptions{});
    const regviz::FeatureSnapshot before = controller.snapshot();
    QSignalSpy failed(&controller, &FeatureController::failed);
    FeatureSource missing;
    missing.file = QStringLiteral("/nonexistent/table.csv");
    controller.openNow(missing, FeatureOptions{});
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(controller.snapshot(), before);
    EXPECT_EQ(controller.source(), diabetes());
}

TEST(FeatureSession, RoundTripsThroughTheSessionJson)
{
    regviz::Session session;
    regviz::FeatureSession features;
    features.source.file = QStringLiteral("/data/table.csv");
    features.source.target = QStringLiteral("price");
    features.options.fit.standardize = false;
    features.options.folds = 7;
    features.lambda = 0.125;
    features.feature = QStringLiteral("area");
    features.method = FeatureMethod::Ridge;
    session.features = features;
    const regviz::SessionParse parsed = regviz::sessionFromJson(regviz::sessionToJson(session));
    ASSERT_TRUE(parsed.session) << parsed.error.toStdString();
    EXPECT_EQ(*parsed.session, session);

    regviz::SparseDesign design;
    design.features = 30;
    design.seed = 7;
    features.source = FeatureSource{};
    features.source.design = design;
    session.features = features;
    const regviz::SessionParse generated = regviz::sessionFromJson(regviz::sessionToJson(session));
    ASSERT_TRUE(generated.session) << generated.error.toStdString();
    EXPECT_EQ(*generated.session, session);
}

TEST(FeatureSession, BadFoldsAreNamed)
{
    regviz::Session session;
    regviz::FeatureSession features;
    features.source.file = QStringLiteral("/t.csv");
    session.features = features;
    QByteArray json = regviz::sessionToJson(session);
    json.replace("\"folds\": 5", "\"folds\": 99");
    const regviz::SessionParse parsed = regviz::sessionFromJson(json);
    EXPECT_FALSE(parsed.session);
    EXPECT_TRUE(parsed.error.contains(QStringLiteral("features.folds"))) << parsed.error.toStdString();
}

} // namespace
