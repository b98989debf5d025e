#pragma once

#include "ui/plots/plot_panel.h"

class QCPGraph;

namespace regviz {

/// Panels 3 and 4: the penalty lambda |w| (L1) or lambda w^2 (L2) over w, zero at w = 0.
class PenaltyPanel : public PlotPanel
{
    Q_OBJECT

public:
    /// kind is Penalty::L1 or Penalty::L2.
    explicit PenaltyPanel(Penalty kind, QWidget *parent = nullptr);

    [[nodiscard]] Penalty kind() const { return m_kind; }
    [[nodiscard]] QCPGraph *curve() const { return m_curve; }

protected:
    void drawScene(const Scene &scene) override;
    [[nodiscard]] QString describe(const Scene &scene, double x) const override;
    [[nodiscard]] bool affectedBy(const Scene &previous, const Scene &next) const override;

private:
    Penalty m_kind;
    QCPGraph *m_curve;
};

} // namespace regviz
