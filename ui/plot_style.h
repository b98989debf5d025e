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
class QCPItemText;
class QCPLayerable;
class QCPScatterStyle;
class QPalette;

namespace regviz {

/// The one place colours, pens and number formats are chosen, so every panel speaks the same language.
/// L1 is blue and L2 red (vermillion or orange in the colour-blind-safe palette), as in the article; each
/// also has its own line style and marker, so no curve is told apart by colour alone.
///
/// Panels never hold a colour: they bind a pen, fill or marker to an Ink (setStroke, setFill, ...), and
/// restyle() turns every binding of a plot into colours for a Look. A palette change, a switch to the
/// colour-blind-safe palette or a figure drawn light for print is then one restyle() of each plot.
namespace style {

/// What plot colours depend on: the surface they are drawn on and the palette chosen.
struct Look
{
    QColor background{Qt::white}; ///< plot area, figure background, marker fill
    QColor foreground{Qt::black}; ///< axes, tick labels, legend and plot text
    bool colorBlindSafe = false;  ///< Okabe–Ito hues instead of the article's

    [[nodiscard]] bool dark() const { return background.lightness() < 128; }
    friend bool operator==(const Look &, const Look &) = default;
};

/// Chooses the colour-blind-safe palette for every plot of the application (View menu).
void setColorBlindSafe(bool safe);
[[nodiscard]] bool colorBlindSafe();

/// The look of plots in widgets with this palette: its base and text colours, the current hue palette.
[[nodiscard]] Look lookFor(const QPalette &palette);
/// The look of plots on screen now (the application's palette).
[[nodiscard]] Look screenLook();
/// Black on white with the current hue palette: what figures are exported with unless asked otherwise.
[[nodiscard]] Look printLook();

/// A role a colour plays; what colour it is depends on the Look.
enum class Ink
{
    Mse,        ///< the plain loss
    L1,         ///< lasso: blue
    L2,         ///< ridge: red / vermillion
    ElasticNet, ///< a third hue
    Ols,        ///< the least-squares fit
    Truth,      ///< the weight that generated the data
    Points,     ///< the data cloud
    Accent,     ///< what moves with the user: the current step, the current lambda
    Guide,      ///< zero lines and axes drawn inside the plot
    Contour,    ///< background contours
    Surface,    ///< the background colour (marker fill, label background)
    Text        ///< the foreground colour
};

[[nodiscard]] Ink inkFor(Penalty kind); ///< None gives Ink::Mse
[[nodiscard]] QColor color(Ink ink, const Look &look = screenLook());

QColor lossColor();
QColor penaltyColor(Penalty kind, const Look &look = screenLook()); ///< None gives the MSE colour
QColor olsColor();
QColor truthColor();
QColor pointColor();
QPen curvePen(const QColor &color, Qt::PenStyle lineStyle = Qt::SolidLine, double width = 2.0);

/// How each objective is drawn besides its colour: L1 solid, L2 dashed, elastic net dotted and the
/// plain MSE dash-dotted where it shares a plot with them.
[[nodiscard]] Qt::PenStyle lineStyle(Penalty kind);
/// "solid", "dashed", ...: how a line looks, for screen readers.
[[nodiscard]] QString lineStyleName(Qt::PenStyle line);

enum class Marker
{
    Disc,
    Square,
    Triangle,
    Diamond
};
/// The marker of each objective's points: L1 discs, L2 triangles, elastic net diamonds, MSE squares.
[[nodiscard]] Marker markerFor(Penalty kind);

/// A pen bound to an ink.
struct Stroke
{
    Ink ink = Ink::Text;
    double width = 2.0;
    Qt::PenStyle line = Qt::SolidLine;
    int alpha = 255;
    Qt::PenCapStyle cap = Qt::SquareCap;
};

/// A brush bound to an ink.
struct Fill
{
    Ink ink = Ink::Surface;
    int alpha = 255;
};

/// Scatter markers bound to an ink, drawn from a cached pixmap (see scatterPixmap).
struct Scatter
{
    Ink ink = Ink::Points;
    double size = 4.0;
    Marker shape = Marker::Disc;
    int alpha = 255;
};

/// Binds the pen of a plottable or item (any QCustomPlot object with a "pen" property) and sets it.
void setStroke(QCPLayerable *target, const Stroke &stroke);
/// Binds the brush of a plottable or item with a "brush" property and sets it.
void setFill(QCPLayerable *target, const Fill &fill);
/// Binds the text colour of a text item and sets it.
void setTextInk(QCPItemText *text, Ink ink);
/// Binds the scatter markers of a graph or curve and sets them.
void setScatter(QCPAbstractPlottable *plottable, const Scatter &scatter);

/// Colours the plot's background, axes, grid and legend for the look, then every bound pen, brush,
/// text colour and marker of its plottables and items. Does not replot.
void restyle(QCustomPlot *plot, const Look &look);

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

/// A marker drawn from a cached pixmap: many times cheaper than an antialiased shape per point.
QCPScatterStyle scatterPixmap(const QColor &color, double size, style::Marker shape = style::Marker::Disc);

} // namespace regviz
