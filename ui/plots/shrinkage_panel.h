#pragma once

#include "ui/plots/plot_panel.h"

#include <map>

class QCPGraph;
class QCPItemRect;

namespace regviz {

class PointMarker;

/// The shrinkage operator: the regularized solution against the OLS solution for the current Sxx and
/// lambda. L1 is a soft threshold with a dead band where every OLS value maps to exactly 0; L2 is a line
/// of slope Sxx/(Sxx + lambda) that never reaches 0. The current data's point is marked on each.
class ShrinkagePanel : public PlotPanel
{
    Q_OBJECT

public:
    explicit ShrinkagePanel(QWidget *parent = nullptr);
    ~ShrinkagePanel() override;

    [[nodiscard]] QCPGraph *curve(Penalty kind) const { return m_curves.at(kind); }
    [[nodiscard]] const PointMarker &marker(Penalty kind) const { return *m_markers.at(kind); }

    void applyView(const ViewOptions &options) override;

protected:
    void drawScene(const Scene &scene) override;
    [[nodiscard]] QString describe(const Scene &scene, double x) const override;
    [[nodiscard]] bool affectedBy(const Scene &previous, const Scene &next) const override;

private:
    void setElasticShown(bool shown);
    QCPGraph *m_identity;
    std::map<Penalty, QCPGraph *> m_curves;
    std::map<Penalty, std::unique_ptr<PointMarker>> m_markers;
    QCPItemRect *m_deadBand;
    bool m_showElastic = false;
};

} // namespace regviz
