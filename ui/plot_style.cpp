#include "plot_style.h"

#include <QPainter>
#include <QPixmap>
#include <algorithm>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

namespace regviz {

namespace style {

QColor lossColor()
{
    return QColor(0x44, 0x44, 0x44);
}

QColor penaltyColor(Penalty kind)
{
    switch (kind) {
    case Penalty::L1:
        return QColor(0x1f, 0x77, 0xb4); // the article's blue
    case Penalty::L2:
        return QColor(0xd6, 0x27, 0x28); // the article's red
    case Penalty::ElasticNet:
        return QColor(0x2c, 0xa0, 0x2c);
    case Penalty::None:
        break;
    }
    return lossColor();
}

QColor olsColor()
{
    return QColor(0x7f, 0x7f, 0x7f);
}

QColor truthColor()
{
    return QColor(0x00, 0x00, 0x00);
}

QColor pointColor()
{
    return QColor(0x55, 0x55, 0x55, 0x90);
}

QPen curvePen(const QColor &color, Qt::PenStyle lineStyle, double width)
{
    QPen pen(color);
    pen.setStyle(lineStyle);
    pen.setWidthF(width);
    return pen;
}

void applyPlotDefaults(QCustomPlot *plot)
{
    // Curves, markers and fills are antialiased; axes, grid and legend frame are crisp without it, and
    // skipping them keeps a replot cheap.
    plot->setAntialiasedElements(QCP::aePlottables | QCP::aeItems | QCP::aeScatters | QCP::aeFills);
    plot->setNotAntialiasedElements(QCP::aeAxes | QCP::aeGrid | QCP::aeSubGrid | QCP::aeLegend |
                                    QCP::aeZeroLine);
    plot->setNoAntialiasingOnDrag(false);
    plot->setInteractions({});
    plot->setMinimumSize(220, 170);
    QFont tickFont = plot->font();
    tickFont.setPointSizeF(8.5);
    plot->xAxis->setTickLabelFont(tickFont);
    plot->yAxis->setTickLabelFont(tickFont);
    plot->legend->setFont(tickFont);
    plot->legend->setBrush(QColor(255, 255, 255, 210));
    plot->legend->setBorderPen(QPen(QColor(0xcc, 0xcc, 0xcc)));
    plot->xAxis->grid()->setPen(QPen(QColor(0xe4, 0xe4, 0xe4)));
    plot->yAxis->grid()->setPen(QPen(QColor(0xe4, 0xe4, 0xe4)));
}

void setShown(QCPAbstractPlottable *plottable, bool shown)
{
    plottable->setVisible(shown);
    if (shown)
        plottable->addToLegend();
    else
        plottable->removeFromLegend();
}

void fitRange(QCPAxis *axis, std::initializer_list<const Eigen::VectorXd *> values)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const Eigen::VectorXd *v : values) {
        if (v->size() == 0)
            continue;
        low = std::min(low, v->minCoeff());
        high = std::max(high, v->maxCoeff());
    }
    if (!std::isfinite(low) || !std::isfinite(high))
        return;
    const double margin = high > low ? 0.06 * (high - low) : 0.5;
    axis->setRange(low - margin, high + margin);
}

QString number(double value, int significant)
{
    if (value == 0.0)
        return QStringLiteral("0");
    return QString::number(value, 'g', significant);
}

} // namespace style

QVector<double> toQVector(const Eigen::VectorXd &values)
{
    return QVector<double>(values.data(), values.data() + values.size());
}

std::vector<Eigen::Index> displayIndices(const Eigen::VectorXd &grid, Eigen::Index maxPoints)
{
    const Eigen::Index n = grid.size();
    std::vector<Eigen::Index> indices;
    if (n == 0)
        return indices;
    const Eigen::Index stride =
        std::max<Eigen::Index>(1, (n + maxPoints - 1) / std::max<Eigen::Index>(maxPoints, 1));
    indices.reserve(static_cast<std::size_t>(n / stride + 4));
    for (Eigen::Index i = 0; i < n; i += stride)
        indices.push_back(i);
    indices.push_back(n - 1);
    // Keep the kink: the last point at or below 0 and the first above it.
    for (Eigen::Index i = 0; i + 1 < n; ++i) {
        if (grid[i] <= 0.0 && grid[i + 1] > 0.0) {
            indices.push_back(i);
            indices.push_back(i + 1);
            break;
        }
    }
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    return indices;
}

QVector<double> pick(const Eigen::VectorXd &values, const std::vector<Eigen::Index> &indices)
{
    QVector<double> out;
    out.reserve(static_cast<qsizetype>(indices.size()));
    for (const Eigen::Index i : indices)
        out.append(values[i]);
    return out;
}

QCPScatterStyle discScatter(const QColor &color, double diameter)
{
    // QCustomPlot centres a scatter pixmap by its pixel size, so the pixmap has no device-pixel ratio:
    // a high-resolution one would be drawn off centre.
    const int side = static_cast<int>(std::ceil(diameter)) + 2;
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF((side - diameter) / 2.0, (side - diameter) / 2.0, diameter, diameter));
    }
    return QCPScatterStyle(pixmap);
}

} // namespace regviz
