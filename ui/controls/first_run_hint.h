#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace regviz {

/// A banner over the lambda slider on the first start, saying where to begin. Not modal and not in the
/// way of the plots; it goes when dismissed (remembered in the settings straight away), and the main
/// window remembers it as seen when it closes, so it shows in one session only. Its space stays when it
/// goes, so no control below it moves (a drag of lambda dismisses it while the mouse holds the slider).
class FirstRunHint : public QFrame
{
    Q_OBJECT

public:
    explicit FirstRunHint(QWidget *parent = nullptr);

    /// Whether the hint has yet to be shown.
    [[nodiscard]] static bool isDue();
    /// Remembers in the settings that the hint was shown.
    static void markSeen();

    [[nodiscard]] QPushButton *dismissButton() const { return m_dismiss; }
    /// What the tip says (rich text), e.g. firstRunTip() of the scene the window opens with.
    void setMessage(const QString &message);
    [[nodiscard]] QString message() const;

public Q_SLOTS:
    /// Hides the hint for good.
    void dismiss();

Q_SIGNALS:
    void dismissed();

private:
    QLabel *m_text;
    QPushButton *m_dismiss;
};

} // namespace regviz
