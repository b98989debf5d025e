#include "ui/plots/hover_readout.h"

#include "ui/controls/text_line.h"

#include <QEvent>
#include <QMouseEvent>
#include <qcustomplot.h>
#include <utility>

namespace regviz {

HoverReadout::HoverReadout(QCustomPlot *plot, TextLine *line, std::function<QString(double)> describe)
    : QObject(plot), m_plot(plot), m_line(line), m_describe(std::move(describe))
{
    m_line->setMayShrink(true);
    m_plot->installEventFilter(this);
    connect(m_plot, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent *event) { show(m_plot->xAxis->pixelToCoord(event->position().x())); });
    clear();
}

QString HoverReadout::text() const
{
    return m_line->text();
}

void HoverReadout::refresh()
{
    if (m_x)
        show(*m_x);
    else
        clear();
}

void HoverReadout::show(double x)
{
    m_x = x;
    m_line->setText(m_describe(x));
}

void HoverReadout::clear()
{
    m_x.reset();
    m_line->setText(tr("Hover the plot to read values"));
}

bool HoverReadout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        clear();
    return QObject::eventFilter(watched, event);
}

} // namespace regviz
