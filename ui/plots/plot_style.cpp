#include "ui/plots/plot_style.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

namespace regviz {

namespace style {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlotStyle)
};

// The bindings live on the QCustomPlot objects themselves, as dynamic properties, so they go when the
// object goes and restyle() needs no registry.
constexpr const char *kStrokeKey = "regvizStroke";
constexpr const char *kFillKey = "regvizFill";
constexpr const char *kTextKey = "regvizText";
constexpr const char *kScatterKey = "regvizScatter";
constexpr const char *kLookKey = "regvizLook"; ///< on the QCustomPlot: the look it was restyled with

QColor mix(const QColor &from, const QColor &to, double t)
{
    const auto channel = [t](int a, int b) {
        return static_cast<int>(std::lround(a + t * (b - a)));
    };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()),
                  channel(from.blue(), to.blue()));
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

/// The hues of the objectives and the accent, by palette and background.
QColor hue(Ink ink, const Look &look)
{
    const bool dark = look.dark();
    if (look.colorBlindSafe) {
        // Okabe & Ito (2008), distinguishable with every common colour-vision deficiency. On a dark
        // background the lighter members of the same set keep the contrast.
        switch (ink) {
        case Ink::L1:
            return dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2); // sky blue / blue
        case Ink::L2:
            return dark ? QColor(0xe6, 0x9f, 0x00) : QColor(0xd5, 0x5e, 0x00); // orange / vermillion
        case Ink::ElasticNet:
            return dark ? QColor(0x2e, 0xc7, 0x9b) : QColor(0x00, 0x9e, 0x73); // bluish green
        case Ink::Accent:
            return QColor(0xcc, 0x79, 0xa7); // reddish purple
        default:
            break;
        }
    }
    switch (ink) {
    case Ink::L1:
        return dark ? QColor(0x4f, 0xa3, 0xe0) : QColor(0x1f, 0x77, 0xb4); // the article's blue
    case Ink::L2:
        return dark ? QColor(0xf0, 0x5a, 0x5b) : QColor(0xd6, 0x27, 0x28); // the article's red
    case Ink::ElasticNet:
        return dark ? QColor(0x5c, 0xc3, 0x5c) : QColor(0x2c, 0xa0, 0x2c);
    case Ink::Accent:
        return dark ? QColor(0xff, 0xa9, 0x40) : QColor(0xff, 0x8c, 0x00);
    default:
        break;
    }
    return {};
}

QPen penFor(const Stroke &s, const Look &look)
{
    QPen pen(withAlpha(color(s.ink, look), s.alpha));
    pen.setWidthF(s.width);
    pen.setStyle(s.line);
    pen.setCapStyle(s.cap);
    return pen;
}

QCPScatterStyle scatterFor(const Scatter &s, const Look &look)
{
    const QColor ink = withAlpha(color(s.ink, look), s.alpha);
    if (!look.vectorMarkers)
        return scatterPixmap(ink, s.size, s.shape);
    const auto shape = [](Marker marker) {
        switch (marker) {
        case Marker::Square:
            return QCPScatterStyle::ssSquare;
        case Marker::Triangle:
            return QCPScatterStyle::ssTriangle;
        case Marker::Diamond:
            return QCPScatterStyle::ssDiamond;
        case Marker::Disc:
            break;
        }
        return QCPScatterStyle::ssDisc;
    };
    return QCPScatterStyle(shape(s.shape), ink, ink, s.size);
}

void applyScatter(QCPAbstractPlottable *plottable, const QCPScatterStyle &scatter)
{
    if (auto *graph = qobject_cast<QCPGraph *>(plottable))
        graph->setScatterStyle(scatter);
    else if (auto *curve = qobject_cast<QCPCurve *>(plottable))
        curve->setScatterStyle(scatter);
}

/// Sets a declared property ("pen", "brush", "color"); every QCustomPlot plottable and item declares
/// the ones it has.
void write(QObject *target, const char *property, const QVariant &value)
{
    [[maybe_unused]] const bool declared = target->setProperty(property, value);
    Q_ASSERT_X(declared, "style", "the QCustomPlot object has no such property");
}

void restyleBindings(QObject *target, const Look &look)
{
    if (const QVariant v = target->property(kStrokeKey); v.isValid())
        write(target, "pen", penFor(v.value<Stroke>(), look));
    if (const QVariant v = target->property(kFillKey); v.isValid()) {
        const Fill fill = v.value<Fill>();
        write(target, "brush", QBrush(withAlpha(color(fill.ink, look), fill.alpha)));
    }
    if (const QVariant v = target->property(kTextKey); v.isValid())
        write(target, "color", color(v.value<Ink>(), look));
    if (const QVariant v = target->property(kScatterKey); v.isValid())
        applyScatter(qobject_cast<QCPAbstractPlottable *>(target), scatterFor(v.value<Scatter>(), look));
}

} // namespace

Look lookFor(const QPalette &palette, bool colorBlindSafe)
{
    return Look{palette.color(QPalette::Active, QPalette::Base),
                palette.color(QPalette::Active, QPalette::Text), colorBlindSafe};
}

Look printLook(bool colorBlindSafe)
{
    return Look{Qt::white, Qt::black, colorBlindSafe};
}

Look lookOf(const QCustomPlot *plot)
{
    const QVariant look = plot->property(kLookKey);
    return look.isValid() ? look.value<Look>() : lookFor(QGuiApplication::palette(), false);
}

Ink inkFor(Penalty kind)
{
    switch (kind) {
    case Penalty::L1:
        return Ink::L1;
    case Penalty::L2:
        return Ink::L2;
    case Penalty::ElasticNet:
        return Ink::ElasticNet;
    case Penalty::None:
        break;
    }
    return Ink::Mse;
}

QColor color(Ink ink, const Look &look)
{
    // Neutrals sit between background and foreground, so they work on any surface.
    switch (ink) {
    case Ink::L1:
    case Ink::L2:
    case Ink::ElasticNet:
    case Ink::Accent:
        return hue(ink, look);
    case Ink::Mse:
        return mix(look.background, look.foreground, 0.75);
    case Ink::Ols:
        return mix(look.background, look.foreground, 0.55);
    case Ink::Truth:
    case Ink::Guide:
    case Ink::Text:
        return look.foreground;
    case Ink::Points:
        return mix(look.background, look.foreground, 0.68);
    case Ink::Contour:
        return mix(look.background, look.foreground, 0.4);
    case Ink::Surface:
        return look.background;
    }
    return look.foreground;
}

QColor penaltyColor(Penalty kind, const Look &look)
{
    return color(inkFor(kind), look);
}

Qt::PenStyle lineStyle(Penalty kind)
{
    switch (kind) {
    case Penalty::L1:
        return Qt::SolidLine;
    case Penalty::L2:
        return Qt::DashLine;
    case Penalty::ElasticNet:
        return Qt::DotLine;
    case Penalty::None:
        break;
    }
    return Qt::DashDotLine;
}

QString lineStyleName(Qt::PenStyle line)
{
    switch (line) {
    case Qt::DashLine:
        return Text::tr("dashed");
    case Qt::DotLine:
        return Text::tr("dotted");
    case Qt::DashDotLine:
        return Text::tr("dash-dotted");
    case Qt::DashDotDotLine:
        return Text::tr("dash-dot-dotted");
    default:
        break;
    }
    return Text::tr("solid");
}

Marker markerFor(Penalty kind)
{
    switch (kind) {
    case Penalty::L1:
        return Marker::Disc;
    case Penalty::L2:
        return Marker::Triangle;
    case Penalty::ElasticNet:
        return Marker::Diamond;
    case Penalty::None:
        break;
    }
    return Marker::Square;
}

void setStroke(QCPLayerable *target, const Stroke &stroke)
{
    target->setProperty(kStrokeKey, QVariant::fromValue(stroke));
    write(target, "pen", penFor(stroke, lookOf(target->parentPlot())));
}

void setFill(QCPLayerable *target, const Fill &fill)
{
    target->setProperty(kFillKey, QVariant::fromValue(fill));
    write(target, "brush", QBrush(withAlpha(color(fill.ink, lookOf(target->parentPlot())), fill.alpha)));
}

void setTextInk(QCPItemText *text, Ink ink)
{
    text->setProperty(kTextKey, QVariant::fromValue(ink));
    text->setColor(color(ink, lookOf(text->parentPlot())));
}

void setScatter(QCPAbstractPlottable *plottable, const Scatter &scatter)
{
    plottable->setProperty(kScatterKey, QVariant::fromValue(scatter));
    applyScatter(plottable, scatterFor(scatter, lookOf(plottable->parentPlot())));
}

void restyle(QCustomPlot *plot, const Look &look)
{
    plot->setProperty(kLookKey, QVariant::fromValue(look));
    plot->setBackground(QBrush(look.background));
    const QColor axisColor = mix(look.background, look.foreground, 0.7);
    const QPen gridPen(mix(look.background, look.foreground, 0.12));
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(axisColor));
            axis->setTickPen(QPen(axisColor));
            axis->setSubTickPen(QPen(axisColor));
            axis->setLabelColor(look.foreground);
            axis->setTickLabelColor(look.foreground);
            axis->grid()->setPen(gridPen);
            axis->grid()->setZeroLinePen(QPen(mix(look.background, look.foreground, 0.3)));
        }
    }
    plot->legend->setBrush(withAlpha(look.background, 215));
    plot->legend->setBorderPen(QPen(mix(look.background, look.foreground, 0.3)));
    plot->legend->setTextColor(look.foreground);
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        plot->legend->item(i)->setTextColor(look.foreground);
    for (int i = 0; i < plot->plottableCount(); ++i)
        restyleBindings(plot->plottable(i), look);
    for (int i = 0; i < plot->itemCount(); ++i)
        restyleBindings(plot->item(i), look);
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
    plot->setMinimumSize(200, 160);
    QFont tickFont = plot->font();
    tickFont.setPointSizeF(8.5);
    plot->xAxis->setTickLabelFont(tickFont);
    plot->yAxis->setTickLabelFont(tickFont);
    plot->legend->setFont(tickFont);
    restyle(plot, lookFor(QGuiApplication::palette(), false));
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

} // namespace style

} // namespace regviz
