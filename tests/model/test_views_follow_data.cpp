#include "model/scene_controller.h"
#include "model/scene_setup.h"
#include "model/session.h"
#include "model_test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace {

using regviz::SceneController;
using regviz::SceneSnapshot;

/// x in 0..10, y = 15 + 4 x and a wiggle (y in about 15..55): OLS about 6, lambda_c in the hundreds.
std::shared_ptr<const regviz::XYData> steepOffsetData()
{
    auto data = std::make_shared<regviz::XYData>();
    constexpr int n = 21;
    data->x.resize(n);
    data->y.resize(n);
    for (int i = 0; i < n; ++i) {
        data->x[i] = 0.5 * i;
        data->y[i] = 15.0 + 4.0 * data->x[i] + ((i % 3) - 1) * 0.5;
    }
    return data;
}

void expectOnTheGrid(const regviz::Scene &scene)
{
    const regviz::WRange grid = scene.wGrid;
    for (const auto &w : {scene.minimizers.ols, scene.minimizers.ridge, scene.minimizers.lasso,
                          scene.minimizers.elasticNet}) {
        ASSERT_TRUE(w);
        EXPECT_TRUE(grid.contains(*w)) << *w << " in [" << grid.min << ", " << grid.max << "]";
    }
    EXPECT_EQ(scene.curves.w[0], grid.min);
    EXPECT_EQ(scene.curves.w[scene.curves.w.size() - 1], grid.max);
    for (const auto &minimum :
         {scene.minima.mse, scene.minima.mseL1, scene.minima.mseL2, scene.minima.mseElastic})
        EXPECT_FALSE(minimum.atEdge) << minimum.w;
}

TEST(ViewsFollowData, ImportedSteepOffsetDataHaveTheirMinimaOnTheGrid)
{
    SceneController controller;
    controller.setImportedData(steepOffsetData(), QString());
    const SceneSnapshot scene = controller.scene();
    ASSERT_GT(*scene->minimizers.ols, 5.0);
    expectOnTheGrid(*scene);
    EXPECT_GE(scene->lambdaEnd, 2.0 * scene->minimizers.lambdaC);
    // The path runs to the slider's end, past lambda_c, so the lasso reaches 0 on it.
    EXPECT_DOUBLE_EQ(scene->path.lambda[scene->path.lambda.size() - 1], scene->lambdaEnd);
}

TEST(ViewsFollowData, GeneratedDataAtBothEndsOfTheTrueWeight)
{
    for (const double truth : {-2.0, 2.0}) {
        SceneController controller;
        controller.setTrueWeight(truth);
        controller.setLambda(0.0);
        const SceneSnapshot scene = controller.scene();
        expectOnTheGrid(*scene);
        EXPECT_NEAR(scene->minima.mse.w, truth, 0.01);
    }
    SceneController article;
    EXPECT_EQ(article.scene()->wGrid, regviz::kArticleWFrame);
}

TEST(ViewsFollowData, AFixedGridIsKeptAndItsEdgeMinimumSaysSo)
{
    SceneController controller;
    regviz::Params p = controller.params();
    p.trueWeight = 2.0;
    p.lambda = 0.0;
    p.fixedGrid = true;
    controller.setParams(p);
    const SceneSnapshot scene = controller.scene();
    EXPECT_EQ(scene->wGrid, (regviz::WRange{-1.0, 1.5}));
    EXPECT_TRUE(scene->minima.mse.atEdge);
}

TEST(ViewsFollowData, DraggingTheStartInsideTheFrameNeverMovesTheAxes)
{
    SceneController controller;
    const regviz::WRange before = controller.scene()->wGrid;
    controller.setStart(before.max - 0.01);
    EXPECT_EQ(controller.scene()->wGrid, before);
    controller.setStart(40.0); // beyond: the grid takes it in
    EXPECT_TRUE(controller.scene()->wGrid.contains(40.0));
    EXPECT_TRUE(controller.scene()->startRange.contains(40.0));
}

TEST(ViewsFollowData, ALambdaBeyondFiveIsKeptWhereTheDataAllowIt)
{
    SceneController controller;
    controller.setImportedData(steepOffsetData(), QString());
    controller.setLambda(300.0);
    const SceneSnapshot scene = controller.scene();
    EXPECT_DOUBLE_EQ(scene->params.lambda, 300.0);
    EXPECT_GE(scene->lambdaEnd, 300.0);

    regviz::Params p;
    p.lambda = 300.0;
    EXPECT_TRUE(regviz::lambdaProblem(p, nullptr)); // the article's data stop at 5
    EXPECT_FALSE(regviz::lambdaProblem(p, steepOffsetData().get()));
}

TEST(ViewsFollowData, ImportingDataPicksAStableStepAndSaysSo)
{
    SceneController controller;
    (void)controller.scene();
    QSignalSpy advice(&controller, &SceneController::stepAdvised);
    controller.setImportedData(steepOffsetData(), QString(), true);
    const SceneSnapshot scene = controller.scene();
    ASSERT_EQ(advice.count(), 1);
    const double limit = advice.at(0).at(1).toDouble();
    EXPECT_DOUBLE_EQ(advice.at(0).at(0).toDouble(), 0.1);
    EXPECT_TRUE(advice.at(0).at(3).toBool());
    EXPECT_LT(scene->descent.eta, limit);
    EXPECT_DOUBLE_EQ(scene->descent.eta, advice.at(0).at(2).toDouble());
    for (const regviz::DescentTrace &trace : scene->traces)
        EXPECT_NE(trace.status, regviz::DescentStatus::Diverged);
}

TEST(ViewsFollowData, ASessionOrNewGeneratedDataOnlyOfferAStableStep)
{
    SceneController controller;
    (void)controller.scene();
    QSignalSpy advice(&controller, &SceneController::stepAdvised);
    controller.setImportedData(steepOffsetData(), QString()); // as a session does
    EXPECT_DOUBLE_EQ(controller.scene()->descent.eta, 0.1);
    ASSERT_EQ(advice.count(), 1);
    EXPECT_FALSE(advice.at(0).at(3).toBool());

    controller.clearImportedData();
    controller.setEta(3.0); // above 1 / Sxx of the draw
    (void)controller.scene();
    advice.clear();
    controller.drawNewSample();
    EXPECT_DOUBLE_EQ(controller.scene()->descent.eta, 3.0);
    ASSERT_EQ(advice.count(), 1);
    EXPECT_FALSE(advice.at(0).at(3).toBool());
    EXPECT_LT(advice.at(0).at(2).toDouble(), advice.at(0).at(1).toDouble());
}

TEST(ViewsFollowData, SessionsKeepAFixedGridAndLetTheArticlesOneFollowTheData)
{
    regviz::Session fixed;
    fixed.params.wMin = -3.0;
    fixed.params.wMax = 4.0;
    fixed.params.fixedGrid = true;
    const regviz::SessionParse back = regviz::sessionFromJson(regviz::sessionToJson(fixed));
    ASSERT_TRUE(back.session) << back.error.toStdString();
    EXPECT_TRUE(back.session->params.fixedGrid);
    EXPECT_EQ(back.session->params.wMax, 4.0);

    // A session from before "w_grid": the article's grid follows the data, any other stays.
    QByteArray old = regviz::sessionToJson(regviz::Session{});
    old.replace("\"w_grid\": \"automatic\",", "");
    ASSERT_FALSE(old.contains("w_grid"));
    const regviz::SessionParse article = regviz::sessionFromJson(old);
    ASSERT_TRUE(article.session) << article.error.toStdString();
    EXPECT_FALSE(article.session->params.fixedGrid);
    QByteArray edited = old;
    edited.replace("\"w_max\": 1.5", "\"w_max\": 3");
    const regviz::SessionParse kept = regviz::sessionFromJson(edited);
    ASSERT_TRUE(kept.session) << kept.error.toStdString();
    EXPECT_TRUE(kept.session->params.fixedGrid);
}

} // namespace
