#include "model/scene_controller.h"
#include "model/scene_history.h"
#include "model/session.h"
#include "ui/actions/document_actions.h"
#include "ui/controls/control_panel.h"
#include "ui/controls/param_slider.h"
#include "ui/main_window.h"
#include "ui/plots/dashboard.h"
#include "ui_test_support.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QMenuBar>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <functional>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace {

using regviz::SceneState;
using regviz::test::settle;
using regviz::test::str;
using regviz::test::writeBytes;

class HistoryTest : public regviz::test::WindowTest
{
protected:
    [[nodiscard]] regviz::SceneHistory *history() const { return window->history(); }
    [[nodiscard]] const QUndoStack &stack() const { return history()->stack(); }
    [[nodiscard]] regviz::ControlPanel *controls() const { return window->controlPanel(); }

    [[nodiscard]] QAction *action(QKeySequence::StandardKey key) const
    {
        for (QAction *a : window->findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(key))
                return a;
        }
        ADD_FAILURE() << "no action for " << str(QKeySequence(key).toString());
        return nullptr;
    }
    [[nodiscard]] QAction *undoAction() const { return action(QKeySequence::Undo); }
    [[nodiscard]] QAction *redoAction() const { return action(QKeySequence::Redo); }

    /// Moves a slider the way a drag does, one event-loop turn per position.
    static void dragTo(regviz::ParamSlider *slider, double value)
    {
        slider->slider()->setValue(slider->sliderPosition(value));
        settle();
    }

    void undo()
    {
        undoAction()->trigger();
        settle();
    }
    void redo()
    {
        redoAction()->trigger();
        settle();
    }
};

TEST_F(HistoryTest, UndoAndRedoUseTheStandardKeysInTheEditMenuAndStartDisabled)
{
    QAction *undo = undoAction();
    QAction *redo = redoAction();
    ASSERT_NE(undo, nullptr);
    ASSERT_NE(redo, nullptr);
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_FALSE(redo->isEnabled());
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo"));
    QMenu *edit = nullptr;
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Edit"))
            edit = menu->menu();
    }
    ASSERT_NE(edit, nullptr);
    EXPECT_TRUE(edit->actions().contains(undo));
    EXPECT_TRUE(edit->actions().contains(redo));
    EXPECT_EQ(window->menuBar()->actions().at(1)->menu(), edit) << "Edit follows File";
}

TEST_F(HistoryTest, ASliderDragIsOneStepNamedAfterItsParameter)
{
    const double before = controller()->params().lambda;
    for (const double lambda : {0.8, 1.2, 1.9, 2.4, 3.0})
        dragTo(controls()->lambdaSlider(), lambda);
    ASSERT_DOUBLE_EQ(controller()->params().lambda, 3.0);

    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("λ change"));
    EXPECT_EQ(undoAction()->text(), QStringLiteral("&Undo λ change"));
    EXPECT_TRUE(undoAction()->isEnabled());
    EXPECT_FALSE(redoAction()->isEnabled());

    undo();
    EXPECT_EQ(controller()->params().lambda, before);
    EXPECT_EQ(scene()->params.lambda, before);
    EXPECT_DOUBLE_EQ(controls()->lambdaSlider()->value(), before);
    EXPECT_FALSE(undoAction()->isEnabled());
    EXPECT_TRUE(redoAction()->isEnabled());
    EXPECT_EQ(redoAction()->text(), QStringLiteral("&Redo λ change"));

    redo();
    EXPECT_EQ(controller()->params().lambda, 3.0);
    EXPECT_DOUBLE_EQ(controls()->lambdaSlider()->value(), 3.0);
    EXPECT_EQ(stack().count(), 1) << "undo and redo push nothing";
}

TEST_F(HistoryTest, ReleasingTheSliderEndsTheStep)
{
    QSlider *slider = controls()->lambdaSlider()->slider();
    slider->setSliderDown(true);
    dragTo(controls()->lambdaSlider(), 1.0);
    dragTo(controls()->lambdaSlider(), 2.0);
    slider->setSliderDown(false); // emits sliderReleased
    slider->setSliderDown(true);
    dragTo(controls()->lambdaSlider(), 4.0);
    slider->setSliderDown(false);
    settle();

    ASSERT_EQ(stack().count(), 2);
    undo();
    EXPECT_EQ(controller()->params().lambda, 2.0);
    undo();
    EXPECT_EQ(controller()->params().lambda, regviz::limits::lambda.defaultValue);
}

TEST_F(HistoryTest, APauseOfASecondEndsTheStep)
{
    dragTo(controls()->noiseSlider(), 0.5);
    QTest::qWait(regviz::SceneHistory::kMergeWindowMs + 100);
    dragTo(controls()->noiseSlider(), 1.0);
    ASSERT_EQ(stack().count(), 2);
    undo();
    EXPECT_EQ(controller()->params().noise, 0.5);
}

TEST_F(HistoryTest, DifferentParametersAreSeparateSteps)
{
    dragTo(controls()->lambdaSlider(), 1.5);
    dragTo(controls()->noiseSlider(), 0.7);
    dragTo(controls()->lambdaSlider(), 2.5);
    ASSERT_EQ(stack().count(), 3);
    EXPECT_EQ(stack().undoText(), QStringLiteral("λ change"));
    undo();
    EXPECT_EQ(stack().undoText(), QStringLiteral("noise change"));
    EXPECT_EQ(controller()->params().lambda, 1.5);
    undo();
    EXPECT_EQ(controller()->params().noise, 0.0);
    EXPECT_EQ(controller()->params().lambda, 1.5);
}

TEST_F(HistoryTest, DraggingBackToTheStartLeavesNoStep)
{
    const double before = controller()->params().lambda;
    dragTo(controls()->lambdaSlider(), 2.0);
    dragTo(controls()->lambdaSlider(), before);
    EXPECT_EQ(stack().count(), 0);
    EXPECT_FALSE(undoAction()->isEnabled());
}

TEST_F(HistoryTest, EveryControlThatChangesTheSceneIsUndoable)
{
    struct Control
    {
        const char *name;
        const char *undoText;
        std::function<void()> change;
    };
    regviz::ControlPanel *c = controls();
    const auto slide = [](regviz::ParamSlider *slider, double value) {
        return [slider, value] {
            slider->slider()->setValue(slider->sliderPosition(value));
        };
    };
    const std::vector<Control> all{
        {"lambda", "λ change", slide(c->lambdaSlider(), 2.0)},
        {"true weight", "true weight change", slide(c->trueWeightSlider(), -1.0)},
        {"noise", "noise change", slide(c->noiseSlider(), 1.5)},
        {"samples", "n change", slide(c->samplesSlider(), 30)},
        {"alpha", "α change", slide(c->alphaSlider(), 0.9)},
        {"correlation", "ρ change", slide(c->correlationSlider(), -0.5)},
        {"second weight", "w₂ change", slide(c->secondWeightSlider(), 1.0)},
        {"eta", "η change", slide(c->etaSlider(), 0.5)},
        {"start", "w₀ change", slide(c->startSlider(), -0.75)},
        {"lambda spin box", "λ change",
         [c] {
             c->lambdaSlider()->spinBox()->setValue(4.25);
         }},
        {"seed", "seed change",
         [c] {
             c->seedBox()->setValue(99);
         }},
        {"step cap", "step cap change",
         [c] {
             c->stepsBox()->setValue(77);
         }},
        {"optimizer", "optimizer change",
         [c] {
             c->optimizerBox()->setCurrentIndex(2);
         }},
        {"new sample", "seed change",
         [c] {
             c->newSampleButton()->click();
         }},
    };
    for (const Control &control : all) {
        SCOPED_TRACE(control.name);
        history()->breakMerge();
        const SceneState before = history()->current();
        const int count = stack().count();
        control.change();
        settle();
        ASSERT_NE(history()->current(), before) << "the control changed nothing";
        EXPECT_EQ(stack().count(), count + 1);
        EXPECT_EQ(str(stack().undoText()), control.undoText);
        const SceneState after = history()->current();

        undo();
        EXPECT_EQ(history()->current(), before);
        EXPECT_EQ(scene()->params, before.params);
        EXPECT_EQ(scene()->descent, before.descent);
        redo();
        EXPECT_EQ(history()->current(), after);
        EXPECT_EQ(stack().count(), count + 1);
    }
}

TEST_F(HistoryTest, UndoingAClickOnALossPlotPutsTheStartBack)
{
    const double before = controller()->descentSettings().w0;
    Q_EMIT window->dashboard()->startPicked(-0.4);
    settle();
    ASSERT_EQ(controller()->descentSettings().w0, -0.4);
    EXPECT_EQ(stack().undoText(), QStringLiteral("w₀ change"));
    undo();
    EXPECT_EQ(controller()->descentSettings().w0, before);
    EXPECT_DOUBLE_EQ(controls()->startSlider()->value(), before);
}

TEST_F(HistoryTest, UndoingASessionLoadBringsTheImportedDataBack)
{
    const QString csv = path(QStringLiteral("points.csv"));
    ASSERT_TRUE(writeBytes(csv, "x,y\n-1,-0.5\n0,0.1\n1,0.4\n2,1.1\n"));
    ASSERT_TRUE(window->documents()->importData(csv));
    settle();
    EXPECT_EQ(stack().undoText(), QStringLiteral("import points.csv"));
    dragTo(controls()->lambdaSlider(), 1.25);
    const SceneState before = history()->current();
    const regviz::Moments importedMoments = scene()->moments;
    ASSERT_TRUE(before.data);

    regviz::Session generated;
    generated.params.lambda = 0.125;
    generated.params.noise = 0.9;
    generated.descent.optimizer = regviz::Optimizer::Proximal;
    const QString file = path(QStringLiteral("generated & noisy.json"));
    ASSERT_TRUE(writeBytes(file, regviz::sessionToJson(generated)));
    ASSERT_TRUE(window->documents()->openFile(file));
    settle();
    ASSERT_FALSE(controller()->hasImportedData());
    EXPECT_EQ(stack().undoText(), QStringLiteral("open session generated & noisy.json"));
    EXPECT_EQ(undoAction()->text(), QStringLiteral("&Undo open session generated && noisy.json"));

    undo();
    EXPECT_EQ(history()->current(), before);
    EXPECT_EQ(controller()->importedData(), before.data) << "the very same rows, not read again";
    EXPECT_EQ(controller()->importedPath(), csv);
    EXPECT_EQ(scene()->moments, importedMoments);
    EXPECT_FALSE(controls()->noiseSlider()->isEnabled()) << "the controls show imported data again";

    redo();
    EXPECT_EQ(controller()->params(), generated.params);
    EXPECT_EQ(controller()->descentSettings(), generated.descent);
    EXPECT_FALSE(controller()->hasImportedData());
}

TEST_F(HistoryTest, UndoingAnImportBringsTheGeneratedDrawBack)
{
    const regviz::Moments generated = scene()->moments;
    const QString csv = path(QStringLiteral("points.csv"));
    ASSERT_TRUE(writeBytes(csv, "1,2\n3,4\n5,7\n"));
    ASSERT_TRUE(window->documents()->importData(csv));
    settle();
    ASSERT_EQ(scene()->moments.n, 3);
    window->documents()->clearImportedData();
    settle();
    EXPECT_EQ(stack().undoText(), QStringLiteral("back to generated data"));
    undo();
    EXPECT_EQ(scene()->moments.n, 3);
    undo();
    EXPECT_FALSE(controller()->hasImportedData());
    EXPECT_EQ(scene()->moments, generated);
    EXPECT_FALSE(undoAction()->isEnabled());
}

TEST_F(HistoryTest, PresetsAndResetAreNamedSteps)
{
    QAction *preset = window->documents()->presetsMenu()->actions().at(2);
    dragTo(controls()->lambdaSlider(), 0.2);
    const SceneState before = history()->current();
    preset->trigger();
    settle();
    ASSERT_NE(history()->current(), before);
    EXPECT_EQ(stack().undoText(), QStringLiteral("preset “%1”").arg(preset->text()));
    undo();
    EXPECT_EQ(history()->current(), before);

    QAction *reset = nullptr;
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_0))
            reset = a;
    }
    ASSERT_NE(reset, nullptr);
    reset->trigger();
    settle();
    EXPECT_EQ(controller()->params(), regviz::Params{});
    EXPECT_EQ(stack().undoText(), QStringLiteral("reset parameters"));
    undo();
    EXPECT_EQ(history()->current(), before);
}

TEST_F(HistoryTest, FailedLoadsAndImportsAreNoSteps)
{
    dragTo(controls()->lambdaSlider(), 2.0);
    const int count = stack().count();
    const QString bad = path(QStringLiteral("bad.json"));
    ASSERT_TRUE(writeBytes(bad, "{\"format\": "));
    EXPECT_FALSE(window->documents()->openFile(bad));
    EXPECT_FALSE(window->documents()->importData(path(QStringLiteral("missing.csv"))));
    settle();
    EXPECT_EQ(stack().count(), count);
    EXPECT_EQ(stack().undoText(), QStringLiteral("λ change"));
}

TEST_F(HistoryTest, RepeatedUndoAndRedoWalkTheSameStates)
{
    std::vector<SceneState> states{history()->current()};
    for (const double lambda : {1.0, 2.0, 3.0}) {
        history()->breakMerge();
        dragTo(controls()->lambdaSlider(), lambda);
        states.push_back(history()->current());
    }
    ASSERT_EQ(stack().count(), 3);
    for (int round = 0; round < 3; ++round) {
        for (int i = 2; i >= 0; --i) {
            undo();
            ASSERT_EQ(history()->current(), states[static_cast<std::size_t>(i)]);
        }
        undo(); // nothing left: changes nothing
        EXPECT_EQ(history()->current(), states.front());
        for (std::size_t i = 1; i < states.size(); ++i) {
            redo();
            ASSERT_EQ(history()->current(), states[i]);
        }
    }
    EXPECT_EQ(stack().count(), 3);
}

TEST_F(HistoryTest, ANewChangeAfterUndoDropsTheRedoSteps)
{
    dragTo(controls()->lambdaSlider(), 1.0);
    undo();
    dragTo(controls()->noiseSlider(), 0.3);
    EXPECT_EQ(stack().count(), 1);
    EXPECT_FALSE(redoAction()->isEnabled());
    EXPECT_EQ(stack().undoText(), QStringLiteral("noise change"));
}

TEST_F(HistoryTest, CtrlZReachesTheWindowFromAFocusedSpinBox)
{
    QDoubleSpinBox *spin = controls()->lambdaSlider()->spinBox();
    spin->setValue(1.75);
    settle();
    ASSERT_EQ(controller()->params().lambda, 1.75);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Z, Qt::ControlModifier);
    settle();
    EXPECT_EQ(controller()->params().lambda, regviz::limits::lambda.defaultValue);
    QTest::keySequence(spin, QKeySequence(QKeySequence::Redo));
    settle();
    EXPECT_EQ(controller()->params().lambda, 1.75);
}

TEST_F(HistoryTest, TheSceneTheWindowStartsWithIsNotUndoable)
{
    regviz::Session s;
    s.params.lambda = 2.5;
    window->start(s, true);
    settle();
    EXPECT_EQ(controller()->params().lambda, 2.5);
    EXPECT_EQ(stack().count(), 0);
    EXPECT_FALSE(undoAction()->isEnabled());
}

} // namespace
