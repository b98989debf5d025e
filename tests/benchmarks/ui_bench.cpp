// Measures what a user feels: a slider event on the real MainWindow (1600x1000, offscreen platform, every
// panel visible) until every affected panel has repainted, a descent frame step, start-up, and a PNG
// export. Prints a table (or JSON with --json); exits non-zero only when it cannot run. --quick runs each
// case a few times (the CI smoke test); --only CASE runs one case and --draft holds draft quality, for a
// profiler.

#include "app/heap_policy.h"
#include "model/descent_player.h"
#include "model/feature_controller.h"
#include "model/scene_controller.h"
#include "model/view_state.h"
#include "ui/controls/control_panel.h"
#include "ui/controls/param_slider.h"
#include "ui/export/figure_exporter.h"
#include "ui/features/feature_page.h"
#include "ui/main_window.h"
#include "ui/plots/dashboard.h"
#include "ui/plots/plot_panel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <qcustomplot.h>
#include <vector>

namespace {

struct Row
{
    QString name;
    int n = 0;
    std::vector<double> ms;
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::lround(p * static_cast<double>(values.size() - 1)));
    return values[index];
}

/// Watches every plot of the window: which ones replotted during a frame, and which of those have
/// painted since. A frame is done when every plot that replotted has also painted on screen.
class FrameWatcher : public QObject
{
public:
    explicit FrameWatcher(const QList<regviz::PlotPanel *> &panels)
    {
        for (regviz::PlotPanel *panel : panels) {
            QCustomPlot *plot = panel->plot();
            plot->installEventFilter(this);
            connect(plot, &QCustomPlot::afterReplot, this, [this, plot] { m_replotted.insert(plot); });
        }
    }

    void startFrame()
    {
        m_replotted.clear();
        m_painted.clear();
    }

    [[nodiscard]] bool done() const
    {
        return std::all_of(m_replotted.cbegin(), m_replotted.cend(),
                           [this](QObject *plot) { return m_painted.contains(plot); });
    }

    [[nodiscard]] qsizetype replotted() const { return m_replotted.size(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted.insert(watched);
        return QObject::eventFilter(watched, event);
    }

private:
    QSet<QObject *> m_replotted;
    QSet<QObject *> m_painted;
};

/// Runs the event loop until the coalescing timer, every queued replot and the resulting paint of every
/// replotted panel have happened: the end of the repaint the user sees.
void finishFrame(const FrameWatcher &watcher)
{
    for (int turn = 0; turn < 50; ++turn) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (turn >= 1 && watcher.replotted() > 0 && watcher.done())
            return;
    }
}

/// For start-up: the whole window painted once.
void paintNow(QWidget &window)
{
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    window.repaint();
}

std::vector<double> timeRepeated(int repetitions, const std::function<void(int)> &action)
{
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(repetitions));
    QElapsedTimer timer;
    for (int i = 0; i < repetitions; ++i) {
        timer.start();
        action(i);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

/// Peak resident memory of this process, from /proc/self/status (kB), or -1 where unavailable.
long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

/// Slider positions that sweep the range back and forth, so every event really changes the value.
int sweep(const QSlider *slider, int i)
{
    const int span = slider->maximum() - slider->minimum();
    const int step = std::max(1, span / 97);
    const int offset = (i * step) % (2 * span);
    return slider->minimum() + (offset <= span ? offset : 2 * span - offset);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RegVizBench"));
    regviz::keepFreedMemory(); // as the app's main() does
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--startup-child"))) {
        // What the "startup" case times from outside: a fresh process that builds, shows and paints the
        // window once, then leaves.
        regviz::MainWindow window;
        window.resize(1600, 1000);
        window.show();
        paintNow(window);
        return 0;
    }
    const bool quick = args.contains(QStringLiteral("--quick"));
    const bool json = args.contains(QStringLiteral("--json"));
    const int repetitions = quick ? 3 : 100;
    // --only CASE runs one case (for profiling); the slider and step cases still build both windows.
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt >= 0 && onlyAt + 1 < args.size() ? args.at(onlyAt + 1) : QString();
    const auto wanted = [&only](const QString &name) {
        return only.isEmpty() || only == name;
    };
    // --draft holds every panel in draft quality, as during a real drag: under a profiler such as
    // callgrind the events are too slow apart for the window to see a drag.
    const bool forceDraft = args.contains(QStringLiteral("--draft"));
    std::vector<Row> rows;

    // Start-up as a user sees it: from starting a new process (loading Qt and QCustomPlot, creating the
    // application) to the window painted once, and the process gone again.
    if (wanted(QStringLiteral("startup"))) {
        const QString self = QCoreApplication::applicationFilePath();
        bool started = true;
        std::vector<double> ms = timeRepeated(quick ? 1 : 10, [&](int) {
            QProcess child;
            child.start(self, {QStringLiteral("--startup-child")});
            started = started && child.waitForFinished(30'000) && child.exitCode() == 0;
        });
        if (!started) {
            std::fprintf(stderr, "regviz_ui_bench: the start-up child process failed\n");
            return 1;
        }
        rows.push_back({QStringLiteral("startup"), regviz::limits::samples.defaultValue, ms});
    }
    // The same inside this process: building, showing and painting the window alone.
    if (wanted(QStringLiteral("startup_in_process"))) {
        std::vector<double> ms = timeRepeated(quick ? 1 : 10, [](int) {
            regviz::MainWindow window;
            window.resize(1600, 1000);
            window.show();
            paintNow(window);
        });
        rows.push_back({QStringLiteral("startup_in_process"), regviz::limits::samples.defaultValue, ms});
    }

    long peakAtMillion = -1;
    for (const int n : {100, 1'000'000}) {
        regviz::MainWindow window;
        window.resize(1600, 1000);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            std::fprintf(stderr, "regviz_ui_bench: the window was never exposed\n");
            return 1;
        }
        window.controller()->setSamples(n);
        paintNow(window);
        if (window.controller()->scene()->moments.n != n) {
            std::fprintf(stderr, "regviz_ui_bench: could not set n = %d\n", n);
            return 1;
        }
        FrameWatcher watcher(window.plotPanels());

        regviz::ControlPanel *controls = window.controlPanel();
        const std::pair<QString, regviz::ParamSlider *> sliders[] = {
            {QStringLiteral("lambda"), controls->lambdaSlider()},
            {QStringLiteral("true_weight"), controls->trueWeightSlider()},
            {QStringLiteral("noise"), controls->noiseSlider()},
        };
        for (const auto &[name, slider] : sliders) {
            if (!wanted(name))
                continue;
            QSlider *s = slider->slider();
            bool allPainted = true;
            rows.push_back({name, n, timeRepeated(repetitions, [&](int i) {
                                watcher.startFrame();
                                if (forceDraft)
                                    window.dashboard()->setDraft(true);
                                s->setValue(sweep(s, i + 1));
                                finishFrame(watcher);
                                allPainted = allPainted && watcher.replotted() > 0 && watcher.done();
                            })});
            if (!allPainted) {
                std::fprintf(stderr, "regviz_ui_bench: %s events did not repaint the panels\n",
                             qPrintable(name));
                return 1;
            }
        }
        controls->lambdaSlider()->setValue(regviz::limits::lambda.defaultValue);
        window.controller()->setMaxSteps(10'000);
        paintNow(window);
        regviz::DescentPlayer *player = window.player();
        if (wanted(QStringLiteral("descent_step")))
            rows.push_back({QStringLiteral("descent_step"), n, timeRepeated(repetitions, [&](int i) {
                                watcher.startFrame();
                                if (i % 2 == 0)
                                    player->stepForward();
                                else
                                    player->stepBack();
                                finishFrame(watcher);
                            })});
        if (n == 1'000'000)
            peakAtMillion = peakRssKb();
    }

    // The feature page: a lambda change (an exact refit, fitFeaturesAt) to the end of the repaint of its
    // panels, on generated data of p = 100 features and n = 1,000,000 rows (10,000 with --quick).
    if (wanted(QStringLiteral("features_lambda"))) {
        regviz::MainWindow window;
        window.resize(1600, 1000);
        window.show();
        window.view()->setPage(regviz::ViewState::kPageCount - 1);
        regviz::FeatureController *features = window.dashboard()->featurePage()->controller();
        regviz::SparseDesign design;
        design.features = 100;
        design.nonZero = 10;
        design.samples = quick ? 10'000 : 1'000'000;
        regviz::FeatureSource source;
        source.design = design;
        features->openNow(source, regviz::FeatureOptions{});
        paintNow(window);
        FrameWatcher watcher(window.dashboard()->featurePage()->panels());
        const double top = features->snapshot()->analysis->lambdaMax;
        rows.push_back({QStringLiteral("features_lambda"), static_cast<int>(design.samples),
                        timeRepeated(repetitions, [&](int i) {
                            watcher.startFrame();
                            // Log-spaced over the slider's range, never twice the same.
                            features->setLambda(top * std::pow(10.0, -4.0 * ((i * 37) % 100) / 100.0) *
                                                (1.0 + 1e-6 * i));
                            finishFrame(watcher);
                        })});
    }

    // Headless PNG export of the dashboard at 1600x1000, scale 2.
    if (wanted(QStringLiteral("export_png"))) {
        regviz::SceneController controller;
        regviz::ViewState view;
        regviz::DescentPlayer player;
        regviz::Dashboard dashboard(&view, &player);
        dashboard.showScene(controller.scene());
        const QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.png"));
        const regviz::FigureExporter exporter(&dashboard);
        const regviz::FigureOptions options{QString(), QSize(1600, 1000), 2.0};
        rows.push_back({QStringLiteral("export_png"), regviz::limits::samples.defaultValue,
                        timeRepeated(quick ? 1 : 10, [&](int) {
                            if (const auto error = exporter.exportFigure(path, options))
                                std::fprintf(stderr, "regviz_ui_bench: %s\n", qPrintable(*error));
                        })});
    }

    if (rows.empty()) {
        std::fprintf(stderr, "regviz_ui_bench: no case is named %s\n", qPrintable(only));
        return 1;
    }
    if (json) {
        std::printf("[\n");
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const Row &r = rows[i];
            std::printf("  {\"case\": \"%s\", \"n\": %d, \"median_ms\": %.4f, \"p95_ms\": %.4f, \"max_ms\": "
                        "%.4f}%s\n",
                        qPrintable(r.name), r.n, percentile(r.ms, 0.5), percentile(r.ms, 0.95),
                        *std::max_element(r.ms.begin(), r.ms.end()), i + 1 < rows.size() ? "," : "");
        }
        std::printf("]\n");
        std::fprintf(stderr, "peak RSS after n = 1,000,000: %.1f MB\n",
                     static_cast<double>(peakAtMillion) / 1024.0);
        return 0;
    }
    std::printf("| case | n | median ms | p95 ms | max ms | runs |\n|---|---:|---:|---:|---:|---:|\n");
    for (const Row &r : rows)
        std::printf("| %s | %d | %.3f | %.3f | %.3f | %zu |\n", qPrintable(r.name), r.n,
                    percentile(r.ms, 0.5), percentile(r.ms, 0.95),
                    *std::max_element(r.ms.begin(), r.ms.end()), r.ms.size());
    std::printf("\nPeak resident memory after the n = 1,000,000 cases: %.1f MB\n",
                static_cast<double>(peakAtMillion) / 1024.0);
    return 0;
}
