#pragma once

#include <QObject>

class QWidget;

namespace regviz {

/// Lets a focused control keep the keys that double as the descent shortcuts where it uses them: the
/// arrows, Home and End move a focused slider or spin box (as users expect), and Space presses a focused
/// button or opens a focused list. Sliders and spin boxes have no use for Space, so there it plays and
/// pauses the descent as everywhere else.
class NavigationKeys : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Keeps the keys for `root` if it is such a control, and for every such control inside it.
    void keepFor(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace regviz
