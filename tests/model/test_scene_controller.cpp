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

TEST(SceneController, ComputesThePathShrinkageAndTwoDViewsIntoTheScene)
{
    // The panels and the report draw these from the scene; they must be core's answers for its state.
    SceneController controller;
    controller.setLambda(0.7);
    controller.setNoise(0.2);
    controller.setCorrelation(-0.4);
    controller.setSecondWeight(0.8);
    controller.setStart(1.2);
    const SceneSnapshot scene = controller.scene();
    const regviz::Moments &m = scene->moments;
    const regviz::Regularization reg = scene->regularization();

    const regviz::RegularizationPath linear = regviz::computePath(m, scene->params.alpha, {});
    EXPECT_EQ(scene->path.lambda, linear.lambda);
    EXPECT_EQ(scene->path.lasso, linear.lasso);
    EXPECT_EQ(scene->path.ridge, linear.ridge);
    regviz::PathOptions log;
    log.logarithmic = true;
    EXPECT_EQ(scene->logPath.lasso, regviz::computePath(m, scene->params.alpha, log).lasso);
    EXPECT_GT(scene->logPath.lambda[0], 0.0);

    // The dead band is lambda / (2 Sxx), and the grid covers the OLS weight.
    EXPECT_DOUBLE_EQ(scene->shrinkage.deadBand, 0.7 / (2.0 * m.sxx));
    EXPECT_GE(scene->shrinkageReach, std::abs(*scene->minimizers.ols));
    EXPECT_DOUBLE_EQ(scene->shrinkage.ols[0], -scene->shrinkageReach);

    const regviz::TwoDSolutions direct = regviz::solve2d(regviz::twoDProblemOf(scene->params), reg);
    EXPECT_EQ(scene->twoD.solutions.lasso, direct.lasso);
    EXPECT_EQ(scene->twoD.solutions.ridge, direct.ridge);
    EXPECT_EQ(scene->twoD.problem.correlation, -0.4);
    // The descent paths start at (w0, w0).
    ASSERT_GT(scene->twoD.lassoPath.cols(), 1);
    EXPECT_EQ(scene->twoD.lassoPath.col(0), Eigen::Vector2d(1.2, 1.2));
    EXPECT_EQ(scene->twoD.ridgePath.col(0), Eigen::Vector2d(1.2, 1.2));

    // A new lambda moves them all.
    controller.setLambda(2.0);
    const SceneSnapshot next = controller.scene();
    EXPECT_NE(next->shrinkage.deadBand, scene->shrinkage.deadBand);
    EXPECT_NE(next->twoD.solutions.ridge, scene->twoD.solutions.ridge);
    EXPECT_EQ(next->path.lasso, scene->path.lasso) << "the path does not depend on lambda";
}
