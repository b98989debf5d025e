#include "model/figure_options.h"

#include "model/panel_names.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace regviz {

namespace {
/// The translation context these messages had when they lived beside the exporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FigureExporter)
};
} // namespace

std::optional<FigureFormat> figureFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return FigureFormat::Png;
    if (suffix == QLatin1String("pdf"))
        return FigureFormat::Pdf;
    if (suffix == QLatin1String("svg"))
        return FigureFormat::Svg;
    return std::nullopt;
}

std::optional<QString> checkFigureOptions(const FigureOptions &options)
{
    if (!options.panel.isEmpty() && !panelNames().contains(options.panel))
        return Text::tr("Unknown panel \"%1\"; the panels are: %2.")
            .arg(options.panel, panelNames().join(QStringLiteral(", ")));
    const auto sideOk = [](int side) {
        return side >= kMinFigureSide && side <= kMaxFigureSide;
    };
    if (!sideOk(options.size.width()) || !sideOk(options.size.height()))
        return Text::tr("The figure size %1x%2 is outside %3 to %4 pixels per side.")
            .arg(options.size.width())
            .arg(options.size.height())
            .arg(kMinFigureSide)
            .arg(kMaxFigureSide);
    if (!(options.scale >= kMinFigureScale && options.scale <= kMaxFigureScale))
        return Text::tr("The scale %1 is outside %2 to %3.")
            .arg(options.scale)
            .arg(kMinFigureScale)
            .arg(kMaxFigureScale);
    return std::nullopt;
}

} // namespace regviz
