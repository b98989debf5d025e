// Issue 16's statuses and edges, replayed on the scenes the report used (seed 42, n 200, true weight 0.5,
// noise 0 unless stated), built the way the app builds them: generateDataset + computeMoments.

#include "regviz/core/csv.h"
#include "regviz/core/dataset.h"
#include "regviz/core/descent.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"

#include <cmath>
#include <cstdint>
#include <gtest/gtest.h>
#include <limits>
#include <random>
#include <string>

namespace {

using regviz::DescentStatus;
using regviz::Optimizer;
using regviz::Penalty;

regviz::Moments sceneMoments(std::uint64_t seed, int n, double trueWeight, double noise)
{
    return regviz::computeMoments(regviz::generateDataset(seed, n), trueWeight, noise);
}

regviz::DescentSettings gradient(double eta, int steps)
{
    regviz::DescentSettings s;
    s.eta = eta;
    s.maxSteps = steps;
    return s;
}

} // namespace

TEST(ExactEdges, BoundedTwoCyclesBelowEtaMaxAreOscillatingNotDiverged)
{
    const regviz::Moments m = sceneMoments(42, 200, 0.5, 0.0);
    struct Case
    {
        double lambda;
        double eta;
        int steps;
    };
    for (const Case c : {Case{5.0, 2.2, 100'000}, Case{0.5, 3.2, 200}}) {
        SCOPED_TRACE(testing::Message() << "lambda " << c.lambda << " eta " << c.eta);
        const regviz::Regularization reg{c.lambda, 0.5};
        const regviz::DescentTrace trace =
            regviz::computeDescent(m, Penalty::L1, reg, gradient(c.eta, c.steps));
        EXPECT_LT(c.eta, trace.etaMax);
        EXPECT_NEAR(trace.etaMax, 3.57, 0.005);
        EXPECT_EQ(trace.stepCount(), c.steps);
        EXPECT_EQ(trace.status, DescentStatus::Oscillating) << regviz::statusName(trace.status);
        EXPECT_FALSE(trace.divergedAt.has_value());
        // The exact two-cycle of w -> a w + b -/+ eta lambda (a = 1 - 2 eta Sxx, b = 2 eta Sxy), in long
        // double: p = Sxy/Sxx + eta lambda / (2 - 2 eta Sxx) and q = Sxy/Sxx - eta lambda / (2 - 2 eta Sxx).
        const long double sxx = m.sxx;
        const long double sxy = m.sxy;
        const long double eta = c.eta;
        const long double half = eta * static_cast<long double>(c.lambda) / (2.0L - 2.0L * eta * sxx);
        const long double p = sxy / sxx + half;
        const long double q = sxy / sxx - half;
        const double last = trace.steps.back().w;
        const double before = trace.steps[trace.steps.size() - 2].w;
        const double high = std::max(last, before);
        const double low = std::min(last, before);
        EXPECT_NEAR(high, static_cast<double>(p), 1e-12 * static_cast<double>(p));
        EXPECT_NEAR(low, static_cast<double>(q), 1e-12 * std::abs(static_cast<double>(q)));
        EXPECT_EQ(trace.steps[trace.steps.size() - 3].w, last) << "a cycle of two exact doubles";
        ASSERT_TRUE(trace.band.has_value());
        EXPECT_EQ(trace.band->low, low);
        EXPECT_EQ(trace.band->high, high);
        // The invariant band holds the whole cycle, and the old one-step bound eta (lambda + 2|Sxy|) did not.
        const double bound = regviz::subgradientBandBound(m, Penalty::L1, reg, c.eta);
        EXPECT_GE(bound, std::max(std::abs(low), std::abs(high)));
        EXPECT_LT(c.eta * (c.lambda + 2.0 * std::abs(m.sxy)), high);
    }
}

TEST(ExactEdges, TheIssuesTwoCycleIsMinus13Point84And14Point84)
{
    const regviz::Moments m = sceneMoments(42, 200, 0.5, 0.0);
    const regviz::DescentTrace trace =
        regviz::computeDescent(m, Penalty::L1, {5.0, 0.5}, gradient(2.2, 1000));
    ASSERT_TRUE(trace.band.has_value());
    EXPECT_NEAR(trace.band->low, -13.84, 0.005);
    EXPECT_NEAR(trace.band->high, 14.84, 0.005);
}

TEST(ExactEdges, ASmoothRunStillContractingIsStillMovingThenConverges)
{
    const regviz::Moments m = sceneMoments(42, 200, 0.5, 0.0);
    const regviz::Regularization reg{0.5, 0.5};
    const double ridge = *regviz::computeMinimizers(m, reg).ridge;
    const regviz::DescentTrace trace = regviz::computeDescent(m, Penalty::L2, reg, gradient(1.28, 200));
    EXPECT_EQ(trace.status, DescentStatus::Running) << regviz::statusName(trace.status);
    EXPECT_FALSE(trace.band.has_value());
    // Replayed in long double: every step multiplies the distance to the minimum by a = 1 - 2 eta (Sxx +
    // lambda) = -0.9973, so the run is contracting, not oscillating.
    const long double a = 1.0L - 2.0L * 1.28L * (static_cast<long double>(m.sxx) + 0.5L);
    EXPECT_NEAR(static_cast<double>(a), -0.9973, 5e-5);
    for (std::size_t k = 0; k + 1 < trace.steps.size(); ++k) {
        const long double before = static_cast<long double>(trace.steps[k].w) - ridge;
        const long double after = static_cast<long double>(trace.steps[k + 1].w) - ridge;
        ASSERT_NEAR(static_cast<double>(after / before), static_cast<double>(a), 1e-9) << "step " << k;
    }
    // The band the old classifier reported, [-0.369, 0.727], is the one the run is still shrinking.
    double low = trace.steps[151].w; // the last 50 iterates, the window the classifier reads
    double high = low;
    for (std::size_t k = 151; k < trace.steps.size(); ++k) {
        low = std::min(low, trace.steps[k].w);
        high = std::max(high, trace.steps[k].w);
    }
    EXPECT_NEAR(low, -0.369, 0.001);
    EXPECT_NEAR(high, 0.727, 0.001);
    const regviz::DescentTrace longer = regviz::computeDescent(m, Penalty::L2, reg, gradient(1.28, 20000));
    EXPECT_EQ(longer.status, DescentStatus::Converged);
    EXPECT_NEAR(longer.stepCount(), 8835, 50);
    EXPECT_NEAR(longer.steps.back().w, ridge, 1e-9);
}

namespace {

double elasticWeight(const regviz::Moments &m, double lambda, double alpha)
{
    return *regviz::computeMinimizers(m, {lambda, alpha}).elasticNet;
}

void expectExactElasticThreshold(const regviz::Moments &m, double alpha)
{
    const regviz::Minimizers all = regviz::computeMinimizers(m, {1.0, alpha});
    ASSERT_TRUE(all.lambdaCElastic.has_value());
    const double threshold = *all.lambdaCElastic;
    EXPECT_EQ(elasticWeight(m, threshold, alpha), 0.0) << "at lambda_c_elastic";
    EXPECT_EQ(elasticWeight(m, std::nextafter(threshold, 1e300), alpha), 0.0) << "one ulp above";
    if (threshold > 0.0) {
        EXPECT_NE(elasticWeight(m, std::nextafter(threshold, 0.0), alpha), 0.0) << "one ulp below";
    }
}

} // namespace

TEST(ExactEdges, ElasticNetLambdaCIsExactInTheIssuesScene)
{
    const regviz::Moments m = sceneMoments(548531840, 2, 1.3337103249869333, 0.8917538718275559);
    const double threshold = *regviz::computeMinimizers(m, {1.0, 0.7}).lambdaCElastic;
    // The issue's lambda sits at the old threshold's neighbourhood; the rule must hold on either side.
    EXPECT_NEAR(threshold, 3.619037206805008, 1e-14);
    expectExactElasticThreshold(m, 0.7);
    const double issueLambda = 3.619037206805008;
    EXPECT_EQ(elasticWeight(m, issueLambda, 0.7) == 0.0, issueLambda >= threshold);
}

TEST(ExactEdges, ElasticNetLambdaCIsExactOverManyScenes)
{
    std::mt19937_64 rng(16);
    std::uniform_int_distribution<std::uint64_t> seed(0, 2'147'483'647ULL);
    std::uniform_int_distribution<int> size(2, 12);
    std::uniform_real_distribution<double> weight(-2.0, 2.0);
    std::uniform_real_distribution<double> noise(0.0, 2.0);
    std::uniform_real_distribution<double> alpha(0.0, 1.0);
    for (int i = 0; i < 4000; ++i) {
        const regviz::Moments m = sceneMoments(seed(rng), size(rng), weight(rng), noise(rng));
        const double a = std::max(alpha(rng), 1e-3);
        SCOPED_TRACE(testing::Message() << "scene " << i << " alpha " << a);
        expectExactElasticThreshold(m, a);
        if (HasFailure())
            return;
    }
}

TEST(ExactEdges, TinyImportedValuesAreRefusedWithAMessageNotCalledUnidentifiable)
{
    // Mean x^2 is 2.5e-600: no double holds it, so the fit is refused and says why and what to do.
    const regviz::CsvParseResult tiny = regviz::importXYCsv("x,y\n1e-300,2e-300\n2e-300,4e-300\n");
    EXPECT_FALSE(tiny.data);
    ASSERT_TRUE(tiny.error);
    EXPECT_NE(tiny.error->message.find("x values are too small"), std::string::npos) << tiny.error->message;
    EXPECT_NE(tiny.error->message.find("2.5e-600"), std::string::npos) << tiny.error->message;
    EXPECT_NE(tiny.error->message.find("1e300"), std::string::npos) << tiny.error->message;
    // The same rows on a representable scale fit exactly: OLS 2.
    const regviz::CsvParseResult scaled = regviz::importXYCsv("x,y\n1,2\n2,4\n");
    ASSERT_TRUE(scaled.data);
    EXPECT_EQ(regviz::computeMinimizers(regviz::computeMoments(*scaled.data), {0.0, 0.5}).ols, 2.0);

    // Mean x^2 about 4.7e-320 is a subnormal with ~15 bits: the OLS weight came out 3.8e-5 off. Refused.
    const regviz::CsvParseResult subnormal =
        regviz::importXYCsv("1e-160,3.1e-160\n2e-160,5.9e-160\n3e-160,9.1e-160\n");
    EXPECT_FALSE(subnormal.data);
    ASSERT_TRUE(subnormal.error);
    EXPECT_NE(subnormal.error->message.find("too small"), std::string::npos) << subnormal.error->message;
    const regviz::CsvParseResult rescaled = regviz::importXYCsv("1,3.1\n2,5.9\n3,9.1\n");
    ASSERT_TRUE(rescaled.data);
    EXPECT_DOUBLE_EQ(*regviz::computeMinimizers(regviz::computeMoments(*rescaled.data), {0.0, 0.5}).ols,
                     42.2 / 14.0);
    // A tiny y column is refused too: its mean square would be the MSE curve's constant.
    const regviz::CsvParseResult tinyY = regviz::importXYCsv("1,1e-170\n2,3e-170\n");
    ASSERT_TRUE(tinyY.error);
    EXPECT_NE(tinyY.error->message.find("y values are too small"), std::string::npos) << tinyY.error->message;
}

TEST(ExactEdges, TheSmallEndIsRefusedExactlyBelowTheNormalDoubles)
{
    // mean x^2 = 2^-1022, the smallest normal double: accepted. Half a binade lower (2^-1024): refused.
    for (const int exponent : {-511, -512}) {
        const double x = std::ldexp(1.0, exponent);
        const regviz::XYData data{Eigen::Vector2d(x, -x), Eigen::Vector2d(2.0 * x, -2.0 * x)};
        const regviz::Moments m = regviz::computeMoments(data);
        EXPECT_EQ(m.sxx, std::ldexp(1.0, 2 * exponent)) << exponent;
        EXPECT_EQ(regviz::momentsRangeProblem(data).has_value(), 2 * exponent < -1022) << exponent;
    }
    EXPECT_EQ(std::ldexp(1.0, -1022), std::numeric_limits<double>::min());
    // All-zero columns are not "too small": x = 0 is the unidentifiable case, y = 0 a flat fit.
    EXPECT_FALSE(regviz::momentsRangeProblem({Eigen::Vector2d(0.0, 0.0), Eigen::Vector2d(1.0, 2.0)}));
    EXPECT_FALSE(regviz::momentsRangeProblem({Eigen::Vector2d(1.0, 2.0), Eigen::Vector2d(0.0, 0.0)}));
}

TEST(ExactEdges, ScalingBeforeSquaringChangesNoBitOfOrdinaryData)
{
    // The columns are scaled by powers of two, which is exact, so the moments are the plain means.
    std::mt19937_64 rng(3);
    std::uniform_real_distribution<double> value(-50.0, 50.0);
    for (int trial = 0; trial < 20; ++trial) {
        regviz::XYData d{Eigen::VectorXd(37), Eigen::VectorXd(37)};
        for (Eigen::Index i = 0; i < 37; ++i) {
            d.x[i] = value(rng) * std::ldexp(1.0, trial * 40 - 400);
            d.y[i] = value(rng);
        }
        const regviz::Moments scaled = regviz::computeMoments(d);
        EXPECT_EQ(scaled.sxx, d.x.squaredNorm() / 37.0);
        EXPECT_EQ(scaled.sxy, d.x.dot(d.y) / 37.0);
        EXPECT_EQ(scaled.syy, d.y.squaredNorm() / 37.0);
    }
}
