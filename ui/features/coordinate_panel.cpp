#include "ui/features/coordinate_panel.h"

#include "model/number_format.h"
#include "regviz/core/curves.h"
#include "regviz/core/objective.h"
#include "ui/plots/plot_data.h"
#include "ui/plots/plot_markers.h"
#include "ui/plots/plot_style.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace regviz {

namespace {
constexpr Eigen::Index kPoints = 401;

Regularization lassoRegularization(const FeatureState &state)
{
    return {state.lambda, 1.0};
}
} // namespace

QString coordinateSentence(const FeatureState &state)
{
    if (!state.fit.coordinate)
        return QString();
    const CoordinateView &v = *state.fit.coordinate;
    const QString name = state.analysis->featureName(v.feature);
    if (v.fixedAtZero)
        return CoordinatePanel::tr("%1 is constant: its coefficient is 0 at every λ").arg(name);
    const QString left = CoordinatePanel::tr("|Sxy_%1| = %2").arg(name, formatNumber(std::abs(v.sxy), 3));
    const QString right = CoordinatePanel::tr("λ/2 = %1").arg(formatNumber(v.threshold, 3));
    if (std::abs(v.sxy) > v.threshold)
        return CoordinatePanel::tr("%1 > %2: %3 stays in").arg(left, right, name);
    return CoordinatePanel::tr("%1 ≤ %2: the L1 minimum is exactly 0, so the lasso drops %3")
        .arg(left, right, name);
}

CoordinatePanel::CoordinatePanel(QWidget *parent)
    : FeaturePlotPanel(tr("The article's picture for one feature"), parent), m_feature(new QComboBox(this)),
      m_sentence(std::make_unique<feature_style::Headline>(plot()))
{
    QCustomPlot *p = plot();
    m_mse = p->addGraph();
    m_mse->setName(tr("partial-residual MSE"));
    style::setStroke(m_mse, {style::Ink::Mse, 1.5, style::lineStyle(Penalty::None)});
    m_l1 = p->addGraph();
    m_l1->setName(tr("MSE + λ|w| (L1)"));
    style::setStroke(m_l1, {style::Ink::L1, 2.2, style::lineStyle(Penalty::L1)});
    m_l2 = p->addGraph();
    m_l2->setName(tr("MSE + λw² (L2)"));
    style::setStroke(m_l2, {style::Ink::L2, 2.2, style::lineStyle(Penalty::L2)});
    m_l1Minimum = std::make_unique<PointMarker>(p, style::Ink::L1);
    m_l2Minimum = std::make_unique<PointMarker>(p, style::Ink::L2);
    m_l1Minimum->setLabelBelow(true);
    m_zeroLine = new QCPItemStraightLine(p);
    m_zeroLine->point1->setCoords(0.0, 0.0);
    m_zeroLine->point2->setCoords(0.0, 1.0);
    style::setStroke(m_zeroLine, {style::Ink::Guide, 1.0, Qt::DotLine, 110});
    p->yAxis->setLabel(tr("loss"));
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignHCenter);
    m_feature->setToolTip(tr("The feature whose coordinate update is drawn"));
    m_feature->setAccessibleName(tr("Feature"));
    m_feature->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addTitleWidget(m_feature);
    connect(m_feature, &QComboBox::activated, this, [this](int index) { Q_EMIT featureRequested(index); });
}

CoordinatePanel::~CoordinatePanel() = default;

QString CoordinatePanel::sentence() const
{
    return m_sentenceText;
}

const PointMarker &CoordinatePanel::minimumMarker(Penalty kind) const
{
    return kind == Penalty::L2 ? *m_l2Minimum : *m_l1Minimum;
}

void CoordinatePanel::drawFeatures(const FeatureState &state)
{
    QCustomPlot *p = plot();
    const FeatureAnalysis &a = *state.analysis;
    {
        const QSignalBlocker block(m_feature);
        if (m_feature->count() != a.features() ||
            (a.features() > 0 && m_feature->itemText(0) != a.featureName(0))) {
            m_feature->clear();
            for (Eigen::Index j = 0; j < a.features(); ++j)
                m_feature->addItem(a.featureName(j));
        }
        m_feature->setCurrentIndex(state.feature ? static_cast<int>(*state.feature) : -1);
    }
    m_sentenceText = coordinateSentence(state);
    // Two lines, so the sentence fits a narrow panel: the comparison, then what it means.
    QString shown = m_sentenceText;
    m_sentence->setText(shown.replace(QStringLiteral(": "), QStringLiteral(":\n")));
    if (!state.fit.coordinate) {
        for (QCPGraph *g : {m_mse, m_l1, m_l2})
            g->data()->clear();
        m_l1Minimum->setVisible(false);
        m_l2Minimum->setVisible(false);
        return;
    }
    const CoordinateView &v = *state.fit.coordinate;
    const Minimizers &m = v.minimizers;
    // Wide enough for 0, both minima and the unpenalized one, on the solver's scale; a feature whose
    // minima all sit at 0 still gets a thousandth of the residual's spread.
    double reach = v.sxx > 0.0 ? 1e-3 * std::sqrt(std::max(v.moments.syy, 0.0) / v.sxx) : 1.0;
    for (const std::optional<double> &w : {m.ols, m.ridge, m.lasso}) {
        if (w)
            reach = std::max(reach, std::abs(*w));
    }
    reach = 1.6 * std::max(reach, 1e-6);
    const Regularization reg = lassoRegularization(state);
    const Curves c = computeCurves(v.moments, reg, -reach, reach, kPoints);
    const QVector<double> w = toQVector(c.w);
    m_mse->setData(w, toQVector(c.mse), true);
    m_l1->setData(w, toQVector(c.mseL1), true);
    m_l2->setData(w, toQVector(c.mseL2), true);
    p->xAxis->setRange(-reach, reach);
    style::fitRange(p->yAxis, {&c.mse, &c.mseL1, &c.mseL2});
    // Room under the lowest minimum for the L1 marker's label, which sits below its point.
    const QCPRange fitted = p->yAxis->range();
    p->yAxis->setRange(fitted.lower - 0.1 * fitted.size(), fitted.upper);
    const QString name = a.featureName(v.feature);
    p->xAxis->setLabel(a.options.fit.standardize ? tr("w_%1 (standardized)").arg(name)
                                                 : tr("w_%1").arg(name));
    m_l1Minimum->setVisible(m.lasso.has_value());
    if (m.lasso)
        m_l1Minimum->place(*m.lasso, objective(v.moments, Penalty::L1, reg, *m.lasso),
                           tr("L1: w = %1").arg(formatNumber(*m.lasso)));
    m_l2Minimum->setVisible(m.ridge.has_value());
    if (m.ridge)
        m_l2Minimum->place(*m.ridge, objective(v.moments, Penalty::L2, reg, *m.ridge),
                           tr("L2: w = %1").arg(formatNumber(*m.ridge)));
}

QString CoordinatePanel::describeFeatures(const FeatureState &state, double x) const
{
    if (!state.fit.coordinate)
        return QString();
    const CoordinateView &v = *state.fit.coordinate;
    const Regularization reg = lassoRegularization(state);
    return tr("w = %1 · MSE = %2 · MSE+L1 = %3 · MSE+L2 = %4")
        .arg(formatNumber(x, 3), formatNumber(objective(v.moments, Penalty::None, reg, x)),
             formatNumber(objective(v.moments, Penalty::L1, reg, x)),
             formatNumber(objective(v.moments, Penalty::L2, reg, x)));
}

} // namespace regviz
