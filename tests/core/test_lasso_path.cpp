#include "feature_fixtures.h"
#include "regviz/core/feature_moments.h"
#include "regviz/core/lasso_path.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"
#include "regviz/core/ridge_path.h"
#include "regviz/core/sparse_generator.h"
#include "regviz/core/standardize.h"

#include <Eigen/Core>
#include <cmath>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace {

using regviz::test::fixtureCase;
using regviz::test::fixtureMatrix;
using regviz::test::relativeDifference;

// scikit-learn's fixtures were solved to a duality gap of about 1e-15 ||y||^2 and ours to a step of
// about 1e-13 sd(y): both sides are far closer than this to the exact solution.
constexpr double kAgreement = 1e-6;

std::vector<double> column(const Eigen::MatrixXd &m, Eigen::Index c)
{
    return {m.col(c).data(), m.col(c).data() + m.rows()};
}

class SklearnFixture : public testing::TestWithParam<std::string>
{
protected:
    void SetUp() override
    {
        table = fixtureCase(GetParam());
        moments = regviz::computeFeatureMoments(table);
    }
    regviz::Table table;
    regviz::FeatureMoments moments;
};

TEST_P(SklearnFixture, LambdaMaxMatchesTheFixture)
{
    const regviz::FeatureProblem problem = regviz::makeFeatureProblem(moments);
    const Eigen::MatrixXd expected = fixtureMatrix(GetParam() + "_lasso_path.csv");
    EXPECT_NEAR(regviz::lambdaMax(problem), expected(0, 0), 1e-12 * expected(0, 0));
}

TEST_P(SklearnFixture, LassoPathMatchesSklearnLassoPath)
{
    const regviz::FeatureProblem problem = regviz::makeFeatureProblem(moments);
    const Eigen::MatrixXd expected = fixtureMatrix(GetParam() + "_lasso_path.csv");
    const std::vector<double> lambdas = column(expected, 0);
    const regviz::CoefficientPath path = regviz::elasticNetPath(problem, 1.0, lambdas);
    ASSERT_TRUE(path.converged);
    const Eigen::Index p = table.features();
    for (Eigen::Index l = 0; l < path.size(); ++l) {
        const Eigen::VectorXd theirs = expected.row(l).segment(2, p).transpose();
        const Eigen::VectorXd ours = path.solverWeights.col(l);
        if (theirs.cwiseAbs().maxCoeff() == 0.0) {
            // sklearn's lambda_max may sit an ulp below the exact one, where one coefficient is a hair
            // above 0: it can differ from 0 by no more than rounding.
            EXPECT_LE(ours.cwiseAbs().maxCoeff(), 1e-12 * path.solverWeights.cwiseAbs().maxCoeff())
                << "lambda " << lambdas[static_cast<std::size_t>(l)];
            continue;
        }
        EXPECT_LT(relativeDifference(ours, theirs), kAgreement) << "lambda index " << l;
        // sklearn's scale conversion done by hand: w = v / sd, so the original-scale path agrees too.
        const Eigen::VectorXd theirsOriginal = theirs.cwiseQuotient(moments.variances().cwiseSqrt());
        EXPECT_LT(relativeDifference(path.weights.col(l), theirsOriginal), kAgreement);
    }
}

TEST_P(SklearnFixture, ElasticNetPathMatchesSklearnEnetPath)
{
    const regviz::FeatureProblem problem = regviz::makeFeatureProblem(moments);
    const Eigen::MatrixXd expected = fixtureMatrix(GetParam() + "_enet_path.csv");
    const std::vector<double> lambdas = column(expected, 0);
    const regviz::CoefficientPath path = regviz::elasticNetPath(problem, 0.5, lambdas);
    ASSERT_TRUE(path.converged);
    const Eigen::Index p = table.features();
    for (Eigen::Index l = 0; l < path.size(); ++l) {
        // The mapping: l1_ratio = alpha / (2 - alpha), sklearn alpha = lambda (2 - alpha) / 2.
        EXPECT_DOUBLE_EQ(expected(l, 2), 0.5 / 1.5);
        EXPECT_DOUBLE_EQ(expected(l, 1), lambdas[static_cast<std::size_t>(l)] * 1.5 / 2.0);
        const Eigen::VectorXd theirs = expected.row(l).segment(3, p).transpose();
        EXPECT_LT(relativeDifference(path.solverWeights.col(l), theirs), kAgreement) << "lambda index " << l;
    }
}

TEST_P(SklearnFixture, RidgeMatchesSklearnRidge)
{
    const regviz::FeatureProblem problem = regviz::makeFeatureProblem(moments);
    const regviz::RidgeSolver ridge(problem);
    const Eigen::MatrixXd expected = fixtureMatrix(GetParam() + "_ridge.csv");
    const Eigen::Index p = table.features();
    const auto n = static_cast<double>(table.rows());
    for (Eigen::Index r = 0; r < expected.rows(); ++r) {
        const double lambda = expected(r, 0);
        EXPECT_DOUBLE_EQ(expected(r, 1), n * lambda); // Ridge alpha = n lambda
        const std::optional<Eigen::VectorXd> v = ridge.solve(lambda);
        ASSERT_TRUE(v.has_value());
        EXPECT_LT(relativeDifference(*v, expected.row(r).segment(3, p).transpose()), kAgreement);
        // On standardized X the intercept is the mean of y; on the original scale b = ybar - xbar^T w.
        const regviz::OriginalFit fit = regviz::toOriginalScale(problem, *v);
        EXPECT_NEAR(expected(r, 2), moments.mean[p], 1e-9 * std::abs(moments.mean[p]));
        EXPECT_NEAR(fit.intercept, moments.mean[p] - moments.mean.head(p).dot(fit.weights),
                    1e-12 * std::abs(moments.mean[p]));
    }
}

/// Raw scale, intercept on, standardize off: original-scale coefficients and intercepts as sklearn fits
/// them on the raw X.
void expectRawFits(const regviz::FeatureProblem &problem, const Eigen::MatrixXd &expected, double alpha,
                   const regviz::RidgeSolver *ridge)
{
    const Eigen::Index p = problem.features();
    for (Eigen::Index r = 0; r < expected.rows(); ++r) {
        const double lambda = expected(r, 0);
        Eigen::VectorXd v;
        if (ridge != nullptr) {
            v = ridge->solve(lambda).value();
        } else {
            const regviz::Solution s = regviz::solveElasticNet(problem, lambda, alpha, Eigen::VectorXd());
            ASSERT_TRUE(s.converged);
            v = s.weights;
        }
        const regviz::OriginalFit fit = regviz::toOriginalScale(problem, v);
        const Eigen::VectorXd theirs = expected.row(r).segment(3, p).transpose();
        EXPECT_LT(relativeDifference(fit.weights, theirs), kAgreement) << "lambda " << lambda;
        EXPECT_NEAR(fit.intercept, expected(r, 2), kAgreement * std::max(1.0, std::abs(expected(r, 2))));
    }
}

TEST_P(SklearnFixture, UnstandardizedFitsMatchSklearnOnRawData)
{
    regviz::FitOptions options;
    options.standardize = false;
    const regviz::FeatureProblem problem = regviz::makeFeatureProblem(moments, options);
    expectRawFits(problem, fixtureMatrix(GetParam() + "_lasso_raw.csv"), 1.0, nullptr);
    expectRawFits(problem, fixtureMatrix(GetParam() + "_enet_raw.csv"), 0.5, nullptr);
    const regviz::RidgeSolver ridge(problem);
    expectRawFits(problem, fixtureMatrix(GetParam() + "_ridge_raw.csv"), 0.0, &ridge);
}

TEST_P(SklearnFixture, KktHoldsAtEveryGridLambda)
{
    for (const double alpha : {1.0, 0.5}) {
        const regviz::FeatureProblem problem = regviz::makeFeatureProblem(moments);
        const double top = regviz::lambdaMax(problem);
        const std::vector<double> grid = regviz::lambdaGrid(top, table.rows(), table.features());
        const regviz::CoefficientPath path = regviz::elasticNetPath(problem, alpha, grid);
        for (Eigen::Index l = 0; l < path.size(); ++l) {
            const double lambda = grid[static_cast<std::size_t>(l)];
            EXPECT_LT(regviz::kktViolation(problem, lambda, alpha, path.solverWeights.col(l)), 1e-9 * top)
                << "alpha " << alpha << " lambda " << lambda;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, SklearnFixture, testing::Values("diabetes", "wide", "correlated"));

TEST(LassoPath, LambdaMaxIsExact)
{
    const regviz::FeatureProblem problem =
        regviz::makeFeatureProblem(regviz::computeFeatureMoments(regviz::test::diabetes()));
    for (const double alpha : {1.0, 0.5, 0.3}) {
        const double top = regviz::lambdaMax(problem, alpha);
        const regviz::Solution at = regviz::solveElasticNet(problem, top, alpha, Eigen::VectorXd());
        EXPECT_EQ(at.weights.cwiseAbs().maxCoeff(), 0.0) << alpha;
        const regviz::Solution below =
            regviz::solveElasticNet(problem, top * (1.0 - 1e-9), alpha, Eigen::VectorXd());
        EXPECT_EQ((below.weights.array() != 0.0).count(), 1) << alpha;
        // bmi (column 2) has the largest correlation with y: it is the one.
        EXPECT_NE(below.weights[2], 0.0);
        // The closed form 2 max |xy| / alpha, to the last bits.
        EXPECT_NEAR(top, 2.0 * problem.xy.cwiseAbs().maxCoeff() / alpha, 4e-16 * top);
    }
}

TEST(LassoPath, ZerosAreExactlyZero)
{
    const regviz::FeatureProblem problem =
        regviz::makeFeatureProblem(regviz::computeFeatureMoments(regviz::test::diabetes()));
    const std::vector<double> grid = regviz::lambdaGrid(regviz::lambdaMax(problem), 442, 10);
    const regviz::CoefficientPath path = regviz::elasticNetPath(problem, 1.0, grid);
    // A residue would be a tiny non-zero; every coefficient is either 0.0 or clearly away from it.
    const double scale = path.solverWeights.cwiseAbs().maxCoeff();
    for (Eigen::Index i = 0; i < path.solverWeights.size(); ++i) {
        const double v = path.solverWeights.data()[i];
        EXPECT_TRUE(v == 0.0 || std::abs(v) > 1e-10 * scale) << v;
    }
    EXPECT_EQ(path.solverWeights.col(0).cwiseAbs().maxCoeff(), 0.0);
    EXPECT_EQ((path.solverWeights.col(path.size() - 1).array() != 0.0).count(), 10);
}

regviz::Table oneFeature(std::uint64_t seed, Eigen::Index n)
{
    regviz::SparseDesign design;
    design.features = 2;
    design.nonZero = 1;
    design.samples = n;
    design.seed = seed;
    const regviz::SparseData data = regviz::generateSparseData(design);
    regviz::Table t;
    t.featureNames = {"x"};
    t.targetName = "y";
    t.x = data.table.x.leftCols(1);
    t.y = data.table.y;
    return t;
}

TEST(LassoPath, OneFeatureWithoutInterceptOrScalingIsTheOneDimensionalClosedForm)
{
    for (const std::uint64_t seed : {1U, 7U, 42U}) {
        const regviz::Table t = oneFeature(seed, 300);
        regviz::XYData xy;
        xy.x = t.x.col(0);
        xy.y = t.y;
        const regviz::Moments m = regviz::computeMoments(xy);
        regviz::FitOptions options;
        options.standardize = false;
        options.intercept = false;
        const regviz::FeatureProblem problem =
            regviz::makeFeatureProblem(regviz::computeFeatureMoments(t), options);
        EXPECT_NEAR(problem.gram(0, 0), m.sxx, 1e-12 * m.sxx);
        EXPECT_NEAR(problem.xy[0], m.sxy, 1e-12 * std::abs(m.sxy));
        EXPECT_NEAR(problem.yy, m.syy, 1e-12 * m.syy);
        const regviz::RidgeSolver ridge(problem);
        for (const double lambda : {0.01, 0.1, 0.5, 2.0 * std::abs(m.sxy) * 0.999, 3.0}) {
            for (const double alpha : {1.0, 0.5}) {
                regviz::Regularization reg;
                reg.lambda = lambda;
                reg.alpha = alpha;
                const regviz::Minimizers closed = regviz::computeMinimizers(m, reg);
                const double v =
                    regviz::solveElasticNet(problem, lambda, alpha, Eigen::VectorXd()).weights[0];
                const double expected = alpha == 1.0 ? *closed.lasso : *closed.elasticNet;
                // Near lambda_c, |Sxy| - lambda/2 cancels: the error is relative to the terms, not the
                // result.
                EXPECT_NEAR(v, expected, 1e-12 * std::abs(m.sxy) / m.sxx) << lambda << " " << alpha;
                EXPECT_EQ(v == 0.0, expected == 0.0);
            }
            const double r = ridge.solve(lambda).value()[0];
            EXPECT_NEAR(r, *regviz::computeMinimizers(m, {lambda, 0.5}).ridge, 1e-12 * std::abs(r));
        }
        // lambda_c = 2 |Sxy| is the 1-D lambda_max.
        EXPECT_NEAR(regviz::lambdaMax(problem), 2.0 * std::abs(m.sxy), 1e-12 * std::abs(m.sxy));
    }
}

TEST(LassoPath, ConstantColumnStaysExactlyZero)
{
    regviz::SparseDesign design;
    design.features = 6;
    design.nonZero = 3;
    design.samples = 120;
    regviz::Table t = regviz::generateSparseData(design).table;
    t.x.col(4).setConstant(0.1); // 0.1 is not a binary fraction: its block mean is not 0.1 exactly
    const regviz::FeatureMoments m = regviz::computeFeatureMoments(t);
    EXPECT_TRUE(m.isConstant(4));
    EXPECT_EQ(m.variances()[4], 0.0);
    EXPECT_EQ(m.mean[4], 0.1);
    for (const bool standardize : {true, false}) {
        regviz::FitOptions options;
        options.standardize = standardize;
        const regviz::FeatureProblem problem = regviz::makeFeatureProblem(m, options);
        EXPECT_TRUE(problem.constant[4]);
        EXPECT_TRUE(problem.fixedAtZero[4]);
        EXPECT_FALSE(problem.fixedAtZero[3]);
        const std::vector<double> grid = regviz::lambdaGrid(regviz::lambdaMax(problem), 120, 6);
        for (const double alpha : {1.0, 0.5}) {
            const regviz::CoefficientPath path = regviz::elasticNetPath(problem, alpha, grid);
            EXPECT_EQ(path.weights.row(4).cwiseAbs().maxCoeff(), 0.0);
            EXPECT_GT(path.weights.row(3).cwiseAbs().maxCoeff(), 0.0);
        }
        const regviz::CoefficientPath ridge = regviz::ridgePath(problem, regviz::RidgeSolver(problem), grid);
        EXPECT_EQ(ridge.weights.row(4).cwiseAbs().maxCoeff(), 0.0);
        EXPECT_TRUE(ridge.weights.allFinite());
    }
}

TEST(LassoPath, RefitAtAnyLambdaEqualsAColdSolve)
{
    regviz::SparseDesign design;
    design.features = 30;
    design.nonZero = 5;
    design.correlation = 0.5;
    design.samples = 200;
    const regviz::Table t = regviz::generateSparseData(design).table;
    const regviz::FeatureProblem problem = regviz::makeFeatureProblem(regviz::computeFeatureMoments(t));
    const std::vector<double> grid = regviz::lambdaGrid(regviz::lambdaMax(problem), 200, 30);
    const regviz::CoefficientPath path = regviz::elasticNetPath(problem, 1.0, grid);
    for (const double fraction : {0.37, 0.05, 0.0011}) {
        const double lambda = grid.front() * fraction;
        const regviz::Refit refit = regviz::refitAt(problem, path, lambda);
        const regviz::Solution cold = regviz::solveElasticNet(problem, lambda, 1.0, Eigen::VectorXd());
        EXPECT_LT(relativeDifference(refit.solution.weights, cold.weights), 1e-9);
        EXPECT_LT(regviz::kktViolation(problem, lambda, 1.0, refit.solution.weights), 1e-10 * grid.front());
        // Warm-started from the grid point nearest in log lambda.
        const double nearest = grid[static_cast<std::size_t>(refit.warmStart)];
        for (const double other : grid)
            EXPECT_LE(std::abs(std::log(nearest / lambda)), std::abs(std::log(other / lambda)) + 1e-15);
        EXPECT_LT(relativeDifference(refit.original.weights,
                                     regviz::toOriginalScale(problem, cold.weights).weights),
                  1e-9);
    }
}

TEST(LassoPath, GridIsLogSpacedFromLambdaMax)
{
    const std::vector<double> narrow = regviz::lambdaGrid(2.0, 100, 10);
    ASSERT_EQ(narrow.size(), 100U);
    EXPECT_EQ(narrow.front(), 2.0);
    EXPECT_EQ(narrow.back(), 2.0 * 1e-4);
    EXPECT_NEAR(narrow[1] / narrow[0], std::pow(1e-4, 1.0 / 99.0), 1e-14);
    const std::vector<double> wide = regviz::lambdaGrid(2.0, 10, 100);
    EXPECT_EQ(wide.back(), 2.0 * 1e-2);
    EXPECT_EQ(regviz::lambdaGrid(0.0, 10, 3), std::vector<double>{0.0});
}

} // namespace
