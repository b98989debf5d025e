#include "ui/actions/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace regviz {

namespace {
constexpr int kActionRole = Qt::UserRole + 1;

QString shortcutsText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(ShortcutsDialog::tr(" or "));
}

/// Adds a row for every action with a shortcut in the menu and its submenus; the group only if it has any.
void addMenu(QTreeWidget *table, const QMenu *menu, const QString &title)
{
    auto *group = new QTreeWidgetItem(QStringList{title});
    QFont bold = table->font();
    bold.setBold(true);
    group->setFont(0, bold);
    QList<const QMenu *> submenus;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            submenus << sub;
            continue;
        }
        if (action->shortcuts().isEmpty())
            continue;
        auto *row = new QTreeWidgetItem(group, {ShortcutsDialog::plainText(action), shortcutsText(action)});
        row->setData(0, kActionRole, QVariant::fromValue(const_cast<QAction *>(action)));
        row->setToolTip(0, action->statusTip());
    }
    if (group->childCount() > 0) {
        table->addTopLevelItem(group);
        group->setExpanded(true);
    } else {
        delete group;
    }
    for (const QMenu *sub : submenus)
        addMenu(table, sub, title + QStringLiteral(" ▸ ") + ShortcutsDialog::plainText(sub->menuAction()));
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent), m_table(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->setRootIsDecorated(false);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setToolTip(tr("Every menu command that has a shortcut"));
    for (const QAction *top : menus->actions()) {
        if (const QMenu *menu = top->menu())
            addMenu(m_table, menu, plainText(top));
    }
    auto *controls = new QTreeWidgetItem(QStringList{tr("On a focused control")});
    QFont bold = m_table->font();
    bold.setBold(true);
    controls->setFont(0, bold);
    const std::pair<QString, QString> keys[] = {
        {tr("Next or previous control (the tool bar and the exact numbers too)"), tr("Tab, Shift+Tab")},
        {tr("Play or pause the descent, whatever has the focus but a button or a list"), tr("Space")},
        {tr("Press a focused button, open a focused list"), tr("Space")},
        {tr("Move a slider or spin box by a small step (not descent)"), tr("Arrow keys")},
        {tr("Move a slider by a large step"), tr("Page Up, Page Down")},
        {tr("Slider to its lowest or highest value (not descent)"), tr("Home, End")},
        {tr("Reset a slider to its default"), tr("Double-click")},
    };
    for (const auto &[what, key] : keys)
        new QTreeWidgetItem(controls, {what, key});
    m_table->addTopLevelItem(controls);
    controls->setExpanded(true);
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setMinimumSize(480, 420);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
}

QString ShortcutsDialog::shortcutShown(const QAction *action) const
{
    for (int g = 0; g < m_table->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_table->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            if (group->child(r)->data(0, kActionRole).value<QAction *>() == action)
                return group->child(r)->text(1);
        }
    }
    return {};
}

QString ShortcutsDialog::plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    return text;
}

} // namespace regviz
