#pragma once

#include "regviz/core/objective.h"

#include <Eigen/Core>
#include <QColor>
#include <QPen>
#include <QString>
#include <QVector>
#include <initializer_list>
#include <vector>

class QCustomPlot;
class QCPAxis;
class QCPAbstractPlottable;
class QCPScatterStyle;

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

/// Shows or hides a plottable together with its legend entry.
void setShown(QCPAbstractPlottable *plottable, bool shown);

/// Sets the axis to the range of the values with a 6 % margin (a unit range around a constant).
void fitRange(QCPAxis *axis, std::initializer_list<const Eigen::VectorXd *> values);

/// A number as shown on screen: up to `significant` significant digits, "0" for exact zero.
QString number(double value, int significant = 4);
} // namespace style

/// Eigen to Qt at the ui boundary: the one conversion every panel uses.
QVector<double> toQVector(const Eigen::VectorXd &values);

/// The grid points worth drawing: about maxPoints of them, evenly strided, always both ends and the
/// points on either side of w = 0 (where |w| has its kink). A 2,001-point grid is exact for the numbers
/// but several points per pixel for the eye; drawing fewer keeps a replot cheap without changing the shape.
/// Between kinks every curve drawn is at most quadratic, a w² + b w + c, and a chord of width h strays
/// a h²/4 from it: at 200 points over the default range (h = 0.0125) that is 4e-5 a, far under a pixel
/// even at scale 4. Stroking cost grows with the segment count, so more points only cost time.
inline constexpr Eigen::Index kCurvePoints = 200;
std::vector<Eigen::Index> displayIndices(const Eigen::VectorXd &grid, Eigen::Index maxPoints = kCurvePoints);

/// values at the given indices, as Qt wants them.
QVector<double> pick(const Eigen::VectorXd &values, const std::vector<Eigen::Index> &indices);

/// A filled disc drawn from a cached pixmap: many times cheaper than an antialiased ellipse per point.
QCPScatterStyle discScatter(const QColor &color, double diameter);

} // namespace regviz
