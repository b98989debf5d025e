#include "model/report.h"
#include "model/scene_controller.h"
#include "model/session.h"
#include "ui/actions/document_actions.h"
#include "ui/controls/control_panel.h"
#include "ui/controls/numbers_panel.h"
#include "ui/controls/param_slider.h"
#include "ui/controls/text_line.h"
#include "ui/main_window.h"
#include "ui/plots/gradient_panel.h"
#include "ui/plots/mse_panel.h"
#include "ui/plots/penalty_panel.h"
#include "ui/plots/regularized_panel.h"
#include "ui_test_support.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QStatusBar>
#include <gtest/gtest.h>
#include <qcustomplot.h>

namespace {

using regviz::test::str;
using regviz::test::writeBytes;

/// x in 0..10, y = 15 + 4 x and a wiggle: an offset and a large slope (OLS about 6, lambda_c in the
/// hundreds).
QByteArray steepOffsetCsv()
{
    QByteArray csv("x,y\n");
    for (int i = 0; i <= 20; ++i) {
        const double x = i;
        csv += QByteArray::number(x) + ',' + QByteArray::number(15.0 + 4.0 * x + ((i % 3) - 1) * 0.5) + '\n';
    }
    return csv;
}

class ViewsFollowDataTest : public regviz::test::WindowTest
{
protected:
    void importSteepData()
    {
        const QString file = path(QStringLiteral("steep.csv"));
        ASSERT_TRUE(writeBytes(file, steepOffsetCsv()));
        ASSERT_TRUE(window->documents()->importData(file));
        regviz::test::settle();
        ASSERT_TRUE(scene()->imported);
    }

    /// Every plot whose x axis is w.
    [[nodiscard]] std::vector<std::pair<const char *, QCustomPlot *>> wPlots() const
    {
        return {{"mse", window->msePanel()->plot()},
                {"regularized", window->regularizedPanel()->plot()},
                {"penalty", window->findChild<regviz::PenaltyPanel *>()->plot()},
                {"gradient", window->findChild<regviz::GradientPanel *>()->plot()}};
    }
};

TEST_F(ViewsFollowDataTest, ImportedSteepOffsetDataHaveEveryMinimumOnEveryWAxis)
{
    importSteepData();
    const regviz::Minimizers &m = scene()->minimizers;
    ASSERT_GT(*m.ols, 3.0); // far outside the article's frame [-1, 1.5]
    for (const auto &[name, plot] : wPlots()) {
        const QCPRange range = plot->xAxis->range();
        for (const double w : {0.0, *m.ols, *m.ridge, *m.lasso, *m.elasticNet})
            EXPECT_TRUE(range.contains(w))
                << name << ": " << w << " outside [" << range.lower << ", " << range.upper << "]";
    }
    // The lambda slider reaches past lambda_c, so lasso can be driven to 0 on these data.
    EXPECT_GE(window->controlPanel()->lambdaSlider()->maximum(), 2.0 * m.lambdaC);
    window->controlPanel()->lambdaSlider()->spinBox()->setValue(1.1 * m.lambdaC);
    regviz::test::settle();
    EXPECT_TRUE(scene()->minimizers.lassoAtZero);
}

TEST_F(ViewsFollowDataTest, ImportingDataThatMakeEtaUnstablePicksAStableStepAndSaysSo)
{
    ASSERT_DOUBLE_EQ(scene()->descent.eta, 0.1);
    importSteepData();
    const double eta = scene()->descent.eta;
    EXPECT_LT(eta, scene()->traces[0].etaMax);
    EXPECT_DOUBLE_EQ(window->controlPanel()->etaSlider()->value(), eta);
    const QString message = window->statusBar()->currentMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("Step size η set to"))) << str(message);
    for (const regviz::DescentTrace &trace : scene()->traces)
        EXPECT_NE(trace.status, regviz::DescentStatus::Diverged);
}

TEST_F(ViewsFollowDataTest, TrueWeightTwoPutsTheMseMinimumInsideTheAxes)
{
    window->controlPanel()->trueWeightSlider()->spinBox()->setValue(2.0);
    window->controlPanel()->lambdaSlider()->spinBox()->setValue(0.0);
    regviz::test::settle();
    EXPECT_FALSE(scene()->minima.mse.atEdge);
    EXPECT_NEAR(scene()->minima.mse.w, 2.0, 0.01);
    EXPECT_GT(window->msePanel()->plot()->xAxis->range().upper, 2.0);
}

TEST_F(ViewsFollowDataTest, AGridMinimumAtTheEdgeIsNamedSoInTheNumbersPanel)
{
    regviz::Params p = controller()->params();
    p.trueWeight = 2.0;
    p.lambda = 0.0;
    p.fixedGrid = true; // a session's grid [-1, 1.5]
    controller()->setParams(p);
    regviz::test::settle();
    bool named = false;
    for (const regviz::TextLine *line : window->numbersPanel()->findChildren<regviz::TextLine *>())
        named = named || (line->text() == QStringLiteral("1.5 (edge)") && !line->toolTip().isEmpty());
    EXPECT_TRUE(named);
}

TEST_F(ViewsFollowDataTest, AnImportFitsAnInterceptThatTheCheckboxTurnsOff)
{
    QCheckBox *box = window->controlPanel()->interceptBox();
    EXPECT_FALSE(box->isChecked()); // the article's y = w x has none
    EXPECT_FALSE(scene()->params.intercept);
    importSteepData();
    EXPECT_TRUE(box->isChecked());
    ASSERT_TRUE(scene()->moments.centred);
    // The centred slope of y = 15 + 4 x + wiggle is about 4, and b about 15.
    EXPECT_NEAR(*scene()->minimizers.ols, 4.0, 0.1);
    EXPECT_NEAR(*scene()->intercepts.ols, 15.0, 0.5);
    QJsonObject report = regviz::buildReport(*scene(), false);
    EXPECT_TRUE(
        report.value(QStringLiteral("intercept")).toObject().value(QStringLiteral("fitted")).toBool());
    EXPECT_TRUE(report.value(QStringLiteral("scikit_learn"))
                    .toObject()
                    .value(QStringLiteral("fit_intercept"))
                    .toBool());
    EXPECT_NEAR(report.value(QStringLiteral("intercept")).toObject().value(QStringLiteral("ols")).toDouble(),
                *scene()->intercepts.ols, 1e-9);

    box->click();
    regviz::test::settle();
    EXPECT_FALSE(scene()->params.intercept);
    EXPECT_FALSE(scene()->moments.centred);
    EXPECT_GT(*scene()->minimizers.ols, 4.5); // the line through 0 must be steeper
    report = regviz::buildReport(*scene(), false);
    EXPECT_FALSE(report.value(QStringLiteral("scikit_learn"))
                     .toObject()
                     .value(QStringLiteral("fit_intercept"))
                     .toBool());
    bool stated = false;
    for (const QLabel *label : window->numbersPanel()->findChildren<QLabel *>())
        stated = stated || label->text().startsWith(QStringLiteral("No intercept"));
    EXPECT_TRUE(stated);
}

TEST_F(ViewsFollowDataTest, TheInterceptOnGeneratedDataFollowsTheCheckboxAndTheSession)
{
    window->controlPanel()->interceptBox()->click();
    regviz::test::settle();
    ASSERT_TRUE(scene()->params.intercept);
    const regviz::XYData data = controller()->currentData();
    const regviz::Moments centred = regviz::centredMoments(data);
    EXPECT_NEAR(*scene()->minimizers.ols, centred.sxy / centred.sxx, 1e-12);
    regviz::Session session;
    session.params = controller()->params();
    const regviz::SessionParse back = regviz::sessionFromJson(regviz::sessionToJson(session));
    ASSERT_TRUE(back.session);
    EXPECT_TRUE(back.session->params.intercept);
    bool stated = false;
    for (const QLabel *label : window->numbersPanel()->findChildren<QLabel *>())
        stated = stated || label->text().startsWith(QStringLiteral("With an intercept"));
    EXPECT_TRUE(stated);
}

} // namespace
