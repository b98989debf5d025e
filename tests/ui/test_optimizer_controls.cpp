#include "model/explanations.h"
#include "ui/controls/compare_controls.h"
#include "ui/controls/control_panel.h"
#include "ui/controls/param_slider.h"
#include "ui/plots/compare_panel.h"
#include "ui/plots/dashboard.h"
#include "ui_test_support.h"

#include <QComboBox>
#include <QSlider>
#include <QStandardItemModel>
#include <QTabWidget>
#include <gtest/gtest.h>
#include <qcustomplot.h>

using regviz::Optimizer;
using regviz::Penalty;
using regviz::test::settle;
using regviz::test::valuesOf;

namespace {

class OptimizerControlsTest : public regviz::test::WindowTest
{
};

} // namespace

TEST_F(OptimizerControlsTest, EachOptimizerInTheBoxSetsTheControllerAndShowsOnlyItsSettings)
{
    regviz::ControlPanel *c = window->controlPanel();
    QComboBox *box = c->optimizerBox();
    int chosen = 0;
    int headings = 0;
    for (int i = 0; i < box->count(); ++i) {
        const QVariant data = box->itemData(i);
        if (!data.isValid()) {
            // A family heading: shown, but neither selectable nor enabled.
            const auto *model = qobject_cast<QStandardItemModel *>(box->model());
            EXPECT_FALSE(model->item(i)->flags() & Qt::ItemIsEnabled) << box->itemText(i).toStdString();
            ++headings;
            continue;
        }
        const auto optimizer = static_cast<Optimizer>(data.toInt());
        SCOPED_TRACE(regviz::optimizerName(optimizer));
        box->setCurrentIndex(i);
        settle();
        ++chosen;
        EXPECT_EQ(controller()->descentSettings().optimizer, optimizer);
        EXPECT_EQ(scene()->trace(Penalty::L1).optimizer, optimizer);
        const bool adaptive = optimizer == Optimizer::Adam || optimizer == Optimizer::AdamW;
        const bool momentum = optimizer == Optimizer::Momentum || optimizer == Optimizer::Nesterov;
        EXPECT_EQ(c->betaSlider()->isVisible(), adaptive || momentum);
        EXPECT_EQ(c->beta2Slider()->isVisible(), adaptive);
        EXPECT_EQ(c->epsilonSlider()->isVisible(), adaptive);
        EXPECT_EQ(c->batchSlider()->isVisible(), regviz::isStochastic(optimizer));
        EXPECT_EQ(c->weightDecaySlider()->isVisible(), optimizer == Optimizer::AdamW);
    }
    EXPECT_EQ(chosen, static_cast<int>(regviz::kAllOptimizers.size()));
    EXPECT_EQ(headings, 5);

    // Choosing a heading (only a program can) leaves the optimizer as it was and shows it again.
    box->setCurrentIndex(0);
    settle();
    EXPECT_EQ(box->currentData().toInt(), static_cast<int>(controller()->descentSettings().optimizer));
}

TEST_F(OptimizerControlsTest, ParameterSlidersDriveTheControllerWithinTheirRanges)
{
    regviz::ControlPanel *c = window->controlPanel();
    controller()->setOptimizer(Optimizer::AdamW);
    settle();
    c->betaSlider()->setValue(0.5);
    c->epsilonSlider()->setValue(-3.0);
    c->weightDecaySlider()->setValue(0.25);
    settle();
    EXPECT_EQ(controller()->descentSettings().beta, 0.5);
    EXPECT_DOUBLE_EQ(controller()->descentSettings().epsilon, 1e-3);
    EXPECT_EQ(controller()->descentSettings().weightDecay, 0.25);
    EXPECT_TRUE(c->betaSlider()->slider()->toolTip().contains(QStringLiteral("0 to 0.9999")))
        << c->betaSlider()->slider()->toolTip().toStdString();

    // The batch slider runs up to n and follows it.
    controller()->setOptimizer(Optimizer::Sgd);
    controller()->setSamples(50);
    settle();
    EXPECT_EQ(c->batchSlider()->maximum(), 50.0);
    c->batchSlider()->setValue(50.0);
    settle();
    EXPECT_EQ(controller()->descentSettings().batch, 50);
    EXPECT_EQ(scene()->trace(Penalty::L1).batchSize, 50);
}

TEST_F(OptimizerControlsTest, ComparePanelDrawsOneLabelledCurvePerComparedOptimizer)
{
    controller()->setLambda(1.5); // past lambda_c
    regviz::CompareControls *choose = window->controlPanel()->compareControls();
    QComboBox *third = choose->optimizerBox(2);
    third->setCurrentIndex(third->findData(static_cast<int>(Optimizer::Fista)));
    QComboBox *fourth = choose->optimizerBox(3);
    fourth->setCurrentIndex(fourth->findData(-1)); // none
    settle();
    const std::vector<Optimizer> expected{Optimizer::Gradient, Optimizer::Proximal, Optimizer::Fista};
    ASSERT_EQ(controller()->comparison().optimizers, expected);

    window->dashboard()->pages()->setCurrentIndex(3);
    settle();
    regviz::ComparePanel *panel = window->dashboard()->comparePanel();
    panel->ensureDrawn();
    const regviz::SceneSnapshot s = scene();
    ASSERT_EQ(s->compared.size(), 3U);
    for (std::size_t i = 0; i < 3; ++i) {
        SCOPED_TRACE(i);
        const regviz::DescentTrace &trace = s->compared[i];
        const QCPGraph *curve = panel->curve(i);
        EXPECT_TRUE(curve->visible());
        std::vector<double> ws;
        for (const regviz::DescentStep &step : trace.steps)
            ws.push_back(step.w);
        EXPECT_EQ(valuesOf(curve), ws);
        EXPECT_TRUE(curve->name().contains(regviz::optimizerTitle(trace.optimizer)))
            << curve->name().toStdString();
        EXPECT_TRUE(curve->name().contains(regviz::describeTrace(trace))) << curve->name().toStdString();
    }
    EXPECT_FALSE(panel->curve(3)->visible());
    // Plain gd never lands on 0 here; ISTA and FISTA do, each labelled with its step.
    EXPECT_FALSE(panel->landingLabel(0)->visible());
    EXPECT_TRUE(panel->curve(0)->name().contains(QStringLiteral("never exactly 0")));
    for (const std::size_t i : {std::size_t{1}, std::size_t{2}}) {
        const auto from = regviz::zeroFromStep(s->compared[i]);
        ASSERT_TRUE(from);
        EXPECT_TRUE(panel->landingLabel(i)->visible());
        EXPECT_TRUE(panel->landingLabel(i)->text().contains(QStringLiteral("0 at step %1").arg(*from)))
            << panel->landingLabel(i)->text().toStdString();
    }

    // A repeat is refused and the box shows the comparison as it stands.
    third->setCurrentIndex(third->findData(static_cast<int>(Optimizer::Gradient)));
    settle();
    EXPECT_EQ(controller()->comparison().optimizers, expected);
    EXPECT_EQ(third->currentData().toInt(), static_cast<int>(Optimizer::Fista));
}
