#pragma once

#include "ui/plots/plot_panel.h"

#include <map>

class QCPGraph;
class QCPItemLine;

namespace regviz {

/// dF/dw for MSE, MSE + L1 and MSE + L2 (and elastic net when shown) over w, with a line at 0. At w = 0
/// the L1 curve jumps: its subdifferential, the interval dMSE/dw(0) + [-lambda, lambda], is drawn as a
/// vertical bar. Where the bar crosses 0, w = 0 is the minimum. Here "L1 adds a constant push, L2's push
/// fades near 0" is read off directly.
class GradientPanel : public PlotPanel
{
    Q_OBJECT

public:
    explicit GradientPanel(QWidget *parent = nullptr);

    [[nodiscard]] QCPGraph *curve(Penalty kind) const { return m_curves.at(kind); }

    void applyView(const ViewOptions &options) override;

protected:
    void drawScene(const Scene &scene) override;
    [[nodiscard]] QString describe(const Scene &scene, double x) const override;
    [[nodiscard]] bool affectedBy(const Scene &previous, const Scene &next) const override;

private:
    void setElasticShown(bool shown);
    std::map<Penalty, QCPGraph *> m_curves;      ///< for L1 and elastic net: the w < 0 branch
    std::map<Penalty, QCPGraph *> m_rightHalves; ///< the w > 0 branch of the curves that jump at 0
    std::map<Penalty, QCPItemLine *> m_jumps;
    bool m_showElastic = false;
};

} // namespace regviz
