#include "ui/controls/text_block.h"

#include <QFontMetrics>
#include <algorithm>

namespace regviz {

namespace {
constexpr int kWrapFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
} // namespace

TextBlock::TextBlock(QWidget *parent) : ChangingText(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void TextBlock::setText(const QString &text)
{
    if (text == this->text())
        return;
    const int linesBefore = textHeight(contentsRect().width());
    replaceText(text);
    if (textHeight(contentsRect().width()) != linesBefore)
        updateGeometry();
    update();
}

int TextBlock::textHeight(int textWidth) const
{
    if (text().isEmpty())
        return fontMetrics().height();
    return fontMetrics()
        .boundingRect(QRect(0, 0, std::max(textWidth, 1), 1 << 20), kWrapFlags, text())
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
    drawText(kWrapFlags, text());
}

} // namespace regviz
