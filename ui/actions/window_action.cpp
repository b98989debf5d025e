#include "ui/actions/window_action.h"

#include <QAction>
#include <QWidget>

namespace regviz {

QAction *windowAction(QWidget *window, const QString &text, const QKeySequence &key, const QString &tip)
{
    auto *action = new QAction(text, window);
    action->setShortcut(key);
    action->setStatusTip(tip);
    action->setToolTip(
        key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    window->addAction(action);
    return action;
}

} // namespace regviz
