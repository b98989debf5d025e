#include "ui/export/export_service.h"

#include "model/file_io.h"
#include "model/scene_controller.h"
#include "ui/export/animation_exporter.h"
#include "ui/export/figure_exporter.h"

namespace regviz {

ExportService::ExportService(const Dashboard *dashboard, DescentPlayer *player, SceneController *controller)
    : m_dashboard(dashboard), m_player(player), m_controller(controller)
{}

QImage ExportService::renderImage(const FigureOptions &options) const
{
    return FigureExporter(m_dashboard).renderImage(options);
}

std::optional<QString> ExportService::exportFigure(const QString &path, const FigureOptions &options) const
{
    return FigureExporter(m_dashboard).exportFigure(path, options);
}

std::optional<QString> ExportService::exportGif(const QString &path, const AnimationOptions &options) const
{
    return AnimationExporter(m_dashboard, m_player).exportGif(path, options);
}

std::optional<QString> ExportService::exportFrames(const QString &folder,
                                                   const AnimationOptions &options) const
{
    return AnimationExporter(m_dashboard, m_player).exportFrames(folder, options);
}

std::optional<QString> ExportService::exportData(const QString &path, DataExport kind) const
{
    QByteArray csv;
    switch (kind) {
    case DataExport::Dataset:
        csv = datasetCsv(m_controller->currentData());
        break;
    case DataExport::Curves:
        csv = curvesCsv(*m_controller->scene());
        break;
    case DataExport::Trace:
        csv = traceCsv(*m_controller->scene());
        break;
    }
    return writeFileAtomically(path, csv);
}

std::optional<QString> ExportService::run(const ExportRequest &request) const
{
    if (!request.figure.isEmpty())
        if (auto error = exportFigure(request.figure, request.still))
            return error;
    if (!request.gif.isEmpty())
        if (auto error = exportGif(request.gif, request.animation))
            return error;
    if (!request.frames.isEmpty())
        if (auto error = exportFrames(request.frames, request.animation))
            return error;
    const std::pair<const QString *, DataExport> data[] = {{&request.dataset, DataExport::Dataset},
                                                           {&request.curves, DataExport::Curves},
                                                           {&request.trace, DataExport::Trace}};
    for (const auto &[path, kind] : data) {
        if (!path->isEmpty())
            if (auto error = exportData(*path, kind))
                return error;
    }
    return std::nullopt;
}

} // namespace regviz
