#pragma once

#include "model/data_export.h"
#include "model/export_request.h"

#include <QImage>
#include <QString>
#include <optional>

namespace regviz {

class Dashboard;
class DescentPlayer;
class SceneController;

/// Every export, for the window and the command line alike: figures (PNG, PDF, SVG), animations (GIF and
/// PNG frames) and data (CSV), drawn by the dashboard's own panels. Each returns an error message or
/// nothing; a file appears only when all of it was written.
class ExportService
{
public:
    ExportService(const Dashboard *dashboard, DescentPlayer *player, SceneController *controller);

    [[nodiscard]] QImage renderImage(const FigureOptions &options) const;
    [[nodiscard]] std::optional<QString> exportFigure(const QString &path,
                                                      const FigureOptions &options) const;
    [[nodiscard]] std::optional<QString> exportGif(const QString &path,
                                                   const AnimationOptions &options) const;
    [[nodiscard]] std::optional<QString> exportFrames(const QString &folder,
                                                      const AnimationOptions &options) const;
    [[nodiscard]] std::optional<QString> exportData(const QString &path, DataExport kind) const;
    /// Every file the request names, in the order of ExportRequest; stops at the first that fails.
    [[nodiscard]] std::optional<QString> run(const ExportRequest &request) const;

private:
    const Dashboard *m_dashboard;
    DescentPlayer *m_player;
    SceneController *m_controller;
};

} // namespace regviz
