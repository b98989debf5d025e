#pragma once

#include "ui/plots/plot_panel.h"

#include <array>

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;

namespace regviz {

/// "Compare optimizers": w against step for up to four optimizers on one objective from the same start
/// and step size, the traces the controller computed for Scene::comparison. Each curve's legend entry says
/// whether it lands on exactly 0 and its status, and a run that does is marked, and labelled, at the step
/// from which it is 0; so "Adam never reaches 0, ISTA does at step 22" is one picture.
class ComparePanel : public PlotPanel
{
    Q_OBJECT

public:
    explicit ComparePanel(QWidget *parent = nullptr);

    /// The curve of the i-th compared optimizer (hidden when fewer are compared).
    [[nodiscard]] QCPGraph *curve(std::size_t i) const { return m_curves.at(i); }
    /// The label of the step from which the i-th run is exactly 0 (hidden when it never is).
    [[nodiscard]] QCPItemText *landingLabel(std::size_t i) const { return m_labels.at(i); }
    [[nodiscard]] double frameLineStep() const;

protected:
    void drawScene(const Scene &scene) override;
    void drawFrame(const Scene &scene, int frame) override;
    [[nodiscard]] QString describe(const Scene &scene, double x) const override;

private:
    std::array<QCPGraph *, Comparison::kMaxOptimizers> m_curves{};
    std::array<QCPGraph *, Comparison::kMaxOptimizers> m_landings{}; ///< one point each, not in the legend
    std::array<QCPItemText *, Comparison::kMaxOptimizers> m_labels{};
    std::array<QCPItemStraightLine *, Comparison::kMaxOptimizers> m_fixedPoints{};
    QCPItemStraightLine *m_target;
    QCPItemStraightLine *m_frameLine;
};

} // namespace regviz
