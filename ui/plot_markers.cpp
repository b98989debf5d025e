#include "plot_markers.h"

#include <algorithm>
#include <qcustomplot.h>

namespace regviz {

PointMarker::PointMarker(QCustomPlot *plot, const QColor &color)
    : m_point(new QCPItemTracer(plot)), m_label(new QCPItemText(plot))
{
    m_point->setStyle(QCPItemTracer::tsCircle);
    m_point->setSize(9);
    m_point->setPen(QPen(color, 2));
    m_point->setBrush(Qt::white);
    m_point->setLayer(QStringLiteral("overlay"));
    m_label->setColor(color);
    m_label->position->setParentAnchor(m_point->position);
    m_label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_label->position->setCoords(0, -8);
    QFont font = plot->font();
    font.setPointSizeF(8.5);
    font.setBold(true);
    m_label->setFont(font);
    m_label->setBrush(QColor(255, 255, 255, 200));
    m_label->setLayer(QStringLiteral("overlay"));
}

void PointMarker::place(double x, double y, const QString &label)
{
    m_point->position->setCoords(x, y);
    m_label->setText(label);
}

void PointMarker::setVisible(bool visible)
{
    m_point->setVisible(visible);
    m_label->setVisible(visible);
}

bool PointMarker::isVisible() const
{
    return m_point->visible();
}

double PointMarker::x() const
{
    return m_point->position->coords().x();
}

double PointMarker::y() const
{
    return m_point->position->coords().y();
}

QString PointMarker::label() const
{
    return m_label->text();
}

void PointMarker::setLabelBelow(bool below)
{
    // Below and to the left, so it stays clear of a neighbour labelled above and to the right.
    m_label->setPositionAlignment(below ? (Qt::AlignRight | Qt::AlignTop)
                                        : (Qt::AlignHCenter | Qt::AlignBottom));
    m_label->position->setCoords(below ? -6 : 0, below ? 8 : -8);
}

void PointMarker::setLabelRight(bool right)
{
    m_label->setPositionAlignment(right ? (Qt::AlignLeft | Qt::AlignBottom)
                                        : (Qt::AlignHCenter | Qt::AlignBottom));
    m_label->position->setCoords(right ? 6 : 0, -8);
}

namespace {
QCPItemLine *makeArrow(QCustomPlot *plot, const QColor &color)
{
    auto *arrow = new QCPItemLine(plot);
    arrow->setPen(QPen(color, 2));
    arrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 9, 11));
    arrow->setLayer(QStringLiteral("frame"));
    return arrow;
}
} // namespace

TraceRider::TraceRider(QCustomPlot *plot, const QColor &color)
    : m_current(new QCPItemTracer(plot)), m_lossArrow(makeArrow(plot, QColor(0x55, 0x55, 0x55))),
      m_penaltyArrow(makeArrow(plot, color))
{
    for (int i = 0; i < kTailLength; ++i) {
        auto *dot = new QCPItemTracer(plot);
        QColor faded = color;
        faded.setAlphaF(0.55F * (1.0F - static_cast<float>(i) / kTailLength));
        dot->setStyle(QCPItemTracer::tsCircle);
        dot->setSize(6);
        dot->setPen(QPen(faded));
        dot->setBrush(faded);
        dot->setLayer(QStringLiteral("frame"));
        m_tail[static_cast<std::size_t>(i)] = dot;
    }
    m_current->setStyle(QCPItemTracer::tsCircle);
    m_current->setSize(11);
    m_current->setPen(QPen(Qt::white, 1.5));
    m_current->setBrush(color);
    m_current->setLayer(QStringLiteral("frame"));
    m_penaltyArrow->setPen(QPen(color, 2, Qt::DashLine));
}

void TraceRider::show(const DescentTrace &trace, int frame, double eta, double arrowOffset)
{
    if (trace.steps.empty()) {
        setVisible(false);
        return;
    }
    const int last = trace.stepCount();
    const int k = std::clamp(frame, 0, last);
    const DescentStep &now = trace.steps[static_cast<std::size_t>(k)];
    m_current->position->setCoords(now.w, now.value);
    for (int i = 0; i < kTailLength; ++i) {
        const int past = k - 1 - i;
        auto *dot = m_tail[static_cast<std::size_t>(i)];
        dot->setVisible(m_visible && past >= 0);
        if (past >= 0) {
            const DescentStep &s = trace.steps[static_cast<std::size_t>(past)];
            dot->position->setCoords(s.w, s.value);
        }
    }
    m_lossArrow->start->setCoords(now.w, now.value + arrowOffset);
    m_lossArrow->end->setCoords(now.w - eta * now.lossGradient, now.value + arrowOffset);
    m_penaltyArrow->start->setCoords(now.w, now.value + 2.0 * arrowOffset);
    m_penaltyArrow->end->setCoords(now.w - eta * now.penaltyGradient, now.value + 2.0 * arrowOffset);
    m_lossArrow->setVisible(m_visible);
    m_penaltyArrow->setVisible(m_visible && now.penaltyGradient != 0.0);
}

void TraceRider::setVisible(bool visible)
{
    m_visible = visible;
    m_current->setVisible(visible);
    for (auto *dot : m_tail)
        dot->setVisible(visible && dot->visible());
    m_lossArrow->setVisible(visible);
    m_penaltyArrow->setVisible(visible);
}

bool TraceRider::isVisible() const
{
    return m_visible;
}

double TraceRider::currentW() const
{
    return m_current->position->coords().x();
}

double TraceRider::currentValue() const
{
    return m_current->position->coords().y();
}

} // namespace regviz
