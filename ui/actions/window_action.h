#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QWidget;

namespace regviz {

/// An action of the window: its text, shortcut and status tip, and a tooltip that names the shortcut.
/// Added to `window`, so its shortcut works wherever the focus is in it.
[[nodiscard]] QAction *windowAction(QWidget *window, const QString &text, const QKeySequence &key,
                                    const QString &tip);

} // namespace regviz
