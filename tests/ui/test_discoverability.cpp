#include "model/build_info.h"
#include "model/number_format.h"
#include "model/scene_controller.h"
#include "model/settings_keys.h"
#include "ui/actions/shortcuts_dialog.h"
#include "ui/controls/control_panel.h"
#include "ui/controls/first_run_hint.h"
#include "ui/controls/param_slider.h"
#include "ui/main_window.h"
#include "ui_test_support.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QToolBar>
#include <QWidgetAction>
#include <gtest/gtest.h>
#include <memory>

using regviz::ShortcutsDialog;
using regviz::test::settle;
using regviz::test::str;

namespace {

/// Every command of the menus (recursively) and the tool bars; submenus are containers, not commands.
QList<QAction *> commands(QMainWindow *window, QList<QMenu *> *submenus = nullptr)
{
    QList<QAction *> found;
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            // Separators and the tool bar's slots for widgets (which have their own tooltips) are no
            // commands.
            if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
                continue;
            if (QMenu *menu = action->menu()) {
                if (submenus)
                    *submenus << menu;
                walk(menu->actions());
            } else if (!found.contains(action)) {
                found << action;
            }
        }
    };
    walk(window->menuBar()->actions());
    for (QToolBar *bar : window->findChildren<QToolBar *>())
        walk(bar->actions());
    return found;
}

QAction *actionNamed(QMainWindow *window, const QString &text)
{
    for (QAction *action : commands(window)) {
        if (ShortcutsDialog::plainText(action) == text)
            return action;
    }
    return nullptr;
}

class DiscoverabilityTest : public regviz::test::WindowTest
{
};

TEST_F(DiscoverabilityTest, EveryActionHasTextAndAStatusTip)
{
    QList<QMenu *> menus;
    const QList<QAction *> all = commands(window.get(), &menus);
    ASSERT_GT(all.size(), 30);
    for (const QAction *action : all) {
        SCOPED_TRACE(str(action->text()));
        EXPECT_FALSE(ShortcutsDialog::plainText(action).trimmed().isEmpty());
        EXPECT_FALSE(action->statusTip().isEmpty());
    }
    for (const QMenu *menu : menus)
        EXPECT_FALSE(ShortcutsDialog::plainText(menu->menuAction()).trimmed().isEmpty());
    // Tool-bar buttons (the only place a tooltip of an action shows) say what they do and their key.
    // (Qt falls back to the action's text for a tooltip never set, so "not empty" would prove nothing.)
    int buttons = 0;
    for (const QToolBar *bar : window->findChildren<QToolBar *>()) {
        for (const QAction *action : bar->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            ++buttons;
            SCOPED_TRACE(str(action->text()));
            EXPECT_EQ(action->toolTip(),
                      QStringLiteral("%1 (%2)").arg(action->statusTip(),
                                                    action->shortcut().toString(QKeySequence::NativeText)));
        }
    }
    EXPECT_EQ(buttons, 4); // reset, step back, play, step forward
    const QAction *play = actionNamed(window.get(), QStringLiteral("Play"));
    ASSERT_NE(play, nullptr);
    EXPECT_TRUE(play->toolTip().contains(QStringLiteral("Space"))) << str(play->toolTip());
}

TEST_F(DiscoverabilityTest, ShortcutsDialogListsEveryActionWithAShortcut)
{
    QAction *open = actionNamed(window.get(), QStringLiteral("Keyboard shortcuts"));
    ASSERT_NE(open, nullptr);
    open->trigger();
    settle();
    auto *dialog = window->findChild<ShortcutsDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    int withShortcut = 0;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        ++withShortcut;
        SCOPED_TRACE(str(action->text()));
        EXPECT_EQ(str(dialog->shortcutShown(action)),
                  str(action->shortcut().toString(QKeySequence::NativeText)));
    }
    EXPECT_GE(withShortcut, 15);
    // Generated from the actions: a shortcut changed at run time shows the next time.
    dialog->close();
    settle();
    QAction *step = actionNamed(window.get(), QStringLiteral("Step forward"));
    ASSERT_NE(step, nullptr);
    step->setShortcut(QKeySequence(Qt::Key_F8));
    open->trigger();
    settle();
    auto *again = window->findChild<ShortcutsDialog *>();
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->shortcutShown(step), QKeySequence(Qt::Key_F8).toString(QKeySequence::NativeText));
    again->close();
}

TEST_F(DiscoverabilityTest, AboutNamesVersionLicenceAndLibraries)
{
    QAction *about = actionNamed(window.get(), QStringLiteral("About RegViz"));
    ASSERT_NE(about, nullptr);
    about->trigger();
    settle();
    const QMessageBox *box = nullptr;
    for (const QMessageBox *b : window->findChildren<QMessageBox *>()) {
        if (b->windowTitle() == QStringLiteral("About RegViz"))
            box = b;
    }
    ASSERT_NE(box, nullptr);
    const QString text = box->text();
    EXPECT_TRUE(text.contains(QStringLiteral("RegViz " REGVIZ_TEST_VERSION))) << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral("GPL-3.0-or-later"))) << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())))) << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral("QCustomPlot " QCUSTOMPLOT_VERSION_STR))) << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Eigen 3."))) << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral("giflib 5."))) << str(text);
}

/// Settings of its own (another application name) for as long as the test runs, so a first start can be
/// staged without other test processes, which share the test settings, seeing or changing it.
class FirstRunHintTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Settings of this test's own: ctest runs the tests of this fixture in parallel processes.
        const auto *test = ::testing::UnitTest::GetInstance()->current_test_info();
        QCoreApplication::setApplicationName(m_name + QStringLiteral("_first_run_") +
                                             QString::fromLatin1(test->name()));
        QSettings().clear();
    }

    void TearDown() override
    {
        QSettings().clear();
        QCoreApplication::setApplicationName(m_name);
    }

private:
    const QString m_name = QCoreApplication::applicationName();
};

TEST_F(FirstRunHintTest, ShowsOnTheFirstStartAndNotAfterDismissedOrClosed)
{
    ASSERT_TRUE(regviz::FirstRunHint::isDue());
    {
        regviz::MainWindow window;
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        regviz::FirstRunHint *hint = window.controlPanel()->hint();
        ASSERT_NE(hint, nullptr);
        EXPECT_TRUE(hint->isVisible());
        // It sits over the lambda slider it points at.
        const auto top = [&](const QWidget *w) {
            return w->mapTo(window.controlPanel(), QPoint(0, 0)).y();
        };
        EXPECT_LT(top(hint), top(window.controlPanel()->lambdaSlider()));
        QTest::mouseClick(hint->dismissButton(), Qt::LeftButton);
        settle();
        EXPECT_FALSE(hint->isVisible());
        EXPECT_FALSE(regviz::FirstRunHint::isDue());
    }
    {
        regviz::MainWindow window;
        EXPECT_EQ(window.controlPanel()->hint(), nullptr);
    }
    // Moving lambda is what it asks for: that dismisses it too.
    QSettings().remove(regviz::settings::firstRunHintSeen);
    {
        regviz::MainWindow window;
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        regviz::FirstRunHint *hint = window.controlPanel()->hint();
        ASSERT_NE(hint, nullptr);
        QSlider *lambda = window.controlPanel()->lambdaSlider()->slider();
        lambda->setValue(lambda->value() + 10);
        settle();
        EXPECT_FALSE(hint->isVisible());
        EXPECT_FALSE(regviz::FirstRunHint::isDue());
    }
    // Shown in one session only: closing the window remembers it as seen.
    QSettings().remove(regviz::settings::firstRunHintSeen);
    {
        regviz::MainWindow window;
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_NE(window.controlPanel()->hint(), nullptr);
        window.close();
    }
    EXPECT_FALSE(regviz::FirstRunHint::isDue());
    regviz::MainWindow window;
    EXPECT_EQ(window.controlPanel()->hint(), nullptr);
}

TEST_F(FirstRunHintTest, NeverMovesTheSliderUnderAHeldMouseAndFitsTheScene)
{
    regviz::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    regviz::FirstRunHint *hint = window.controlPanel()->hint();
    ASSERT_NE(hint, nullptr);
    // At the defaults lambda is already past lambda_c: the tip says to drag left, with the numbers.
    const regviz::SceneSnapshot scene = window.controller()->scene();
    ASSERT_TRUE(scene->minimizers.lassoAtZero);
    EXPECT_TRUE(hint->message().contains(QStringLiteral("left"))) << hint->message().toStdString();
    EXPECT_TRUE(hint->message().contains(regviz::formatNumber(scene->minimizers.lambdaC)))
        << hint->message().toStdString();

    // Press the handle and drag: the tip goes, the slider stays where the mouse holds it.
    QSlider *lambda = window.controlPanel()->lambdaSlider()->slider();
    const QPoint before = lambda->mapTo(&window, QPoint(0, 0));
    QTest::mousePress(lambda, Qt::LeftButton, {}, QPoint(lambda->width() / 10, lambda->height() / 2));
    QTest::mouseMove(lambda, QPoint(lambda->width() / 20, lambda->height() / 2));
    lambda->setValue(lambda->value() - 5); // what the drag does to the value
    settle();
    EXPECT_FALSE(hint->isVisible());
    EXPECT_EQ(lambda->mapTo(&window, QPoint(0, 0)), before) << "the slider moved under the held mouse";
    QTest::mouseRelease(lambda, Qt::LeftButton, {}, QPoint(lambda->width() / 20, lambda->height() / 2));
    settle();
    EXPECT_EQ(lambda->mapTo(&window, QPoint(0, 0)), before);
}

TEST_F(FirstRunHintTest, SpeaksOfImportedDataOnceTheyReplaceTheDraw)
{
    regviz::MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    regviz::FirstRunHint *hint = window.controlPanel()->hint();
    ASSERT_NE(hint, nullptr);
    auto data = std::make_shared<regviz::XYData>();
    data->x = Eigen::VectorXd{{0.0, 2.0, 4.0, 6.0}};
    data->y = Eigen::VectorXd{{15.0, 23.5, 31.0, 39.5}};
    window.controller()->setImportedData(data, QString());
    settle();
    const double lambdaC = window.controller()->scene()->minimizers.lambdaC;
    EXPECT_TRUE(hint->message().contains(regviz::formatNumber(lambdaC))) << hint->message().toStdString();
    EXPECT_TRUE(hint->isVisible());
}

} // namespace
