#pragma once

#include "ui/controls/changing_text.h"

#include <QString>

namespace regviz {

/// A word-wrapped paragraph of changing text (the snap-to-zero sentence, a run's status). Like a wrapped
/// QLabel it grows to as many lines as the text needs at its width, but a new text is measured once, at
/// the current width, and the layout is asked for a new size only when the number of lines changed.
class TextBlock : public ChangingText
{
    Q_OBJECT

public:
    explicit TextBlock(QWidget *parent = nullptr);

    void setText(const QString &text);

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] int textHeight(int textWidth) const;
};

} // namespace regviz
