#pragma once

#include "ui/plots/plot_panel.h"

class QCPGraph;

namespace regviz {

class PointMarker;
class TraceRider;

/// Panel 2: the unregularized loss MSE(w) with its minimum (OLS) marked, and the plain descent run on it.
class MsePanel : public PlotPanel
{
    Q_OBJECT

public:
    explicit MsePanel(QWidget *parent = nullptr);
    ~MsePanel() override;

    [[nodiscard]] const PointMarker &minimumMarker() const { return *m_minimum; }
    [[nodiscard]] const TraceRider &rider() const { return *m_rider; }

protected:
    void drawScene(const Scene &scene) override;
    void drawFrame(const Scene &scene, int frame) override;
    [[nodiscard]] QString describe(const Scene &scene, double x) const override;
    [[nodiscard]] bool affectedBy(const Scene &previous, const Scene &next) const override;

private:
    QCPGraph *m_mse;
    std::unique_ptr<PointMarker> m_minimum;
    std::unique_ptr<TraceRider> m_rider;
};

} // namespace regviz
