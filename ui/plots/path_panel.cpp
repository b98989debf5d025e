#include "ui/plots/path_panel.h"

#include "model/number_format.h"
#include "regviz/core/path.h"
#include "ui/plots/plot_data.h"
#include "ui/plots/plot_markers.h"
#include "ui/plots/plot_style.h"

#include <QSignalBlocker>
#include <QToolButton>
#include <qcustomplot.h>

namespace regviz {

PathPanel::PathPanel(QWidget *parent)
    : PlotPanel(tr("Regularization path: w*(λ)"), parent), m_logButton(new QToolButton(this))
{
    QCustomPlot *p = plot();
    auto *zero = new QCPItemStraightLine(p);
    zero->point1->setCoords(0.0, 0.0);
    zero->point2->setCoords(1.0, 0.0);
    style::setStroke(zero, {style::Ink::Guide, 1.0, Qt::SolidLine, 140});
    const std::pair<Penalty, QString> curves[] = {{Penalty::L1, tr("lasso (L1)")},
                                                  {Penalty::L2, tr("ridge (L2)")},
                                                  {Penalty::ElasticNet, tr("elastic net")}};
    for (const auto &[kind, name] : curves) {
        QCPGraph *graph = p->addGraph();
        graph->setName(name);
        style::setStroke(graph, {style::inkFor(kind), 2.2, style::lineStyle(kind)});
        m_curves[kind] = graph;
    }
    m_lambdaLine = new QCPItemStraightLine(p);
    style::setStroke(m_lambdaLine, {style::Ink::Accent, 2.0});
    m_lambdaLine->point1->setCoords(0.5, 0.0);
    m_lambdaLine->point2->setCoords(0.5, 1.0);
    m_lambdaC = std::make_unique<PointMarker>(p, style::Ink::L1);
    m_lambdaC->setLabelRight(true);
    p->xAxis->setLabel(QStringLiteral("λ"));
    p->yAxis->setLabel(QStringLiteral("w*(λ)"));
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    m_logButton->setText(tr("Log λ axis"));
    m_logButton->setCheckable(true);
    m_logButton->setToolTip(tr("Show λ on a logarithmic axis"));
    addTitleWidget(m_logButton);
    connect(m_logButton, &QToolButton::toggled, this, &PathPanel::logarithmicRequested);
    setPickingEnabled(true);
    m_showElastic = true; // so that the first call hides the elastic net
    setElasticShown(false);
}

PathPanel::~PathPanel() = default;

double PathPanel::lambdaLine() const
{
    return m_lambdaLine->point1->coords().x();
}

bool PathPanel::logarithmic() const
{
    return plot()->xAxis->scaleType() == QCPAxis::stLogarithmic;
}

void PathPanel::applyView(const ViewOptions &options)
{
    setElasticShown(options.showElastic);
    setLogarithmic(options.logPathAxis);
}

void PathPanel::setElasticShown(bool shown)
{
    if (shown == m_showElastic)
        return;
    m_showElastic = shown;
    style::setShown(m_curves[Penalty::ElasticNet], shown);
    redraw();
}

void PathPanel::setLogarithmic(bool logarithmic)
{
    if (logarithmic == this->logarithmic())
        return;
    {
        const QSignalBlocker block(m_logButton); // showing the state is not asking for it
        m_logButton->setChecked(logarithmic);
    }
    QCPAxis *x = plot()->xAxis;
    x->setScaleType(logarithmic ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (logarithmic)
        x->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        x->setTicker(QSharedPointer<QCPAxisTicker>::create());
    redraw();
}

void PathPanel::drawScene(const Scene &scene)
{
    const RegularizationPath &path = logarithmic() ? scene.logPath : scene.path;
    const QVector<double> lambda = toQVector(path.lambda);
    m_curves[Penalty::L1]->setData(lambda, toQVector(path.lasso), true);
    m_curves[Penalty::L2]->setData(lambda, toQVector(path.ridge), true);
    m_curves[Penalty::ElasticNet]->setData(lambda, toQVector(path.elasticNet), true);

    const double lambdaNow = std::max(scene.params.lambda, logarithmic() ? path.lambda[0] : 0.0);
    m_lambdaLine->point1->setCoords(lambdaNow, 0.0);
    m_lambdaLine->point2->setCoords(lambdaNow, 1.0);
    const bool lambdaCShown = scene.minimizers.identifiable && path.lambda.size() > 0 &&
                              path.lambdaC <= path.lambda[path.lambda.size() - 1] && path.lambdaC > 0.0;
    m_lambdaC->setVisible(lambdaCShown);
    if (lambdaCShown)
        m_lambdaC->place(path.lambdaC, 0.0, tr("λc = %1").arg(formatNumber(path.lambdaC)));

    if (path.lambda.size() > 0)
        plot()->xAxis->setRange(path.lambda[0], path.lambda[path.lambda.size() - 1]);
    style::fitRange(plot()->yAxis, {&path.lasso, &path.ridge});
}

QString PathPanel::describe(const Scene &scene, double x) const
{
    const Minimizers m = computeMinimizers(scene.moments, {std::max(x, 0.0), scene.params.alpha});
    const auto value = [](const std::optional<double> &w) {
        return w ? formatNumber(*w) : tr("undefined");
    };
    return tr("λ = %1 · lasso %2 · ridge %3 · elastic %4 (click or drag to set λ)")
        .arg(formatNumber(std::max(x, 0.0), 3), value(m.lasso), value(m.ridge), value(m.elasticNet));
}

bool PathPanel::affectedBy(const Scene &previous, const Scene &next) const
{
    return previous.moments != next.moments || previous.params.lambda != next.params.lambda ||
           previous.params.alpha != next.params.alpha;
}

} // namespace regviz
