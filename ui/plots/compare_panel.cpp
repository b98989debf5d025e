#include "ui/plots/compare_panel.h"

#include "model/explanations.h"
#include "model/number_format.h"
#include "ui/plots/plot_style.h"

#include <qcustomplot.h>

namespace regviz {

namespace {
/// Each slot borrows an objective's colour, line style and marker, so no two curves look alike even
/// without colour.
constexpr std::array<Penalty, Comparison::kMaxOptimizers> kSlotLooks{Penalty::L1, Penalty::L2,
                                                                     Penalty::ElasticNet, Penalty::None};

QCPItemStraightLine *horizontalLine(QCustomPlot *plot, const style::Stroke &stroke)
{
    auto *line = new QCPItemStraightLine(plot);
    style::setStroke(line, stroke);
    line->point1->setCoords(0.0, 0.0);
    line->point2->setCoords(1.0, 0.0);
    return line;
}

QString objectiveName(Penalty kind)
{
    switch (kind) {
    case Penalty::None:
        return ComparePanel::tr("MSE");
    case Penalty::L1:
        return ComparePanel::tr("MSE + λ|w| (L1)");
    case Penalty::L2:
        return ComparePanel::tr("MSE + λw² (L2)");
    case Penalty::ElasticNet:
        return ComparePanel::tr("elastic net");
    }
    return {};
}
} // namespace

ComparePanel::ComparePanel(QWidget *parent)
    : PlotPanel(tr("Compare optimizers: w at each step"), parent), m_target(nullptr), m_frameLine(nullptr)
{
    QCustomPlot *p = plot();
    horizontalLine(p, {style::Ink::Guide, 1.0, Qt::SolidLine, 140});
    m_target = horizontalLine(p, {style::Ink::Text, 1.2, Qt::DashLine, 120});
    for (std::size_t i = 0; i < m_curves.size(); ++i) {
        const Penalty look = kSlotLooks[i];
        const style::Ink ink = style::inkFor(look);
        QCPGraph *graph = p->addGraph();
        // Width 1 keeps Qt on its fast line path (see DescentPanel).
        style::setStroke(graph, {ink, 1.0, style::lineStyle(look)});
        style::setScatter(graph, {ink, 4.5, style::markerFor(look)});
        m_curves[i] = graph;
        QCPGraph *landing = p->addGraph();
        landing->removeFromLegend();
        landing->setLineStyle(QCPGraph::lsNone);
        style::setScatter(landing, {ink, 11.0, style::markerFor(look)});
        m_landings[i] = landing;
        auto *label = new QCPItemText(p);
        style::setTextInk(label, ink);
        label->setClipToAxisRect(true);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setVisible(false);
        m_labels[i] = label;
        m_fixedPoints[i] = horizontalLine(p, {ink, 1.0, Qt::DotLine, 170});
        m_fixedPoints[i]->setVisible(false);
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
}

double ComparePanel::frameLineStep() const
{
    return m_frameLine->point1->coords().x();
}

void ComparePanel::drawScene(const Scene &scene)
{
    double low = 0.0;
    double high = 0.0;
    int lastStep = 1;
    for (std::size_t i = 0; i < m_curves.size(); ++i) {
        QCPGraph *graph = m_curves[i];
        const bool used = i < scene.compared.size();
        style::setShown(graph, used);
        m_landings[i]->setVisible(false);
        m_labels[i]->setVisible(false);
        m_fixedPoints[i]->setVisible(false);
        if (!used) {
            graph->data()->clear();
            continue;
        }
        const DescentTrace &trace = scene.compared[i];
        QVector<double> steps(static_cast<qsizetype>(trace.steps.size()));
        QVector<double> ws(steps.size());
        for (qsizetype k = 0; k < steps.size(); ++k) {
            steps[k] = static_cast<double>(k);
            ws[k] = trace.steps[static_cast<std::size_t>(k)].w;
            low = std::min(low, ws[k]);
            high = std::max(high, ws[k]);
        }
        graph->setData(steps, ws, true);
        lastStep = std::max(lastStep, trace.stepCount());
        graph->setName(
            tr("%1: %2 · %3")
                .arg(optimizerTitle(trace.optimizer), describeLanding(trace), describeTrace(trace)));
        if (const auto from = zeroFromStep(trace)) {
            m_landings[i]->setData({static_cast<double>(*from)}, {0.0});
            m_landings[i]->setVisible(true);
            // Stacked from the top so that labels of runs landing at nearby steps never overlap.
            m_labels[i]->position->setCoords(*from, 0.08 + 0.07 * static_cast<double>(i));
            m_labels[i]->setText(tr("%1: 0 at step %2").arg(optimizerTitle(trace.optimizer)).arg(*from));
            m_labels[i]->setVisible(true);
        }
        // A fixed point other than the minimizer (AdamW's) gets a dotted line of its own.
        if (trace.fixedPoint && trace.fixedPoint != trace.target) {
            m_fixedPoints[i]->point1->setCoords(0.0, *trace.fixedPoint);
            m_fixedPoints[i]->point2->setCoords(1.0, *trace.fixedPoint);
            m_fixedPoints[i]->setVisible(true);
            low = std::min(low, *trace.fixedPoint);
            high = std::max(high, *trace.fixedPoint);
        }
    }
    const std::optional<double> target =
        scene.compared.empty() ? std::nullopt : scene.compared.front().target;
    m_target->setVisible(target.has_value());
    if (target) {
        m_target->point1->setCoords(0.0, *target);
        m_target->point2->setCoords(1.0, *target);
    }
    plot()->yAxis->setLabel(tr("w on %1").arg(objectiveName(scene.comparison.objective)));
    plot()->xAxis->setRange(0.0, lastStep);
    const double margin = std::max(0.08 * (high - low), 0.05);
    plot()->yAxis->setRange(low - margin, high + margin);
}

void ComparePanel::drawFrame(const Scene & /*scene*/, int frame)
{
    m_frameLine->point1->setCoords(frame, 0.0);
    m_frameLine->point2->setCoords(frame, 1.0);
}

QString ComparePanel::describe(const Scene &scene, double x) const
{
    const int step = std::clamp(static_cast<int>(std::lround(x)), 0, scene.lastFrame());
    QString text = tr("step %1").arg(step);
    for (const DescentTrace &trace : scene.compared) {
        if (trace.steps.empty())
            continue;
        const auto k = static_cast<std::size_t>(std::min(step, trace.stepCount()));
        text += tr(" · %1 w = %2").arg(optimizerTitle(trace.optimizer), formatNumber(trace.steps[k].w));
    }
    return text;
}

} // namespace regviz
