#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace regviz {

class SceneHistory;

/// Edit ▸ Undo and Redo for a SceneHistory: their texts ("Undo λ change") and enabled state follow the
/// history, and the controls they watch end a step when a slider is released.
class HistoryActions : public QObject
{
    Q_OBJECT

public:
    /// `undo` and `redo` are the window's actions (created with the others); they are bound here.
    HistoryActions(SceneHistory *history, QAction *undo, QAction *redo, QObject *parent);

    /// Ends a step when any slider under `controls` is released, and lets Undo and Redo reach the window
    /// from a focused spin box (whose text field would otherwise take the keys for itself).
    void watchControls(QWidget *controls);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    SceneHistory *m_history;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace regviz
