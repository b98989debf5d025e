#include "model/descent_player.h"
#include "model/scene_controller.h"
#include "ui/controls/control_panel.h"
#include "ui/controls/numbers_panel.h"
#include "ui/controls/param_slider.h"
#include "ui/main_window.h"
#include "ui/plots/dashboard.h"
#include "ui/plots/data_panel.h"
#include "ui/plots/descent_panel.h"
#include "ui/plots/mse_panel.h"
#include "ui/plots/path_panel.h"
#include "ui/plots/plot_markers.h"
#include "ui/plots/regularized_panel.h"
#include "ui/plots/resampling_panel.h"
#include "ui_test_support.h"

#include <QDoubleSpinBox>
#include <QMouseEvent>
#include <QSlider>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <algorithm>
#include <gtest/gtest.h>
#include <memory>

using regviz::Penalty;
using regviz::test::settle;
using regviz::test::valuesOf;

namespace {

class MainWindowTest : public regviz::test::WindowTest
{
protected:
    [[nodiscard]] regviz::ParamSlider *lambda() const { return window->controlPanel()->lambdaSlider(); }

    /// Moves a slider the way a drag does: through QSlider::setValue and its valueChanged signal.
    static void dragTo(regviz::ParamSlider *slider, double value)
    {
        slider->slider()->setValue(slider->sliderPosition(value));
        settle();
    }
};

TEST_F(MainWindowTest, LambdaPastCriticalPutsTheL1MinimumAtExactlyZero)
{
    const double lambdaC = scene()->minimizers.lambdaC;
    dragTo(lambda(), lambdaC + 0.2);

    ASSERT_GT(scene()->params.lambda, lambdaC);
    const auto &marker = window->regularizedPanel()->minimumMarker(Penalty::L1);
    EXPECT_TRUE(marker.isVisible());
    EXPECT_EQ(marker.x(), 0.0);
    EXPECT_EQ(marker.label().toStdString(), "L1: w = 0");
    EXPECT_TRUE(window->numbersPanel()->snapText().contains(QStringLiteral("exactly 0")))
        << window->numbersPanel()->snapText().toStdString();
    // The L2 minimum is shrunk but not zero.
    const auto &ridge = window->regularizedPanel()->minimumMarker(Penalty::L2);
    EXPECT_GT(ridge.x(), 0.0);
    EXPECT_DOUBLE_EQ(ridge.x(), *scene()->minimizers.ridge);
}

TEST_F(MainWindowTest, LambdaBelowCriticalMovesTheL1MinimumOffZero)
{
    const double lambdaC = scene()->minimizers.lambdaC;
    dragTo(lambda(), lambdaC / 2.0);

    ASSERT_LT(scene()->params.lambda, lambdaC);
    const auto &marker = window->regularizedPanel()->minimumMarker(Penalty::L1);
    EXPECT_GT(marker.x(), 0.0);
    EXPECT_DOUBLE_EQ(marker.x(), *scene()->minimizers.lasso);
    EXPECT_TRUE(window->numbersPanel()->snapText().contains(QStringLiteral("not 0")))
        << window->numbersPanel()->snapText().toStdString();
    // Back past lambda_c it snaps to zero again.
    dragTo(lambda(), lambdaC + 0.01);
    EXPECT_EQ(window->regularizedPanel()->minimumMarker(Penalty::L1).x(), 0.0);
}

TEST_F(MainWindowTest, NoiseRedrawsTheScatterAndMovesTheCurves)
{
    const std::vector<double> pointsBefore = valuesOf(window->dataPanel()->pointsGraph());
    const std::vector<double> l1Before = valuesOf(window->regularizedPanel()->curve(Penalty::L1));
    ASSERT_FALSE(pointsBefore.empty());

    dragTo(window->controlPanel()->noiseSlider(), 0.8);

    EXPECT_DOUBLE_EQ(scene()->params.noise, 0.8);
    const std::vector<double> pointsAfter = valuesOf(window->dataPanel()->pointsGraph());
    ASSERT_EQ(pointsAfter.size(), pointsBefore.size());
    EXPECT_NE(pointsAfter, pointsBefore);
    const std::vector<double> l1After = valuesOf(window->regularizedPanel()->curve(Penalty::L1));
    ASSERT_EQ(l1After.size(), l1Before.size());
    // Noise raises the loss everywhere by about sigma^2 mean(e^2).
    EXPECT_GT(l1After[l1After.size() / 2], l1Before[l1Before.size() / 2] + 0.3);
}

TEST_F(MainWindowTest, SliderAndSpinBoxStayInSyncBothWays)
{
    regviz::ParamSlider *slider = lambda();
    slider->slider()->setValue(1234);
    settle();
    EXPECT_DOUBLE_EQ(slider->spinBox()->value(), 1.234);
    EXPECT_DOUBLE_EQ(scene()->params.lambda, 1.234);

    slider->spinBox()->setValue(2.5);
    settle();
    EXPECT_EQ(slider->slider()->value(), 2500);
    EXPECT_DOUBLE_EQ(scene()->params.lambda, 2.5);
}

TEST_F(MainWindowTest, KeyboardMovesAFocusedSliderInsteadOfSteppingDescent)
{
    QSlider *slider = lambda()->slider();
    slider->setFocus();
    const int before = slider->value();
    const int frameBefore = window->player()->frame();
    QTest::keyClick(slider, Qt::Key_Right);
    settle();
    EXPECT_EQ(slider->value(), before + 1);
    EXPECT_EQ(window->player()->frame(), frameBefore);
    EXPECT_DOUBLE_EQ(scene()->params.lambda, lambda()->valueAt(before + 1));
}

TEST_F(MainWindowTest, DoubleClickOnTheSliderRestoresTheDefault)
{
    dragTo(lambda(), 3.0);
    ASSERT_DOUBLE_EQ(scene()->params.lambda, 3.0);
    QTest::mouseDClick(lambda()->slider(), Qt::LeftButton);
    settle();
    EXPECT_DOUBLE_EQ(scene()->params.lambda, regviz::limits::lambda.defaultValue);
}

TEST_F(MainWindowTest, HoveringALossPlotReadsTheCurvesThere)
{
    QCustomPlot *plot = window->regularizedPanel()->plot();
    settle(); // a scene still to come would clear the read-out
    const QPoint at(static_cast<int>(plot->xAxis->coordToPixel(0.5)), plot->height() / 2);
    QTest::mouseMove(plot, at);
    settle();
    const QString text = window->regularizedPanel()->readoutText();
    ASSERT_TRUE(text.startsWith(QStringLiteral("w = "))) << text.toStdString();
    const double w = text.section(QLatin1Char(' '), 2, 2).toDouble();
    const double pixel = plot->xAxis->range().size() / plot->axisRect()->width();
    EXPECT_NEAR(w, 0.5, 2.0 * pixel) << text.toStdString();
    // The value shown is the core's F at that w.
    const regviz::CurveValues v = regviz::evaluateCurves(scene()->moments, scene()->regularization(), w);
    EXPECT_TRUE(text.contains(QStringLiteral("MSE+L1 = %1").arg(QString::number(v.mseL1, 'g', 4).left(4))))
        << text.toStdString();
}

TEST_F(MainWindowTest, AReadoutFollowsTheSceneClearsOnLeaveAndNeverWidensItsPanel)
{
    regviz::PlotPanel *panel = window->regularizedPanel();
    QCustomPlot *plot = panel->plot();
    settle(); // a scene still to come would clear the read-out
    const QString hint = panel->readoutText();
    const int width = panel->width();
    const QPoint at(static_cast<int>(plot->xAxis->coordToPixel(0.3)), plot->height() / 2);
    QTest::mouseMove(plot, at);
    settle();
    ASSERT_TRUE(panel->readoutText().startsWith(QStringLiteral("w = ")))
        << panel->readoutText().toStdString();
    EXPECT_EQ(panel->width(), width) << "a long read-out is elided, it does not widen the panel";

    // A new scene: the values at the same w, for the new lambda, never the old scene's.
    const QString before = panel->readoutText();
    window->controller()->setLambda(1.1);
    settle();
    const QString after = panel->readoutText();
    EXPECT_NE(after, before);
    EXPECT_EQ(after.section(QLatin1Char(' '), 0, 2), before.section(QLatin1Char(' '), 0, 2)) << "the same w";
    const double w = after.section(QLatin1Char(' '), 2, 2).toDouble();
    const regviz::CurveValues v = regviz::evaluateCurves(scene()->moments, scene()->regularization(), w);
    EXPECT_TRUE(after.contains(QStringLiteral("MSE+L1 = %1").arg(QString::number(v.mseL1, 'g', 4).left(4))))
        << after.toStdString();

    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(plot, &leave);
    EXPECT_EQ(panel->readoutText(), hint);
}

// --- descent ---

TEST_F(MainWindowTest, SpacePlaysAndPausesAfterDraggingLambdaAndTheArrowsStayWithTheSlider)
{
    regviz::ParamSlider *lambda = window->controlPanel()->lambdaSlider();
    QSlider *slider = lambda->slider();
    slider->setFocus(Qt::MouseFocusReason);
    slider->setValue(slider->value() + 50); // as a drag leaves it: focused, moved
    settle();
    const double value = lambda->value();
    QTest::keyClick(slider, Qt::Key_Space);
    EXPECT_TRUE(window->player()->isPlaying()) << "Space plays wherever the focus is";
    EXPECT_DOUBLE_EQ(lambda->value(), value);
    QTest::keyClick(slider, Qt::Key_Space);
    EXPECT_FALSE(window->player()->isPlaying());
    const int frame = window->player()->frame();
    QTest::keyClick(slider, Qt::Key_Right);
    settle();
    EXPECT_GT(lambda->value(), value) << "the focused slider keeps its arrows";
    EXPECT_EQ(window->player()->frame(), frame);
}

TEST_F(MainWindowTest, PlayAndPauseTakeTheSameRoomAndTheScrubberJumpsToAClick)
{
    const auto *bar = window->findChild<QToolBar *>(QStringLiteral("descentToolBar"));
    ASSERT_NE(bar, nullptr);
    QSlider *scrubber = window->frameScrubber();
    const QRect before = scrubber->geometry();
    QTest::keyClick(window.get(), Qt::Key_Space);
    settle();
    ASSERT_TRUE(window->player()->isPlaying());
    EXPECT_EQ(scrubber->geometry(), before) << "the label change moved the scrubber";
    QTest::keyClick(window.get(), Qt::Key_Space);
    settle();

    // A click at three quarters of the track goes (about) there, not one page towards it.
    ASSERT_GT(scrubber->maximum(), 40);
    QTest::mouseClick(scrubber, Qt::LeftButton, {},
                      QPoint(scrubber->width() * 3 / 4, scrubber->height() / 2));
    settle();
    EXPECT_NEAR(window->player()->frame(), scrubber->maximum() * 3 / 4, scrubber->maximum() / 10);
}

TEST_F(MainWindowTest, KeysStepForwardBackPlayAndReset)
{
    window->setFocus();
    const regviz::DescentTrace &l1 = scene()->trace(Penalty::L1);
    ASSERT_GT(l1.stepCount(), 3);

    QTest::keyClick(window.get(), Qt::Key_Right);
    QTest::keyClick(window.get(), Qt::Key_Right);
    settle();
    EXPECT_EQ(window->player()->frame(), 2);
    const auto &rider = window->regularizedPanel()->rider(Penalty::L1);
    EXPECT_DOUBLE_EQ(rider.currentW(), l1.steps[2].w);
    EXPECT_DOUBLE_EQ(rider.currentValue(), l1.steps[2].value);
    EXPECT_DOUBLE_EQ(window->descentPanel()->frameLineStep(), 2.0);
    EXPECT_EQ(window->frameScrubber()->value(), 2);

    QTest::keyClick(window.get(), Qt::Key_Left);
    settle();
    EXPECT_EQ(window->player()->frame(), 1);
    EXPECT_DOUBLE_EQ(rider.currentW(), l1.steps[1].w);
    EXPECT_DOUBLE_EQ(window->msePanel()->rider().currentW(), scene()->trace(Penalty::None).steps[1].w);

    QTest::keyClick(window.get(), Qt::Key_Space);
    EXPECT_TRUE(window->player()->isPlaying());
    // Wait for the player's clock to move the frame, not for a fixed time a loaded machine may miss.
    EXPECT_TRUE(QTest::qWaitFor([this] { return window->player()->frame() > 1; }, 10000));
    QTest::keyClick(window.get(), Qt::Key_Space);
    EXPECT_FALSE(window->player()->isPlaying());
    EXPECT_GT(window->player()->frame(), 1);

    QTest::keyClick(window.get(), Qt::Key_Home);
    settle();
    EXPECT_EQ(window->player()->frame(), 0);
    EXPECT_DOUBLE_EQ(rider.currentW(), scene()->descent.w0);
}

TEST_F(MainWindowTest, ChangingLambdaMidRunRecomputesTheTraceAndKeepsTheFrame)
{
    window->player()->setFrame(5);
    settle();
    const regviz::SceneSnapshot before = scene();
    const double wBefore = before->trace(Penalty::L2).steps[5].w;

    dragTo(lambda(), 1.5);

    const regviz::SceneSnapshot after = scene();
    EXPECT_GT(after->revision, before->revision);
    EXPECT_EQ(window->player()->frame(), 5);
    const double wAfter = after->trace(Penalty::L2).steps[5].w;
    EXPECT_NE(wAfter, wBefore);
    EXPECT_DOUBLE_EQ(window->regularizedPanel()->rider(Penalty::L2).currentW(), wAfter);
}

TEST_F(MainWindowTest, ClickingALossPlotSetsTheDescentStart)
{
    QCustomPlot *plot = window->regularizedPanel()->plot();
    const QPoint at(static_cast<int>(plot->xAxis->coordToPixel(-0.5)), plot->height() / 2);
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, at);
    settle();
    EXPECT_NEAR(scene()->descent.w0, -0.5, 0.01);
    EXPECT_EQ(scene()->trace(Penalty::L1).steps.front().w, scene()->descent.w0);
    EXPECT_EQ(window->player()->frame(), 0);
    EXPECT_NEAR(window->controlPanel()->startSlider()->value(), scene()->descent.w0, 0.0005);
}

TEST_F(MainWindowTest, ProximalRunLandsOnZeroAndGradientRunDoesNot)
{
    window->controller()->setOptimizer(regviz::Optimizer::Proximal);
    settle();
    const regviz::DescentTrace &proximal = scene()->trace(Penalty::L1);
    window->player()->setFrame(proximal.stepCount());
    settle();
    EXPECT_EQ(proximal.status, regviz::DescentStatus::Converged);
    EXPECT_EQ(window->regularizedPanel()->rider(Penalty::L1).currentW(), 0.0);

    window->controller()->setOptimizer(regviz::Optimizer::Gradient);
    settle();
    const regviz::DescentTrace &gradient = scene()->trace(Penalty::L1);
    window->player()->setFrame(gradient.stepCount());
    settle();
    EXPECT_EQ(gradient.status, regviz::DescentStatus::Oscillating);
    EXPECT_NE(window->regularizedPanel()->rider(Penalty::L1).currentW(), 0.0);
    EXPECT_TRUE(window->numbersPanel()->text().contains(QStringLiteral("oscillating")));
}

// --- views beyond the article ---

TEST_F(MainWindowTest, DraggingTheLambdaLineOnThePathPanelMovesTheLambdaSlider)
{
    regviz::Dashboard *dashboard = window->dashboard();
    dashboard->pages()->setCurrentWidget(dashboard->pathPanel()->parentWidget());
    settle();
    QCustomPlot *plot = dashboard->pathPanel()->plot();
    const int y = plot->height() / 2;
    const auto at = [plot, y](double lambda) {
        return QPointF(plot->xAxis->coordToPixel(lambda), y);
    };
    QMouseEvent press(QEvent::MouseButtonPress, at(1.0), plot->mapToGlobal(at(1.0)), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(plot, &press);
    for (const double lambda : {1.5, 2.0, 2.5}) {
        QMouseEvent move(QEvent::MouseMove, at(lambda), plot->mapToGlobal(at(lambda)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(plot, &move);
    }
    QMouseEvent release(QEvent::MouseButtonRelease, at(2.5), plot->mapToGlobal(at(2.5)), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(plot, &release);
    settle();

    const double pixel = plot->xAxis->range().size() / plot->axisRect()->width();
    EXPECT_NEAR(scene()->params.lambda, 2.5, 2.0 * pixel);
    EXPECT_DOUBLE_EQ(lambda()->value(), scene()->params.lambda);
    EXPECT_EQ(lambda()->slider()->value(), lambda()->sliderPosition(scene()->params.lambda));
    EXPECT_DOUBLE_EQ(dashboard->pathPanel()->lambdaLine(), scene()->params.lambda);
}

TEST_F(MainWindowTest, ResamplingCountsExactZerosAndFollowsLambda)
{
    regviz::Dashboard *dashboard = window->dashboard();
    dashboard->pages()->setCurrentWidget(dashboard->resamplingPanel()->parentWidget());
    window->controller()->setNoise(0.5);
    Q_EMIT dashboard->resamplingPanel()->resampleRequested(regviz::ResamplingPanel::kDraws);
    settle();
    ASSERT_TRUE(scene()->resampling.has_value());
    const auto countZeros = [this] {
        const auto &lasso = scene()->resampling->lasso;
        return static_cast<int>(std::count(lasso.begin(), lasso.end(), 0.0));
    };
    EXPECT_EQ(scene()->resampling->lasso.size(), static_cast<std::size_t>(regviz::ResamplingPanel::kDraws));
    EXPECT_EQ(scene()->resampling->lassoZeros, countZeros());
    EXPECT_TRUE(dashboard->resamplingPanel()->summary().contains(
        QStringLiteral("exactly 0 in %1 of 50").arg(scene()->resampling->lassoZeros)))
        << dashboard->resamplingPanel()->summary().toStdString();

    // A larger lambda zeroes more estimates, without drawing again.
    const int before = scene()->resampling->lassoZeros;
    dragTo(lambda(), 5.0);
    EXPECT_EQ(scene()->resampling->lassoZeros, countZeros());
    EXPECT_GE(scene()->resampling->lassoZeros, before);
    EXPECT_EQ(scene()->resampling->lassoZeros, regviz::ResamplingPanel::kDraws);
    // A new sample invalidates the draws.
    window->controller()->drawNewSample();
    settle();
    EXPECT_FALSE(scene()->resampling.has_value());
}

} // namespace
