#include "ui/export/figure_exporter.h"

#include "model/file_io.h"
#include "ui/plots/dashboard.h"
#include "ui/plots/plot_panel.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace regviz {

namespace {

/// This file's translation context. A free tr() would do at run time, but lupdate would file its
/// strings under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FigureExporter)
};

constexpr int kTitleHeight = 24;
constexpr int kGap = 6;

/// Cells of the dashboard figure, mirroring the window: four small panels on top, two wide ones below.
QList<QRect> dashboardCells(const QSize &size)
{
    const int topHeight = (size.height() - kGap) * 2 / 5;
    const int bottomHeight = size.height() - kGap - topHeight;
    const int quarter = (size.width() - 3 * kGap) / 4;
    const int half = (size.width() - kGap) / 2;
    QList<QRect> cells;
    for (int i = 0; i < 4; ++i)
        cells << QRect(i * (quarter + kGap), 0, quarter, topHeight);
    cells << QRect(0, topHeight + kGap, half, bottomHeight);
    cells << QRect(half + kGap, topHeight + kGap, size.width() - half - kGap, bottomHeight);
    return cells;
}

void paintPanel(QCPPainter &painter, PlotPanel *panel, const QRect &cell, const style::Look &look)
{
    panel->ensureDrawn();
    panel->restyle(look);
    // A figure is always drawn at full quality, even when the window is mid-drag in draft mode.
    const bool draft = panel->isDraft();
    panel->plot()->setAntialiasedElement(QCP::aePlottables, true);
    painter.save();
    painter.translate(cell.topLeft());
    QFont titleFont = panel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(10.0);
    painter.setFont(titleFont);
    painter.setPen(look.foreground);
    painter.drawText(QRect(6, 0, cell.width() - 12, kTitleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     panel->title());
    painter.translate(0, kTitleHeight);
    panel->plot()->toPainter(&painter, cell.width(), cell.height() - kTitleHeight);
    painter.restore();
    panel->plot()->setAntialiasedElement(QCP::aePlottables, !draft);
    // Back to the window's colours; the window's own drawing was never touched, so no replot.
    panel->restyle(style::lookFor(panel->palette(), panel->colorBlindSafe()));
}

} // namespace

void FigureExporter::paint(QCPPainter &painter, const FigureOptions &options, bool vector) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (vector)
        painter.setMode(QCPPainter::pmVectorized);
    style::Look look = lookFor(options);
    look.vectorMarkers = vector;
    painter.fillRect(QRect(QPoint(0, 0), options.size), look.background);
    if (options.panel.isEmpty()) {
        const QList<PlotPanel *> panels = m_dashboard->articlePanels();
        const QList<QRect> cells = dashboardCells(options.size);
        for (qsizetype i = 0; i < panels.size(); ++i)
            paintPanel(painter, panels[i], cells[i], look);
    } else if (PlotPanel *panel = m_dashboard->panel(options.panel)) {
        paintPanel(painter, panel, QRect(QPoint(0, 0), options.size), look);
    }
}

style::Look FigureExporter::lookFor(const FigureOptions &options) const
{
    const bool colorBlindSafe = m_dashboard->view()->appearance().colorBlindSafe;
    return options.screenColors ? style::lookFor(m_dashboard->palette(), colorBlindSafe)
                                : style::printLook(colorBlindSafe);
}

QImage FigureExporter::renderImage(const FigureOptions &options) const
{
    const QSize pixels(static_cast<int>(std::lround(options.size.width() * options.scale)),
                       static_cast<int>(std::lround(options.size.height() * options.scale)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(lookFor(options).background);
    QCPPainter painter(&image);
    painter.scale(options.scale, options.scale);
    paint(painter, options, false);
    painter.end();
    return image;
}

std::optional<QString> FigureExporter::exportFigure(const QString &path, const FigureOptions &options) const
{
    if (path.isEmpty())
        return Text::tr("No file name was given.");
    const std::optional<FigureFormat> format = figureFormatFor(path);
    if (!format)
        return Text::tr("Cannot export to %1: the extension must be .png, .pdf or .svg.").arg(path);
    if (std::optional<QString> error = checkFigureOptions(options))
        return error;

    return writeFileAtomically(path, [&](QIODevice &device) -> std::optional<QString> {
        switch (*format) {
        case FigureFormat::Png: {
            if (!renderImage(options).save(&device, "PNG"))
                return Text::tr("the PNG encoder failed");
            return std::nullopt;
        }
        case FigureFormat::Pdf: {
            QPdfWriter pdf(&device);
            pdf.setCreator(QStringLiteral("RegViz"));
            pdf.setTitle(Text::tr("RegViz figure"));
            pdf.setResolution(72); // one logical pixel is one point
            pdf.setPageSize(
                QPageSize(QSizeF(options.size), QPageSize::Point, QString(), QPageSize::ExactMatch));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            QCPPainter painter;
            if (!painter.begin(&pdf))
                return Text::tr("the PDF writer could not start");
            paint(painter, options, true);
            painter.end();
            return std::nullopt;
        }
        case FigureFormat::Svg: {
            QSvgGenerator svg;
            svg.setOutputDevice(&device);
            svg.setSize(options.size);
            svg.setResolution(96); // so the declared width is size pixels at the usual screen density
            svg.setViewBox(QRect(QPoint(0, 0), options.size));
            svg.setTitle(Text::tr("RegViz figure"));
            svg.setDescription(Text::tr("Generated by RegViz"));
            QCPPainter painter;
            if (!painter.begin(&svg))
                return Text::tr("the SVG generator could not start");
            paint(painter, options, true);
            painter.end();
            return std::nullopt;
        }
        }
        return Text::tr("unknown format");
    });
}

} // namespace regviz
