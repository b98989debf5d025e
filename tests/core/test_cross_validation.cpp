#include "feature_fixtures.h"
#include "regviz/core/cross_validation.h"
#include "regviz/core/feature_moments.h"
#include "regviz/core/sparse_generator.h"
#include "regviz/core/standardize.h"

#include <Eigen/Core>
#include <algorithm>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace {

class CrossValidationFixture : public testing::TestWithParam<std::string>
{
};

TEST_P(CrossValidationFixture, MatchesSklearnLassoCVWithTheSameFolds)
{
    regviz::Table table = regviz::test::fixtureCase(GetParam());
    // LassoCV has no standardization: it was given the globally standardized X, and so is ours, with
    // standardize off (each training fold is still centred from its own sums).
    const regviz::FeatureMoments m = regviz::computeFeatureMoments(table);
    const Eigen::VectorXd sd = m.variances().cwiseSqrt();
    for (Eigen::Index j = 0; j < table.features(); ++j)
        table.x.col(j) = (table.x.col(j).array() - m.mean[j]) / sd[j];
    const Eigen::MatrixXd foldIds = regviz::test::fixtureMatrix(GetParam() + "_folds.csv");
    std::vector<int> fold;
    for (Eigen::Index i = 0; i < foldIds.rows(); ++i)
        fold.push_back(static_cast<int>(foldIds(i, 1)));
    const Eigen::MatrixXd expected = regviz::test::fixtureMatrix(GetParam() + "_lassocv.csv");
    const std::vector<double> lambdas(expected.col(0).data(), expected.col(0).data() + expected.rows());
    regviz::FitOptions options;
    options.standardize = false;
    const regviz::CrossValidation cv = regviz::crossValidate(table, fold, 5, options, 1.0, lambdas);
    ASSERT_EQ(cv.foldMse.rows(), expected.rows());
    for (Eigen::Index l = 0; l < expected.rows(); ++l) {
        for (Eigen::Index f = 0; f < 5; ++f)
            EXPECT_NEAR(cv.foldMse(l, f), expected(l, 2 + f), 1e-6 * expected(l, 2 + f))
                << l << " fold " << f;
    }
    Eigen::Index chosen = 0;
    expected.col(7).maxCoeff(&chosen);
    EXPECT_EQ(cv.minIndex, chosen);
    EXPECT_DOUBLE_EQ(cv.lambdaMin, expected(chosen, 0));
    EXPECT_DOUBLE_EQ(expected(chosen, 1), cv.lambdaMin / 2.0); // LassoCV's alpha_ = lambda_min / 2
}

INSTANTIATE_TEST_SUITE_P(Fixtures, CrossValidationFixture, testing::Values("diabetes", "wide", "correlated"));

regviz::Table tiny(Eigen::Index n)
{
    regviz::SparseDesign design;
    design.features = 3;
    design.nonZero = 2;
    design.correlation = 0.5;
    design.samples = n;
    design.seed = 9;
    design.noise = 0.7;
    regviz::Table t = regviz::generateSparseData(design).table;
    t.x.col(1).array() = t.x.col(1).array() * 5.0 + 2.0; // a scale and an offset that matter
    return t;
}

TEST(CrossValidation, LeaveOneOutEqualsABruteForceLoop)
{
    const Eigen::Index n = 12;
    const regviz::Table t = tiny(n);
    std::vector<int> fold(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < fold.size(); ++i)
        fold[i] = static_cast<int>(i);
    const regviz::FeatureProblem full = regviz::makeFeatureProblem(regviz::computeFeatureMoments(t));
    const std::vector<double> grid = regviz::lambdaGrid(regviz::lambdaMax(full), n, 3, 12);
    for (const double alpha : {1.0, 0.5}) {
        const regviz::CrossValidation cv =
            regviz::crossValidate(t, fold, static_cast<int>(n), {}, alpha, grid);
        for (Eigen::Index i = 0; i < n; ++i) {
            // Refit without row i, from its own rows, and predict row i.
            std::vector<Eigen::Index> rest;
            for (Eigen::Index r = 0; r < n; ++r) {
                if (r != i)
                    rest.push_back(r);
            }
            regviz::Table training;
            training.x = t.x(rest, Eigen::all);
            training.y = t.y(rest);
            const regviz::FeatureProblem problem =
                regviz::makeFeatureProblem(regviz::computeFeatureMoments(training));
            for (std::size_t l = 0; l < grid.size(); ++l) {
                const regviz::Solution s =
                    regviz::solveElasticNet(problem, grid[l], alpha, Eigen::VectorXd());
                const regviz::OriginalFit fit = regviz::toOriginalScale(problem, s.weights);
                const double error = t.y[i] - fit.intercept - t.x.row(i).dot(fit.weights);
                const double mse = cv.foldMse(static_cast<Eigen::Index>(l), i);
                EXPECT_NEAR(mse, error * error, 1e-9 * std::max(error * error, 1e-3)) << i << " " << l;
            }
        }
        EXPECT_EQ(cv.folds, n);
    }
}

TEST(CrossValidation, OneStandardErrorRule)
{
    const regviz::Table t = tiny(200);
    const std::vector<int> fold = regviz::makeFolds(200, 5, 42);
    const regviz::FeatureProblem full = regviz::makeFeatureProblem(regviz::computeFeatureMoments(t));
    const std::vector<double> grid = regviz::lambdaGrid(regviz::lambdaMax(full), 200, 3);
    const regviz::CrossValidation cv = regviz::crossValidate(t, fold, 5, {}, 1.0, grid);
    const Eigen::Index best = cv.minIndex;
    for (Eigen::Index l = 0; l < cv.mse.size(); ++l)
        EXPECT_GE(cv.mse[l], cv.mse[best]);
    const double bound = cv.mse[best] + cv.se[best];
    EXPECT_LE(cv.mse[cv.oneSeIndex], bound);
    for (Eigen::Index l = 0; l < cv.oneSeIndex; ++l)
        EXPECT_GT(cv.mse[l], bound);
    EXPECT_GE(cv.lambda1se, cv.lambdaMin);
    for (Eigen::Index l = 0; l < cv.mse.size(); ++l) {
        double mean = 0.0;
        for (Eigen::Index f = 0; f < 5; ++f)
            mean += cv.foldMse(l, f) / 5.0;
        EXPECT_NEAR(cv.mse[l], mean, 1e-14 * mean);
        double squares = 0.0;
        for (Eigen::Index f = 0; f < 5; ++f)
            squares += (cv.foldMse(l, f) - mean) * (cv.foldMse(l, f) - mean);
        const double sd = std::sqrt(squares / 4.0);
        EXPECT_NEAR(cv.se[l], sd / std::sqrt(5.0), 1e-12 * sd);
    }
}

TEST(CrossValidation, FoldsAreBalancedAndFixedByTheSeed)
{
    const std::vector<int> a = regviz::makeFolds(103, 5, 7);
    EXPECT_EQ(a, regviz::makeFolds(103, 5, 7));
    EXPECT_NE(a, regviz::makeFolds(103, 5, 8));
    std::vector<int> sizes(5, 0);
    for (const int f : a) {
        ASSERT_GE(f, 0);
        ASSERT_LT(f, 5);
        ++sizes[static_cast<std::size_t>(f)];
    }
    EXPECT_EQ(*std::max_element(sizes.begin(), sizes.end()) - *std::min_element(sizes.begin(), sizes.end()),
              1);
    // Shuffled, not blocks of consecutive rows.
    int same = 0;
    for (std::size_t i = 1; i < a.size(); ++i)
        same += a[i] == a[i - 1] ? 1 : 0;
    EXPECT_LT(same, 50);
}

} // namespace
