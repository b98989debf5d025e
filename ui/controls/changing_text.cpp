#include "ui/controls/changing_text.h"

#include <QEvent>
#include <QPainter>

namespace regviz {

bool ChangingText::replaceText(const QString &text)
{
    if (text == m_text)
        return false;
    m_text = text;
    // Screen readers read the widget's name (set by the owner) and this value.
    setAccessibleDescription(text);
    return true;
}

void ChangingText::drawText(int flags, const QString &shown)
{
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    painter.drawText(contentsRect(), flags, shown);
}

void ChangingText::changeEvent(QEvent *event)
{
    // The size follows the font (a bold value, a larger system font).
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace regviz
