#include "feature_fixtures.h"
#include "regviz/core/coordinate_view.h"
#include "regviz/core/curves.h"
#include "regviz/core/feature_moments.h"
#include "regviz/core/lasso_path.h"
#include "regviz/core/standardize.h"

#include <Eigen/Core>
#include <cmath>
#include <gtest/gtest.h>

namespace {

class CoordinateViewTest : public testing::Test
{
protected:
    void SetUp() override
    {
        table = regviz::test::diabetes();
        moments = regviz::computeFeatureMoments(table);
        problem = regviz::makeFeatureProblem(moments);
        grid = regviz::lambdaGrid(regviz::lambdaMax(problem), table.rows(), table.features());
    }

    /// The standardized, centred features and target, formed row by row (what the view summarizes).
    [[nodiscard]] Eigen::MatrixXd standardized() const
    {
        Eigen::MatrixXd u(table.rows(), table.features());
        for (Eigen::Index j = 0; j < table.features(); ++j)
            u.col(j) = (table.x.col(j).array() - moments.mean[j]) / problem.scale[j];
        return u;
    }

    regviz::Table table;
    regviz::FeatureMoments moments;
    regviz::FeatureProblem problem;
    std::vector<double> grid;
};

TEST_F(CoordinateViewTest, TheOneDimensionalMinimizerIsTheSolutionForEveryFeature)
{
    for (const double alpha : {1.0, 0.5}) {
        const regviz::CoefficientPath path = regviz::elasticNetPath(problem, alpha, grid);
        for (const Eigen::Index l : {1, 10, 40, 70, 99}) {
            const double lambda = grid[static_cast<std::size_t>(l)];
            const Eigen::VectorXd v = path.solverWeights.col(l);
            for (Eigen::Index j = 0; j < table.features(); ++j) {
                const regviz::CoordinateView view = regviz::coordinateView(problem, v, j, lambda, alpha);
                const double w = alpha == 1.0 ? *view.minimizers.lasso : *view.minimizers.elasticNet;
                EXPECT_NEAR(w, v[j], 1e-12 * std::max(1.0, v.cwiseAbs().maxCoeff())) << l << " " << j;
                EXPECT_EQ(w == 0.0, v[j] == 0.0) << l << " " << j;
                EXPECT_EQ(view.sxx, 1.0);
                if (alpha == 1.0) {
                    EXPECT_EQ(view.threshold, lambda / 2.0);
                    EXPECT_EQ(v[j] == 0.0, std::abs(view.sxy) <= view.threshold) << l << " " << j;
                    EXPECT_EQ(view.minimizers.lassoAtZero, v[j] == 0.0);
                }
                EXPECT_DOUBLE_EQ(view.originalWeight, path.weights(j, l));
            }
        }
    }
}

TEST_F(CoordinateViewTest, MomentsAreThoseOfThePartialResidual)
{
    const regviz::CoefficientPath path = regviz::elasticNetPath(problem, 1.0, grid);
    const Eigen::MatrixXd u = standardized();
    const Eigen::VectorXd t = table.y.array() - moments.mean[table.features()];
    const Eigen::VectorXd v = path.solverWeights.col(50);
    const auto n = static_cast<double>(table.rows());
    for (Eigen::Index j = 0; j < table.features(); ++j) {
        const Eigen::VectorXd r = t - u * v + u.col(j) * v[j];
        const regviz::CoordinateView view = regviz::coordinateView(problem, v, j, grid[50], 1.0);
        EXPECT_NEAR(view.moments.sxx, u.col(j).squaredNorm() / n, 1e-12);
        EXPECT_NEAR(view.moments.sxy, u.col(j).dot(r) / n, 1e-10 * std::sqrt(problem.yy));
        EXPECT_NEAR(view.moments.syy, r.squaredNorm() / n, 1e-10 * problem.yy);
        EXPECT_EQ(view.moments.n, table.rows());
        // The 1-D core draws it: the sampled minimum of MSE + L1 sits next to the coefficient.
        regviz::Regularization reg;
        reg.lambda = grid[50];
        const double reach = 2.0 * std::abs(v[j]) + 1.0;
        const regviz::Curves curves = regviz::computeCurves(view.moments, reg, -reach, reach, 4001);
        const regviz::GridMinima minima = regviz::gridMinima(curves);
        EXPECT_NEAR(minima.mseL1.w, v[j], 2.0 * reach / 4000.0);
    }
}

} // namespace
