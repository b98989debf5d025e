#include "model/scene_controller.h"
#include "model_test_support.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using regviz::SceneController;
using regviz::SceneSnapshot;

TEST(SceneController, CoalescesABurstOfChangesIntoOneScene)
{
    SceneController controller;
    (void)controller.scene();
    QSignalSpy spy(&controller, &SceneController::sceneChanged);
    for (int i = 1; i <= 50; ++i)
        controller.setLambda(0.01 * i);
    controller.setNoise(0.3);
    controller.setTrueWeight(-1.0);
    EXPECT_EQ(spy.count(), 0); // nothing computed until the event loop turns
    regviz::test::settle();
    ASSERT_EQ(spy.count(), 1);
    const auto scene = spy.at(0).at(0).value<SceneSnapshot>();
    ASSERT_TRUE(scene);
    EXPECT_DOUBLE_EQ(scene->params.lambda, 0.5);
    EXPECT_DOUBLE_EQ(scene->params.noise, 0.3);
    EXPECT_DOUBLE_EQ(scene->params.trueWeight, -1.0);
}

TEST(SceneController, SceneMatchesCoreComputedFromScratch)
{
    SceneController controller;
    controller.setSamples(1000);
    controller.setSeed(7);
    controller.setNoise(0.4);
    controller.setTrueWeight(1.3);
    controller.setLambda(0.9);
    const SceneSnapshot scene = controller.scene();

    const regviz::Dataset data = regviz::generateDataset(7, 1000);
    const regviz::Moments direct = regviz::computeMoments(data, 1.3, 0.4);
    EXPECT_NEAR(scene->moments.sxy, direct.sxy, 1e-12);
    EXPECT_NEAR(scene->moments.syy, direct.syy, 1e-12);
    const regviz::Minimizers exact = regviz::computeMinimizers(direct, {0.9, scene->params.alpha});
    EXPECT_NEAR(*scene->minimizers.ridge, *exact.ridge, 1e-12);
    EXPECT_NEAR(*scene->minimizers.lasso, *exact.lasso, 1e-12);
    EXPECT_EQ(scene->points->x.size(), 1000);
}

TEST(SceneController, LargeSampleShowsABoundedPrefixOfThePoints)
{
    SceneController controller;
    controller.setSamples(200'000);
    const SceneSnapshot scene = controller.scene();
    EXPECT_EQ(scene->moments.n, 200'000);
    EXPECT_EQ(scene->points->x.size(), SceneController::kMaxDisplayPoints);
}

TEST(SceneController, LambdaChangeReusesThePointsOfTheSameDraw)
{
    SceneController controller;
    const SceneSnapshot first = controller.scene();
    controller.setLambda(2.0);
    const SceneSnapshot second = controller.scene();
    EXPECT_EQ(first->points.get(), second->points.get());
    controller.setNoise(1.0);
    EXPECT_NE(controller.scene()->points.get(), second->points.get());
}

TEST(SceneController, RejectsInvalidParamsAndKeepsTheScene)
{
    SceneController controller;
    const SceneSnapshot before = controller.scene();
    regviz::Params bad = controller.params();
    bad.wMin = 2.0;
    bad.wMax = 1.0;
    controller.setParams(bad);
    EXPECT_EQ(controller.scene()->revision, before->revision);
    controller.setEta(std::numeric_limits<double>::quiet_NaN());
    EXPECT_EQ(controller.scene()->revision, before->revision);
    EXPECT_EQ(controller.descentSettings().eta, before->descent.eta);
}
