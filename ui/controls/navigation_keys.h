#pragma once

#include <QObject>

class QWidget;

namespace regviz {

/// Lets a focused slider, spin box, combo box or button keep the navigation keys that double as the
/// descent shortcuts (Space, Left, Right, Home): arrows move the focused slider, as users expect.
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
