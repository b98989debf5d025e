#include "headless.h"

#include "dashboard.h"
#include "data_export.h"
#include "file_io.h"
#include "regviz/core/resampling.h"
#include "report.h"
#include "scene_controller.h"
#include "scene_setup.h"

#include <cstdio>

namespace regviz {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "regviz: %s\n", message.toLocal8Bit().constData());
}

} // namespace

int printReport(const CommandLine &command)
{
    SceneController controller;
    if (const auto error = applySession(controller, command.session)) {
        printError(*error);
        return CommandLine::kUsageError;
    }
    controller.resample(kDefaultResamplingDraws); // the report carries the sampling variability too
    const QByteArray json = reportJson(*controller.scene(), command.trace);
    std::fwrite(json.constData(), 1, static_cast<std::size_t>(json.size()), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}

int runExports(const CommandLine &command)
{
    SceneController controller;
    if (const auto error = applySession(controller, command.session)) {
        printError(*error);
        return CommandLine::kUsageError;
    }
    const ExportRequest &request = command.exports;
    // The sampling view shows draws that, in the window, the user asks for with a button.
    const QString samplingPanel = QStringLiteral("sampling");
    if (request.still.panel == samplingPanel || request.animation.figure.panel == samplingPanel)
        controller.resample(kDefaultResamplingDraws);
    const SceneSnapshot scene = controller.scene();

    Dashboard dashboard;
    dashboard.setElasticShown(command.session.view.showElastic);
    dashboard.setZoomNearZero(command.session.view.zoomNearZero);
    dashboard.showScene(scene);
    dashboard.showFrame(std::min(command.session.view.frame, scene->lastFrame()));

    std::optional<QString> error;
    if (!error && !request.figure.isEmpty())
        error = FigureExporter(&dashboard).exportFigure(request.figure, request.still);
    if (!error && !request.gif.isEmpty())
        error = AnimationExporter(&dashboard, scene->lastFrame()).exportGif(request.gif, request.animation);
    if (!error && !request.frames.isEmpty())
        error =
            AnimationExporter(&dashboard, scene->lastFrame()).exportFrames(request.frames, request.animation);
    if (!error && !request.dataset.isEmpty())
        error = writeFileAtomically(request.dataset, datasetCsv(controller.currentData()));
    if (!error && !request.curves.isEmpty())
        error = writeFileAtomically(request.curves, curvesCsv(*scene));
    if (!error && !request.trace.isEmpty())
        error = writeFileAtomically(request.trace, traceCsv(*scene));
    if (error) {
        printError(*error);
        return 1;
    }
    return 0;
}

} // namespace regviz
