#pragma once

#include "ui/plots/plot_panel.h"

#include <map>

class QCPGraph;
class QCPItemStraightLine;

namespace regviz {

/// Panel 6: w against step number for every descent trace, with a line at w = 0, each trace's exact
/// minimizer dashed, and the current frame marked, so "lands on 0", "stalls short of it" and "zig-zags"
/// read off at a glance. Each legend entry carries the trace's status.
class DescentPanel : public PlotPanel
{
    Q_OBJECT

public:
    explicit DescentPanel(QWidget *parent = nullptr);

    [[nodiscard]] double frameLineStep() const;

    void applyView(const ViewOptions &options) override;

protected:
    void drawScene(const Scene &scene) override;
    void drawFrame(const Scene &scene, int frame) override;
    [[nodiscard]] QString describe(const Scene &scene, double x) const override;

private:
    void setElasticShown(bool shown);
    std::map<Penalty, QCPGraph *> m_traces;
    std::map<Penalty, QCPItemStraightLine *> m_targets;
    QCPItemStraightLine *m_frameLine;
    bool m_showElastic = false;
};

} // namespace regviz
