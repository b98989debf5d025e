#pragma once

#include "regviz/core/objective.h"

#include <Eigen/Core>
#include <QColor>
#include <QPen>
#include <QString>
#include <QVector>
#include <initializer_list>

class QCustomPlot;
class QCPAxis;

namespace regviz {

/// The one place colours, pens and number formats are chosen, so every panel speaks the same language.
/// L1 is blue and L2 red, as in the article.
namespace style {
QColor lossColor();
QColor penaltyColor(Penalty kind); ///< None gives the MSE colour
QColor olsColor();
QColor truthColor();
QColor pointColor();
QPen curvePen(const QColor &color, Qt::PenStyle lineStyle = Qt::SolidLine, double width = 2.0);

/// Fonts, margins and behaviour shared by every plot.
void applyPlotDefaults(QCustomPlot *plot);

/// Sets the axis to the range of the values with a 6 % margin (a unit range around a constant).
void fitRange(QCPAxis *axis, std::initializer_list<const Eigen::VectorXd *> values);

/// A number as shown on screen: up to `significant` significant digits, "0" for exact zero.
QString number(double value, int significant = 4);
} // namespace style

/// Eigen to Qt at the ui boundary: the one conversion every panel uses.
QVector<double> toQVector(const Eigen::VectorXd &values);

} // namespace regviz
