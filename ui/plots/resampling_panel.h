#pragma once

#include "regviz/core/resampling.h"
#include "ui/plots/plot_panel.h"

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QToolButton;

namespace regviz {

/// Sampling variability: the lasso and ridge estimates of 50 fresh samples (same n, true weight, noise)
/// as two strips, with the true weight marked and how often the lasso estimate is exactly 0 at the
/// current lambda. The estimates follow lambda, true weight and noise live once drawn.
class ResamplingPanel : public PlotPanel
{
    Q_OBJECT

public:
    static constexpr int kDraws = kDefaultResamplingDraws;

    explicit ResamplingPanel(QWidget *parent = nullptr);

    [[nodiscard]] QString summary() const;

Q_SIGNALS:
    void resampleRequested(int draws);

protected:
    void drawScene(const Scene &scene) override;
    [[nodiscard]] QString describe(const Scene &scene, double x) const override;

private:
    QCPGraph *m_lasso;
    QCPGraph *m_ridge;
    QCPItemStraightLine *m_truth;
    QCPItemText *m_summary;
    QToolButton *m_button;
};

} // namespace regviz
