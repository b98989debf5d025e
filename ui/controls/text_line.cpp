#include "ui/controls/text_line.h"

#include <QFontMetrics>
#include <utility>

namespace regviz {

TextLine::TextLine(QString widest, QWidget *parent) : ChangingText(parent), m_widest(std::move(widest))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void TextLine::setText(const QString &text)
{
    if (!replaceText(text))
        return;
    if (m_mayShrink)
        setToolTip(text); // it may be elided
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
    // Only a line that may shrink can be narrower than its text; eliding measures the text once more.
    drawText(static_cast<int>(m_alignment),
             m_mayShrink ? fontMetrics().elidedText(text(), Qt::ElideRight, contentsRect().width()) : text());
}

} // namespace regviz
