#include "ui/plots/resampling_panel.h"

#include "model/number_format.h"
#include "ui/plots/plot_style.h"

#include <QToolButton>
#include <algorithm>
#include <qcustomplot.h>

namespace regviz {

namespace {
/// A fixed, repeatable vertical spread so equal estimates (many lasso zeros) stay visible as a column.
double jitter(std::size_t i)
{
    return 0.06 * static_cast<double>(static_cast<int>(i % 7) - 3);
}
} // namespace

ResamplingPanel::ResamplingPanel(QWidget *parent)
    : PlotPanel(tr("Sampling variability: estimates from %1 fresh samples").arg(kDraws), parent),
      m_button(new QToolButton(this))
{
    QCustomPlot *p = plot();
    m_lasso = p->addGraph();
    m_lasso->setName(tr("lasso estimates"));
    m_lasso->setLineStyle(QCPGraph::lsNone);
    style::setScatter(m_lasso, {style::Ink::L1, 7.0, style::markerFor(Penalty::L1), 170});
    m_ridge = p->addGraph();
    m_ridge->setName(tr("ridge estimates"));
    m_ridge->setLineStyle(QCPGraph::lsNone);
    style::setScatter(m_ridge, {style::Ink::L2, 8.0, style::markerFor(Penalty::L2), 170});
    m_truth = new QCPItemStraightLine(p);
    style::setStroke(m_truth, {style::Ink::Truth, 1.5, Qt::DotLine});
    auto *zero = new QCPItemStraightLine(p);
    zero->point1->setCoords(0.0, 0.0);
    zero->point2->setCoords(0.0, 1.0);
    style::setStroke(zero, {style::Ink::Guide, 1.0, Qt::SolidLine, 110});
    m_summary = new QCPItemText(p);
    m_summary->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_summary->position->setCoords(0.02, 0.04);
    m_summary->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont font = p->font();
    font.setBold(true);
    m_summary->setFont(font);
    style::setTextInk(m_summary, style::Ink::Text);
    m_summary->setText(tr("Press “Resample %1 times” to draw fresh samples").arg(kDraws));
    p->xAxis->setLabel(QStringLiteral("w"));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTick(0.0, tr("ridge"));
    ticker->addTick(1.0, tr("lasso"));
    p->yAxis->setTicker(ticker);
    p->yAxis->setRange(-0.6, 1.9);
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    m_button->setText(tr("Resample %1 times").arg(kDraws));
    m_button->setToolTip(tr("Draw %1 fresh datasets with the same n, true weight and noise").arg(kDraws));
    addTitleWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, [this] { Q_EMIT resampleRequested(kDraws); });
}

QString ResamplingPanel::summary() const
{
    return m_summary->text();
}

void ResamplingPanel::drawScene(const Scene &scene)
{
    m_truth->setVisible(!scene.imported);
    m_truth->point1->setCoords(scene.params.trueWeight, 0.0);
    m_truth->point2->setCoords(scene.params.trueWeight, 1.0);
    m_button->setEnabled(!scene.imported);
    if (!scene.resampling) {
        m_lasso->data()->clear();
        m_ridge->data()->clear();
        m_summary->setText(scene.imported
                               ? tr("Imported data cannot be resampled")
                               : tr("Press “Resample %1 times” to draw fresh samples").arg(kDraws));
        plot()->xAxis->setRange(-0.1, std::max(1.0, std::abs(scene.params.trueWeight) * 1.3));
        return;
    }
    const Resampling &r = *scene.resampling;
    QVector<double> x;
    QVector<double> y;
    for (std::size_t i = 0; i < r.lasso.size(); ++i) {
        x << r.lasso[i];
        y << 1.0 + jitter(i);
    }
    m_lasso->setData(x, y);
    x.clear();
    y.clear();
    for (std::size_t i = 0; i < r.ridge.size(); ++i) {
        x << r.ridge[i];
        y << jitter(i);
    }
    m_ridge->setData(x, y);
    const auto ridgeZeros = std::count(r.ridge.begin(), r.ridge.end(), 0.0);
    m_summary->setText(
        tr("λ = %1: the lasso estimate is exactly 0 in %2 of %3 samples, the ridge estimate in %4")
            .arg(formatNumber(scene.params.lambda))
            .arg(r.lassoZeros)
            .arg(r.lasso.size())
            .arg(ridgeZeros));
    double low = std::min(0.0, scene.params.trueWeight);
    double high = std::max(0.0, scene.params.trueWeight);
    for (const auto *values : {&r.lasso, &r.ridge}) {
        for (const double v : *values) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    const double margin = std::max(0.1 * (high - low), 0.05);
    plot()->xAxis->setRange(low - margin, high + margin);
}

QString ResamplingPanel::describe(const Scene &scene, double x) const
{
    if (!scene.resampling)
        return tr("w = %1").arg(formatNumber(x, 3));
    int below = 0;
    for (const double v : scene.resampling->lasso)
        below += v <= x ? 1 : 0;
    return tr("w = %1 · %2 of %3 lasso estimates are ≤ w")
        .arg(formatNumber(x, 3))
        .arg(below)
        .arg(scene.resampling->lasso.size());
}

} // namespace regviz
