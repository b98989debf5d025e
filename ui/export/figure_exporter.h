#pragma once

#include "model/figure_options.h"
#include "ui/plots/plot_style.h"

#include <QImage>
#include <QString>
#include <optional>

class QCPPainter;

namespace regviz {

class Dashboard;

/// Draws the dashboard's plots with QCustomPlot's own renderer (toPainter), never a screen grab, so a
/// figure is crisp at any size and independent of the window.
class FigureExporter
{
public:
    explicit FigureExporter(const Dashboard *dashboard) : m_dashboard(dashboard) {}

    /// The figure as an image of size * scale pixels.
    [[nodiscard]] QImage renderImage(const FigureOptions &options) const;

    /// Writes the figure in the format the extension names; the file appears only if all of it was
    /// written. Returns an error message or nothing.
    [[nodiscard]] std::optional<QString> exportFigure(const QString &path,
                                                      const FigureOptions &options) const;

private:
    void paint(QCPPainter &painter, const FigureOptions &options, bool vector) const;
    [[nodiscard]] style::Look lookFor(const FigureOptions &options) const;

    const Dashboard *m_dashboard;
};

} // namespace regviz
