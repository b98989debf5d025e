#include "ui/plots/plot_description.h"

#include "ui/plots/plot_style.h"

#include <QCoreApplication>
#include <qcustomplot.h>

namespace regviz {

namespace {
/// The translation context these texts had when they lived in PlotPanel.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(regviz::PlotPanel)
};
} // namespace

void describePlotForAccessibility(QCustomPlot *plot)
{
    QStringList curves;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        const QCPAbstractPlottable *p = plot->plottable(i);
        if (!p->visible() || p->name().isEmpty())
            continue;
        const auto *graph = qobject_cast<const QCPGraph *>(p);
        const bool markersOnly = graph != nullptr && graph->lineStyle() == QCPGraph::lsNone;
        curves << Text::tr("%1 (%2)").arg(p->name(), markersOnly ? Text::tr("markers")
                                                                 : style::lineStyleName(p->pen().style()));
    }
    const QString description =
        curves.isEmpty() ? QString() : Text::tr("Shows %1.").arg(curves.join(QStringLiteral("; ")));
    if (plot->accessibleDescription() != description)
        plot->setAccessibleDescription(description);
}

} // namespace regviz
