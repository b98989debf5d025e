#include "ui/features/cv_panel.h"

#include "model/number_format.h"
#include "ui/plots/plot_style.h"

#include <QPushButton>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace regviz {

namespace {
void placeVertical(QCPItemStraightLine *line, double x)
{
    line->point1->setCoords(x, 0.0);
    line->point2->setCoords(x, 1.0);
}

QCPItemText *lineLabel(QCustomPlot *plot, style::Ink ink)
{
    auto *label = new QCPItemText(plot);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    style::setTextInk(label, ink);
    return label;
}
} // namespace

CvPanel::CvPanel(QWidget *parent)
    : FeaturePlotPanel(tr("Cross-validation (lasso)"), parent),
      m_toMin(new QPushButton(tr("Go to λmin"), this)), m_toOneSe(new QPushButton(tr("Go to λ1se"), this))
{
    QCustomPlot *p = plot();
    m_upper = p->addGraph();
    m_lower = p->addGraph();
    m_mean = p->addGraph();
    m_mean->setName(tr("mean test MSE"));
    m_upper->setName(tr("± one standard error"));
    m_lower->removeFromLegend();
    style::setStroke(m_mean, {style::Ink::L1, 2.0, Qt::SolidLine});
    style::setScatter(m_mean, {style::Ink::L1, 4.0, style::Marker::Disc});
    for (QCPGraph *edge : {m_upper, m_lower})
        style::setStroke(edge, {style::Ink::L1, 1.0, Qt::SolidLine, 70});
    style::setFill(m_upper, {style::Ink::L1, 45});
    m_upper->setChannelFillGraph(m_lower);
    m_minLine = new QCPItemStraightLine(p);
    m_oneSeLine = new QCPItemStraightLine(p);
    m_lambdaLine = new QCPItemStraightLine(p);
    style::setStroke(m_minLine, {style::Ink::Guide, 1.2, Qt::DashLine});
    style::setStroke(m_oneSeLine, {style::Ink::Guide, 1.2, Qt::DotLine});
    style::setStroke(m_lambdaLine, {style::Ink::Accent, 2.0, Qt::SolidLine});
    m_minLabel = lineLabel(p, style::Ink::Text);
    m_oneSeLabel = lineLabel(p, style::Ink::Text);
    p->yAxis->setLabel(tr("test MSE"));
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignVCenter | Qt::AlignRight);
    m_toMin->setToolTip(tr("Set λ to the one with the smallest mean test MSE"));
    m_toOneSe->setToolTip(tr("Set λ to the largest one within one standard error of the best"));
    addTitleWidget(m_toMin);
    addTitleWidget(m_toOneSe);
    connect(m_toMin, &QPushButton::clicked, this, [this] {
        if (features() && features()->analysis)
            Q_EMIT lambdaRequested(features()->analysis->cv.lambdaMin);
    });
    connect(m_toOneSe, &QPushButton::clicked, this, [this] {
        if (features() && features()->analysis)
            Q_EMIT lambdaRequested(features()->analysis->cv.lambda1se);
    });
    connect(this, &PlotPanel::picked, this, [this](double lambda) {
        if (features() && features()->analysis) {
            const LambdaRange range = featureLambdaRange(*features()->analysis);
            Q_EMIT lambdaRequested(std::clamp(lambda, range.low, range.high));
        }
    });
    setPickingEnabled(true);
}

double CvPanel::lambdaLine() const
{
    return m_lambdaLine->point1->coords().x();
}

void CvPanel::drawFeatures(const FeatureState &state)
{
    QCustomPlot *p = plot();
    const CrossValidation &cv = state.analysis->cv;
    const auto count = static_cast<qsizetype>(cv.lambda.size());
    QVector<double> lambda(cv.lambda.begin(), cv.lambda.end());
    QVector<double> mean(count);
    QVector<double> upper(count);
    QVector<double> lower(count);
    for (qsizetype k = 0; k < count; ++k) {
        mean[k] = cv.mse(k);
        upper[k] = cv.mse(k) + cv.se(k);
        lower[k] = cv.mse(k) - cv.se(k);
    }
    m_mean->setData(lambda, mean, true);
    m_upper->setData(lambda, upper, true);
    m_lower->setData(lambda, lower, true);
    feature_style::setLambdaAxis(p->xAxis, *state.analysis);
    if (count > 0) {
        const double low = *std::min_element(lower.begin(), lower.end());
        const double high = *std::max_element(upper.begin(), upper.end());
        const double margin = std::max(0.06 * (high - low), 1e-12);
        p->yAxis->setRange(low - margin, high + margin);
    }
    placeVertical(m_minLine, cv.lambdaMin);
    placeVertical(m_oneSeLine, cv.lambda1se);
    placeVertical(m_lambdaLine, state.lambda);
    m_minLabel->position->setCoords(cv.lambdaMin, 0.02);
    m_minLabel->setText(tr("λmin = %1").arg(formatNumber(cv.lambdaMin)));
    m_oneSeLabel->position->setCoords(cv.lambda1se, 0.09);
    m_oneSeLabel->setText(tr("λ1se = %1").arg(formatNumber(cv.lambda1se)));
}

QString CvPanel::describeFeatures(const FeatureState &state, double x) const
{
    const CrossValidation &cv = state.analysis->cv;
    if (cv.lambda.empty())
        return QString();
    std::size_t k = 0;
    for (std::size_t i = 1; i < cv.lambda.size(); ++i) {
        if (std::abs(std::log(cv.lambda[i] / x)) < std::abs(std::log(cv.lambda[k] / x)))
            k = i;
    }
    const auto kk = static_cast<Eigen::Index>(k);
    return tr("λ = %1 · mean test MSE = %2 ± %3 (%4 folds)")
        .arg(formatNumber(cv.lambda[k]), formatNumber(cv.mse(kk)), formatNumber(cv.se(kk)))
        .arg(cv.folds);
}

} // namespace regviz
