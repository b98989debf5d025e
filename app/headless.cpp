#include "app/headless.h"

#include "model/descent_player.h"
#include "model/report.h"
#include "model/scene_controller.h"
#include "model/scene_setup.h"
#include "model/view_state.h"
#include "regviz/core/resampling.h"
#include "ui/export/export_service.h"
#include "ui/plots/dashboard.h"

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

    // The same owners of the view and the frame as in the window, set from the command line.
    ViewState view;
    view.setOptions(command.session.view);
    DescentPlayer player;
    player.setLastFrame(scene->lastFrame());
    player.setFrame(command.session.frame);
    Dashboard dashboard(&view, &player);
    dashboard.showScene(scene);

    if (const auto error = ExportService(&dashboard, &player, &controller).run(request)) {
        printError(*error);
        return 1;
    }
    return 0;
}

} // namespace regviz
