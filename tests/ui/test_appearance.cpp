#include "ui/actions/appearance_actions.h"
#include "ui/actions/document_actions.h"
#include "ui/controls/numbers_panel.h"
#include "ui/export/figure_exporter.h"
#include "ui/main_window.h"
#include "ui/plots/dashboard.h"
#include "ui/plots/plot_markers.h"
#include "ui/plots/plot_panel.h"
#include "ui/plots/plot_style.h"
#include "ui/plots/regularized_panel.h"
#include "ui_test_support.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QTabWidget>
#include <gtest/gtest.h>
#include <qcustomplot.h>
#include <set>

using regviz::AppearanceActions;
using regviz::Penalty;
using regviz::test::settle;
namespace style = regviz::style;

namespace {

/// The colour QCustomPlot paints its background with: the corner of a small rendering, outside the axes.
QColor backgroundOf(QCustomPlot *plot)
{
    return plot->toPixmap(60, 40).toImage().pixelColor(1, 1);
}

class AppearanceTest : public regviz::test::WindowTest
{
protected:
    void TearDown() override
    {
        // The palette and the hue palette are the application's: leave them as the next test expects.
        appearance()->setTheme(AppearanceActions::Theme::System);
        appearance()->setColorBlindSafe(false);
        WindowTest::TearDown();
    }

    [[nodiscard]] AppearanceActions *appearance() const { return window->appearance(); }
    [[nodiscard]] QCustomPlot *plot() const { return window->regularizedPanel()->plot(); }
};

TEST_F(AppearanceTest, DarkThemeRecoloursAxesTextLegendAndBackgroundOfEveryPlot)
{
    EXPECT_LT(plot()->xAxis->tickLabelColor().lightness(), 80);

    appearance()->setTheme(AppearanceActions::Theme::Dark);
    settle();

    EXPECT_LT(window->palette().color(QPalette::Window).lightness(), 100);
    for (const regviz::PlotPanel *panel : window->plotPanels()) {
        QCustomPlot *p = panel->plot();
        SCOPED_TRACE(panel->objectName().toStdString());
        EXPECT_GT(p->xAxis->tickLabelColor().lightness(), 180);
        EXPECT_GT(p->yAxis->labelColor().lightness(), 180);
        EXPECT_GT(p->legend->textColor().lightness(), 180);
        EXPECT_LT(p->xAxis->grid()->pen().color().lightness(), 110);
        EXPECT_LT(backgroundOf(p).lightness(), 80);
    }
    // Curves and markers take the dark variant of their hue.
    const style::Look dark = style::lookFor(window->palette(), false);
    ASSERT_TRUE(dark.dark());
    EXPECT_EQ(window->regularizedPanel()->curve(Penalty::L1)->pen().color(),
              style::penaltyColor(Penalty::L1, dark));
    EXPECT_NE(style::penaltyColor(Penalty::L1, dark),
              style::penaltyColor(Penalty::L1, style::printLook(false)));

    appearance()->setTheme(AppearanceActions::Theme::Light);
    settle();
    EXPECT_LT(plot()->xAxis->tickLabelColor().lightness(), 80);
    EXPECT_GT(backgroundOf(plot()).lightness(), 200);
    EXPECT_EQ(window->regularizedPanel()->curve(Penalty::L1)->pen().color(),
              style::penaltyColor(Penalty::L1, style::printLook(false)));
}

TEST_F(AppearanceTest, APaletteChangeFromTheDesktopRestylesThePlotsToo)
{
    // What happens under the System theme when the desktop switches to dark: only a palette change.
    QApplication::setPalette(AppearanceActions::darkPalette());
    settle();
    EXPECT_GT(plot()->xAxis->tickLabelColor().lightness(), 180);
    EXPECT_LT(backgroundOf(plot()).lightness(), 80);
    QApplication::setPalette(QPalette());
    settle();
    EXPECT_LT(plot()->xAxis->tickLabelColor().lightness(), 80);
    EXPECT_GT(backgroundOf(plot()).lightness(), 200);
}

TEST_F(AppearanceTest, ColourBlindSafeOptionChangesThePaletteEverywhere)
{
    const QColor articleBlue = style::penaltyColor(Penalty::L1, style::printLook(false));
    appearance()->colorBlindAction()->trigger();
    settle();
    // The choice lives in the view state, which the action changed.
    ASSERT_TRUE(window->view()->appearance().colorBlindSafe);
    // Okabe–Ito blue and vermillion on a light background.
    EXPECT_EQ(style::penaltyColor(Penalty::L1, style::printLook(true)), QColor(0x00, 0x72, 0xb2));
    EXPECT_EQ(style::penaltyColor(Penalty::L2, style::printLook(true)), QColor(0xd5, 0x5e, 0x00));
    EXPECT_NE(style::penaltyColor(Penalty::L1, style::printLook(true)), articleBlue);
    // Every plot was restyled, the copy of the regularized panel on the last page too.
    const style::Look safe = style::lookFor(window->palette(), true);
    for (const regviz::PlotPanel *panel : window->plotPanels())
        EXPECT_TRUE(panel->colorBlindSafe()) << panel->objectName().toStdString();
    EXPECT_EQ(window->regularizedPanel()->curve(Penalty::L2)->pen().color(),
              style::penaltyColor(Penalty::L2, safe));
    EXPECT_EQ(window->regularizedPanel()->curve(Penalty::L1)->pen().color(),
              style::penaltyColor(Penalty::L1, safe));

    appearance()->colorBlindAction()->trigger();
    settle();
    EXPECT_FALSE(window->view()->appearance().colorBlindSafe);
    EXPECT_EQ(window->regularizedPanel()->curve(Penalty::L1)->pen().color(), articleBlue);
}

TEST_F(AppearanceTest, FiguresExportBlackOnWhiteUnlessAskedForTheScreensColours)
{
    appearance()->setTheme(AppearanceActions::Theme::Dark);
    settle();
    const regviz::FigureExporter exporter(window->dashboard());
    regviz::FigureOptions options;
    options.panel = QStringLiteral("regularized");
    options.size = QSize(400, 300);
    const QImage print = exporter.renderImage(options);
    EXPECT_EQ(print.pixelColor(2, 2), QColor(Qt::white));
    options.screenColors = true;
    const QImage screen = exporter.renderImage(options);
    EXPECT_LT(screen.pixelColor(2, 2).lightness(), 80);
    // The window's plots are still dark after drawing a light figure.
    EXPECT_GT(plot()->xAxis->tickLabelColor().lightness(), 180);
    EXPECT_EQ(window->regularizedPanel()->curve(Penalty::L1)->pen().color(),
              style::penaltyColor(Penalty::L1, style::lookFor(window->palette(), false)));
}

// --- the colours and styles themselves, for every look ---

struct LookCase
{
    std::string name;
    style::Look look;
};

class PaletteTest : public ::testing::TestWithParam<LookCase>
{
};

TEST_P(PaletteTest, KeepsTheArticlesMeaningAndNeverReliesOnColourAlone)
{
    const style::Look &look = GetParam().look;
    const int l1 = style::penaltyColor(Penalty::L1, look).hslHue();
    const int l2 = style::penaltyColor(Penalty::L2, look).hslHue();
    const int elastic = style::penaltyColor(Penalty::ElasticNet, look).hslHue();
    EXPECT_TRUE(l1 >= 190 && l1 <= 230) << "L1 is blue, hue " << l1;
    EXPECT_TRUE(l2 <= 45 || l2 >= 345) << "L2 is red or orange, hue " << l2;
    const auto apart = [](int a, int b) {
        return std::min(std::abs(a - b), 360 - std::abs(a - b));
    };
    EXPECT_GT(apart(elastic, l1), 30) << elastic;
    EXPECT_GT(apart(elastic, l2), 60) << elastic;
    // Every objective has its own line style and marker as well.
    const std::set<Qt::PenStyle> lines{style::lineStyle(Penalty::None), style::lineStyle(Penalty::L1),
                                       style::lineStyle(Penalty::L2), style::lineStyle(Penalty::ElasticNet)};
    EXPECT_EQ(lines.size(), 4U);
    EXPECT_EQ(style::lineStyle(Penalty::L1), Qt::SolidLine);
    EXPECT_EQ(style::lineStyle(Penalty::L2), Qt::DashLine);
    EXPECT_EQ(style::lineStyle(Penalty::ElasticNet), Qt::DotLine);
    const std::set<style::Marker> markers{style::markerFor(Penalty::None), style::markerFor(Penalty::L1),
                                          style::markerFor(Penalty::L2),
                                          style::markerFor(Penalty::ElasticNet)};
    EXPECT_EQ(markers.size(), 4U);
    // Curves stand out from the background they are drawn on.
    for (const Penalty kind : {Penalty::None, Penalty::L1, Penalty::L2, Penalty::ElasticNet})
        EXPECT_GT(std::abs(style::penaltyColor(kind, look).lightness() - look.background.lightness()), 60);
}

INSTANTIATE_TEST_SUITE_P(
    Looks, PaletteTest,
    ::testing::Values(LookCase{"light", {Qt::white, Qt::black, false}},
                      LookCase{"dark", {QColor(0x24, 0x24, 0x24), QColor(0xea, 0xea, 0xea), false}},
                      LookCase{"light_colour_blind", {Qt::white, Qt::black, true}},
                      LookCase{"dark_colour_blind",
                               {QColor(0x24, 0x24, 0x24), QColor(0xea, 0xea, 0xea), true}}),
    regviz::test::caseName<LookCase>);

} // namespace

// ---- legends ---------------------------------------------------------------------------------------

class LegendFitTest : public regviz::test::WindowTest, public ::testing::WithParamInterface<QSize>
{
};

TEST_P(LegendFitTest, EveryLegendIsInsideItsAxesOrHiddenNeverClipped)
{
    window->resize(GetParam());
    settle();
    QTabWidget *pages = window->dashboard()->pages();
    int shown = 0;
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        settle();
        for (regviz::PlotPanel *panel : window->plotPanels()) {
            if (!panel->isVisible())
                continue;
            QCustomPlot *p = panel->plot();
            p->replot();
            if (!p->legend->visible() || !p->layer(QStringLiteral("legend"))->visible())
                continue;
            ++shown;
            const QRect axes = p->axisRect()->rect();
            const QRect legend = p->legend->outerRect();
            EXPECT_TRUE(axes.contains(legend))
                << regviz::test::str(panel->title()) << ": legend " << legend.x() << "," << legend.y() << " "
                << legend.width() << "x" << legend.height() << " outside the axes " << axes.x() << ","
                << axes.y() << " " << axes.width() << "x" << axes.height();
        }
    }
    EXPECT_GT(shown, 0);
    pages->setCurrentIndex(0);
}

TEST_F(AppearanceTest, AtTheDefaultSizeEveryLegendIsShown)
{
    window->resize(1600, 1000);
    settle();
    QTabWidget *pages = window->dashboard()->pages();
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        settle();
        for (regviz::PlotPanel *panel : window->plotPanels()) {
            QCustomPlot *p = panel->plot();
            if (!panel->isVisible() || !p->legend->visible())
                continue;
            p->replot();
            EXPECT_TRUE(p->layer(QStringLiteral("legend"))->visible()) << regviz::test::str(panel->title());
        }
    }
    pages->setCurrentIndex(0);
}

INSTANTIATE_TEST_SUITE_P(WindowSizes, LegendFitTest,
                         ::testing::Values(QSize(1280, 720), QSize(1600, 1000), QSize(2400, 1400)),
                         [](const ::testing::TestParamInfo<QSize> &size) {
                             return std::to_string(size.param.width()) + "x" +
                                    std::to_string(size.param.height());
                         });
