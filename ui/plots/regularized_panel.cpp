#include "ui/plots/regularized_panel.h"

#include "model/number_format.h"
#include "ui/plots/plot_data.h"
#include "ui/plots/plot_markers.h"
#include "ui/plots/plot_style.h"

#include <QSignalBlocker>
#include <QToolButton>
#include <qcustomplot.h>

namespace regviz {

namespace {
constexpr std::array<Penalty, 3> kShown{Penalty::L1, Penalty::L2, Penalty::ElasticNet};

const Eigen::VectorXd &curveOf(const Curves &c, Penalty kind)
{
    switch (kind) {
    case Penalty::L1:
        return c.mseL1;
    case Penalty::L2:
        return c.mseL2;
    case Penalty::ElasticNet:
        return c.mseElastic;
    case Penalty::None:
        break;
    }
    return c.mse;
}

QString shortName(Penalty kind)
{
    switch (kind) {
    case Penalty::L1:
        return RegularizedPanel::tr("L1");
    case Penalty::L2:
        return RegularizedPanel::tr("L2");
    case Penalty::ElasticNet:
        return RegularizedPanel::tr("EN");
    case Penalty::None:
        break;
    }
    return RegularizedPanel::tr("MSE");
}
} // namespace

RegularizedPanel::RegularizedPanel(QWidget *parent)
    : PlotPanel(tr("5 · Regularized loss: MSE + λP(w)"), parent), m_zoomButton(new QToolButton(this))
{
    QCustomPlot *p = plot();
    m_mse = p->addGraph();
    m_mse->setName(tr("MSE"));
    style::setStroke(m_mse, {style::Ink::Mse, 1.5, style::lineStyle(Penalty::None)});
    const std::map<Penalty, QString> names{{Penalty::L1, tr("MSE + λ|w| (L1)")},
                                           {Penalty::L2, tr("MSE + λw² (L2)")},
                                           {Penalty::ElasticNet, tr("MSE + elastic net")}};
    for (const Penalty kind : kShown) {
        QCPGraph *graph = p->addGraph();
        graph->setName(names.at(kind));
        style::setStroke(graph, {style::inkFor(kind), 2.2, style::lineStyle(kind)});
        m_curves[kind] = graph;
        m_minima[kind] = std::make_unique<PointMarker>(p, style::inkFor(kind));
        m_riders[kind] = std::make_unique<TraceRider>(p, style::inkFor(kind));
    }
    m_minima[Penalty::L1]->setLabelBelow(true);
    m_minima[Penalty::L2]->setLabelRight(true);
    m_zeroLine = new QCPItemStraightLine(p);
    m_zeroLine->point1->setCoords(0.0, 0.0);
    m_zeroLine->point2->setCoords(0.0, 1.0);
    style::setStroke(m_zeroLine, {style::Ink::Guide, 1.0, Qt::DotLine, 110});
    p->xAxis->setLabel(QStringLiteral("w"));
    p->yAxis->setLabel(tr("loss"));
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignHCenter);

    m_zoomButton->setText(tr("Zoom near w = 0"));
    m_zoomButton->setCheckable(true);
    m_zoomButton->setToolTip(tr("Show a narrow window around w = 0, where subgradient descent zig-zags "
                                "and the proximal step lands on exactly 0"));
    addTitleWidget(m_zoomButton);
    connect(m_zoomButton, &QToolButton::toggled, this, &RegularizedPanel::zoomNearZeroRequested);
    setPickingEnabled(true);
    setHasFrameContent(true);
    m_showElastic = true; // so that the first call hides the elastic net
    setElasticShown(false);
}

RegularizedPanel::~RegularizedPanel() = default;

const PointMarker &RegularizedPanel::minimumMarker(Penalty kind) const
{
    return *m_minima.at(kind);
}

const TraceRider &RegularizedPanel::rider(Penalty kind) const
{
    return *m_riders.at(kind);
}

QCPGraph *RegularizedPanel::curve(Penalty kind) const
{
    return m_curves.at(kind);
}

bool RegularizedPanel::zoomedNearZero() const
{
    return m_zoomButton->isChecked();
}

void RegularizedPanel::applyView(const ViewOptions &options)
{
    setElasticShown(options.showElastic);
    setZoomNearZero(options.zoomNearZero);
}

void RegularizedPanel::setElasticShown(bool shown)
{
    if (shown == m_showElastic)
        return;
    m_showElastic = shown;
    style::setShown(m_curves[Penalty::ElasticNet], shown);
    m_minima[Penalty::ElasticNet]->setVisible(shown);
    m_riders[Penalty::ElasticNet]->setVisible(shown);
    redraw();
}

void RegularizedPanel::setZoomNearZero(bool zoomed)
{
    if (m_zoomButton->isChecked() == zoomed && m_zoomApplied)
        return;
    m_zoomApplied = true;
    {
        const QSignalBlocker block(m_zoomButton); // showing the state is not asking for it
        m_zoomButton->setChecked(zoomed);
    }
    if (const Scene *scene = currentScene()) {
        applyRanges(*scene);
        replot();
    }
}

void RegularizedPanel::drawScene(const Scene &scene)
{
    const Curves &c = scene.curves;
    // Zoomed in near 0, every grid point counts; across the whole range a few per pixel are plenty.
    const std::vector<Eigen::Index> shownPoints =
        displayIndices(c.w, zoomedNearZero() ? c.w.size() : kCurvePoints);
    const QVector<double> w = pick(c.w, shownPoints);
    m_mse->setData(w, pick(c.mse, shownPoints), true);
    for (const Penalty kind : kShown) {
        const bool shown = kind != Penalty::ElasticNet || m_showElastic;
        m_curves[kind]->setData(w, pick(curveOf(c, kind), shownPoints), true);
        const std::optional<double> best = minimizer(scene.minimizers, kind);
        PointMarker &marker = *m_minima[kind];
        marker.setVisible(shown && best.has_value());
        if (best)
            marker.place(*best, objective(scene.moments, kind, scene.regularization(), *best),
                         tr("%1: w = %2").arg(shortName(kind), formatNumber(*best)));
    }
    applyRanges(scene);
}

void RegularizedPanel::applyRanges(const Scene &scene)
{
    QCustomPlot *p = plot();
    if (!zoomedNearZero()) {
        p->xAxis->setRange(scene.wGrid.min, scene.wGrid.max);
        style::fitRange(p->yAxis, {&scene.curves.mse, &scene.curves.mseL1, &scene.curves.mseL2});
        return;
    }
    // Wide enough to hold the subgradient band around 0 and the L2 minimum when it is close by.
    const DescentTrace &l1 = scene.trace(Penalty::L1);
    double half =
        4.0 * subgradientBandBound(scene.moments, Penalty::L1, scene.regularization(), scene.descent.eta);
    if (l1.band)
        half = std::max(half, 2.0 * std::max(std::abs(l1.band->low), std::abs(l1.band->high)));
    half = std::clamp(half, 0.02, 0.5 * (scene.wGrid.max - scene.wGrid.min));
    p->xAxis->setRange(-half, half);
    bool found = false;
    QCPRange values = m_curves[Penalty::L1]->getValueRange(found, QCP::sdBoth, p->xAxis->range());
    bool foundL2 = false;
    const QCPRange l2 = m_curves[Penalty::L2]->getValueRange(foundL2, QCP::sdBoth, p->xAxis->range());
    if (foundL2)
        values.expand(l2);
    if (found || foundL2) {
        const double margin = std::max(0.08 * values.size(), 1e-9);
        p->yAxis->setRange(values.lower - margin, values.upper + margin);
    }
}

void RegularizedPanel::drawFrame(const Scene &scene, int frame)
{
    const double offset = 0.04 * plot()->yAxis->range().size();
    for (const Penalty kind : kShown) {
        const bool shown = kind != Penalty::ElasticNet || m_showElastic;
        m_riders[kind]->setVisible(shown);
        if (shown)
            m_riders[kind]->show(scene.trace(kind), frame, scene.descent.eta, offset);
    }
}

QString RegularizedPanel::describe(const Scene &scene, double x) const
{
    const CurveValues v = evaluateCurves(scene.moments, scene.regularization(), x);
    QString text =
        tr("w = %1 · MSE = %2 · MSE+L1 = %3 · MSE+L2 = %4")
            .arg(formatNumber(v.w, 3), formatNumber(v.mse), formatNumber(v.mseL1), formatNumber(v.mseL2));
    if (m_showElastic)
        text += tr(" · MSE+EN = %1").arg(formatNumber(v.mseElastic));
    return text;
}

} // namespace regviz
