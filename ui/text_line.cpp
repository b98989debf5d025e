#include "text_line.h"

#include <QEvent>
#include <QPainter>

namespace regviz {

TextLine::TextLine(const QString &widest, QWidget *parent) : QWidget(parent), m_widest(widest)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void TextLine::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    if (m_mayShrink)
        setToolTip(text); // it may be elided
    // Screen readers read the line's name (set by the owner) and this value.
    setAccessibleDescription(text);
    update();
}

void TextLine::setAlignment(Qt::Alignment alignment)
{
    m_alignment = alignment;
    update();
}

void TextLine::setMayShrink(bool mayShrink)
{
    m_mayShrink = mayShrink;
    updateGeometry();
}

QSize TextLine::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const QMargins margins = contentsMargins();
    return {metrics.horizontalAdvance(m_widest) + metrics.averageCharWidth() + margins.left() +
                margins.right(),
            metrics.height() + margins.top() + margins.bottom()};
}

QSize TextLine::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return m_mayShrink ? QSize(fontMetrics().averageCharWidth() * 4, hint.height()) : hint;
}

void TextLine::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    const QRect area = contentsRect();
    // Only a line that may shrink can be narrower than its text; eliding measures the text once more.
    const QString shown =
        m_mayShrink ? fontMetrics().elidedText(m_text, Qt::ElideRight, area.width()) : m_text;
    painter.drawText(area, static_cast<int>(m_alignment), shown);
}

void TextLine::changeEvent(QEvent *event)
{
    // The reserved size follows the font (a bold value, a larger system font).
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace regviz
