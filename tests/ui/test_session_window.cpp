#include "../model/session_test_support.h"
#include "model/descent_player.h"
#include "model/scene_controller.h"
#include "model/session.h"
#include "model/view_state.h"
#include "ui/actions/document_actions.h"
#include "ui/actions/view_actions.h"
#include "ui/controls/control_panel.h"
#include "ui/controls/param_slider.h"
#include "ui/main_window.h"
#include "ui/plots/descent_panel.h"
#include "ui/plots/regularized_panel.h"
#include "ui_test_support.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>
#include <string>

using regviz::Session;
using regviz::SessionParse;

namespace {

using regviz::test::binaryGarbage;
using regviz::test::presetSession;
using regviz::test::str;
using regviz::test::utf16Json;
using regviz::test::withField;
using regviz::test::writeBytes;

// ---- through the window ------------------------------------------------------------------------------

class SessionWindowTest : public regviz::test::WindowTest
{
protected:
    [[nodiscard]] QAction *actionWithShortcut(const QKeySequence &key) const
    {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcut() == key)
                return action;
        }
        ADD_FAILURE() << "no action for " << str(key.toString());
        return nullptr;
    }

    /// A state away from the defaults in every saved field.
    static Session sessionA()
    {
        Session a;
        a.params.lambda = 1.7;
        a.params.trueWeight = -0.5;
        a.params.noise = 0.4;
        a.params.samples = 300;
        a.params.seed = 5;
        a.params.alpha = 0.3;
        a.params.wMin = -1.5;
        a.params.wMax = 2.0;
        a.params.gridSize = 801;
        a.params.correlation = 0.2;
        a.params.secondWeight = -0.4;
        a.descent.optimizer = regviz::Optimizer::Proximal;
        a.descent.eta = 0.2;
        a.descent.w0 = -0.8;
        a.descent.maxSteps = 150;
        a.view.showElastic = true;
        a.view.zoomNearZero = true;
        a.frame = 9;
        return a;
    }
};

TEST_F(SessionWindowTest, SaveThenOpenRestoresParametersDescentAndView)
{
    const Session a = sessionA();
    ASSERT_FALSE(window->openSession(a));
    regviz::test::settle();
    ASSERT_EQ(window->currentSession(), a);

    const QString file = path(QStringLiteral("a.json"));
    QSignalSpy fileChanged(window->documents(), &regviz::DocumentActions::currentFileChanged);
    ASSERT_TRUE(window->documents()->saveTo(file));
    EXPECT_EQ(window->documents()->currentFile(), file);
    EXPECT_EQ(fileChanged.count(), 1);
    const SessionParse saved = regviz::loadSessionFile(file);
    ASSERT_TRUE(saved.session) << str(saved.error);
    EXPECT_EQ(*saved.session, a);

    // Change everything through the widgets and actions a user would touch.
    regviz::ParamSlider *lambda = window->controlPanel()->lambdaSlider();
    lambda->slider()->setValue(lambda->sliderPosition(0.2));
    regviz::ParamSlider *noise = window->controlPanel()->noiseSlider();
    noise->slider()->setValue(noise->sliderPosition(1.0));
    QComboBox *optimizer = window->controlPanel()->optimizerBox();
    optimizer->setCurrentIndex(optimizer->findData(static_cast<int>(regviz::Optimizer::Clip)));
    actionWithShortcut(QKeySequence(Qt::CTRL | Qt::Key_E))->trigger();
    actionWithShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z))->trigger();
    window->player()->reset();
    regviz::test::settle();
    ASSERT_NE(controller()->params().lambda, a.params.lambda);
    ASSERT_NE(controller()->params().noise, a.params.noise);
    ASSERT_EQ(controller()->descentSettings().optimizer, regviz::Optimizer::Clip);
    ASSERT_FALSE(window->regularizedPanel()->elasticShown());
    ASSERT_FALSE(window->regularizedPanel()->zoomedNearZero());
    ASSERT_EQ(window->player()->frame(), 0);

    ASSERT_TRUE(window->documents()->openFile(file));
    regviz::test::settle();

    EXPECT_EQ(controller()->params(), a.params);
    EXPECT_EQ(controller()->descentSettings(), a.descent);
    EXPECT_EQ(controller()->scene()->params, a.params);
    EXPECT_TRUE(window->regularizedPanel()->elasticShown());
    EXPECT_TRUE(window->regularizedPanel()->zoomedNearZero());
    EXPECT_EQ(window->player()->frame(), 9);
    EXPECT_EQ(window->descentPanel()->frameLineStep(), 9.0);
    EXPECT_EQ(window->currentSession(), a);
    // The widgets show the restored values too.
    EXPECT_DOUBLE_EQ(lambda->spinBox()->value(), 1.7);
    EXPECT_DOUBLE_EQ(noise->spinBox()->value(), 0.4);
    EXPECT_EQ(optimizer->currentData().toInt(), static_cast<int>(regviz::Optimizer::Proximal));
    EXPECT_EQ(window->documents()->currentFile(), file);
}

TEST_F(SessionWindowTest, ZoomChosenOnThePanelIsSavedWithTheSession)
{
    QToolButton *zoom = nullptr;
    for (QToolButton *button : window->regularizedPanel()->findChildren<QToolButton *>()) {
        if (button->isCheckable())
            zoom = button;
    }
    ASSERT_NE(zoom, nullptr);
    QTest::mouseClick(zoom, Qt::LeftButton);
    regviz::test::settle();
    ASSERT_TRUE(window->regularizedPanel()->zoomedNearZero());

    // What the user sees zoomed must be what the session remembers.
    EXPECT_TRUE(window->currentSession().view.zoomNearZero);
    const QString file = path(QStringLiteral("zoom.json"));
    ASSERT_TRUE(window->documents()->saveTo(file));
    const SessionParse saved = regviz::loadSessionFile(file);
    ASSERT_TRUE(saved.session) << str(saved.error);
    EXPECT_TRUE(saved.session->view.zoomNearZero);
}

TEST_F(SessionWindowTest, FramePastTheEndOfTheRunOpensAtTheLastFrame)
{
    Session s = sessionA();
    s.descent.maxSteps = 20;
    s.frame = 5000;
    ASSERT_FALSE(window->openSession(s));
    regviz::test::settle();
    const int last = controller()->scene()->lastFrame();
    ASSERT_EQ(last, 20);
    EXPECT_EQ(window->player()->frame(), last);
    EXPECT_EQ(window->currentSession().frame, last);
}

TEST_F(SessionWindowTest, OpeningABadFileShowsTheProblemAndChangesNothing)
{
    ASSERT_FALSE(window->openSession(sessionA()));
    regviz::test::settle();
    const QString good = path(QStringLiteral("good.json"));
    ASSERT_TRUE(window->documents()->saveTo(good));

    const QString badCsv = path(QStringLiteral("bad.csv"));
    ASSERT_TRUE(writeBytes(badCsv, "x,y\n1,2\n3,oops\n"));
    Session withMissingData = Session{};
    withMissingData.dataFile = path(QStringLiteral("no-such.csv"));
    Session withBadData = Session{};
    withBadData.dataFile = badCsv;

    struct BadFile
    {
        const char *name;
        QByteArray bytes; ///< an empty name: no file at all
        QString mentions;
    };
    const std::vector<BadFile> files{
        {"malformed.json", QByteArray("{\"format\": "), QStringLiteral("malformed")},
        {"empty.json", QByteArray(), QStringLiteral("malformed")},
        {"utf16.json", utf16Json(), QStringLiteral("malformed")},
        {"binary.json", binaryGarbage(), QStringLiteral("malformed")},
        {"newer.json", withField("version", 2), QStringLiteral("newer")},
        // Beyond max(5, 2 lambda_c) of the article's draw: refused when the data are known.
        {"lambda.json", withField("params.lambda", 9), QStringLiteral("lambda = 9 is outside [0, 5]")},
        {"optimizer.json", withField("descent.optimizer", QStringLiteral("lbfgs")),
         QStringLiteral("\"descent.optimizer\"")},
        {"frame.json", withField("view.frame", QStringLiteral("x")), QStringLiteral("\"view.frame\"")},
        {"grid.json", withField("params.w_min", 1.5), QStringLiteral("w_max")},
        {"missing-data.json", regviz::sessionToJson(withMissingData), QStringLiteral("no-such.csv")},
        {"bad-data.json", regviz::sessionToJson(withBadData), QStringLiteral("line 3")},
        {"", QByteArray(), QStringLiteral("does not exist")},
    };

    const Session before = window->currentSession();
    for (const BadFile &bad : files) {
        SCOPED_TRACE(bad.name);
        const QString file =
            path(bad.name[0] != '\0' ? QString::fromLatin1(bad.name) : QStringLiteral("absent.json"));
        if (bad.name[0] != '\0') {
            ASSERT_TRUE(writeBytes(file, bad.bytes));
        }
        QSignalSpy problems(window->documents(), &regviz::DocumentActions::problemShown);

        EXPECT_FALSE(window->documents()->openFile(file));
        regviz::test::settle();

        ASSERT_EQ(problems.count(), 1);
        const QString message = problems.at(0).at(0).toString();
        EXPECT_TRUE(message.contains(bad.mentions)) << str(message);
        EXPECT_EQ(controller()->params(), before.params);
        EXPECT_EQ(controller()->descentSettings(), before.descent);
        EXPECT_FALSE(controller()->hasImportedData());
        EXPECT_EQ(window->currentSession(), before);
        EXPECT_EQ(window->documents()->currentFile(), good);
    }
    EXPECT_FALSE(window->findChildren<QMessageBox *>().isEmpty()) << "problems are shown to the user";
}

TEST_F(SessionWindowTest, SessionWithADataFileImportsItAndSavesItAgain)
{
    const QString csv = path(QStringLiteral("points.csv"));
    ASSERT_TRUE(writeBytes(csv, "x,y\n-1,-0.5\n0,0.1\n1,0.4\n2,1.1\n"));
    Session s = sessionA();
    s.dataFile = csv;
    const QString file = path(QStringLiteral("with-data.json"));
    ASSERT_TRUE(writeBytes(file, regviz::sessionToJson(s)));

    ASSERT_TRUE(window->documents()->openFile(file));
    regviz::test::settle();
    ASSERT_TRUE(controller()->hasImportedData());
    EXPECT_EQ(controller()->importedPath(), csv);
    EXPECT_EQ(controller()->scene()->moments.n, 4);
    EXPECT_EQ(window->currentSession(), s);

    const QString again = path(QStringLiteral("again.json"));
    ASSERT_TRUE(window->documents()->saveTo(again));
    const SessionParse saved = regviz::loadSessionFile(again);
    ASSERT_TRUE(saved.session) << str(saved.error);
    EXPECT_EQ(saved.session->dataFile, csv);
}

TEST_F(SessionWindowTest, SavingToABadPlaceShowsTheProblemAndKeepsTheCurrentFile)
{
    QSignalSpy problems(window->documents(), &regviz::DocumentActions::problemShown);
    for (const QString &target :
         {path(QStringLiteral("missing/s.json")), QStringLiteral("/proc/regviz-test.json")}) {
        EXPECT_FALSE(window->documents()->saveTo(target)) << str(target);
        EXPECT_FALSE(QFile::exists(target));
    }
    ASSERT_EQ(problems.count(), 2);
    EXPECT_TRUE(problems.at(1).at(0).toString().contains(QStringLiteral("/proc/regviz-test.json")));
    EXPECT_TRUE(window->documents()->currentFile().isEmpty());
}

TEST_F(SessionWindowTest, PresetMenuOpensTheStepTooLargePreset)
{
    const std::optional<Session> expected = presetSession(QStringLiteral("step-too-large.json"));
    ASSERT_TRUE(expected);
    QString title;
    for (const auto &[presetPath, presetTitle] : regviz::sessionPresets()) {
        if (presetPath.endsWith(QStringLiteral("step-too-large.json")))
            title = presetTitle;
    }
    ASSERT_FALSE(title.isEmpty());
    QAction *preset = nullptr;
    for (QAction *action : window->documents()->presetsMenu()->actions()) {
        if (action->text() == title)
            preset = action;
    }
    ASSERT_NE(preset, nullptr);
    preset->trigger();
    regviz::test::settle();

    EXPECT_EQ(controller()->params(), expected->params);
    EXPECT_EQ(controller()->descentSettings(), expected->descent);
    EXPECT_EQ(controller()->scene()->trace(regviz::Penalty::L2).status, regviz::DescentStatus::Diverged);
}

} // namespace

namespace {

/// Both copies of the regularized panel: the article's and the one beside the 2-D picture.
QList<regviz::RegularizedPanel *> regularizedPanels(const regviz::MainWindow &window)
{
    QList<regviz::RegularizedPanel *> panels;
    for (regviz::PlotPanel *panel : window.plotPanels()) {
        if (auto *regularized = qobject_cast<regviz::RegularizedPanel *>(panel))
            panels << regularized;
    }
    return panels;
}

QToolButton *zoomButtonOf(const regviz::RegularizedPanel *panel)
{
    for (QToolButton *button : panel->findChildren<QToolButton *>()) {
        if (button->isCheckable())
            return button;
    }
    return nullptr;
}

} // namespace

TEST_F(SessionWindowTest, ZoomReachesBothCopiesOfTheRegularizedPanel)
{
    const QList<regviz::RegularizedPanel *> panels = regularizedPanels(*window);
    ASSERT_EQ(panels.size(), 2);
    // From the View menu...
    window->viewActions()->zoomNearZeroAction()->trigger();
    regviz::test::settle();
    for (const regviz::RegularizedPanel *panel : panels)
        EXPECT_TRUE(panel->zoomedNearZero()) << panel->objectName().toStdString();
    // ...and from the button of the copy on the "Old way / new way" page: the menu follows it too.
    QToolButton *copyButton = zoomButtonOf(panels[1]);
    ASSERT_NE(copyButton, nullptr);
    copyButton->click();
    regviz::test::settle();
    EXPECT_FALSE(window->view()->options().zoomNearZero);
    EXPECT_FALSE(window->viewActions()->zoomNearZeroAction()->isChecked());
    for (const regviz::RegularizedPanel *panel : panels) {
        EXPECT_FALSE(panel->zoomedNearZero()) << panel->objectName().toStdString();
        EXPECT_FALSE(zoomButtonOf(panel)->isChecked()) << panel->objectName().toStdString();
    }
}

TEST_F(SessionWindowTest, ImportedDataIsSavedWithItsAbsolutePath)
{
    const QString file = path(QStringLiteral("relative.csv"));
    ASSERT_TRUE(regviz::test::writeBytes(file, "x,y\n1,2\n2,4.5\n3,5.5\n"));
    // Imported by a path relative to the working folder, as `--data relative.csv` gives it.
    const QString before = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(QFileInfo(file).absolutePath()));
    const bool imported = window->documents()->importData(QStringLiteral("relative.csv"));
    ASSERT_TRUE(QDir::setCurrent(before));
    ASSERT_TRUE(imported);
    regviz::test::settle();
    EXPECT_EQ(window->currentSession().dataFile, QFileInfo(file).absoluteFilePath());
}

TEST_F(SessionWindowTest, AMissingDataFileKeepsTheRestOfTheSession)
{
    regviz::Session s;
    s.params.lambda = 1.25;
    s.params.noise = 0.7;
    s.descent.optimizer = regviz::Optimizer::Clip;
    s.view.showElastic = true;
    s.dataFile = path(QStringLiteral("gone.csv")); // never written
    const std::optional<QString> message = window->openSession(s);
    regviz::test::settle();
    ASSERT_TRUE(message);
    EXPECT_TRUE(message->contains(QStringLiteral("gone.csv"))) << regviz::test::str(*message);
    EXPECT_TRUE(message->contains(QStringLiteral("generated data"))) << regviz::test::str(*message);
    EXPECT_EQ(controller()->params(), s.params);
    EXPECT_EQ(controller()->descentSettings().optimizer, regviz::Optimizer::Clip);
    EXPECT_FALSE(controller()->hasImportedData());
    EXPECT_TRUE(window->view()->options().showElastic);
}

TEST_F(SessionWindowTest, AStartOutsideTheDefaultRangeIsShownAndSteppedAsItIs)
{
    regviz::Session s;
    s.descent.w0 = 7.5; // sessions and the command line allow ±100
    ASSERT_FALSE(window->openSession(s));
    regviz::test::settle();
    regviz::ParamSlider *start = window->controlPanel()->startSlider();
    EXPECT_DOUBLE_EQ(start->value(), 7.5);
    EXPECT_GE(start->maximum(), 7.5);
    // A key press on the focused slider moves the start from 7.5, not from the old end of the range.
    start->slider()->setFocus();
    QTest::keyClick(start->slider(), Qt::Key_Down);
    regviz::test::settle();
    EXPECT_LT(controller()->descentSettings().w0, 7.5);
    EXPECT_GT(controller()->descentSettings().w0, 7.0);
}
