#include "ui/plots/plot_markers.h"

#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace regviz {

PointMarker::PointMarker(QCustomPlot *plot, style::Ink ink)
    : m_point(new QCPItemTracer(plot)), m_label(new QCPItemText(plot))
{
    m_point->setStyle(QCPItemTracer::tsCircle);
    m_point->setSize(9);
    style::setStroke(m_point, {ink, 2.0});
    style::setFill(m_point, {style::Ink::Surface});
    m_point->setLayer(QStringLiteral("overlay"));
    style::setTextInk(m_label, ink);
    m_label->position->setParentAnchor(m_point->position);
    m_label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_label->position->setCoords(0, -8);
    QFont font = plot->font();
    font.setPointSizeF(8.5);
    font.setBold(true);
    m_label->setFont(font);
    style::setFill(m_label, {style::Ink::Surface, 200});
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
QCPItemLine *makeArrow(QCustomPlot *plot, const style::Stroke &stroke)
{
    auto *arrow = new QCPItemLine(plot);
    style::setStroke(arrow, stroke);
    arrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 9, 11));
    arrow->setLayer(QStringLiteral("frame"));
    return arrow;
}
} // namespace

TraceRider::TraceRider(QCustomPlot *plot, style::Ink ink)
    : m_current(new QCPItemTracer(plot)), m_lossArrow(makeArrow(plot, {style::Ink::Mse, 2.0})),
      m_penaltyArrow(makeArrow(plot, {ink, 2.0, Qt::DashLine}))
{
    for (int i = 0; i < kTailLength; ++i) {
        auto *dot = new QCPItemTracer(plot);
        const int alpha = static_cast<int>(std::lround(140.0 * (1.0 - static_cast<double>(i) / kTailLength)));
        dot->setStyle(QCPItemTracer::tsCircle);
        dot->setSize(6);
        style::setStroke(dot, {ink, 1.0, Qt::SolidLine, alpha});
        style::setFill(dot, {ink, alpha});
        dot->setLayer(QStringLiteral("frame"));
        m_tail[static_cast<std::size_t>(i)] = dot;
    }
    m_current->setStyle(QCPItemTracer::tsCircle);
    m_current->setSize(11);
    style::setStroke(m_current, {style::Ink::Surface, 1.5});
    style::setFill(m_current, {ink});
    m_current->setLayer(QStringLiteral("frame"));
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
