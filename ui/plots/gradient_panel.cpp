#include "ui/plots/gradient_panel.h"

#include "model/number_format.h"
#include "ui/plots/plot_data.h"
#include "ui/plots/plot_style.h"

#include <qcustomplot.h>

namespace regviz {

namespace {
QCPItemLine *makeJump(QCustomPlot *plot, style::Ink ink)
{
    auto *bar = new QCPItemLine(plot);
    style::setStroke(bar, {ink, 4.0, Qt::SolidLine, 170, Qt::FlatCap});
    bar->setHead(QCPLineEnding(QCPLineEnding::esBar, 10));
    bar->setTail(QCPLineEnding(QCPLineEnding::esBar, 10));
    return bar;
}
} // namespace

GradientPanel::GradientPanel(QWidget *parent) : PlotPanel(tr("Gradient: dF/dw"), parent)
{
    QCustomPlot *p = plot();
    auto *zero = new QCPItemStraightLine(p);
    zero->point1->setCoords(0.0, 0.0);
    zero->point2->setCoords(1.0, 0.0);
    style::setStroke(zero, {style::Ink::Guide, 1.0, Qt::SolidLine, 140});
    const std::pair<Penalty, QString> curves[] = {{Penalty::None, tr("dMSE/dw")},
                                                  {Penalty::L1, tr("d(MSE + λ|w|)/dw")},
                                                  {Penalty::L2, tr("d(MSE + λw²)/dw")},
                                                  {Penalty::ElasticNet, tr("d(MSE + elastic)/dw")}};
    for (const auto &[kind, name] : curves) {
        QCPGraph *graph = p->addGraph();
        graph->setName(name);
        const style::Stroke stroke{style::inkFor(kind), kind == Penalty::None ? 1.5 : 2.0,
                                   style::lineStyle(kind)};
        style::setStroke(graph, stroke);
        m_curves[kind] = graph;
        if (kind == Penalty::L1 || kind == Penalty::ElasticNet) {
            // |w| jumps at 0: each side is its own graph, and the subdifferential bar stands between them.
            QCPGraph *right = p->addGraph();
            style::setStroke(right, stroke);
            right->removeFromLegend();
            m_rightHalves[kind] = right;
        }
    }
    m_jumps[Penalty::L1] = makeJump(p, style::Ink::L1);
    m_jumps[Penalty::ElasticNet] = makeJump(p, style::Ink::ElasticNet);
    p->xAxis->setLabel(QStringLiteral("w"));
    p->yAxis->setLabel(QStringLiteral("dF/dw"));
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_showElastic = true; // so that the first call hides the elastic net
    setElasticShown(false);
}

void GradientPanel::applyView(const ViewOptions &options)
{
    setElasticShown(options.showElastic);
}

void GradientPanel::setElasticShown(bool shown)
{
    if (shown == m_showElastic)
        return;
    m_showElastic = shown;
    style::setShown(m_curves[Penalty::ElasticNet], shown);
    m_rightHalves[Penalty::ElasticNet]->setVisible(shown);
    m_jumps[Penalty::ElasticNet]->setVisible(shown);
    redraw();
}

void GradientPanel::drawScene(const Scene &scene)
{
    const Curves &c = scene.curves;
    const std::vector<Eigen::Index> shown = displayIndices(c.w);
    m_curves[Penalty::None]->setData(pick(c.w, shown), pick(c.dMse, shown), true);
    m_curves[Penalty::L2]->setData(pick(c.w, shown), pick(c.dMseL2, shown), true);
    // Branches strictly left and right of 0 (the grid point at 0 itself belongs to the bar).
    Eigen::Index firstRight = 0;
    while (firstRight < c.w.size() && c.w[firstRight] <= 0.0)
        ++firstRight;
    Eigen::Index leftCount = 0;
    while (leftCount < c.w.size() && c.w[leftCount] < 0.0)
        ++leftCount;
    const Eigen::Index rightCount = c.w.size() - firstRight;
    for (const auto &[kind, values] :
         {std::pair{Penalty::L1, &c.dMseL1}, std::pair{Penalty::ElasticNet, &c.dMseElastic}}) {
        m_curves[kind]->setData(toQVector(c.w.head(leftCount)), toQVector(values->head(leftCount)), true);
        m_rightHalves[kind]->setData(toQVector(c.w.tail(rightCount)), toQVector(values->tail(rightCount)),
                                     true);
    }

    const Regularization reg = scene.regularization();
    const double slope0 = mseGradient(scene.moments, 0.0);
    for (const Penalty kind : {Penalty::L1, Penalty::ElasticNet}) {
        const double half = l1Weight(kind, reg);
        QCPItemLine *bar = m_jumps[kind];
        bar->start->setCoords(0.0, slope0 - half);
        bar->end->setCoords(0.0, slope0 + half);
        bar->setVisible(half > 0.0 && (kind == Penalty::L1 || m_showElastic));
    }
    plot()->xAxis->setRange(scene.wGrid.min, scene.wGrid.max);
    style::fitRange(plot()->yAxis, {&c.dMse, &c.dMseL1, &c.dMseL2});
}

QString GradientPanel::describe(const Scene &scene, double x) const
{
    const Regularization reg = scene.regularization();
    return tr("w = %1 · dMSE/dw = %2 · L1 push = %3 · L2 push = %4")
        .arg(formatNumber(x, 3), formatNumber(mseGradient(scene.moments, x)),
             formatNumber(penaltyGradient(Penalty::L1, reg, x)),
             formatNumber(penaltyGradient(Penalty::L2, reg, x)));
}

bool GradientPanel::affectedBy(const Scene &previous, const Scene &next) const
{
    return previous.moments != next.moments || previous.params.lambda != next.params.lambda ||
           previous.params.alpha != next.params.alpha || previous.wGrid != next.wGrid ||
           previous.params.gridSize != next.params.gridSize;
}

} // namespace regviz
