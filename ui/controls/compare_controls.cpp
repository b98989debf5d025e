#include "ui/controls/compare_controls.h"

#include "model/explanations.h"
#include "model/scene_controller.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSignalBlocker>

namespace regviz {

namespace {
constexpr int kNone = -1; ///< the item data of "none"
}

CompareControls::CompareControls(SceneController *controller, QWidget *parent)
    : QGroupBox(tr("Compare optimizers"), parent), m_controller(controller), m_objective(new QComboBox(this))
{
    auto *form = new QFormLayout(this);
    m_objective->addItem(tr("MSE (no penalty)"), static_cast<int>(Penalty::None));
    m_objective->addItem(tr("L1 (lasso)"), static_cast<int>(Penalty::L1));
    m_objective->addItem(tr("L2 (ridge)"), static_cast<int>(Penalty::L2));
    m_objective->addItem(tr("Elastic net"), static_cast<int>(Penalty::ElasticNet));
    m_objective->setToolTip(tr("The objective every compared optimizer minimizes, from the same w₀ and η"));
    m_objective->setAccessibleName(tr("Compared objective"));
    m_objective->setAccessibleDescription(m_objective->toolTip());
    form->addRow(tr("Objective"), m_objective);
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
        auto *box = new QComboBox(this);
        if (i > 0)
            box->addItem(tr("none"), kNone);
        for (const Optimizer optimizer : kAllOptimizers)
            box->addItem(optimizerTitle(optimizer), static_cast<int>(optimizer));
        const int n = static_cast<int>(i) + 1;
        box->setToolTip(tr("Optimizer %1 of up to %2 on the Compare optimizers page; each is drawn once")
                            .arg(n)
                            .arg(Comparison::kMaxOptimizers));
        box->setAccessibleName(tr("Compared optimizer %1").arg(n));
        box->setAccessibleDescription(box->toolTip());
        form->addRow(tr("Optimizer %1").arg(n), box);
        connect(box, &QComboBox::currentIndexChanged, this, &CompareControls::askForChoice);
        m_slots[i] = box;
    }
    connect(m_objective, &QComboBox::currentIndexChanged, this, &CompareControls::askForChoice);
    connect(controller, &SceneController::comparisonChanged, this, &CompareControls::showComparison);
    showComparison(controller->comparison());
}

QList<QWidget *> CompareControls::tabStops() const
{
    QList<QWidget *> stops{m_objective};
    for (QComboBox *box : m_slots)
        stops << box;
    return stops;
}

void CompareControls::askForChoice()
{
    Comparison c;
    c.objective = static_cast<Penalty>(m_objective->currentData().toInt());
    c.optimizers.clear();
    for (QComboBox *box : m_slots) {
        const int chosen = box->currentData().toInt();
        if (chosen != kNone)
            c.optimizers.push_back(static_cast<Optimizer>(chosen));
    }
    m_controller->setComparison(c);
    // Refused (an optimizer twice) or not, the boxes show what the controller holds.
    if (m_controller->comparison() != c)
        showComparison(m_controller->comparison());
}

void CompareControls::showComparison(const Comparison &comparison)
{
    {
        const QSignalBlocker block(m_objective);
        m_objective->setCurrentIndex(m_objective->findData(static_cast<int>(comparison.objective)));
    }
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
        const QSignalBlocker block(m_slots[i]);
        const int shown =
            i < comparison.optimizers.size() ? static_cast<int>(comparison.optimizers[i]) : kNone;
        m_slots[i]->setCurrentIndex(m_slots[i]->findData(shown));
    }
}

} // namespace regviz
