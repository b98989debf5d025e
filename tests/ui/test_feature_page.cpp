#include "export_test_support.h"
#include "model/feature_controller.h"
#include "model/session.h"
#include "model/view_state.h"
#include "ui/actions/document_actions.h"
#include "ui/controls/param_slider.h"
#include "ui/features/coefficient_bars_panel.h"
#include "ui/features/coefficient_path_panel.h"
#include "ui/features/coordinate_panel.h"
#include "ui/features/cv_panel.h"
#include "ui/features/feature_controls.h"
#include "ui/features/feature_page.h"
#include "ui/plots/dashboard.h"
#include "ui/plots/plot_markers.h"
#include "ui_test_support.h"

#include <QDoubleSpinBox>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using regviz::FeatureController;

class FeaturePageTest : public regviz::test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        window->view()->setPage(regviz::ViewState::kPageCount - 1);
        regviz::test::settle();
        ASSERT_TRUE(page()->isVisible());
        ASSERT_TRUE(features()->snapshot());
    }

    [[nodiscard]] regviz::FeaturePage *page() const { return window->dashboard()->featurePage(); }
    [[nodiscard]] FeatureController *features() const { return page()->controller(); }
    [[nodiscard]] const regviz::FeatureState &state() const { return *features()->snapshot(); }
    void refit() const
    {
        regviz::test::settle();
        features()->flush();
        regviz::test::settle();
    }
};

TEST_F(FeaturePageTest, DraggingThePathsLambdaLineMovesTheSliderAndTheBars)
{
    QCustomPlot *plot = page()->pathPanel()->plot();
    const QPoint from(static_cast<int>(plot->xAxis->coordToPixel(state().analysis->lambdaMax)),
                      plot->height() / 2);
    const double target = state().analysis->lambdaMax / 30.0;
    const QPoint to(static_cast<int>(plot->xAxis->coordToPixel(target)), plot->height() / 2);
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), plot->mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, to);
    refit();
    const double expected = plot->xAxis->pixelToCoord(to.x());
    EXPECT_NEAR(features()->lambda(), expected, 1e-9 * expected);
    EXPECT_NEAR(page()->pathPanel()->lambdaLine(), features()->lambda(), 1e-12 * expected);
    EXPECT_NEAR(page()->cvPanel()->lambdaLine(), features()->lambda(), 1e-12 * expected);
    const regviz::ParamSlider *slider = page()->controls()->lambdaSlider();
    EXPECT_NEAR(slider->value(), features()->lambda(), 1e-3 * expected);
    // The bars are the exact refit at the new lambda, on the standardized scale the page plots.
    const regviz::FeatureFit fit = regviz::fitFeaturesAt(*state().analysis, features()->lambda());
    for (Eigen::Index j = 0; j < state().analysis->features(); ++j)
        EXPECT_DOUBLE_EQ(page()->barsPanel()->lassoBar(j),
                         fit.lasso.weights(j) * state().analysis->problem.scale(j))
            << j;
    EXPECT_EQ(page()->barsPanel()->zeroSlots(), 10 - fit.lassoNonZero);
    EXPECT_TRUE(page()->barsPanel()->summary().contains(
        QStringLiteral("lasso keeps %1 of 10 features").arg(fit.lassoNonZero)));
}

TEST_F(FeaturePageTest, TheSliderMovesTheLambdaLines)
{
    const double lambda = state().analysis->lambdaMax / 7.0;
    page()->controls()->lambdaSlider()->setValue(lambda);
    refit();
    EXPECT_NEAR(features()->lambda(), lambda, 1e-3 * lambda);
    EXPECT_EQ(page()->pathPanel()->lambdaLine(), features()->lambda());
}

TEST_F(FeaturePageTest, GoToLambda1seSetsTheCrossValidatedLambda)
{
    features()->setLambda(state().analysis->lambdaMax / 100.0);
    refit();
    QTest::mouseClick(page()->cvPanel()->oneSeButton(), Qt::LeftButton);
    refit();
    EXPECT_EQ(features()->lambda(), state().analysis->cv.lambda1se);
    QTest::mouseClick(page()->cvPanel()->minButton(), Qt::LeftButton);
    refit();
    EXPECT_EQ(features()->lambda(), state().analysis->cv.lambdaMin);
    EXPECT_NE(state().analysis->cv.lambdaMin, state().analysis->cv.lambda1se);
}

TEST_F(FeaturePageTest, ADroppedFeatureShowsItsL1MinimumAtExactlyZero)
{
    features()->setLambda(state().analysis->cv.lambda1se);
    refit();
    Eigen::Index dropped = -1;
    for (Eigen::Index j = 0; j < state().analysis->features() && dropped < 0; ++j) {
        if (state().fit.lasso.weights(j) == 0.0)
            dropped = j;
    }
    ASSERT_GE(dropped, 0);
    // Click its bar.
    QCustomPlot *bars = page()->barsPanel()->plot();
    const QPoint at(bars->width() / 2,
                    static_cast<int>(bars->yAxis->coordToPixel(static_cast<double>(dropped))));
    QTest::mouseClick(bars, Qt::LeftButton, Qt::NoModifier, at);
    refit();
    ASSERT_EQ(features()->feature(), dropped);
    const regviz::CoordinatePanel *coordinate = page()->coordinatePanel();
    EXPECT_TRUE(coordinate->minimumMarker(regviz::Penalty::L1).isVisible());
    EXPECT_EQ(coordinate->minimumMarker(regviz::Penalty::L1).x(), 0.0);
    EXPECT_NE(coordinate->minimumMarker(regviz::Penalty::L2).x(), 0.0);
    const QString name = state().analysis->featureName(dropped);
    EXPECT_TRUE(coordinate->sentence().endsWith(QStringLiteral("so the lasso drops %1").arg(name)))
        << coordinate->sentence().toStdString();
    EXPECT_TRUE(coordinate->sentence().contains(QStringLiteral("≤")));

    // A feature the lasso keeps says so, and its L1 minimum is its coefficient.
    Eigen::Index kept = -1;
    for (Eigen::Index j = 0; j < state().analysis->features() && kept < 0; ++j) {
        if (state().fit.lasso.weights(j) != 0.0)
            kept = j;
    }
    ASSERT_GE(kept, 0);
    features()->setFeature(kept);
    refit();
    EXPECT_TRUE(coordinate->sentence().endsWith(
        QStringLiteral("%1 stays in").arg(state().analysis->featureName(kept))));
    const double weight = state().fit.lassoSolverWeights(kept);
    EXPECT_NEAR(coordinate->minimumMarker(regviz::Penalty::L1).x(), weight, 1e-9 * std::abs(weight));
}

TEST_F(FeaturePageTest, PathLabelsNeverOverlap)
{
    const regviz::CoefficientPathPanel *paths = page()->pathPanel();
    EXPECT_EQ(paths->shownLabels().size() + paths->droppedLabels().size(), 10);
    EXPECT_GE(paths->shownLabels().size(), 5);
}

TEST_F(FeaturePageTest, ASessionRoundTripRestoresThePage)
{
    features()->setLambda(state().analysis->lambdaMax / 20.0);
    features()->setFeature(3);
    features()->setMethod(regviz::FeatureMethod::ElasticNet);
    refit();
    const regviz::Session saved = window->currentSession();
    ASSERT_TRUE(saved.features);
    const QString file = path(QStringLiteral("features.json"));
    ASSERT_TRUE(window->documents()->saveTo(file));

    features()->setLambda(state().analysis->lambdaMax / 3.0);
    features()->setFeature(0);
    features()->setMethod(regviz::FeatureMethod::Lasso);
    refit();
    ASSERT_TRUE(window->documents()->openFile(file));
    // The table is analysed in the background; the page keeps the old one meanwhile.
    EXPECT_TRUE(features()->busy());
    EXPECT_TRUE(QTest::qWaitFor([this] { return !features()->busy(); }, 20000));
    refit();
    EXPECT_EQ(features()->lambda(), saved.features->lambda);
    EXPECT_EQ(features()->feature(), Eigen::Index{3});
    EXPECT_EQ(features()->method(), regviz::FeatureMethod::ElasticNet);
    EXPECT_EQ(window->currentSession().features, saved.features);
}

TEST_F(FeaturePageTest, EveryPanelExportsAsPng)
{
    for (const char *name : {"feature-paths", "cv", "coefficients", "coordinate"}) {
        const QString panel = QString::fromLatin1(name);
        const QString file = path(panel + QStringLiteral(".png"));
        ASSERT_TRUE(window->documents()->exportFigureTo(file, {panel, QSize(500, 340), 1.0})) << name;
        const QImage image(file);
        ASSERT_EQ(image.size(), QSize(500, 340)) << name;
        const auto ink = regviz::test::inkIn(image);
        EXPECT_GT(ink.coverage, 0.02) << name;
        EXPECT_GT(ink.colours, 20) << name;
    }
}

TEST_F(FeaturePageTest, OpenSampleDiabetesShowsThePage)
{
    window->view()->setPage(0);
    regviz::test::settle();
    QSignalSpy changed(features(), &FeatureController::snapshotChanged);
    window->documents()->openFeatureTable(QString::fromLatin1(regviz::kDiabetesResource));
    EXPECT_EQ(window->view()->options().page, regviz::ViewState::kPageCount - 1);
    ASSERT_TRUE(changed.wait(20000));
    EXPECT_EQ(state().analysis->features(), 10);
}

} // namespace
