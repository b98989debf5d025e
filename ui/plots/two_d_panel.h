#pragma once

#include "regviz/core/two_d.h"
#include "ui/plots/plot_panel.h"

#include <QRectF>
#include <map>

class QCPCurve;
class QToolButton;

namespace regviz {

class PointMarker;

/// The classic picture from ESL and Bishop: two features with correlation rho and true weights (w, w2).
/// MSE contours in (w1, w2), the L1 diamond and the L2 disc of the budgets that give the current lambda's
/// solutions, and those solutions (computed by core, not eyeballed): the diamond touches a contour at a
/// corner, where a weight is exactly 0; the disc touches it where both stay non-zero. Optionally the
/// descent paths (proximal for L1, gradient for L2) from (w0, w0).
class TwoDPanel : public PlotPanel
{
    Q_OBJECT

public:
    explicit TwoDPanel(QWidget *parent = nullptr);
    ~TwoDPanel() override;

    [[nodiscard]] const PointMarker &marker(Penalty kind) const { return *m_markers.at(kind); }
    [[nodiscard]] bool pathsShown() const;
    [[nodiscard]] QCPCurve *coordinatePath() const { return m_coordinatePath; }

public Q_SLOTS:
    void setPathsShown(bool shown);

protected:
    void drawScene(const Scene &scene) override;
    [[nodiscard]] QString describe(const Scene &scene, double x) const override;

private:
    void keepAspect();

    std::vector<QCPCurve *> m_contours;
    QCPCurve *m_lassoContour;
    QCPCurve *m_ridgeContour;
    QCPCurve *m_diamond;
    QCPCurve *m_disc;
    std::map<Penalty, QCPCurve *> m_paths;
    QCPCurve *m_coordinatePath;
    std::map<Penalty, std::unique_ptr<PointMarker>> m_markers;
    QToolButton *m_pathsButton;
    QRectF m_region; ///< what must be visible, kept at equal scale on both axes
};

} // namespace regviz
