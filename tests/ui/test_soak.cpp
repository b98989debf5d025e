#include "model/descent_player.h"
#include "model/panel_names.h"
#include "model/scene_controller.h"
#include "model/scene_history.h"
#include "model/session.h"
#include "scene_checks.h"
#include "ui/actions/document_actions.h"
#include "ui/controls/control_panel.h"
#include "ui/controls/param_slider.h"
#include "ui/export/figure_exporter.h"
#include "ui/main_window.h"
#include "ui/plots/dashboard.h"
#include "ui/plots/path_panel.h"
#include "ui/plots/plot_panel.h"
#include "ui/plots/regularized_panel.h"
#include "ui/plots/resampling_panel.h"
#include "ui_test_support.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <deque>
#include <functional>
#include <gtest/gtest.h>
#include <iostream>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <vector>

// Random user actions on the real window, checking after each one that nothing drawn or shown is NaN or
// infinite, that the numbers shown are the core's, that the controls show the controller's values and
// that undo brings back what a session load replaced. ctest runs a bounded number of actions;
// REGVIZ_SOAK_ACTIONS=10000 (scripts/soak) runs more, REGVIZ_SOAK_SEED repeats a run.

namespace {

using regviz::SceneState;
using regviz::test::Problem;
using regviz::test::settle;

constexpr std::uint64_t kDefaultSeed = 20'240'607;
constexpr std::uint64_t kDefaultActions = 1500;
/// Above this many points the checks do not redraw the data themselves, and a CSV of the dataset is not
/// written: each costs O(n) and would dominate the run.
constexpr int kCheapSamples = 20'000;

std::uint64_t fromEnvironment(const char *name, std::uint64_t fallback)
{
    bool ok = false;
    const std::uint64_t value = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? value : fallback;
}

class Soak : public regviz::test::WindowTest
{
protected:
    using Action = std::function<std::string()>;

    void SetUp() override
    {
        WindowTest::SetUp();
        const std::pair<const char *, QByteArray> csvs[] = {
            {"line.csv", "x,y\n-1,-0.4\n-0.5,-0.3\n0.25,0.2\n1,0.6\n2,0.9\n"},
            {"two-rows.csv", "1,2\n-1,3\n"},
            {"same-x.csv", "x,y\n0.5,1\n0.5,2\n0.5,-3\n"},
            {"same-y.csv", "x,y\n-1,2\n0,2\n3,2\n"},
            {"all-x-zero.csv", "0,1\n0,2\n0,-1\n"},
            {"huge-values.csv", "1e150,-1e150\n-2e149,3e149\n"},
            {"bad.csv", "x,y\n1,2\n3,nan\n"},
        };
        for (const auto &[name, bytes] : csvs)
            ASSERT_TRUE(regviz::test::writeBytes(path(QString::fromLatin1(name)), bytes));
        ASSERT_TRUE(
            regviz::test::writeBytes(path(QStringLiteral("bad.json")), "{\"format\": \"regviz-session\""));
        for (QAction *menu : window->menuBar()->actions()) {
            if (menu->text() == QStringLiteral("&View")) {
                for (QAction *a : menu->menu()->actions())
                    if (a->isCheckable())
                        m_viewToggles.push_back(a);
            }
        }
        ASSERT_GE(m_viewToggles.size(), 8U);
    }

    [[nodiscard]] QAction *action(const QKeySequence &key) const
    {
        for (QAction *a : window->findChildren<QAction *>()) {
            if (a->shortcut() == key)
                return a;
        }
        ADD_FAILURE() << "no action for " << key.toString().toStdString();
        return nullptr;
    }

    int uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    double real(double low, double high) { return std::uniform_real_distribution<double>(low, high)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }
    template <typename T> T &pick(std::vector<T> &items)
    {
        return items[static_cast<std::size_t>(uniform(0, static_cast<int>(items.size()) - 1))];
    }

    [[nodiscard]] std::vector<regviz::ParamSlider *> sliders() const
    {
        const regviz::ControlPanel *c = window->controlPanel();
        return {c->lambdaSlider(),       c->trueWeightSlider(), c->noiseSlider(),
                c->samplesSlider(),      c->alphaSlider(),      c->correlationSlider(),
                c->secondWeightSlider(), c->etaSlider(),        c->startSlider()};
    }

    std::string moveSlider()
    {
        std::vector<regviz::ParamSlider *> all = sliders();
        regviz::ParamSlider *s = pick(all);
        const int max = s->slider()->maximum();
        int position = uniform(0, max);
        if (chance(0.4))
            position = chance(0.5) ? 0 : max;
        // n = 1,000,000 is drawn in full: keep it a rare end.
        if (s == window->controlPanel()->samplesSlider() && position > max * 4 / 5 && !chance(0.1))
            position = max * 4 / 5;
        s->slider()->setValue(position);
        return s->spinBox()->accessibleName().toStdString() + " slider to " + std::to_string(position);
    }

    std::string typeInSpinBox()
    {
        std::vector<regviz::ParamSlider *> all = sliders();
        regviz::ParamSlider *s = pick(all);
        QDoubleSpinBox *spin = s->spinBox();
        double value = real(spin->minimum(), spin->maximum());
        if (chance(0.3))
            value = chance(0.5) ? spin->minimum() : spin->maximum();
        else if (chance(0.1))
            value = chance(0.5) ? spin->minimum() - 1.0 : spin->maximum() + 1.0; // the box clamps it
        if (s == window->controlPanel()->samplesSlider() && value > 200'000 && !chance(0.1))
            value = real(2, 5000);
        spin->setValue(value);
        return spin->accessibleName().toStdString() + " spin box to " + std::to_string(value);
    }

    std::string descentControl()
    {
        switch (uniform(0, 6)) {
        case 0:
            action(Qt::Key_Space)->trigger();
            return "play/pause";
        case 1:
            action(Qt::Key_Right)->trigger();
            return "step forward";
        case 2:
            action(Qt::Key_Left)->trigger();
            return "step back";
        case 3:
            action(Qt::Key_Home)->trigger();
            return "reset run";
        case 4: {
            const int frame = uniform(0, window->frameScrubber()->maximum());
            window->frameScrubber()->setValue(frame);
            return "scrub to " + std::to_string(frame);
        }
        case 5: {
            QComboBox *box = window->controlPanel()->optimizerBox();
            const int index = uniform(0, box->count() - 1);
            box->setCurrentIndex(index);
            return "optimizer " + std::to_string(index);
        }
        default: {
            QSpinBox *steps = window->controlPanel()->stepsBox();
            const int value = chance(0.05)  ? steps->maximum()
                              : chance(0.2) ? steps->minimum()
                                            : uniform(1, 2000);
            steps->setValue(value);
            return "step cap " + std::to_string(value);
        }
        }
    }

    std::string sceneControl()
    {
        switch (uniform(0, 3)) {
        case 0: {
            QSpinBox *seed = window->controlPanel()->seedBox();
            const int value = chance(0.3) ? (chance(0.5) ? 0 : seed->maximum()) : uniform(0, 1000);
            seed->setValue(value);
            return "seed " + std::to_string(value);
        }
        case 1:
            action(QKeySequence(Qt::CTRL | Qt::Key_R))->trigger();
            return "new sample";
        case 2:
            action(QKeySequence(Qt::CTRL | Qt::Key_0))->trigger();
            return "reset parameters";
        default:
            if (controller()->hasImportedData() || controller()->params().samples > kCheapSamples)
                return "resample (skipped: large n or imported data)";
            Q_EMIT window->dashboard()->resamplingPanel()->resampleRequested(regviz::ResamplingPanel::kDraws);
            return "resample";
        }
    }

    std::string viewControl()
    {
        QTabWidget *pages = window->dashboard()->pages();
        if (chance(0.4)) {
            const int page = uniform(0, pages->count() - 1);
            pages->setCurrentIndex(page);
            return "page " + std::to_string(page);
        }
        QAction *toggle = pick(m_viewToggles);
        toggle->trigger();
        return "view toggle '" + toggle->text().toStdString() + "'";
    }

    /// A click on a loss plot (descent start), on the path plot (lambda) or a hover anywhere shown.
    std::string mouseOnAPlot()
    {
        QList<regviz::PlotPanel *> shown;
        for (regviz::PlotPanel *panel : window->plotPanels()) {
            if (panel->isVisible())
                shown << panel;
        }
        if (shown.isEmpty())
            return "mouse (no plot shown)";
        regviz::PlotPanel *panel = shown[uniform(0, static_cast<int>(shown.size()) - 1)];
        QCustomPlot *plot = panel->plot();
        const QRect area = plot->axisRect()->rect();
        const QPoint at(uniform(area.left(), area.right()), uniform(area.top(), area.bottom()));
        if (chance(0.5))
            QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, at);
        else
            QTest::mouseMove(plot, at);
        if (regviz::test::mentionsNonFinite(panel->readoutText()))
            m_problem = "read-out '" + panel->readoutText().toStdString() + "'";
        return "mouse on '" + panel->title().toStdString() + "' at " + std::to_string(at.x()) + "," +
               std::to_string(at.y());
    }

    std::string undoOrRedo()
    {
        const bool undo = chance(0.6);
        if (chance(0.3)) {
            window->dashboard()->setFocus();
            QTest::keySequence(window.get(), QKeySequence(undo ? QKeySequence::Undo : QKeySequence::Redo));
        } else {
            action(undo ? QKeySequence::Undo : QKeySequence::Redo)->trigger();
        }
        return undo ? "undo" : "redo";
    }

    /// Opens a preset or a session saved earlier in the run, then undoes it: the scene before must be back.
    std::string sessionLoadThenUndo()
    {
        regviz::SceneHistory *history = window->history();
        history->breakMerge();
        const SceneState before = history->current();
        std::string what;
        if (m_saved.empty() || chance(0.5)) {
            QList<QAction *> presets = window->documents()->presetsMenu()->actions();
            QAction *preset = presets[uniform(0, static_cast<int>(presets.size()) - 1)];
            preset->trigger();
            what = "preset '" + preset->text().toStdString() + "'";
        } else {
            const QString file = pick(m_saved);
            if (!window->documents()->openFile(file))
                m_problem = "could not open the session saved earlier, " + file.toStdString();
            what = "session " + QFileInfo(file).fileName().toStdString();
        }
        settle();
        // cppcheck-suppress knownConditionTrueFalse ; opening the file changed the history's current scene
        if (history->current() != before) {
            action(QKeySequence::Undo)->trigger();
            settle();
            // cppcheck-suppress knownConditionTrueFalse ; so does undo
            if (history->current() != before)
                m_problem = "undo after opening " + what + " did not bring the scene back";
        }
        return "open " + what + ", undo";
    }

    std::string saveSession()
    {
        const QString file = path(QStringLiteral("soak-%1.json").arg(m_saved.size() % 3));
        if (!window->documents()->saveTo(file))
            m_problem = "could not save " + file.toStdString();
        if (m_saved.size() < 3)
            m_saved.push_back(file);
        return "save " + QFileInfo(file).fileName().toStdString();
    }

    std::string importOrClear()
    {
        if (controller()->hasImportedData() && chance(0.5)) {
            window->documents()->clearImportedData();
            return "back to generated data";
        }
        std::vector<QString> files{QStringLiteral("line.csv"),       QStringLiteral("two-rows.csv"),
                                   QStringLiteral("same-x.csv"),     QStringLiteral("same-y.csv"),
                                   QStringLiteral("all-x-zero.csv"), QStringLiteral("huge-values.csv")};
        const QString file = pick(files);
        if (!window->documents()->importData(path(file)))
            m_problem = "could not import " + file.toStdString();
        return "import " + file.toStdString();
    }

    /// Bad files and targets: each must be refused with a message and change nothing.
    std::string badInput()
    {
        const SceneState before = window->history()->current();
        QSignalSpy problems(window->documents(), &regviz::DocumentActions::problemShown);
        std::string what;
        bool accepted = false;
        switch (uniform(0, 3)) {
        case 0:
            what = "open bad.json";
            accepted = window->documents()->openFile(path(QStringLiteral("bad.json")));
            break;
        case 1:
            what = "import bad.csv";
            accepted = window->documents()->importData(path(QStringLiteral("bad.csv")));
            break;
        case 2:
            what = "export a figure into a missing folder";
            accepted = window->documents()->exportFigureTo(path(QStringLiteral("missing/f.png")),
                                                           {QString(), QSize(300, 200), 1.0});
            break;
        default:
            what = "export data under /proc";
            accepted = window->documents()->exportDataTo(QStringLiteral("/proc/regviz-soak.csv"),
                                                         regviz::DataExport::Curves);
            break;
        }
        if (accepted || problems.count() != 1)
            m_problem = what + " was not refused with one message";
        else if (window->history()->current() != before)
            m_problem = what + " changed the scene";
        return what;
    }

    std::string exportFile()
    {
        if (chance(0.3)) {
            QStringList panels = regviz::panelNames();
            panels << QString();
            const QString panel = panels[uniform(0, static_cast<int>(panels.size()) - 1)];
            const QString file = path(QStringLiteral("soak.png"));
            if (!window->documents()->exportFigureTo(file, {panel, QSize(320, 200), 1.0}) ||
                QImage(file).size() != QSize(320, 200))
                m_problem = "PNG export of '" + panel.toStdString() + "' failed";
            return "export PNG '" + panel.toStdString() + "'";
        }
        auto kind = static_cast<regviz::DataExport>(uniform(0, 2));
        if (kind == regviz::DataExport::Dataset && !controller()->hasImportedData() &&
            controller()->params().samples > kCheapSamples)
            kind = regviz::DataExport::Curves;
        const QString file = path(QStringLiteral("soak.csv"));
        if (!window->documents()->exportDataTo(file, kind) || QFileInfo(file).size() == 0)
            m_problem = "CSV export failed";
        return "export CSV " + std::to_string(static_cast<int>(kind));
    }

    /// Everything that must hold once the events of an action have been processed.
    Problem check(std::uint64_t index)
    {
        if (m_problem)
            return m_problem;
        if (Problem p = regviz::test::nonFinitePlotData(window.get()))
            return p;
        const regviz::SceneSnapshot s = scene();
        if (s->params != controller()->params() || s->descent != controller()->descentSettings())
            return std::string("the scene is not the controller's");
        if (Problem p = regviz::test::numbersProblem(*window->numbersPanel(), *s))
            return p;
        if (s->imported || s->params.samples <= kCheapSamples || index % 50 == 0) {
            if (Problem p = regviz::test::momentsProblem(*s))
                return p;
        }
        if (Problem p = regviz::test::controlsProblem(*window->controlPanel(), s->params, s->descent))
            return p;
        const regviz::DescentPlayer *player = window->player();
        if (player->lastFrame() != s->lastFrame() || player->frame() < 0 || player->frame() > s->lastFrame())
            return "frame " + std::to_string(player->frame()) + " of " + std::to_string(player->lastFrame());
        const QUndoStack &stack = window->history()->stack();
        if (action(QKeySequence::Undo)->isEnabled() != stack.canUndo() ||
            action(QKeySequence::Redo)->isEnabled() != stack.canRedo())
            return std::string("undo/redo enabled state does not follow the history");
        return std::nullopt;
    }

    std::mt19937_64 m_rng;
    std::vector<QAction *> m_viewToggles;
    std::vector<QString> m_saved;
    Problem m_problem;
};

TEST_F(Soak, RandomUserActionsKeepEveryNumberFiniteAndTrue)
{
    const std::uint64_t seed = fromEnvironment("REGVIZ_SOAK_SEED", kDefaultSeed);
    const std::uint64_t count = fromEnvironment("REGVIZ_SOAK_ACTIONS", kDefaultActions);
    m_rng.seed(seed);
    const std::string repeat =
        "REGVIZ_SOAK_SEED=" + std::to_string(seed) + " REGVIZ_SOAK_ACTIONS=" + std::to_string(count);

    struct Kind
    {
        const char *name;
        double weight;
        std::function<std::string()> run;
    };
    const std::vector<Kind> kinds{
        {"slider", 22,
         [this] {
             return moveSlider();
         }},
        {"spin box", 8,
         [this] {
             return typeInSpinBox();
         }},
        {"descent", 16,
         [this] {
             return descentControl();
         }},
        {"scene", 5,
         [this] {
             return sceneControl();
         }},
        {"view", 9,
         [this] {
             return viewControl();
         }},
        {"mouse", 7,
         [this] {
             return mouseOnAPlot();
         }},
        {"undo", 12,
         [this] {
             return undoOrRedo();
         }},
        {"session", 3,
         [this] {
             return sessionLoadThenUndo();
         }},
        {"save", 1,
         [this] {
             return saveSession();
         }},
        {"import", 2,
         [this] {
             return importOrClear();
         }},
        {"bad input", 1.5,
         [this] {
             return badInput();
         }},
        {"export", 1,
         [this] {
             return exportFile();
         }},
    };
    std::vector<double> weights;
    weights.reserve(kinds.size());
    for (const Kind &k : kinds)
        weights.push_back(k.weight);
    std::discrete_distribution<std::size_t> chooseKind(weights.begin(), weights.end());

    std::map<std::string, int> counts;
    std::deque<std::string> recent;
    QElapsedTimer clock;
    clock.start();
    for (std::uint64_t i = 0; i < count; ++i) {
        const Kind &kind = kinds[chooseKind(m_rng)];
        ++counts[kind.name];
        recent.push_back(std::to_string(i) + ": " + kind.run());
        if (recent.size() > 12)
            recent.pop_front();
        for (QMessageBox *box : window->findChildren<QMessageBox *>())
            box->close();
        settle();
        if (const Problem problem = check(i)) {
            std::string log;
            for (const std::string &line : recent)
                log += "\n  " + line;
            FAIL() << "after action " << i << ": " << *problem << "\nlast actions:" << log << "\nrepeat with "
                   << repeat;
        }
    }
    window->player()->pause();

    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    std::cout << "soak: " << count << " actions in " << seconds << " s, seed " << seed << " (" << repeat
              << ")\n ";
    for (const auto &[name, n] : counts)
        std::cout << " " << name << " " << n << ";";
    std::cout << "\n  history: " << window->history()->stack().count() << " steps\n";
    RecordProperty("seed", std::to_string(seed));
    RecordProperty("actions", std::to_string(count));
}

} // namespace
