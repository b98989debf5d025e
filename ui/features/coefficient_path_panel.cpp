#include "ui/features/coefficient_path_panel.h"

#include "model/number_format.h"
#include "ui/plots/plot_style.h"

#include <QComboBox>
#include <QCursor>
#include <QLabel>
#include <QSignalBlocker>
#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <qcustomplot.h>

namespace regviz {

namespace {
constexpr double kNearPixels = 8.0;
constexpr int kTopTicks = 6;

const CoefficientPath &pathOf(const FeatureState &state)
{
    switch (state.method) {
    case FeatureMethod::Ridge:
        return state.analysis->ridge;
    case FeatureMethod::ElasticNet:
        return state.analysis->elasticNet;
    case FeatureMethod::Lasso:
        break;
    }
    return state.analysis->lasso;
}

bool standardized(const FeatureState &state)
{
    return state.analysis->options.fit.standardize;
}
} // namespace

const Eigen::MatrixXd &shownPath(const FeatureState &state)
{
    const CoefficientPath &path = pathOf(state);
    return standardized(state) ? path.solverWeights : path.weights;
}

CoefficientPathPanel::CoefficientPathPanel(QWidget *parent)
    : FeaturePlotPanel(tr("Coefficient paths"), parent), m_method(new QComboBox(this)),
      m_droppedNote(new QLabel(this))
{
    QCustomPlot *p = plot();
    m_events = p->addGraph();
    m_events->setLineStyle(QCPGraph::lsNone);
    style::setScatter(m_events, {style::Ink::Text, 6.0, style::Marker::Disc});
    m_events->setName(tr("entry or exit"));
    m_lambdaLine = new QCPItemStraightLine(p);
    style::setStroke(m_lambdaLine, {style::Ink::Accent, 2.0, Qt::SolidLine});
    p->yAxis->setLabel(tr("coefficient"));
    p->xAxis2->setVisible(true);
    p->xAxis2->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    p->xAxis2->setLabel(tr("non-zero lasso coefficients"));
    m_method->addItem(tr("Lasso"), static_cast<int>(FeatureMethod::Lasso));
    m_method->addItem(tr("Ridge"), static_cast<int>(FeatureMethod::Ridge));
    m_method->addItem(tr("Elastic net"), static_cast<int>(FeatureMethod::ElasticNet));
    m_method->setToolTip(tr("Which penalty's paths to draw"));
    m_method->setAccessibleName(tr("Path penalty"));
    m_droppedNote->setObjectName(QStringLiteral("droppedLabels"));
    addTitleWidget(m_droppedNote);
    addTitleWidget(m_method);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this](int index) {
        Q_EMIT methodRequested(static_cast<FeatureMethod>(m_method->itemData(index).toInt()));
    });
    connect(this, &PlotPanel::picked, this, [this](double lambda) {
        if (features() && features()->analysis) {
            const LambdaRange range = featureLambdaRange(*features()->analysis);
            Q_EMIT lambdaRequested(std::clamp(lambda, range.low, range.high));
        }
    });
    connect(p, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent *event) { highlight(nearestCurve(event->position())); });
    connect(p, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        if (const auto j = nearestCurve(event->position()))
            Q_EMIT featureRequested(*j);
    });
    setPickingEnabled(true);
}

double CoefficientPathPanel::lambdaLine() const
{
    return m_lambdaLine->point1->coords().x();
}

QCPGraph *CoefficientPathPanel::curve(Eigen::Index feature) const
{
    return m_curves.at(static_cast<std::size_t>(feature));
}

QStringList CoefficientPathPanel::shownLabels() const
{
    QStringList shown;
    for (QCPItemText *label : m_labels) {
        if (label->visible())
            shown << label->text();
    }
    return shown;
}

void CoefficientPathPanel::drawFeatures(const FeatureState &state)
{
    QCustomPlot *p = plot();
    const FeatureAnalysis &a = *state.analysis;
    const auto p0 = static_cast<std::size_t>(a.features());
    while (m_curves.size() < p0) {
        m_curves.push_back(p->addGraph());
        m_labels.push_back(new QCPItemText(p));
        m_labels.back()->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_labels.back()->setClipToAxisRect(false);
    }
    {
        const QSignalBlocker block(m_method);
        m_method->setCurrentIndex(m_method->findData(static_cast<int>(state.method)));
    }
    const Eigen::MatrixXd &w = shownPath(state);
    const QVector<double> lambdas(a.grid.begin(), a.grid.end());
    for (std::size_t j = 0; j < m_curves.size(); ++j) {
        QCPGraph *graph = m_curves[j];
        const bool used = j < p0;
        graph->setVisible(used);
        m_labels[j]->setVisible(used);
        if (!used)
            continue;
        const auto jj = static_cast<Eigen::Index>(j);
        QVector<double> values(lambdas.size());
        for (qsizetype k = 0; k < lambdas.size(); ++k)
            values[k] = w(jj, k);
        graph->setData(lambdas, values, true);
        graph->setName(a.featureName(jj));
        graph->setPen(QPen(feature_style::hue(jj), 1.8, feature_style::line(jj)));
        m_labels[j]->setText(a.featureName(jj));
        m_labels[j]->setColor(feature_style::hue(jj));
    }
    QVector<double> eventLambda;
    QVector<double> eventValue;
    if (state.method == FeatureMethod::Lasso) {
        for (const PathEvent &e : a.events) {
            eventLambda << e.lambda;
            eventValue << 0.0;
        }
    }
    m_events->setData(eventLambda, eventValue);
    feature_style::setLambdaAxis(p->xAxis, a);
    p->xAxis2->setScaleType(QCPAxis::stLogarithmic);
    p->xAxis2->setRangeReversed(true);
    p->xAxis2->setRange(p->xAxis->range());
    // The top axis counts the lasso's non-zero coefficients at a few grid points, as glmnet's does.
    auto ticker = p->xAxis2->ticker().staticCast<QCPAxisTickerText>();
    ticker->clear();
    const Eigen::Index points = a.lasso.size();
    for (int t = 0; t < kTopTicks && points > 0; ++t) {
        const Eigen::Index k = t * (points - 1) / (kTopTicks - 1);
        const int count = static_cast<int>((a.lasso.solverWeights.col(k).array() != 0.0).count());
        ticker->addTick(a.grid[static_cast<std::size_t>(k)], QString::number(count));
    }
    const double low = w.size() > 0 ? std::min(0.0, w.minCoeff()) : -1.0;
    const double high = w.size() > 0 ? std::max(0.0, w.maxCoeff()) : 1.0;
    const double margin = std::max(0.06 * (high - low), 1e-9);
    p->yAxis->setRange(low - margin, high + margin);
    p->yAxis->setLabel(standardized(state) ? tr("coefficient (standardized features)") : tr("coefficient"));
    m_lambdaLine->point1->setCoords(state.lambda, 0.0);
    m_lambdaLine->point2->setCoords(state.lambda, 1.0);
    placeLabels(state);
    highlight(m_hovered);
}

void CoefficientPathPanel::placeLabels(const FeatureState &state)
{
    QCustomPlot *p = plot();
    const Eigen::MatrixXd &w = shownPath(state);
    const Eigen::Index p0 = state.analysis->features();
    const Eigen::Index last = w.cols() - 1;
    if (last < 0)
        return;
    // In pixels of the last layout: label j wants the height of its curve's end.
    const double height = QFontMetricsF(m_labels.front()->font()).height();
    const QRect rect = p->axisRect()->rect();
    std::vector<Eigen::Index> order(static_cast<std::size_t>(p0));
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    // The largest coefficients keep their labels when there is no room for all.
    std::sort(order.begin(), order.end(),
              [&](Eigen::Index i, Eigen::Index j) { return std::abs(w(i, last)) > std::abs(w(j, last)); });
    const auto capacity = static_cast<std::size_t>(std::max(1.0, rect.height() / height));
    m_dropped.clear();
    std::vector<std::pair<double, Eigen::Index>> kept;
    for (std::size_t r = 0; r < order.size(); ++r) {
        const Eigen::Index j = order[r];
        if (r < capacity)
            kept.emplace_back(p->yAxis->coordToPixel(w(j, last)), j);
        else
            m_dropped << state.analysis->featureName(j);
    }
    std::sort(kept.begin(), kept.end());
    // Nudge down from the top, then back up from the bottom: no two labels closer than one line.
    for (std::size_t i = 1; i < kept.size(); ++i)
        kept[i].first = std::max(kept[i].first, kept[i - 1].first + height);
    const double bottom = rect.bottom() - height / 2;
    if (!kept.empty())
        kept.back().first = std::min(kept.back().first, bottom);
    for (std::size_t i = kept.size(); i-- > 1;)
        kept[i - 1].first = std::min(kept[i - 1].first, kept[i].first - height);
    for (QCPItemText *label : m_labels)
        label->setVisible(false);
    const double x = rect.right() + 4.0;
    for (const auto &[y, j] : kept) {
        QCPItemText *label = m_labels[static_cast<std::size_t>(j)];
        label->position->setType(QCPItemPosition::ptAbsolute);
        label->position->setCoords(x, y);
        label->setVisible(true);
    }
    // Room on the right for the names.
    double widest = 0.0;
    for (const auto &[y, j] : kept)
        widest = std::max(
            widest,
            QFontMetricsF(m_labels.front()->font()).horizontalAdvance(state.analysis->featureName(j)));
    p->axisRect()->setAutoMargins(QCP::msLeft | QCP::msTop | QCP::msBottom);
    p->axisRect()->setMargins(QMargins(0, 0, static_cast<int>(widest) + 10, 0));
    m_droppedNote->setText(m_dropped.isEmpty() ? QString() : tr("+%1 unlabelled").arg(m_dropped.size()));
    m_droppedNote->setToolTip(m_dropped.join(QStringLiteral(", ")));
}

std::optional<Eigen::Index> CoefficientPathPanel::nearestCurve(const QPointF &pixel) const
{
    if (!features() || !features()->analysis)
        return std::nullopt;
    const FeatureState &state = *features();
    const double lambda = plot()->xAxis->pixelToCoord(pixel.x());
    std::optional<Eigen::Index> best;
    double bestDistance = kNearPixels;
    for (Eigen::Index j = 0; j < state.analysis->features(); ++j) {
        const double distance = std::abs(plot()->yAxis->coordToPixel(valueAt(state, j, lambda)) - pixel.y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = j;
        }
    }
    return best;
}

double CoefficientPathPanel::valueAt(const FeatureState &state, Eigen::Index j, double lambda) const
{
    // For the pointer only (which curve is under it): the read-out's numbers are the grid's own.
    const std::vector<double> &grid = state.analysis->grid;
    const Eigen::MatrixXd &w = shownPath(state);
    if (grid.empty())
        return 0.0;
    if (lambda >= grid.front())
        return w(j, 0);
    if (lambda <= grid.back())
        return w(j, w.cols() - 1);
    const auto upper = std::lower_bound(grid.begin(), grid.end(), lambda, std::greater<>());
    const auto k = static_cast<Eigen::Index>(upper - grid.begin());
    const double above = grid[static_cast<std::size_t>(k - 1)];
    const double t = std::log(above / lambda) / std::log(above / grid[static_cast<std::size_t>(k)]);
    return (1.0 - t) * w(j, k - 1) + t * w(j, k);
}

void CoefficientPathPanel::highlight(std::optional<Eigen::Index> feature)
{
    const bool changed = feature != m_hovered;
    m_hovered = feature;
    for (std::size_t j = 0; j < m_curves.size(); ++j) {
        QPen pen = m_curves[j]->pen();
        pen.setWidthF(m_hovered && static_cast<std::size_t>(*m_hovered) == j ? 3.6 : 1.8);
        m_curves[j]->setPen(pen);
    }
    if (changed)
        replot();
}

QString CoefficientPathPanel::describeFeatures(const FeatureState &state, double x) const
{
    const QPoint pointer = plot()->mapFromGlobal(QCursor::pos());
    const std::optional<Eigen::Index> j = nearestCurve(QPointF(plot()->xAxis->coordToPixel(x), pointer.y()));
    if (!j)
        return tr("λ = %1").arg(formatNumber(x));
    // The exact grid point nearest the pointer in log lambda.
    const std::vector<double> &grid = state.analysis->grid;
    std::size_t k = 0;
    for (std::size_t i = 1; i < grid.size(); ++i) {
        if (std::abs(std::log(grid[i] / x)) < std::abs(std::log(grid[k] / x)))
            k = i;
    }
    return tr("%1 · λ = %2 · coefficient = %3")
        .arg(state.analysis->featureName(*j), formatNumber(grid[k]),
             formatNumber(shownPath(state)(*j, static_cast<Eigen::Index>(k))));
}

} // namespace regviz
