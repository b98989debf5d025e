#pragma once

#include "ui/controls/changing_text.h"

#include <QString>

namespace regviz {

/// One line of changing text (a number, a descent position) whose size never depends on the text.
///
/// A QLabel asks its layout for a new size on every setText, and the layout then measures the label
/// and its word-wrapped neighbours again: on a slider event that was a fifth of the work. A TextLine
/// reserves room for the widest text it is meant to show, so a new text repaints this line alone. Text
/// wider than the line is elided (only a line that may shrink can be narrower than its text, and its
/// tooltip is the full text). The text is also the accessible description.
class TextLine : public ChangingText
{
    Q_OBJECT

public:
    /// `widest` is a sample of the widest text expected: it sets the size hint and, unless the line may
    /// shrink, the minimum width.
    explicit TextLine(QString widest, QWidget *parent = nullptr);

    void setText(const QString &text);

    void setAlignment(Qt::Alignment alignment);
    /// Let the layout make the line narrower than `widest` (the text is elided then).
    void setMayShrink(bool mayShrink);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_widest;
    Qt::Alignment m_alignment = Qt::AlignLeft | Qt::AlignVCenter;
    bool m_mayShrink = false;
};

} // namespace regviz
