#pragma once

#include <QDialog>

class QAction;
class QMenuBar;
class QTreeWidget;

namespace regviz {

/// Help ▸ Keyboard shortcuts: every action of the menus that has a shortcut, grouped by menu, read from
/// the actions themselves, so the list cannot fall behind them. The keys that work on a focused control
/// (and so belong to no action) follow.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *table() const { return m_table; }
    /// The shortcut shown for an action, or an empty string when it is not listed.
    [[nodiscard]] QString shortcutShown(const QAction *action) const;

    /// An action's text as a menu shows it, without the mnemonic ampersand.
    [[nodiscard]] static QString plainText(const QAction *action);

private:
    QTreeWidget *m_table;
};

} // namespace regviz
