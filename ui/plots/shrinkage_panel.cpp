#include "ui/plots/shrinkage_panel.h"

#include "model/number_format.h"
#include "regviz/core/shrinkage.h"
#include "ui/plots/plot_data.h"
#include "ui/plots/plot_markers.h"
#include "ui/plots/plot_style.h"

#include <qcustomplot.h>

namespace regviz {

namespace {} // namespace

ShrinkagePanel::ShrinkagePanel(QWidget *parent)
    : PlotPanel(tr("Shrinkage: regularized w against OLS w"), parent)
{
    QCustomPlot *p = plot();
    m_deadBand = new QCPItemRect(p);
    style::setFill(m_deadBand, {style::Ink::L1, 30});
    m_deadBand->setPen(Qt::NoPen);
    m_deadBand->setLayer(QStringLiteral("grid"));
    m_identity = p->addGraph();
    m_identity->setName(tr("no shrinkage (w = OLS)"));
    style::setStroke(m_identity, {style::Ink::Ols, 1.2, Qt::DashDotDotLine});
    const std::pair<Penalty, QString> curves[] = {{Penalty::L1, tr("lasso: soft threshold")},
                                                  {Penalty::L2, tr("ridge: Sxx/(Sxx + λ) · OLS")},
                                                  {Penalty::ElasticNet, tr("elastic net")}};
    for (const auto &[kind, name] : curves) {
        QCPGraph *graph = p->addGraph();
        graph->setName(name);
        style::setStroke(graph, {style::inkFor(kind), 2.2, style::lineStyle(kind)});
        m_curves[kind] = graph;
        m_markers[kind] = std::make_unique<PointMarker>(p, style::inkFor(kind));
    }
    m_markers[Penalty::L1]->setLabelBelow(true);
    m_markers[Penalty::L2]->setLabelRight(true);
    p->xAxis->setLabel(tr("OLS w = Sxy/Sxx"));
    p->yAxis->setLabel(tr("regularized w"));
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_showElastic = true; // so that the first call hides the elastic net
    setElasticShown(false);
}

ShrinkagePanel::~ShrinkagePanel() = default;

void ShrinkagePanel::applyView(const ViewOptions &options)
{
    setElasticShown(options.showElastic);
}

void ShrinkagePanel::setElasticShown(bool shown)
{
    if (shown == m_showElastic)
        return;
    m_showElastic = shown;
    style::setShown(m_curves[Penalty::ElasticNet], shown);
    m_markers[Penalty::ElasticNet]->setVisible(shown);
    redraw();
}

void ShrinkagePanel::drawScene(const Scene &scene)
{
    const double ols = scene.minimizers.ols.value_or(0.0);
    const double reach = scene.shrinkageReach;
    const Shrinkage &s = scene.shrinkage;
    const QVector<double> z = toQVector(s.ols);
    m_identity->setData(z, z, true);
    m_curves[Penalty::L1]->setData(z, toQVector(s.lasso), true);
    m_curves[Penalty::L2]->setData(z, toQVector(s.ridge), true);
    m_curves[Penalty::ElasticNet]->setData(z, toQVector(s.elasticNet), true);
    m_deadBand->topLeft->setCoords(-s.deadBand, reach);
    m_deadBand->bottomRight->setCoords(s.deadBand, -reach);
    m_deadBand->setVisible(scene.minimizers.identifiable);
    for (const Penalty kind : {Penalty::L1, Penalty::L2, Penalty::ElasticNet}) {
        const std::optional<double> w = minimizer(scene.minimizers, kind);
        PointMarker &marker = *m_markers[kind];
        const bool shown = scene.minimizers.ols && w && (kind != Penalty::ElasticNet || m_showElastic);
        marker.setVisible(shown);
        if (shown)
            marker.place(ols, *w, tr("w = %1").arg(formatNumber(*w)));
    }
    plot()->xAxis->setRange(-reach, reach);
    plot()->yAxis->setRange(-reach, reach);
}

QString ShrinkagePanel::describe(const Scene &scene, double x) const
{
    const Shrinkage s = computeShrinkage(scene.moments, scene.regularization(), x, x, 1);
    if (s.ols.size() == 0)
        return tr("Every x is 0: there is no OLS solution to shrink");
    return tr("OLS w = %1 · lasso %2 · ridge %3 · dead band ±%4")
        .arg(formatNumber(x, 3), formatNumber(s.lasso[0]), formatNumber(s.ridge[0]),
             formatNumber(s.deadBand));
}

bool ShrinkagePanel::affectedBy(const Scene &previous, const Scene &next) const
{
    return previous.moments != next.moments || previous.params.lambda != next.params.lambda ||
           previous.params.alpha != next.params.alpha;
}

} // namespace regviz
