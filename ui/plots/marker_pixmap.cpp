#include "ui/plots/marker_pixmap.h"

#include <QPainter>
#include <QPixmap>
#include <cmath>
#include <qcustomplot.h>

namespace regviz {

QCPScatterStyle scatterPixmap(const QColor &color, double size, style::Marker shape)
{
    // QCustomPlot centres a scatter pixmap by its pixel size, so the pixmap has no device-pixel ratio:
    // a high-resolution one would be drawn off centre.
    const int side = static_cast<int>(std::ceil(size)) + 2;
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const double c = side / 2.0;
        const double r = size / 2.0;
        switch (shape) {
        case style::Marker::Disc:
            painter.drawEllipse(QPointF(c, c), r, r);
            break;
        case style::Marker::Square:
            painter.drawRect(QRectF(c - 0.85 * r, c - 0.85 * r, 1.7 * r, 1.7 * r));
            break;
        case style::Marker::Triangle:
            painter.drawPolygon(
                QPolygonF({QPointF(c, c - r), QPointF(c + r, c + 0.8 * r), QPointF(c - r, c + 0.8 * r)}));
            break;
        case style::Marker::Diamond:
            painter.drawPolygon(
                QPolygonF({QPointF(c, c - r), QPointF(c + r, c), QPointF(c, c + r), QPointF(c - r, c)}));
            break;
        }
    }
    return QCPScatterStyle(pixmap);
}

} // namespace regviz
