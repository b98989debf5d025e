#include "ui/controls/control_panel.h"
#include "ui/controls/first_run_hint.h"
#include "ui/controls/numbers_panel.h"
#include "ui/controls/param_slider.h"
#include "ui/main_window.h"
#include "ui/plots/dashboard.h"
#include "ui/plots/plot_panel.h"
#include "ui/plots/regularized_panel.h"
#include "ui_test_support.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QSlider>
#include <QTabBar>
#include <QToolBar>
#include <QToolButton>
#include <gtest/gtest.h>
#include <qcustomplot.h>

using regviz::test::settle;
using regviz::test::str;

namespace {

/// A control Tab stops at: takes focus by Tab, is shown and enabled, and is not standing in for another.
bool isTabStop(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isVisible() && w->isEnabled() &&
           w->focusProxy() == nullptr;
}

/// A tooltip of its own, or, for a tab bar (such as the one Qt makes for tabbed docks), one on every tab.
bool hasTooltip(const QWidget *w)
{
    if (!w->toolTip().trimmed().isEmpty())
        return true;
    const auto *tabs = qobject_cast<const QTabBar *>(w);
    if (!tabs || tabs->count() == 0)
        return false;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabToolTip(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
    return a ? a->text(QAccessible::Name) : QString();
}

/// A readable name of a widget for failure messages.
std::string describe(const QWidget *w)
{
    return str(QStringLiteral("%1 \"%2\"")
                   .arg(QString::fromLatin1(w->metaObject()->className()),
                        w->accessibleName().isEmpty() ? w->objectName() : w->accessibleName()));
}

class AccessibilityTest : public regviz::test::WindowTest
{
protected:
    /// Every tab stop of the controls dock and the descent tool bar.
    [[nodiscard]] QList<QWidget *> dockAndToolBarStops() const
    {
        QList<QWidget *> stops;
        for (QWidget *root :
             {static_cast<QWidget *>(window->findChild<QDockWidget *>(QStringLiteral("controlsDock"))),
              static_cast<QWidget *>(window->findChild<QToolBar *>(QStringLiteral("descentToolBar")))}) {
            for (QWidget *w : root->findChildren<QWidget *>()) {
                if (isTabStop(w))
                    stops << w;
            }
        }
        return stops;
    }
};

TEST_F(AccessibilityTest, EveryFocusableControlHasAnAccessibleNameAndATooltip)
{
    int checked = 0;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!isTabStop(w) || w->window() != window.get())
            continue;
        ++checked;
        EXPECT_FALSE(accessibleName(w).trimmed().isEmpty()) << describe(w);
        EXPECT_TRUE(hasTooltip(w)) << describe(w);
    }
    EXPECT_GT(checked, 20);
}

TEST_F(AccessibilityTest, SliderTooltipsGiveTheRangeTheControlWasBuiltWith)
{
    regviz::ParamSlider *lambda = window->controlPanel()->lambdaSlider();
    const QString tip = lambda->slider()->toolTip();
    EXPECT_TRUE(tip.contains(QStringLiteral("0 to 5, default 0.5"))) << str(tip);
    EXPECT_EQ(lambda->spinBox()->toolTip(), tip);
    EXPECT_EQ(lambda->slider()->accessibleDescription(), tip);
    EXPECT_DOUBLE_EQ(lambda->spinBox()->maximum(), regviz::limits::lambda.max);
    const QString samples = window->controlPanel()->samplesSlider()->slider()->toolTip();
    EXPECT_TRUE(samples.contains(QStringLiteral("2 to ")) && samples.contains(QStringLiteral("default 200")))
        << str(samples);
}

TEST_F(AccessibilityTest, TabReachesEveryControlOfTheDockAndToolBarInLayoutOrder)
{
    regviz::ControlPanel *controls = window->controlPanel();
    QWidget *first = controls->hint() ? static_cast<QWidget *>(controls->hint()->dismissButton())
                                      : static_cast<QWidget *>(controls->lambdaSlider()->slider());
    first->setFocus(Qt::TabFocusReason);
    settle();
    ASSERT_EQ(QApplication::focusWidget(), first);

    QList<QWidget *> visited{first};
    for (int i = 0; i < 400; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        ASSERT_NE(now, nullptr);
        if (now == first)
            break;
        visited << now;
    }
    ASSERT_EQ(QApplication::focusWidget(), first) << "Tab never came back to where it started";
    for (QWidget *stop : dockAndToolBarStops())
        EXPECT_TRUE(visited.contains(stop)) << describe(stop) << " is never reached by Tab";
    // The tool bar's buttons (tool bars leave them out by default) and the exact numbers are in the chain.
    const auto *bar = window->findChild<QToolBar *>(QStringLiteral("descentToolBar"));
    ASSERT_NE(bar, nullptr);
    int buttons = 0;
    for (QAction *action : bar->actions()) {
        if (QWidget *button = bar->widgetForAction(action); qobject_cast<QToolButton *>(button)) {
            ++buttons;
            EXPECT_TRUE(visited.contains(button)) << describe(button) << " is never reached by Tab";
        }
    }
    EXPECT_EQ(buttons, 4);
    EXPECT_TRUE(visited.contains(window->numbersPanel())) << "the exact numbers are never reached by Tab";

    // Down the panel as laid out: the regularization group, the data, descent, then the 2-D picture.
    const auto at = [&](QWidget *w) {
        return visited.indexOf(w);
    };
    const QList<QWidget *> expected{controls->lambdaSlider()->slider(),
                                    controls->lambdaSlider()->spinBox(),
                                    controls->alphaSlider()->slider(),
                                    controls->trueWeightSlider()->slider(),
                                    controls->noiseSlider()->slider(),
                                    controls->samplesSlider()->slider(),
                                    controls->seedBox(),
                                    controls->newSampleButton(),
                                    controls->optimizerBox(),
                                    controls->stepsBox(),
                                    controls->etaSlider()->slider(),
                                    controls->startSlider()->slider(),
                                    controls->correlationSlider()->slider(),
                                    controls->secondWeightSlider()->slider()};
    for (qsizetype i = 0; i + 1 < expected.size(); ++i)
        EXPECT_LT(at(expected[i]), at(expected[i + 1]))
            << describe(expected[i]) << " then " << describe(expected[i + 1]);
    // Shift+Tab goes back.
    controls->noiseSlider()->slider()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), controls->trueWeightSlider()->spinBox());
}

TEST_F(AccessibilityTest, PlotsHaveANameAndADescriptionThatNamesEachCurveAndItsLineStyle)
{
    for (regviz::PlotPanel *panel : window->plotPanels()) {
        panel->ensureDrawn();
        QCustomPlot *plot = panel->plot();
        SCOPED_TRACE(str(panel->objectName()));
        EXPECT_EQ(plot->accessibleName(), panel->title());
        EXPECT_FALSE(plot->accessibleDescription().isEmpty());
    }
    const QString regularized = window->regularizedPanel()->plot()->accessibleDescription();
    EXPECT_TRUE(regularized.contains(QStringLiteral("(L1) (solid)"))) << str(regularized);
    EXPECT_TRUE(regularized.contains(QStringLiteral("(L2) (dashed)"))) << str(regularized);
    EXPECT_TRUE(regularized.contains(QStringLiteral("MSE (dash-dotted)"))) << str(regularized);
}

TEST_F(AccessibilityTest, PlotsAreaShowsWhenItHasTheFocus)
{
    regviz::Dashboard *dashboard = window->dashboard();
    dashboard->setFocus();
    settle();
    ASSERT_TRUE(dashboard->hasFocus());
    const QImage focused = dashboard->grab().toImage();
    const QColor highlight = dashboard->palette().color(QPalette::Highlight);
    EXPECT_EQ(focused.pixelColor(focused.width() / 2, 0), highlight);
    window->controlPanel()->lambdaSlider()->slider()->setFocus();
    settle();
    const QImage unfocused = dashboard->grab().toImage();
    EXPECT_NE(unfocused.pixelColor(unfocused.width() / 2, 0), highlight);
    // A clicked plot takes the focus for the descent keys: the frame shows then too.
    QCustomPlot *plot = window->regularizedPanel()->plot();
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, QPoint(plot->width() / 2, 5));
    settle();
    ASSERT_TRUE(plot->hasFocus());
    EXPECT_TRUE(dashboard->plotsFocused());
    const QImage clicked = dashboard->grab().toImage();
    EXPECT_EQ(clicked.pixelColor(clicked.width() / 2, 0), highlight);
}

} // namespace
