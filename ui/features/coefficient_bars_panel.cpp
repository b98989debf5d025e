#include "ui/features/coefficient_bars_panel.h"

#include "model/number_format.h"
#include "ui/plots/plot_style.h"

#include <QMouseEvent>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace regviz {

namespace {
constexpr double kBarWidth = 0.26;

/// Coefficients on the scale the page plots (standardized when the fit is, so the bars compare).
Eigen::VectorXd shown(const FeatureState &state, const Eigen::VectorXd &original)
{
    if (!state.analysis->options.fit.standardize)
        return original;
    return original.cwiseProduct(state.analysis->problem.scale);
}
} // namespace

QString lassoSummary(const FeatureState &state)
{
    const FeatureAnalysis &a = *state.analysis;
    const Eigen::VectorXd &w = state.fit.lasso.weights;
    QString text = CoefficientBarsPanel::tr("lasso keeps %1 of %2 features")
                       .arg(state.fit.lassoNonZero)
                       .arg(a.features());
    if (a.trueWeights) {
        int truePositive = 0;
        int falsePositive = 0;
        for (Eigen::Index j = 0; j < w.size(); ++j) {
            if (w(j) == 0.0)
                continue;
            ((*a.trueWeights)(j) != 0.0 ? truePositive : falsePositive) += 1;
        }
        const auto real = static_cast<int>((a.trueWeights->array() != 0.0).count());
        text += CoefficientBarsPanel::tr(": %1 of the %2 true ones, %3 false positives")
                    .arg(truePositive)
                    .arg(real)
                    .arg(falsePositive);
    }
    return text;
}

CoefficientBarsPanel::CoefficientBarsPanel(QWidget *parent)
    : FeaturePlotPanel(tr("Coefficients at this λ"), parent), m_group(new QCPBarsGroup(plot()))
{
    QCustomPlot *p = plot();
    m_lasso = new QCPBars(p->yAxis, p->xAxis);
    m_ridge = new QCPBars(p->yAxis, p->xAxis);
    m_elastic = new QCPBars(p->yAxis, p->xAxis);
    const std::pair<QCPBars *, Penalty> bars[] = {
        {m_lasso, Penalty::L1}, {m_ridge, Penalty::L2}, {m_elastic, Penalty::ElasticNet}};
    for (const auto &[b, kind] : bars) {
        b->setWidth(kBarWidth);
        b->setBarsGroup(m_group);
        style::setStroke(b, {style::inkFor(kind), 1.0, Qt::SolidLine});
        style::setFill(b, {style::inkFor(kind), 170});
    }
    m_lasso->setName(tr("lasso"));
    m_ridge->setName(tr("ridge"));
    m_elastic->setName(tr("elastic net"));
    m_group->setSpacingType(QCPBarsGroup::stAbsolute);
    m_group->setSpacing(1);
    m_truth = p->addGraph(p->yAxis, p->xAxis);
    m_truth->setName(tr("true weight"));
    m_truth->setLineStyle(QCPGraph::lsNone);
    style::setScatter(m_truth, {style::Ink::Truth, 9.0, style::Marker::Diamond});
    m_summary = std::make_unique<feature_style::Headline>(p);
    p->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    p->yAxis->setRangeReversed(true); // the first feature on top, as a table reads
    p->xAxis->setLabel(tr("coefficient"));
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    connect(p, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        if (!features() || !features()->analysis)
            return;
        const auto j =
            static_cast<Eigen::Index>(std::lround(plot()->yAxis->pixelToCoord(event->position().y())));
        if (j >= 0 && j < features()->analysis->features())
            Q_EMIT featureRequested(j);
    });
}

CoefficientBarsPanel::~CoefficientBarsPanel() = default;

QString CoefficientBarsPanel::summary() const
{
    return m_summary->text();
}

double CoefficientBarsPanel::lassoBar(Eigen::Index feature) const
{
    const auto it = m_lasso->data()->findBegin(static_cast<double>(feature), false);
    return it != m_lasso->data()->constEnd() && it->key == static_cast<double>(feature) ? it->value : 0.0;
}

int CoefficientBarsPanel::zeroSlots() const
{
    return static_cast<int>(
        std::count_if(m_zeros.begin(), m_zeros.end(), [](const QCPItemText *t) { return t->visible(); }));
}

void CoefficientBarsPanel::drawFeatures(const FeatureState &state)
{
    QCustomPlot *p = plot();
    const FeatureAnalysis &a = *state.analysis;
    const Eigen::Index p0 = a.features();
    const Eigen::VectorXd lasso = shown(state, state.fit.lasso.weights);
    const Eigen::VectorXd elastic = shown(state, state.fit.elasticNet.weights);
    const bool withElastic = state.method == FeatureMethod::ElasticNet;
    while (m_zeros.size() < static_cast<std::size_t>(p0)) {
        auto *zero = new QCPItemText(p);
        zero->setText(QStringLiteral("0"));
        zero->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        style::setTextInk(zero, style::Ink::L1);
        style::setStroke(zero, {style::Ink::L1, 1.0, Qt::DotLine});
        zero->setPadding(QMargins(4, 0, 4, 0));
        m_zeros.push_back(zero);
    }
    QVector<double> keys;
    QVector<double> lassoValues;
    QVector<double> ridgeValues;
    QVector<double> elasticValues;
    auto ticker = p->yAxis->ticker().staticCast<QCPAxisTickerText>();
    ticker->clear();
    for (Eigen::Index j = 0; j < p0; ++j) {
        keys << static_cast<double>(j);
        lassoValues << lasso(j);
        ridgeValues << (state.fit.ridge ? shown(state, state.fit.ridge->weights)(j) : 0.0);
        elasticValues << elastic(j);
        ticker->addTick(static_cast<double>(j), a.featureName(j));
    }
    m_lasso->setData(keys, lassoValues, true);
    m_ridge->setData(keys, ridgeValues, true);
    m_elastic->setData(keys, elasticValues, true);
    m_elastic->setVisible(withElastic);
    if (withElastic)
        m_elastic->addToLegend();
    else
        m_elastic->removeFromLegend();
    if (!withElastic)
        m_elastic->setBarsGroup(nullptr);
    else if (!m_elastic->barsGroup())
        m_elastic->setBarsGroup(m_group);
    // An exact zero: no bar, its slot marked "0" (ridge never reaches it).
    const double slot = withElastic ? -kBarWidth : -kBarWidth / 2.0;
    for (std::size_t i = 0; i < m_zeros.size(); ++i) {
        const auto j = static_cast<Eigen::Index>(i);
        const bool zero = j < p0 && lasso(j) == 0.0;
        m_zeros[i]->setVisible(zero);
        if (zero)
            m_zeros[i]->position->setCoords(0.0, static_cast<double>(j) + slot);
    }
    QVector<double> truthKeys;
    QVector<double> truthValues;
    if (a.trueWeights && !a.options.fit.standardize) {
        for (Eigen::Index j = 0; j < p0; ++j) {
            truthKeys << static_cast<double>(j);
            truthValues << (*a.trueWeights)(j);
        }
    } else if (a.trueWeights) {
        const Eigen::VectorXd truth = shown(state, *a.trueWeights);
        for (Eigen::Index j = 0; j < p0; ++j) {
            truthKeys << static_cast<double>(j);
            truthValues << truth(j);
        }
    }
    m_truth->setData(truthKeys, truthValues);
    m_truth->setVisible(a.trueWeights.has_value());
    if (a.trueWeights)
        m_truth->addToLegend();
    else
        m_truth->removeFromLegend();
    // The axis holds every bar the whole path reaches, so bars grow and shrink in a fixed frame.
    const Eigen::MatrixXd &ridgePath = a.options.fit.standardize ? a.ridge.solverWeights : a.ridge.weights;
    const Eigen::MatrixXd &lassoPath = a.options.fit.standardize ? a.lasso.solverWeights : a.lasso.weights;
    double low = std::min(
        {0.0, lassoPath.size() ? lassoPath.minCoeff() : 0.0, ridgePath.size() ? ridgePath.minCoeff() : 0.0});
    double high = std::max(
        {0.0, lassoPath.size() ? lassoPath.maxCoeff() : 0.0, ridgePath.size() ? ridgePath.maxCoeff() : 0.0});
    for (const double t : truthValues) {
        low = std::min(low, t);
        high = std::max(high, t);
    }
    const double margin = std::max(0.08 * (high - low), 1e-9);
    p->xAxis->setRange(low - margin, high + margin);
    p->yAxis->setRange(-0.6, static_cast<double>(p0) - 0.4);
    p->xAxis->setLabel(a.options.fit.standardize ? tr("coefficient (standardized features)")
                                                 : tr("coefficient"));
    m_summary->setText(lassoSummary(state));
}

QString CoefficientBarsPanel::describeFeatures(const FeatureState &state, double /*x*/) const
{
    const QPoint pointer = plot()->mapFromGlobal(QCursor::pos());
    const auto j = static_cast<Eigen::Index>(std::lround(plot()->yAxis->pixelToCoord(pointer.y())));
    if (j < 0 || j >= state.analysis->features())
        return lassoSummary(state);
    QString text = tr("%1 · lasso %2 · ridge %3")
                       .arg(state.analysis->featureName(j), formatNumber(state.fit.lasso.weights(j)),
                            state.fit.ridge ? formatNumber(state.fit.ridge->weights(j)) : tr("none"));
    if (state.analysis->trueWeights)
        text += tr(" · true %1").arg(formatNumber((*state.analysis->trueWeights)(j)));
    return text + tr(" (original scale)");
}

} // namespace regviz
