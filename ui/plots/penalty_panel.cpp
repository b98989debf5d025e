#include "ui/plots/penalty_panel.h"

#include "model/number_format.h"
#include "ui/plots/plot_data.h"
#include "ui/plots/plot_style.h"

#include <qcustomplot.h>

namespace regviz {

namespace {
QString titleFor(Penalty kind)
{
    return kind == Penalty::L1 ? PenaltyPanel::tr("3 · L1 penalty: λ|w|")
                               : PenaltyPanel::tr("4 · L2 penalty: λw²");
}
} // namespace

PenaltyPanel::PenaltyPanel(Penalty kind, QWidget *parent) : PlotPanel(titleFor(kind), parent), m_kind(kind)
{
    QCustomPlot *p = plot();
    m_curve = p->addGraph();
    m_curve->setName(kind == Penalty::L1 ? tr("λ|w|") : tr("λw²"));
    style::setStroke(m_curve, {style::inkFor(kind), 2.0, style::lineStyle(kind)});
    p->xAxis->setLabel(QStringLiteral("w"));
    p->yAxis->setLabel(tr("penalty"));
}

void PenaltyPanel::drawScene(const Scene &scene)
{
    const Eigen::VectorXd &values = m_kind == Penalty::L1 ? scene.curves.l1 : scene.curves.l2;
    const std::vector<Eigen::Index> shown = displayIndices(scene.curves.w);
    m_curve->setData(pick(scene.curves.w, shown), pick(values, shown), true);
    plot()->xAxis->setRange(scene.wGrid.min, scene.wGrid.max);
    // Both penalty panels share the larger of the two ranges so their shapes compare at a glance.
    style::fitRange(plot()->yAxis, {&scene.curves.l1, &scene.curves.l2});
}

QString PenaltyPanel::describe(const Scene &scene, double x) const
{
    const CurveValues v = evaluateCurves(scene.moments, scene.regularization(), x);
    const double value = m_kind == Penalty::L1 ? v.l1 : v.l2;
    return tr("w = %1 · %2 = %3").arg(formatNumber(v.w, 3), m_curve->name(), formatNumber(value));
}

bool PenaltyPanel::affectedBy(const Scene &previous, const Scene &next) const
{
    return previous.params.lambda != next.params.lambda || previous.wGrid != next.wGrid ||
           previous.params.gridSize != next.params.gridSize;
}

} // namespace regviz
