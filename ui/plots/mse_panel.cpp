#include "ui/plots/mse_panel.h"

#include "model/number_format.h"
#include "ui/plots/plot_data.h"
#include "ui/plots/plot_markers.h"
#include "ui/plots/plot_style.h"

#include <qcustomplot.h>

namespace regviz {

MsePanel::MsePanel(QWidget *parent) : PlotPanel(tr("2 · Loss: MSE(w)"), parent)
{
    QCustomPlot *p = plot();
    m_mse = p->addGraph();
    m_mse->setName(tr("MSE"));
    // Alone in its plot, the MSE is drawn solid.
    style::setStroke(m_mse, {style::Ink::Mse, 2.0});
    m_minimum = std::make_unique<PointMarker>(p, style::Ink::Mse);
    m_rider = std::make_unique<TraceRider>(p, style::Ink::Mse);
    p->xAxis->setLabel(QStringLiteral("w"));
    p->yAxis->setLabel(tr("MSE"));
    setPickingEnabled(true);
    setHasFrameContent(true);
}

MsePanel::~MsePanel() = default;

void MsePanel::drawScene(const Scene &scene)
{
    const Curves &c = scene.curves;
    const std::vector<Eigen::Index> shown = displayIndices(c.w);
    m_mse->setData(pick(c.w, shown), pick(c.mse, shown), true);
    plot()->xAxis->setRange(scene.wGrid.min, scene.wGrid.max);
    style::fitRange(plot()->yAxis, {&c.mse});
    if (scene.minimizers.ols) {
        m_minimum->place(*scene.minimizers.ols, mse(scene.moments, *scene.minimizers.ols),
                         tr("w = %1").arg(formatNumber(*scene.minimizers.ols)));
        m_minimum->setVisible(true);
    } else {
        m_minimum->setVisible(false);
    }
}

void MsePanel::drawFrame(const Scene &scene, int frame)
{
    const double offset = 0.04 * plot()->yAxis->range().size();
    m_rider->show(scene.trace(Penalty::None), frame, scene.descent.eta, offset);
}

QString MsePanel::describe(const Scene &scene, double x) const
{
    const CurveValues v = evaluateCurves(scene.moments, scene.regularization(), x);
    return tr("w = %1 · MSE = %2").arg(formatNumber(v.w, 3), formatNumber(v.mse));
}

bool MsePanel::affectedBy(const Scene &previous, const Scene &next) const
{
    // The loss and the plain descent run do not depend on lambda or alpha.
    return previous.moments != next.moments || previous.descent != next.descent ||
           previous.wGrid != next.wGrid || previous.params.gridSize != next.params.gridSize;
}

} // namespace regviz
