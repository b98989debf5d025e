#pragma once

#include "model/comparison.h"

#include <QGroupBox>
#include <array>

class QComboBox;

namespace regviz {

class SceneController;

/// Chooses what the "Compare optimizers" page runs: the objective and up to four optimizers (the first
/// always set, the others may be "none"). It shows the controller's Comparison and asks the controller to
/// change it; a choice the controller refuses (an optimizer twice) is shown undone.
class CompareControls : public QGroupBox
{
    Q_OBJECT

public:
    explicit CompareControls(SceneController *controller, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *objectiveBox() const { return m_objective; }
    /// The box of the i-th compared optimizer, 0 to Comparison::kMaxOptimizers - 1.
    [[nodiscard]] QComboBox *optimizerBox(std::size_t i) const { return m_slots.at(i); }
    /// The boxes in Tab order.
    [[nodiscard]] QList<QWidget *> tabStops() const;

private:
    void showComparison(const regviz::Comparison &comparison);
    void askForChoice();

    SceneController *m_controller;
    QComboBox *m_objective;
    std::array<QComboBox *, Comparison::kMaxOptimizers> m_slots{};
};

} // namespace regviz
