#pragma once

#include <QColor>

class QCPScatterStyle;

namespace regviz {

namespace style {
enum class Marker
{
    Disc,
    Square,
    Triangle,
    Diamond
};
} // namespace style

/// A marker drawn from a cached pixmap: many times cheaper than an antialiased shape per point.
QCPScatterStyle scatterPixmap(const QColor &color, double size, style::Marker shape = style::Marker::Disc);

} // namespace regviz
