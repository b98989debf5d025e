#include "regviz/core/curves.h"
#include "regviz/core/dataset.h"
#include "regviz/core/descent.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"
#include "regviz/core/view_ranges.h"

#include <gtest/gtest.h>

namespace {

using regviz::WRange;

/// x in 0..10 and y = 15 + 4 x + a wiggle, so y runs over about 15..55: the offset data of issue 16.
regviz::XYData steepOffsetData()
{
    regviz::XYData data;
    constexpr int n = 21;
    data.x.resize(n);
    data.y.resize(n);
    for (int i = 0; i < n; ++i) {
        data.x[i] = 0.5 * i;
        data.y[i] = 15.0 + 4.0 * data.x[i] + ((i % 3) - 1) * 0.5;
    }
    return data;
}

void expectInside(const WRange &range, double w, const char *what)
{
    // Inside with room to spare: a tenth of the range, less the rounding to a nice step.
    const double room = 0.05 * (range.max - range.min);
    EXPECT_GT(w, range.min + room) << what << " " << w << " in [" << range.min << ", " << range.max << "]";
    EXPECT_LT(w, range.max - room) << what << " " << w << " in [" << range.min << ", " << range.max << "]";
}

TEST(NiceNumbers, RoundToOneTwoTwoAndAHalfAndFive)
{
    EXPECT_DOUBLE_EQ(regviz::niceCeil(0.3), 0.5);
    EXPECT_DOUBLE_EQ(regviz::niceCeil(2.1), 2.5);
    EXPECT_DOUBLE_EQ(regviz::niceCeil(816.0), 1000.0);
    EXPECT_DOUBLE_EQ(regviz::niceCeil(5.0), 5.0);
    EXPECT_DOUBLE_EQ(regviz::niceFloor(0.0261), 0.025);
    EXPECT_DOUBLE_EQ(regviz::niceFloor(0.9), 0.5);
    EXPECT_DOUBLE_EQ(regviz::niceFloor(1.0), 1.0);
    EXPECT_DOUBLE_EQ(regviz::niceFloor(0.0999999999999), 0.05);
}

TEST(AutomaticWRange, TheArticlesDefaultSceneKeepsItsFrame)
{
    const regviz::Moments m = regviz::computeMoments(regviz::generateDataset(42, 200), 0.5, 0.0);
    const regviz::Minimizers mins = regviz::computeMinimizers(m, {0.5, 0.5});
    EXPECT_EQ(regviz::automaticWRange(mins, 0.5, 1.0, true), regviz::kArticleWFrame);
}

TEST(AutomaticWRange, TakesInTheSteepOffsetDataAndItsMinima)
{
    const regviz::Moments m = regviz::computeMoments(steepOffsetData());
    const regviz::Minimizers mins = regviz::computeMinimizers(m, {0.5, 0.5});
    ASSERT_TRUE(mins.ols);
    ASSERT_GT(*mins.ols, 5.0); // far beyond the article's frame [-1, 1.5]
    const WRange range = regviz::automaticWRange(mins, std::nullopt, 1.0, false);
    for (const auto &[what, w] :
         {std::pair{"ols", *mins.ols}, std::pair{"ridge", *mins.ridge}, std::pair{"lasso", *mins.lasso},
          std::pair{"elastic", *mins.elasticNet}, std::pair{"zero", 0.0}, std::pair{"w0", 1.0}})
        expectInside(range, w, what);
    // On that grid, every grid minimum is an interior point next to the exact minimizer.
    const regviz::Curves curves = regviz::computeCurves(m, {0.5, 0.5}, range.min, range.max, 2001);
    const regviz::GridMinima minima = regviz::gridMinima(curves);
    const double spacing = (range.max - range.min) / 2000.0;
    EXPECT_FALSE(minima.mse.atEdge);
    EXPECT_NEAR(minima.mse.w, *mins.ols, spacing);
    EXPECT_NEAR(minima.mseL2.w, *mins.ridge, spacing);
}

TEST(AutomaticWRange, CoversBothEndsOfTheTrueWeightRange)
{
    for (const double truth : {regviz::limits::trueWeight.min, regviz::limits::trueWeight.max}) {
        const regviz::Moments m = regviz::computeMoments(regviz::generateDataset(42, 200), truth, 0.0);
        const regviz::Minimizers mins = regviz::computeMinimizers(m, {0.0, 0.5});
        const WRange range = regviz::automaticWRange(mins, truth, 1.0, true);
        expectInside(range, truth, "true weight");
        expectInside(range, *mins.ols, "ols");
        const regviz::Curves curves = regviz::computeCurves(m, {0.0, 0.5}, range.min, range.max, 2001);
        const regviz::GridMinimum mse = regviz::gridMinimum(curves.w, curves.mse);
        EXPECT_FALSE(mse.atEdge) << truth;
        EXPECT_NEAR(mse.w, truth, 0.01) << truth;
    }
}

TEST(GridMinimum, AtAnEndOfTheGridSaysSo)
{
    // The article's old fixed grid [-1, 1.5] with a true weight of 2: the MSE falls beyond the right end.
    const regviz::Moments m = regviz::computeMoments(regviz::generateDataset(42, 200), 2.0, 0.0);
    const regviz::Curves curves = regviz::computeCurves(m, {0.0, 0.5}, -1.0, 1.5, 2001);
    const regviz::GridMinimum mse = regviz::gridMinimum(curves.w, curves.mse);
    EXPECT_TRUE(mse.atEdge);
    EXPECT_DOUBLE_EQ(mse.w, 1.5);
}

TEST(LambdaRangeEnd, IsFiveOrTwiceLambdaCRoundedUp)
{
    regviz::Minimizers small;
    small.lambdaC = 0.28;
    EXPECT_DOUBLE_EQ(regviz::lambdaRangeEnd(small), 5.0);
    regviz::Minimizers large;
    large.lambdaC = 408.0;
    EXPECT_DOUBLE_EQ(regviz::lambdaRangeEnd(large), 1000.0);
    // A lambda set beyond it is kept in range, never clamped.
    EXPECT_DOUBLE_EQ(regviz::lambdaRangeEnd(small, 7.0), 7.0);
    const regviz::Moments m = regviz::computeMoments(steepOffsetData());
    const regviz::Minimizers mins = regviz::computeMinimizers(m, {0.5, 0.5});
    EXPECT_GE(regviz::lambdaRangeEnd(mins), 2.0 * mins.lambdaC);
    EXPECT_LE(regviz::lambdaRangeEnd(mins), 2.5 * 2.0 * mins.lambdaC);
}

TEST(StableStep, IsANiceStepBelowTheLimitThatConverges)
{
    EXPECT_DOUBLE_EQ(regviz::stableStep(0.029), 0.025);
    const regviz::Moments m = regviz::computeMoments(steepOffsetData());
    const regviz::Regularization reg{0.5, 0.5};
    const double limit = regviz::stabilityLimit(m, regviz::Penalty::None, reg);
    ASSERT_LT(limit, 0.1); // the default eta diverges on these data
    const double eta = regviz::stableStep(limit);
    EXPECT_LT(eta, limit);
    EXPECT_GT(eta, 0.5 * limit);
    regviz::DescentSettings settings;
    settings.eta = eta;
    settings.maxSteps = 5000;
    const regviz::DescentTrace trace = regviz::computeDescent(m, regviz::Penalty::None, reg, settings);
    EXPECT_EQ(trace.status, regviz::DescentStatus::Converged);
}

} // namespace
