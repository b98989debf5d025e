#pragma once

#include "ui/features/feature_plot_panel.h"

#include <memory>
#include <vector>

class QCPBars;
class QCPBarsGroup;
class QCPGraph;
class QCPItemText;

namespace regviz {

/// Panel 3 of the feature page: a horizontal bar per feature at the current lambda, the lasso beside
/// ridge (and the elastic net when its path is shown), an exact zero drawn as an empty slot marked "0",
/// the generator's true weights marked, and a summary of what the lasso keeps.
class CoefficientBarsPanel : public FeaturePlotPanel
{
    Q_OBJECT

public:
    explicit CoefficientBarsPanel(QWidget *parent = nullptr);
    ~CoefficientBarsPanel() override;

    [[nodiscard]] QString summary() const;
    /// The lasso bar of feature j, as drawn (0 for an empty slot).
    [[nodiscard]] double lassoBar(Eigen::Index feature) const;
    /// How many "0" slots the lasso shows.
    [[nodiscard]] int zeroSlots() const;

protected:
    void drawFeatures(const FeatureState &state) override;
    [[nodiscard]] QString describeFeatures(const FeatureState &state, double x) const override;

private:
    QCPBarsGroup *m_group;
    QCPBars *m_lasso;
    QCPBars *m_ridge;
    QCPBars *m_elastic;
    QCPGraph *m_truth;
    std::unique_ptr<feature_style::Headline> m_summary;
    std::vector<QCPItemText *> m_zeros;
};

/// "lasso keeps 6 of 10 features", and with a known truth how many are true and false positives.
[[nodiscard]] QString lassoSummary(const FeatureState &state);

} // namespace regviz
