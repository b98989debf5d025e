#include "model/scene_history.h"

#include "model/scene_controller.h"

#include <QUndoCommand>
#include <utility>
#include <vector>

namespace regviz {

namespace {

/// What a step can change, one id each so that steps changing the same single field can merge.
enum class Field
{
    Lambda,
    TrueWeight,
    Noise,
    Samples,
    Seed,
    Alpha,
    Grid,
    Correlation,
    SecondWeight,
    Optimizer,
    Eta,
    Start,
    MaxSteps,
    Tolerance,
    Beta,
    Beta2,
    Epsilon,
    Batch,
    BatchSeed,
    WeightDecay,
    Comparison,
    Intercept,
    Data
};

std::vector<Field> changedFields(const SceneState &a, const SceneState &b)
{
    std::vector<Field> fields;
    const auto check = [&fields](bool differs, Field field) {
        if (differs)
            fields.push_back(field);
    };
    const Params &p = a.params;
    const Params &q = b.params;
    check(p.lambda != q.lambda, Field::Lambda);
    check(p.trueWeight != q.trueWeight, Field::TrueWeight);
    check(p.noise != q.noise, Field::Noise);
    check(p.samples != q.samples, Field::Samples);
    check(p.seed != q.seed, Field::Seed);
    check(p.alpha != q.alpha, Field::Alpha);
    check(p.wMin != q.wMin || p.wMax != q.wMax || p.gridSize != q.gridSize || p.fixedGrid != q.fixedGrid,
          Field::Grid);
    check(p.intercept != q.intercept, Field::Intercept);
    check(p.correlation != q.correlation, Field::Correlation);
    check(p.secondWeight != q.secondWeight, Field::SecondWeight);
    check(a.descent.optimizer != b.descent.optimizer, Field::Optimizer);
    check(a.descent.eta != b.descent.eta, Field::Eta);
    check(a.descent.w0 != b.descent.w0, Field::Start);
    check(a.descent.maxSteps != b.descent.maxSteps, Field::MaxSteps);
    check(a.descent.tolerance != b.descent.tolerance, Field::Tolerance);
    check(a.descent.beta != b.descent.beta, Field::Beta);
    check(a.descent.beta2 != b.descent.beta2, Field::Beta2);
    check(a.descent.epsilon != b.descent.epsilon, Field::Epsilon);
    check(a.descent.batch != b.descent.batch, Field::Batch);
    check(a.descent.batchSeed != b.descent.batchSeed, Field::BatchSeed);
    check(a.descent.weightDecay != b.descent.weightDecay, Field::WeightDecay);
    check(a.comparison != b.comparison, Field::Comparison);
    check(a.data != b.data || a.dataPath != b.dataPath, Field::Data);
    return fields;
}

QString fieldChange(Field field)
{
    switch (field) {
    case Field::Lambda:
        return SceneHistory::tr("λ change");
    case Field::TrueWeight:
        return SceneHistory::tr("true weight change");
    case Field::Noise:
        return SceneHistory::tr("noise change");
    case Field::Samples:
        return SceneHistory::tr("n change");
    case Field::Seed:
        return SceneHistory::tr("seed change");
    case Field::Alpha:
        return SceneHistory::tr("α change");
    case Field::Grid:
        return SceneHistory::tr("grid change");
    case Field::Correlation:
        return SceneHistory::tr("ρ change");
    case Field::SecondWeight:
        return SceneHistory::tr("w₂ change");
    case Field::Optimizer:
        return SceneHistory::tr("optimizer change");
    case Field::Eta:
        return SceneHistory::tr("η change");
    case Field::Start:
        return SceneHistory::tr("w₀ change");
    case Field::MaxSteps:
        return SceneHistory::tr("step cap change");
    case Field::Tolerance:
        return SceneHistory::tr("tolerance change");
    case Field::Beta:
        return SceneHistory::tr("β change");
    case Field::Beta2:
        return SceneHistory::tr("β₂ change");
    case Field::Epsilon:
        return SceneHistory::tr("ε change");
    case Field::Batch:
        return SceneHistory::tr("batch size change");
    case Field::BatchSeed:
        return SceneHistory::tr("batch seed change");
    case Field::WeightDecay:
        return SceneHistory::tr("weight decay change");
    case Field::Comparison:
        return SceneHistory::tr("comparison change");
    case Field::Intercept:
        return SceneHistory::tr("intercept change");
    case Field::Data:
        return SceneHistory::tr("data change");
    }
    return {};
}

/// An action's text shows '&' as a mnemonic marker; a file name may contain one.
QString actionText(const QString &format, const QString &step)
{
    QString escaped = step;
    escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
    return step.isEmpty() ? format.arg(QString()).trimmed() : format.arg(escaped);
}

} // namespace

/// One step: the state before and after it. Pushed after the change happened, so its first redo() sets
/// what is already set and changes nothing.
class SceneChange : public QUndoCommand
{
public:
    SceneChange(SceneHistory *history, SceneState before, SceneState after, const QString &text, int id,
                bool joinsPrevious)
        : QUndoCommand(text), m_history(history), m_before(std::move(before)), m_after(std::move(after)),
          m_id(id), m_joinsPrevious(joinsPrevious)
    {}

    [[nodiscard]] int id() const override { return m_id; }

    bool mergeWith(const QUndoCommand *other) override
    {
        // Qt only offers commands of the same id, i.e. changes of the same single field.
        const auto *next = static_cast<const SceneChange *>(other);
        if (!next->m_joinsPrevious)
            return false;
        m_after = next->m_after;
        // Dragged back to where it started: the step changes nothing and leaves the stack.
        setObsolete(m_after == m_before);
        return true;
    }

    void undo() override { m_history->apply(m_before); }
    void redo() override { m_history->apply(m_after); }

private:
    SceneHistory *m_history;
    SceneState m_before;
    SceneState m_after;
    int m_id;
    bool m_joinsPrevious;
};

SceneHistory::SceneHistory(SceneController *controller, QObject *parent)
    : QObject(parent), m_controller(controller), m_recorded(current())
{
    m_stack.setUndoLimit(kUndoLimit);
    for (const auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
        connect(&m_stack, signal, this, &SceneHistory::changed);
    for (const auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged})
        connect(&m_stack, signal, this, &SceneHistory::changed);
    connect(controller, &SceneController::sceneChanged, this, &SceneHistory::recordChange);
}

SceneState SceneHistory::current() const
{
    return {m_controller->params(), m_controller->descentSettings(), m_controller->comparison(),
            m_controller->importedData(), m_controller->importedPath()};
}

void SceneHistory::record(const QString &text, const std::function<void()> &change)
{
    breakMerge(); // a change still pending is a step of its own, before this one
    // However many scenes the change computes, it is one step.
    m_recording = true;
    change();
    m_controller->flush();
    m_recording = false;
    push(text);
    m_mergeBroken = true; // nothing merges into a named step
}

void SceneHistory::clear()
{
    m_controller->flush();
    m_stack.clear();
    m_recorded = current();
    m_mergeBroken = true;
}

void SceneHistory::breakMerge()
{
    // A change not computed yet (the controller coalesces within one event-loop turn) still belongs to
    // the step that is ending.
    m_controller->flush();
    m_mergeBroken = true;
}

void SceneHistory::undo()
{
    breakMerge();
    m_stack.undo();
}

void SceneHistory::redo()
{
    breakMerge();
    m_stack.redo();
}

QString SceneHistory::undoText() const
{
    return actionText(tr("&Undo %1"), m_stack.undoText());
}

QString SceneHistory::redoText() const
{
    return actionText(tr("&Redo %1"), m_stack.redoText());
}

void SceneHistory::apply(const SceneState &state)
{
    m_controller->setParams(state.params);
    m_controller->setDescentSettings(state.descent);
    m_controller->setComparison(state.comparison);
    if (!state.data)
        m_controller->clearImportedData();
    else if (m_controller->importedData() != state.data || m_controller->importedPath() != state.dataPath)
        m_controller->setImportedData(state.data, state.dataPath);
    // The scene this computes is the step's own state, not a new change.
    m_recorded = current();
}

void SceneHistory::recordChange()
{
    if (!m_recording)
        push(QString());
}

void SceneHistory::push(const QString &name)
{
    SceneState now = current();
    if (now == m_recorded)
        return;
    const std::vector<Field> fields = changedFields(m_recorded, now);
    const bool named = !name.isEmpty();
    const bool single = fields.size() == 1;
    const int id = !named && single ? static_cast<int>(fields.front()) : -1;
    const QString text = named ? name : single ? fieldChange(fields.front()) : tr("parameter changes");
    const bool joins =
        !named && !m_mergeBroken && m_sinceChange.isValid() && m_sinceChange.elapsed() < kMergeWindowMs;
    m_mergeBroken = false;
    m_sinceChange.start();
    SceneState before = std::exchange(m_recorded, now);
    m_stack.push(new SceneChange(this, std::move(before), std::move(now), text, id, joins));
}

} // namespace regviz
