#include "text_block.h"

#include <QEvent>
#include <QPainter>
#include <algorithm>

namespace regviz {

namespace {
constexpr int kWrapFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
} // namespace

TextBlock::TextBlock(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void TextBlock::setText(const QString &text)
{
    if (text == m_text)
        return;
    const int linesBefore = textHeight(contentsRect().width());
    m_text = text;
    setAccessibleDescription(text);
    if (textHeight(contentsRect().width()) != linesBefore)
        updateGeometry();
    update();
}

int TextBlock::textHeight(int textWidth) const
{
    if (m_text.isEmpty())
        return fontMetrics().height();
    return fontMetrics()
        .boundingRect(QRect(0, 0, std::max(textWidth, 1), 1 << 20), kWrapFlags, m_text)
        .height();
}

int TextBlock::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    return textHeight(width - margins.left() - margins.right()) + margins.top() + margins.bottom();
}

QSize TextBlock::sizeHint() const
{
    // Ask for about forty characters a line; the layout gives what it has and heightForWidth follows.
    const int width = fontMetrics().averageCharWidth() * 40;
    return {width, heightForWidth(width)};
}

QSize TextBlock::minimumSizeHint() const
{
    const QMargins margins = contentsMargins();
    return {fontMetrics().averageCharWidth() * 8 + margins.left() + margins.right(),
            fontMetrics().height() + margins.top() + margins.bottom()};
}

void TextBlock::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    painter.drawText(contentsRect(), kWrapFlags, m_text);
}

void TextBlock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace regviz
