#pragma once

#include "regviz/core/objective.h"
#include "ui/plots/marker_pixmap.h"

#include <Eigen/Core>
#include <QColor>
#include <QPen>
#include <QString>
#include <initializer_list>

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
    /// Markers as shapes, for vector output (PDF, SVG); on screen and in PNGs they are cached pixmaps,
    /// many times cheaper to draw, which a vector file would embed as one bitmap per point.
    bool vectorMarkers = false;

    [[nodiscard]] bool dark() const { return background.lightness() < 128; }
    friend bool operator==(const Look &, const Look &) = default;
};

/// The look of plots in widgets with this palette (its base and text colours) and hue palette.
[[nodiscard]] Look lookFor(const QPalette &palette, bool colorBlindSafe);
/// Black on white with the hue palette: what figures are exported with unless asked otherwise.
[[nodiscard]] Look printLook(bool colorBlindSafe);

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
[[nodiscard]] QColor color(Ink ink, const Look &look);

[[nodiscard]] QColor penaltyColor(Penalty kind, const Look &look); ///< None gives the MSE colour

/// How each objective is drawn besides its colour: L1 solid, L2 dashed, elastic net dotted and the
/// plain MSE dash-dotted where it shares a plot with them.
[[nodiscard]] Qt::PenStyle lineStyle(Penalty kind);
/// "solid", "dashed", ...: how a line looks, for screen readers.
[[nodiscard]] QString lineStyleName(Qt::PenStyle line);

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
/// text colour and marker of its plottables and items, and keeps the look on the plot: what is bound
/// later is drawn in it too. Does not replot.
void restyle(QCustomPlot *plot, const Look &look);
/// The look the plot was last restyled with.
[[nodiscard]] Look lookOf(const QCustomPlot *plot);

/// Fonts, margins and behaviour shared by every plot, and the look of the application's palette.
void applyPlotDefaults(QCustomPlot *plot);

/// Shows or hides a plottable together with its legend entry.
void setShown(QCPAbstractPlottable *plottable, bool shown);

/// Sets the axis to the range of the values with a 6 % margin (a unit range around a constant).
void fitRange(QCPAxis *axis, std::initializer_list<const Eigen::VectorXd *> values);

} // namespace style

} // namespace regviz
