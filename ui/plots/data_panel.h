#pragma once

#include "ui/plots/plot_panel.h"

class QCPGraph;
class QCPLayer;

namespace regviz {

/// Panel 1: the (x, y) cloud, the true line y = w_true x and the fitted lines for OLS, ridge and lasso.
class DataPanel : public PlotPanel
{
    Q_OBJECT

public:
    explicit DataPanel(QWidget *parent = nullptr);

    [[nodiscard]] QCPGraph *pointsGraph() const { return m_points; }

protected:
    void drawScene(const Scene &scene) override;
    [[nodiscard]] QString describe(const Scene &scene, double x) const override;
    [[nodiscard]] bool affectedBy(const Scene &previous, const Scene &next) const override;

private:
    QCPGraph *m_points;
    QCPGraph *m_truth;
    QCPGraph *m_ols;
    QCPGraph *m_ridge;
    QCPGraph *m_lasso;
    QCPLayer *m_lineLayer;
    const PointSample *m_drawnPoints = nullptr; ///< the sample last handed to m_points (skip re-sending it)
};

} // namespace regviz
