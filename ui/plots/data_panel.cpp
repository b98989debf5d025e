#include "ui/plots/data_panel.h"

#include "model/number_format.h"
#include "ui/plots/plot_data.h"
#include "ui/plots/plot_style.h"

#include <qcustomplot.h>

namespace regviz {

namespace {
QCPGraph *addLine(QCustomPlot *plot, const QString &name, const style::Stroke &stroke)
{
    QCPGraph *graph = plot->addGraph();
    graph->setName(name);
    style::setStroke(graph, stroke);
    return graph;
}

/// The line y = b + slope x across [low, high], hidden when there is no slope.
void setLine(QCPGraph *graph, const std::optional<double> &slope, double b, double low, double high)
{
    style::setShown(graph, slope.has_value());
    if (slope)
        graph->setData(QVector<double>{low, high}, QVector<double>{b + *slope * low, b + *slope * high},
                       true);
}
} // namespace

DataPanel::DataPanel(QWidget *parent) : PlotPanel(tr("1 · Data: y = w x + noise"), parent)
{
    QCustomPlot *p = plot();
    // The cloud and the fitted lines draw into buffers of their own: when only lambda moves, the lines
    // are redrawn over the cached cloud.
    p->addLayer(QStringLiteral("points"), p->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    p->addLayer(QStringLiteral("lines"), p->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    p->layer(QStringLiteral("points"))->setMode(QCPLayer::lmBuffered);
    m_lineLayer = p->layer(QStringLiteral("lines"));
    m_lineLayer->setMode(QCPLayer::lmBuffered);
    m_points = p->addGraph();
    m_points->setLayer(QStringLiteral("points"));
    m_points->setName(tr("data"));
    m_points->setLineStyle(QCPGraph::lsNone);
    style::setScatter(m_points, {style::Ink::Points, 4.0, style::Marker::Disc, 0x90});
    m_points->setAdaptiveSampling(true);
    m_truth = addLine(p, tr("true w"), {style::Ink::Truth, 1.5, Qt::DotLine});
    m_ols = addLine(p, tr("OLS"), {style::Ink::Ols, 1.5, Qt::DashDotDotLine});
    m_ridge = addLine(p, tr("ridge (L2)"), {style::Ink::L2, 2.0, style::lineStyle(Penalty::L2)});
    m_lasso = addLine(p, tr("lasso (L1)"), {style::Ink::L1, 2.0, style::lineStyle(Penalty::L1)});
    for (QCPGraph *line : {m_truth, m_ols, m_ridge, m_lasso})
        line->setLayer(m_lineLayer);
    p->xAxis->setLabel(QStringLiteral("x"));
    p->yAxis->setLabel(QStringLiteral("y"));
    p->xAxis->setRange(-1.05, 1.05);
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

void DataPanel::drawScene(const Scene &scene)
{
    const QCPRange xBefore = plot()->xAxis->range();
    const QCPRange yBefore = plot()->yAxis->range();
    const int legendBefore = plot()->legend->itemCount();
    const bool pointsChanged = scene.points && scene.points.get() != m_drawnPoints;
    if (pointsChanged) {
        // x is unsorted; QCustomPlot sorts once here, not on every replot.
        m_points->setData(toQVector(scene.points->x), toQVector(scene.points->y));
        m_drawnPoints = scene.points.get();
        const Eigen::Index shown = scene.points->x.size();
        QString name = shown < scene.moments.n ? tr("data (%1 of %2 points)").arg(shown).arg(scene.moments.n)
                                               : tr("data (%1 points)").arg(shown);
        if (scene.imported)
            name = tr("%1 (%2 points)").arg(scene.importedName).arg(scene.moments.n);
        m_points->setName(name);
    }
    // Measured data has no known true weight.
    const bool measured = scene.imported && scene.points->x.size() > 0;
    const double low = measured ? scene.points->x.minCoeff() : -1.0;
    const double high = measured ? scene.points->x.maxCoeff() : 1.0;
    setLine(m_truth, scene.imported ? std::nullopt : std::optional<double>(scene.params.trueWeight), 0.0, low,
            high);
    const Intercepts &b = scene.intercepts;
    setLine(m_ols, scene.minimizers.ols, b.ols.value_or(0.0), low, high);
    setLine(m_ridge, scene.minimizers.ridge, b.ridge.value_or(0.0), low, high);
    setLine(m_lasso, scene.minimizers.lasso, b.lasso.value_or(0.0), low, high);

    if (scene.imported) {
        style::fitRange(plot()->xAxis, {&scene.points->x});
        style::fitRange(plot()->yAxis, {&scene.points->y});
    } else {
        // Room for the cloud and every line, fixed by the slider ranges so the view does not jump.
        const double reach = std::abs(scene.params.trueWeight) + 3.0 * scene.params.noise + 0.25;
        plot()->xAxis->setRange(-1.05, 1.05);
        plot()->yAxis->setRange(-reach, reach);
    }
    if (!pointsChanged && plot()->xAxis->range() == xBefore && plot()->yAxis->range() == yBefore &&
        plot()->legend->itemCount() == legendBefore)
        replotOnly(m_lineLayer);
}

QString DataPanel::describe(const Scene &scene, double x) const
{
    const auto slope = [](const std::optional<double> &w) {
        return w ? formatNumber(*w) : tr("undefined");
    };
    return tr("x = %1 · slopes: true %2, OLS %3, ridge %4, lasso %5")
        .arg(formatNumber(x, 3), formatNumber(scene.params.trueWeight), slope(scene.minimizers.ols),
             slope(scene.minimizers.ridge), slope(scene.minimizers.lasso));
}

bool DataPanel::affectedBy(const Scene &previous, const Scene &next) const
{
    return previous.points != next.points || previous.minimizers != next.minimizers ||
           previous.params.trueWeight != next.params.trueWeight || previous.imported != next.imported;
}

} // namespace regviz
