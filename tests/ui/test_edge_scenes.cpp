#include "model/descent_player.h"
#include "model/explanations.h"
#include "model/scene_controller.h"
#include "model/scene_setup.h"
#include "regviz/core/csv.h"
#include "regviz/core/dataset.h"
#include "regviz/core/moments.h"
#include "scene_checks.h"
#include "ui/actions/document_actions.h"
#include "ui/controls/numbers_panel.h"
#include "ui/main_window.h"
#include "ui/plots/descent_panel.h"
#include "ui_test_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <cmath>
#include <functional>
#include <gtest/gtest.h>
#include <iostream>
#include <ostream>
#include <string>

// The numeric edge cases of issue 7 through the real window: after each, every number drawn or shown is
// finite (or a word that says why there is none) and the numbers panel shows the core's values. The core
// side of the same cases is in tests/core/test_edge_cases.cpp.

namespace {

using regviz::Penalty;
using regviz::test::settle;
using regviz::test::str;

class EdgeSceneTest : public regviz::test::WindowTest
{
protected:
    void expectSound()
    {
        settle();
        const regviz::SceneSnapshot s = scene();
        if (const auto p = regviz::test::nonFinitePlotData(window.get()))
            ADD_FAILURE() << *p;
        if (const auto p = regviz::test::numbersProblem(*window->numbersPanel(), *s))
            ADD_FAILURE() << *p;
        if (const auto p = regviz::test::momentsProblem(*s))
            ADD_FAILURE() << *p;
        if (const auto p = regviz::test::controlsProblem(*window->controlPanel(), s->params, s->descent))
            ADD_FAILURE() << *p;
    }

    /// The shown line of a value in the numbers panel, by its row name.
    [[nodiscard]] QString shown(const QString &row) const
    {
        for (const regviz::TextLine *line : window->numbersPanel()->findChildren<regviz::TextLine *>()) {
            if (line->accessibleName() == row)
                return line->text();
        }
        return {};
    }

    bool importRows(const QByteArray &csv)
    {
        const QString file = path(QStringLiteral("data.csv"));
        return regviz::test::writeBytes(file, csv) && window->documents()->importData(file);
    }
};

struct ParamsCase
{
    const char *name;
    std::function<void(regviz::Params &, regviz::DescentSettings &)> set;
};

void PrintTo(const ParamsCase &c, std::ostream *os)
{
    *os << c.name;
}

class EdgeParams : public EdgeSceneTest, public ::testing::WithParamInterface<ParamsCase>
{
};

TEST_P(EdgeParams, EveryNumberIsFiniteAndTheCores)
{
    regviz::Params p = controller()->params();
    regviz::DescentSettings d = controller()->descentSettings();
    GetParam().set(p, d);
    controller()->setParams(p);
    controller()->setDescentSettings(d);
    settle();
    ASSERT_EQ(controller()->params(), p);
    ASSERT_EQ(controller()->descentSettings(), d);
    for (const int frame : {0, scene()->lastFrame() / 2, scene()->lastFrame()}) {
        window->player()->setFrame(frame);
        expectSound();
    }
}

using regviz::limits::lambda;
using regviz::limits::noise;
using regviz::limits::trueWeight;

INSTANTIATE_TEST_SUITE_P(
    Window, EdgeParams,
    ::testing::Values(
        ParamsCase{"twoPoints", [](auto &p, auto &) { p.samples = 2; }},
        ParamsCase{"twoPointsNoisy", [](auto &p, auto &) { p.samples = 2; p.noise = noise.max; p.seed = 0; }},
        ParamsCase{"noiseZeroTrueWeightZero", [](auto &p, auto &) { p.noise = 0.0; p.trueWeight = 0.0; }},
        ParamsCase{"noiseMax", [](auto &p, auto &) { p.noise = noise.max; p.trueWeight = trueWeight.max; }},
        ParamsCase{"lambdaZero", [](auto &p, auto &) { p.lambda = 0.0; }},
        ParamsCase{"lambdaMax", [](auto &p, auto &) { p.lambda = lambda.max; p.alpha = 1.0; }},
        ParamsCase{"alphaZero", [](auto &p, auto &) { p.alpha = 0.0; }},
        ParamsCase{"trueWeightMin", [](auto &p, auto &) { p.trueWeight = trueWeight.min; p.noise = 1.0; }},
        ParamsCase{"correlationEnds", [](auto &p, auto &) { p.correlation = -0.95; p.secondWeight = 2.0; }},
        ParamsCase{"startAtZero", [](auto &, auto &d) { d.w0 = 0.0; }},
        ParamsCase{"startFarAway", [](auto &, auto &d) { d.w0 = -regviz::limits::wLimit; }},
        ParamsCase{"etaMax", [](auto &, auto &d) { d.eta = regviz::limits::etaMax; }},
        ParamsCase{"etaMin", [](auto &, auto &d) { d.eta = regviz::limits::etaMin; }},
        ParamsCase{"oneStep", [](auto &, auto &d) { d.maxSteps = 1; }},
        ParamsCase{"etaMaxForTheLongestRun",
                   [](auto &, auto &d) { d.eta = regviz::limits::etaMax; d.maxSteps = regviz::limits::stepsMax; }}),
    regviz::test::caseName<ParamsCase>);

TEST_F(EdgeSceneTest, StepSizesAroundTheStabilityLimitAreNamedTruthfully)
{
    const double limit = scene()->trace(Penalty::L2).etaMax;
    struct Expected
    {
        double factor;
        regviz::DescentStatus status;
    };
    // Just below the limit every step still shrinks the distance to the minimum (by 0.998): a run cut
    // off there is still moving, not oscillating. At the limit it flips between two points for ever.
    for (const Expected e : {Expected{1.0 - 1e-3, regviz::DescentStatus::Running},
                             Expected{1.0, regviz::DescentStatus::Oscillating},
                             Expected{1.0 + 1e-3, regviz::DescentStatus::Diverged}}) {
        SCOPED_TRACE(e.factor);
        controller()->setEta(limit * e.factor);
        settle();
        EXPECT_EQ(scene()->trace(Penalty::L2).status, e.status);
        expectSound();
    }
    EXPECT_TRUE(window->numbersPanel()->text().contains(QStringLiteral("η > η_max")))
        << str(window->numbersPanel()->text());

    // A subgradient L1 run just below its limit stays in a band around 0 (the kicks on |w| settle into a
    // cycle): it is oscillating, not diverged, and the text says neither "diverged" nor "η > η_max".
    controller()->setEta(0.999 * scene()->trace(Penalty::L1).etaMax);
    settle();
    const regviz::DescentTrace &l1 = scene()->trace(Penalty::L1);
    ASSERT_EQ(l1.status, regviz::DescentStatus::Oscillating);
    ASSERT_LT(l1.eta, l1.etaMax);
    EXPECT_FALSE(regviz::describeTrace(l1).contains(QStringLiteral("diverged")))
        << str(regviz::describeTrace(l1));
    EXPECT_TRUE(regviz::describeTrace(l1).contains(QStringLiteral("oscillating in")))
        << str(regviz::describeTrace(l1));
    expectSound();
}

TEST_F(EdgeSceneTest, StartingExactlyAtTheRidgeMinimumStaysThere)
{
    controller()->setStart(*scene()->minimizers.ridge);
    settle();
    const regviz::DescentTrace &ridge = scene()->trace(Penalty::L2);
    EXPECT_EQ(ridge.status, regviz::DescentStatus::Converged);
    EXPECT_LE(ridge.stepCount(), 1);
    expectSound();
}

TEST_F(EdgeSceneTest, AHundredThousandStepsAreDrawnAndStayFinite)
{
    QElapsedTimer clock;
    clock.start();
    window->controlPanel()->stepsBox()->setValue(regviz::limits::stepsMax);
    settle();
    ASSERT_EQ(scene()->trace(Penalty::L1).stepCount(), regviz::limits::stepsMax)
        << "subgradient L1 never settles";
    window->player()->setFrame(regviz::limits::stepsMax);
    expectSound();
    EXPECT_TRUE(window->numbersPanel()->text().contains(QStringLiteral("step 100000/100000")));
    EXPECT_LT(clock.elapsed(), 30000);
}

// ---- degenerate data, imported -----------------------------------------------------------------------

TEST_F(EdgeSceneTest, EveryXEqual)
{
    ASSERT_TRUE(importRows("x,y\n0.5,1\n0.5,-2\n0.5,0.25\n"));
    expectSound();
    // With the intercept an import fits, a constant x identifies no slope; without it, mean(y) / x.
    EXPECT_EQ(shown(QStringLiteral("OLS")), QStringLiteral("undefined"));
    window->controlPanel()->interceptBox()->click();
    expectSound();
    EXPECT_EQ(shown(QStringLiteral("OLS")), QStringLiteral("-0.5"));
}

TEST_F(EdgeSceneTest, EveryXZeroLeavesOlsUndefined)
{
    ASSERT_TRUE(importRows("0,1\n0,2\n0,-1\n"));
    expectSound();
    EXPECT_EQ(shown(QStringLiteral("OLS")), QStringLiteral("undefined"));
    EXPECT_TRUE(window->numbersPanel()->snapText().contains(QStringLiteral("not identifiable")));
}

TEST_F(EdgeSceneTest, EveryYEqual)
{
    ASSERT_TRUE(importRows("x,y\n-1,2\n0,2\n0.5,2\n3,2\n"));
    expectSound();
    // With the intercept an import fits, a constant y is all intercept: nothing left for the slope.
    EXPECT_EQ(shown(QStringLiteral("Syy")), QStringLiteral("0"));
    EXPECT_EQ(shown(QStringLiteral("OLS")), QStringLiteral("0"));
    EXPECT_EQ(shown(QStringLiteral("b of OLS")), QStringLiteral("2"));
    window->controlPanel()->interceptBox()->click();
    expectSound();
    EXPECT_EQ(shown(QStringLiteral("Syy")), QStringLiteral("4"));
}

TEST_F(EdgeSceneTest, ValuesAtTheLargestMagnitudeAllowed)
{
    ASSERT_TRUE(importRows("1e150,-1e150\n-2e149,3e149\n"));
    expectSound();
}

TEST_F(EdgeSceneTest, AMillionRowsImportWithTheirExactMoments)
{
    constexpr Eigen::Index n = 1'000'000;
    const regviz::Dataset draw = regviz::generateDataset(11, n);
    regviz::XYData data{draw.x, regviz::responses(draw, -0.8, 0.4)};
    const std::string csv = regviz::formatCsv({"x", "y"}, {&data.x, &data.y});
    const QString file = path(QStringLiteral("million.csv"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        ASSERT_EQ(out.write(csv.data(), static_cast<qint64>(csv.size())), static_cast<qint64>(csv.size()));
    }

    QElapsedTimer clock;
    clock.start();
    const regviz::DataImport imported = regviz::importCsvFile(file);
    const qint64 parseMs = clock.elapsed();
    ASSERT_TRUE(imported.data) << str(imported.error);
    ASSERT_EQ(imported.data->size(), n);
    EXPECT_TRUE(imported.data->x == data.x) << "every row reads back exactly";
    EXPECT_TRUE(imported.data->y == data.y);

    // The moments, summed here directly in long double, agree with core's to rounding.
    long double sxx = 0.0L;
    long double sxy = 0.0L;
    long double syy = 0.0L;
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto x = static_cast<long double>(data.x[i]);
        const auto y = static_cast<long double>(data.y[i]);
        sxx += x * x;
        sxy += x * y;
        syy += y * y;
    }
    const regviz::Moments m = regviz::computeMoments(*imported.data);
    EXPECT_EQ(m.n, n);
    EXPECT_NEAR(m.sxx, static_cast<double>(sxx / n), 1e-12);
    EXPECT_NEAR(m.sxy, static_cast<double>(sxy / n), 1e-12);
    EXPECT_NEAR(m.syy, static_cast<double>(syy / n), 1e-12);

    ASSERT_TRUE(window->documents()->importData(file));
    settle();
    EXPECT_EQ(scene()->moments, regviz::centredMoments(*imported.data)); // an import fits an intercept
    EXPECT_EQ(shown(QStringLiteral("n")), QStringLiteral("1000000"));
    expectSound();
    std::cout << "1,000,000-row CSV (" << csv.size() / 1000000 << " MB) parsed in " << parseMs << " ms\n";
}

} // namespace
