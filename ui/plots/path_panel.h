#pragma once

#include "ui/plots/plot_panel.h"

#include <map>

class QCPGraph;
class QCPItemStraightLine;
class QToolButton;

namespace regviz {

class PointMarker;

/// The regularization path w*(lambda) for L1, L2 and elastic net, the current lambda as a vertical line
/// (click or drag anywhere on the plot to move it, and lambda with it), and lambda_c marked where the
/// lasso path reaches 0. The lambda axis can be linear or logarithmic.
class PathPanel : public PlotPanel
{
    Q_OBJECT

public:
    explicit PathPanel(QWidget *parent = nullptr);
    ~PathPanel() override;

    [[nodiscard]] QCPGraph *curve(Penalty kind) const { return m_curves.at(kind); }
    [[nodiscard]] double lambdaLine() const;
    [[nodiscard]] bool logarithmic() const;

    void applyView(const ViewOptions &options) override;

Q_SIGNALS:
    /// The user pressed the panel's log-axis button: the view state decides, and applyView() shows it.
    void logarithmicRequested(bool logarithmic);

protected:
    void drawScene(const Scene &scene) override;
    [[nodiscard]] QString describe(const Scene &scene, double x) const override;
    [[nodiscard]] bool affectedBy(const Scene &previous, const Scene &next) const override;

private:
    void setElasticShown(bool shown);
    void setLogarithmic(bool logarithmic);

    std::map<Penalty, QCPGraph *> m_curves;
    QCPItemStraightLine *m_lambdaLine;
    std::unique_ptr<PointMarker> m_lambdaC;
    QToolButton *m_logButton;
    bool m_showElastic = false;
};

} // namespace regviz
