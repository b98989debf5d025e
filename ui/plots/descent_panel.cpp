#include "ui/plots/descent_panel.h"

#include "model/explanations.h"
#include "model/number_format.h"
#include "ui/plots/plot_style.h"

#include <qcustomplot.h>

namespace regviz {

namespace {
QString traceName(Penalty kind)
{
    switch (kind) {
    case Penalty::None:
        return DescentPanel::tr("MSE");
    case Penalty::L1:
        return DescentPanel::tr("L1");
    case Penalty::L2:
        return DescentPanel::tr("L2");
    case Penalty::ElasticNet:
        return DescentPanel::tr("elastic");
    }
    return {};
}

QCPItemStraightLine *horizontalLine(QCustomPlot *plot, const style::Stroke &stroke)
{
    auto *line = new QCPItemStraightLine(plot);
    style::setStroke(line, stroke);
    line->point1->setCoords(0.0, 0.0);
    line->point2->setCoords(1.0, 0.0);
    return line;
}
} // namespace

DescentPanel::DescentPanel(QWidget *parent) : PlotPanel(tr("6 · Gradient descent: w at each step"), parent)
{
    QCustomPlot *p = plot();
    horizontalLine(p, {style::Ink::Guide, 1.0, Qt::SolidLine, 140});
    for (const Penalty kind : kAllPenalties) {
        QCPGraph *graph = p->addGraph();
        const style::Ink ink = style::inkFor(kind);
        // Width 1 keeps Qt on its fast line path: a thicker pen is stroked as a polygon, and a zig-zag
        // trace (hundreds of crossing segments) then costs tens of milliseconds per replot.
        style::setStroke(graph, {ink, 1.0, style::lineStyle(kind)});
        style::setScatter(graph, {ink, 4.5, style::markerFor(kind)});
        m_traces[kind] = graph;
        m_targets[kind] = horizontalLine(p, {ink, 1.2, Qt::DashLine, 150});
    }
    setHasFrameContent(true);
    m_frameLine = new QCPItemStraightLine(p);
    m_frameLine->setLayer(frameLayerName());
    style::setStroke(m_frameLine, {style::Ink::Accent, 1.5});
    m_frameLine->point1->setCoords(0.0, 0.0);
    m_frameLine->point2->setCoords(0.0, 1.0);
    p->xAxis->setLabel(tr("step"));
    p->yAxis->setLabel(QStringLiteral("w"));
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_showElastic = true; // so that the first call hides the elastic net
    setElasticShown(false);
}

double DescentPanel::frameLineStep() const
{
    return m_frameLine->point1->coords().x();
}

void DescentPanel::applyView(const ViewOptions &options)
{
    setElasticShown(options.showElastic);
}

void DescentPanel::setElasticShown(bool shown)
{
    if (shown == m_showElastic)
        return;
    m_showElastic = shown;
    style::setShown(m_traces[Penalty::ElasticNet], shown);
    m_targets[Penalty::ElasticNet]->setVisible(shown);
    redraw();
}

void DescentPanel::drawScene(const Scene &scene)
{
    double low = 0.0;
    double high = 0.0;
    for (const Penalty kind : kAllPenalties) {
        const DescentTrace &trace = scene.trace(kind);
        QVector<double> steps(static_cast<qsizetype>(trace.steps.size()));
        QVector<double> ws(steps.size());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            steps[i] = static_cast<double>(i);
            ws[i] = trace.steps[static_cast<std::size_t>(i)].w;
        }
        QCPGraph *graph = m_traces[kind];
        graph->setData(steps, ws, true);
        graph->setName(tr("%1: %2").arg(traceName(kind), describeTrace(trace)));
        const bool shown = kind != Penalty::ElasticNet || m_showElastic;
        m_targets[kind]->setVisible(shown && trace.target.has_value());
        if (trace.target) {
            m_targets[kind]->point1->setCoords(0.0, *trace.target);
            m_targets[kind]->point2->setCoords(1.0, *trace.target);
        }
        if (shown) {
            for (const DescentStep &s : trace.steps) {
                low = std::min(low, s.w);
                high = std::max(high, s.w);
            }
        }
    }
    plot()->xAxis->setRange(0.0, std::max(1, scene.lastFrame()));
    const double margin = std::max(0.08 * (high - low), 0.05);
    plot()->yAxis->setRange(low - margin, high + margin);
}

void DescentPanel::drawFrame(const Scene & /*scene*/, int frame)
{
    m_frameLine->point1->setCoords(frame, 0.0);
    m_frameLine->point2->setCoords(frame, 1.0);
}

QString DescentPanel::describe(const Scene &scene, double x) const
{
    const int step = std::clamp(static_cast<int>(std::lround(x)), 0, scene.lastFrame());
    QString text = tr("step %1").arg(step);
    for (const Penalty kind : kAllPenalties) {
        const DescentTrace &trace = scene.trace(kind);
        if ((kind == Penalty::ElasticNet && !m_showElastic) || trace.steps.empty())
            continue;
        const auto k = static_cast<std::size_t>(std::min(step, trace.stepCount()));
        text += tr(" · %1 w = %2").arg(traceName(kind), formatNumber(trace.steps[k].w));
    }
    return text;
}

} // namespace regviz
