#include "feature_fixtures.h"
#include "regviz/core/feature_moments.h"
#include "regviz/core/lasso_path.h"
#include "regviz/core/path_events.h"
#include "regviz/core/sparse_generator.h"
#include "regviz/core/standardize.h"

#include <Eigen/Core>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace {

/// Each event is where it says: the coefficient is zero on one side of it and non-zero on the other,
/// 2e-9 relative away (the events are refined to 1e-9).
void expectEventsBracketed(const regviz::FeatureProblem &problem, const regviz::CoefficientPath &path,
                           const std::vector<regviz::PathEvent> &events)
{
    for (const regviz::PathEvent &e : events) {
        const Eigen::VectorXd above =
            regviz::solveElasticNet(problem, e.lambda * (1.0 + 2e-9), path.alpha, Eigen::VectorXd()).weights;
        const Eigen::VectorXd below =
            regviz::solveElasticNet(problem, e.lambda * (1.0 - 2e-9), path.alpha, Eigen::VectorXd()).weights;
        const bool enter = e.kind == regviz::PathEventKind::Enter;
        EXPECT_EQ(above[e.feature] == 0.0, enter) << "feature " << e.feature << " at " << e.lambda;
        EXPECT_EQ(below[e.feature] == 0.0, !enter) << "feature " << e.feature << " at " << e.lambda;
    }
}

TEST(PathEvents, DiabetesEntryOrderIsThatOfLeastAngleRegression)
{
    const regviz::Table table = regviz::test::diabetes();
    const regviz::FeatureProblem problem = regviz::makeFeatureProblem(regviz::computeFeatureMoments(table));
    const std::vector<double> grid =
        regviz::lambdaGrid(regviz::lambdaMax(problem), table.rows(), table.features());
    const regviz::CoefficientPath path = regviz::elasticNetPath(problem, 1.0, grid);
    const std::vector<regviz::PathEvent> events = regviz::pathEvents(problem, path);

    // lars_path(method="lasso") knots: feature, +1 enter / -1 leave, and lambda = 2 x its alpha.
    const Eigen::MatrixXd knots = regviz::test::fixtureMatrix("diabetes_lars.csv");
    ASSERT_EQ(static_cast<Eigen::Index>(events.size()), knots.rows());
    std::string order;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto r = static_cast<Eigen::Index>(i);
        EXPECT_EQ(events[i].feature, static_cast<Eigen::Index>(knots(r, 2))) << "event " << i;
        EXPECT_EQ(events[i].kind == regviz::PathEventKind::Enter, knots(r, 3) > 0.0) << "event " << i;
        EXPECT_NEAR(events[i].lambda, knots(r, 1), 1e-8 * knots(r, 1)) << "event " << i;
        order += (events[i].kind == regviz::PathEventKind::Enter ? "+" : "-") +
                 table.featureNames[static_cast<std::size_t>(events[i].feature)] + " ";
    }
    // The paper's lasso path (Efron et al. 2004, Figure 1 and section 3.1): 3, 9, 4, 7, 2, 10, 5, 8, 6, 1,
    // then hdl (s3, variable 7) leaves and re-enters.
    EXPECT_EQ(order, "+bmi +s5 +bp +s3 +sex +s6 +s1 +s4 +s2 +age -s3 +s3 ");
    expectEventsBracketed(problem, path, events);
    for (std::size_t i = 1; i < events.size(); ++i)
        EXPECT_GT(events[i - 1].lambda, events[i].lambda);
    // The first event is lambda_max itself.
    EXPECT_NEAR(events.front().lambda, grid.front(), 1e-9 * grid.front());
}

TEST(PathEvents, ElasticNetAndCorrelatedEventsAreBracketed)
{
    regviz::SparseDesign design;
    design.features = 15;
    design.nonZero = 4;
    design.correlation = 0.8;
    design.samples = 60;
    design.seed = 5;
    const regviz::Table t = regviz::generateSparseData(design).table;
    const regviz::FeatureProblem problem = regviz::makeFeatureProblem(regviz::computeFeatureMoments(t));
    for (const double alpha : {1.0, 0.4}) {
        const std::vector<double> grid = regviz::lambdaGrid(regviz::lambdaMax(problem, alpha), 60, 15, 30);
        const regviz::CoefficientPath path = regviz::elasticNetPath(problem, alpha, grid);
        const std::vector<regviz::PathEvent> events = regviz::pathEvents(problem, path);
        EXPECT_GE(events.size(), 10U);
        expectEventsBracketed(problem, path, events);
        EXPECT_STREQ(regviz::pathEventName(events.front().kind), "enter");
    }
}

} // namespace
