#include "ui/actions/history_actions.h"

#include "model/scene_history.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QKeyEvent>
#include <QWidget>

namespace regviz {

HistoryActions::HistoryActions(SceneHistory *history, QAction *undo, QAction *redo, QObject *parent)
    : QObject(parent), m_history(history), m_undo(undo), m_redo(redo)
{
    connect(m_history, &SceneHistory::changed, this, &HistoryActions::update);
    connect(m_undo, &QAction::triggered, m_history, &SceneHistory::undo);
    connect(m_redo, &QAction::triggered, m_history, &SceneHistory::redo);
    update();
}

void HistoryActions::watchControls(QWidget *controls)
{
    for (QAbstractSlider *slider : controls->findChildren<QAbstractSlider *>())
        connect(slider, &QAbstractSlider::sliderReleased, m_history, &SceneHistory::breakMerge);
    for (QAbstractSpinBox *box : controls->findChildren<QAbstractSpinBox *>())
        box->installEventFilter(this);
}

bool HistoryActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Not accepted: the key goes to the window's Undo or Redo action, not to the text field.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void HistoryActions::update()
{
    m_undo->setEnabled(m_history->canUndo());
    m_redo->setEnabled(m_history->canRedo());
    m_undo->setText(m_history->undoText());
    m_redo->setText(m_history->redoText());
}

} // namespace regviz
