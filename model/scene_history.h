#pragma once

#include "model/comparison.h"
#include "regviz/core/dataset.h"
#include "regviz/core/descent.h"
#include "regviz/core/params.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QUndoStack>
#include <functional>
#include <memory>

namespace regviz {

class SceneController;

/// What undo brings back: the parameters, the descent settings and the data source of a scene.
struct SceneState
{
    Params params;
    DescentSettings descent;
    Comparison comparison;
    std::shared_ptr<const XYData> data; ///< imported rows (shared, never copied); null for generated data
    QString dataPath;

    friend bool operator==(const SceneState &, const SceneState &) = default;
};

/// Undo and redo of every change to the scene, whatever made it: a slider, a spin box, a click on a plot,
/// a session, a preset or an import. It watches the controller rather than the widgets, so no change
/// slips past it, and it makes what the user did in one go one step:
/// - consecutive changes of the same parameter merge while they come less than kMergeWindowMs apart and
///   no slider of the watched controls was released in between (a drag is one step);
/// - record() names a whole operation that sets many fields at once ("open session a.json").
/// Undoing puts the controller back into the step's earlier state; the change that follows is the state
/// the history already expects, so undo and redo never push a step of their own.
class SceneHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMergeWindowMs = 1000;
    static constexpr int kUndoLimit = 500;

    explicit SceneHistory(SceneController *controller, QObject *parent = nullptr);

    [[nodiscard]] const QUndoStack &stack() const { return m_stack; }
    /// The controller's state now.
    [[nodiscard]] SceneState current() const;

    /// Runs `change` and records all it changed as one step named `text` (shown as "Undo <text>").
    /// Nothing is recorded when it changed nothing, e.g. because it failed.
    void record(const QString &text, const std::function<void()> &change);
    /// Forgets every step: the scene the window starts with is where undo stops.
    void clear();
    [[nodiscard]] bool canUndo() const { return m_stack.canUndo(); }
    [[nodiscard]] bool canRedo() const { return m_stack.canRedo(); }
    /// What an Undo or Redo menu entry says: "&Undo λ change", or "&Undo" when there is nothing to undo.
    [[nodiscard]] QString undoText() const;
    [[nodiscard]] QString redoText() const;

public Q_SLOTS:
    void undo();
    void redo();
    /// The next change starts a step of its own (a slider was released: its drag is one step).
    void breakMerge();

Q_SIGNALS:
    /// What can be undone or redone, or what it is called, changed.
    void changed();

private:
    friend class SceneChange;
    void apply(const SceneState &state);
    void recordChange();
    /// Pushes the change from m_recorded to now, if any, as a step called `name` (or after the field).
    void push(const QString &name);

    SceneController *m_controller;
    QUndoStack m_stack;
    SceneState m_recorded;    ///< the state the last step ends in: a scene equal to it is no change
    bool m_recording = false; ///< record() runs: its scenes make one step, pushed at its end
    bool m_mergeBroken = true;
    QElapsedTimer m_sinceChange;
};

} // namespace regviz
