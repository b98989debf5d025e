#pragma once

#include "ui/plots/plot_panel.h"

#include <map>

class QCPGraph;
class QCPItemStraightLine;
class QToolButton;

namespace regviz {

class PointMarker;
class TraceRider;

/// Panel 5, the article's last figure: MSE + L1 (blue) and MSE + L2 (red) with MSE dashed for reference,
/// each minimum marked with its w, a line at w = 0, and the descent runs riding on the curves.
class RegularizedPanel : public PlotPanel
{
    Q_OBJECT

public:
    explicit RegularizedPanel(QWidget *parent = nullptr);
    ~RegularizedPanel() override;

    /// The minimum marker of the L1, L2 or elastic-net curve.
    [[nodiscard]] const PointMarker &minimumMarker(Penalty kind) const;
    [[nodiscard]] const TraceRider &rider(Penalty kind) const;
    [[nodiscard]] QCPGraph *curve(Penalty kind) const;
    [[nodiscard]] bool elasticShown() const { return m_showElastic; }
    [[nodiscard]] bool zoomedNearZero() const;

    void applyView(const ViewOptions &options) override;

Q_SIGNALS:
    /// The user pressed the panel's zoom button: the view state decides, and applyView() shows it.
    void zoomNearZeroRequested(bool zoomed);

protected:
    void drawScene(const Scene &scene) override;
    void drawFrame(const Scene &scene, int frame) override;
    [[nodiscard]] QString describe(const Scene &scene, double x) const override;

private:
    void setElasticShown(bool shown);
    void setZoomNearZero(bool zoomed);
    void applyRanges(const Scene &scene);

    QCPGraph *m_mse;
    std::map<Penalty, QCPGraph *> m_curves;
    std::map<Penalty, std::unique_ptr<PointMarker>> m_minima;
    std::map<Penalty, std::unique_ptr<TraceRider>> m_riders;
    QCPItemStraightLine *m_zeroLine;
    QToolButton *m_zoomButton;
    bool m_showElastic = false;
    bool m_zoomApplied = false; ///< the zoom state was applied to the axes once
};

} // namespace regviz
