#pragma once

#include <QString>
#include <QWidget>

namespace regviz {

/// What TextLine and TextBlock share: a text that changes on every slider event and is drawn directly
/// (no QLabel, so no layout pass per change), read by screen readers as the widget's description, and a
/// size that follows the font.
class ChangingText : public QWidget
{
    Q_OBJECT

public:
    [[nodiscard]] QString text() const { return m_text; }

protected:
    explicit ChangingText(QWidget *parent = nullptr) : QWidget(parent) {}

    /// Takes the new text and makes it the accessible description; false if it is the same as before.
    bool replaceText(const QString &text);
    /// Draws `shown` (the text, or an elided form of it) in the contents rectangle.
    void drawText(int flags, const QString &shown);
    void changeEvent(QEvent *event) override;

private:
    QString m_text;
};

} // namespace regviz
