#include "regviz/core/dataset.h"
#include "regviz/core/descent.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"

#include <gtest/gtest.h>

namespace {

/// x = 1, 2, 3, 4 and y = 3, 5, 7, 10 plus a large offset: small enough to solve by hand.
regviz::XYData smallData(double offset)
{
    regviz::XYData data;
    data.x = Eigen::VectorXd{{1.0, 2.0, 3.0, 4.0}};
    data.y = Eigen::VectorXd{{3.0 + offset, 5.0 + offset, 7.0 + offset, 10.0 + offset}};
    return data;
}

/// Solves the normal equations of F(b, w) = (1/n) Σ (y - b - w x)² + lambda w² directly (2x2, Cramer).
std::pair<double, double> ridgeWithIntercept(const regviz::XYData &d, double lambda)
{
    const double n = static_cast<double>(d.size());
    const double sx = d.x.sum() / n;
    const double sy = d.y.sum() / n;
    const double sxx = d.x.squaredNorm() / n + lambda;
    const double sxy = d.x.dot(d.y) / n;
    const double det = sxx - sx * sx;
    const double w = (sxy - sx * sy) / det;
    return {sy - w * sx, w};
}

TEST(Intercept, OlsMatchesTheHandSolvedLeastSquaresLine)
{
    // Σ(x - 2.5)(y - 6.25) = 11.5 and Σ(x - 2.5)² = 5: slope 2.3, b = 6.25 - 2.3 * 2.5 = 0.5.
    const regviz::Moments m = regviz::centredMoments(smallData(0.0));
    ASSERT_TRUE(m.centred);
    const regviz::Minimizers mins = regviz::computeMinimizers(m, {0.0, 0.5});
    EXPECT_NEAR(*mins.ols, 2.3, 1e-15);
    EXPECT_NEAR(*regviz::computeIntercepts(m, mins).ols, 0.5, 1e-14);
}

TEST(Intercept, RidgeMatchesTheNormalEquationsWithAnUnpenalizedIntercept)
{
    for (const double offset : {0.0, 40.0, -1e4}) {
        const regviz::XYData d = smallData(offset);
        const regviz::Moments m = regviz::centredMoments(d);
        const regviz::Minimizers mins = regviz::computeMinimizers(m, {0.7, 0.5});
        const auto [b, w] = ridgeWithIntercept(d, 0.7);
        EXPECT_NEAR(*mins.ridge, w, 1e-12) << offset;
        EXPECT_NEAR(*regviz::computeIntercepts(m, mins).ridge, b, 1e-9 * (1.0 + std::abs(offset))) << offset;
        // The slope does not depend on the offset at all.
        EXPECT_NEAR(*mins.ridge,
                    *regviz::computeMinimizers(regviz::centredMoments(smallData(0.0)), {0.7, 0.5}).ridge,
                    1e-12);
    }
}

TEST(Intercept, LassoSatisfiesTheOptimalityConditionsOfTheTwoVariableProblem)
{
    const regviz::XYData d = smallData(25.0);
    const regviz::Moments m = regviz::centredMoments(d);
    for (const double lambda : {0.5, 3.0, 30.0}) {
        const regviz::Minimizers mins = regviz::computeMinimizers(m, {lambda, 0.5});
        const double w = *mins.lasso;
        const double b = *regviz::computeIntercepts(m, mins).lasso;
        const Eigen::ArrayXd r = d.y.array() - b - w * d.x.array();
        const double n = static_cast<double>(d.size());
        EXPECT_NEAR(r.sum() / n, 0.0, 1e-12) << lambda;        // dF/db = 0: b is not penalized
        const double pull = 2.0 * (d.x.array() * r).sum() / n; // -dMSE/dw
        if (w != 0.0)
            EXPECT_NEAR(pull, lambda * (w > 0.0 ? 1.0 : -1.0), 1e-10) << lambda;
        else
            EXPECT_LE(std::abs(pull), lambda) << lambda;
    }
    EXPECT_EQ(*regviz::computeMinimizers(m, {30.0, 0.5}).lasso, 0.0); // lambda_c = 2 |Sxy| = 5.75
}

TEST(Intercept, CentredDrawRescalesLikeTheCentredData)
{
    const regviz::Dataset draw = regviz::generateDataset(7, 50);
    const regviz::Moments scaled = regviz::rescaleMoments(regviz::centredMoments(draw), 1.3, 0.4);
    const regviz::XYData data{draw.x, regviz::responses(draw, 1.3, 0.4)};
    const regviz::Moments direct = regviz::centredMoments(data);
    EXPECT_NEAR(scaled.sxy, direct.sxy, 1e-12);
    EXPECT_NEAR(scaled.syy, direct.syy, 1e-12);
    EXPECT_NEAR(scaled.yMean, direct.yMean, 1e-12);
    EXPECT_NEAR(scaled.xMean, direct.xMean, 1e-15);
}

TEST(Intercept, WithoutOneThereAreNoIntercepts)
{
    const regviz::Moments m = regviz::computeMoments(smallData(0.0));
    EXPECT_FALSE(m.centred);
    EXPECT_EQ(regviz::computeIntercepts(m, regviz::computeMinimizers(m, {0.5, 0.5})), regviz::Intercepts{});
}

} // namespace
