#include "plot_style.h"

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

} // namespace regviz
