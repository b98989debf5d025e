#include "ui/plots/plot_panel.h"

#include "model/descent_player.h"
#include "ui/controls/text_line.h"
#include "ui/plots/hover_readout.h"
#include "ui/plots/legend_fit.h"
#include "ui/plots/plot_description.h"
#include "ui/plots/plot_style.h"

#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <qcustomplot.h>
#include <utility>

namespace regviz {

PlotPanel::PlotPanel(const QString &title, QWidget *parent)
    : QFrame(parent), m_titleRow(new QHBoxLayout), m_title(new QLabel(title, this)),
      m_plot(new QCustomPlot(this)), m_readoutLine(new TextLine(QStringLiteral("w = -0.000"), this))
{
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_readoutLine->setObjectName(QStringLiteral("readout"));
    QFont readoutFont = m_readoutLine->font();
    readoutFont.setPointSizeF(readoutFont.pointSizeF() * 0.9);
    m_readoutLine->setFont(readoutFont);

    style::applyPlotDefaults(m_plot);
    // Descent markers get a buffered layer of their own, on top: stepping a frame redraws only them.
    // Everything else (the minima markers on "overlay" too) shares one buffer, since each buffer costs
    // a clear and a full-size blend on every paint.
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    m_plot->addLayer(frameLayerName(), m_plot->layer(QStringLiteral("overlay")), QCustomPlot::limAbove);
    m_plot->layer(frameLayerName())->setMode(QCPLayer::lmBuffered);
    // Clicking a plot moves focus off the sliders, so the descent keys work again.
    m_plot->setFocusPolicy(Qt::ClickFocus);
    m_plot->setAccessibleName(title);
    m_readoutLine->setAccessibleName(tr("%1: values at the mouse").arg(title));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    m_titleRow->setContentsMargins(0, 0, 0, 0);
    m_titleRow->addWidget(m_title, 1);
    layout->addLayout(m_titleRow);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_readoutLine);

    new LegendFit(m_plot); // owned by the plot
    m_readout = new HoverReadout(m_plot, m_readoutLine,
                                 [this](double x) { return m_scene ? describe(*m_scene, x) : QString(); });
    connect(m_plot, &QCustomPlot::mouseMove, this, &PlotPanel::handleMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &PlotPanel::handleMousePress);
}

void PlotPanel::addTitleWidget(QWidget *widget)
{
    m_titleRow->addWidget(widget);
}

QString PlotPanel::title() const
{
    return m_title->text();
}

QString PlotPanel::readoutText() const
{
    return m_readout->text();
}

void PlotPanel::showScene(const SceneSnapshot &scene)
{
    if (!scene)
        return;
    const bool changed = !m_scene || m_dirty || affectedBy(*m_scene, *scene);
    const bool newScene = scene != m_scene;
    m_scene = scene;
    if (newScene)
        m_readout->refresh(); // its numbers were the old scene's
    if (changed)
        redraw();
}

bool PlotPanel::affectedBy(const Scene & /*previous*/, const Scene & /*next*/) const
{
    return true;
}

void PlotPanel::redraw()
{
    if (!m_scene)
        return;
    // A hidden panel (another tab, or switched off in the View menu) costs nothing per slider event.
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    m_onlyLayer = nullptr;
    drawScene(*m_scene);
    drawFrame(*m_scene, frame());
    m_frameDrawn = {m_scene.get(), frame()};
    describePlotForAccessibility(m_plot);
    if (QCPLayer *layer = std::exchange(m_onlyLayer, nullptr))
        layer->replot();
    else
        replot();
}

int PlotPanel::frame() const
{
    const int shown = m_player ? m_player->frame() : 0;
    return std::clamp(shown, 0, m_scene ? m_scene->lastFrame() : 0);
}

void PlotPanel::applyView(const ViewOptions & /*options*/)
{}

void PlotPanel::setColorBlindSafe(bool safe)
{
    if (safe == m_colorBlindSafe)
        return;
    m_colorBlindSafe = safe;
    restyle();
}

void PlotPanel::showFrame()
{
    if (!m_scene)
        return;
    if (!m_hasFrameContent)
        return;
    if (m_dirty || !isVisible()) {
        m_dirty = true;
        return;
    }
    // A scene redraw draws its frame too; the frame that follows it need not be drawn twice.
    if (m_frameDrawn == std::pair<const Scene *, int>(m_scene.get(), frame()))
        return;
    drawFrame(*m_scene, frame());
    m_frameDrawn = {m_scene.get(), frame()};
    m_plot->layer(frameLayerName())->replot();
}

void PlotPanel::setDraft(bool draft)
{
    if (draft == m_draft)
        return;
    m_draft = draft;
    m_plot->setAntialiasedElement(QCP::aePlottables, !draft);
    // Segment-by-segment lines: rougher joins, but no polygon stroking of the whole curve.
    m_plot->setPlottingHint(QCP::phFastPolylines, draft);
    if (!draft && isVisible() && m_scene)
        replot();
}

void PlotPanel::ensureDrawn()
{
    if (!m_dirty || !m_scene)
        return;
    m_dirty = false;
    drawScene(*m_scene);
    drawFrame(*m_scene, frame());
    m_frameDrawn = {m_scene.get(), frame()};
    describePlotForAccessibility(m_plot);
}

void PlotPanel::restyle(const style::Look &look)
{
    style::restyle(m_plot, look);
}

void PlotPanel::restyle()
{
    restyle(style::lookFor(palette(), m_colorBlindSafe));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

bool PlotPanel::event(QEvent *event)
{
    // The plots area's tooltip (how the keys drive descent) would cover the curves whenever the mouse
    // rests on one; inside a panel only its own buttons have tooltips.
    if (event->type() == QEvent::ToolTip) {
        event->accept();
        return true;
    }
    return QFrame::event(event);
}

void PlotPanel::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    if (m_dirty) {
        ensureDrawn();
        replot();
    }
}

void PlotPanel::drawFrame(const Scene & /*scene*/, int /*frame*/)
{}

void PlotPanel::replot()
{
    // Queued: several updates in one event-loop turn (scene, then frame) cost one repaint.
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotPanel::handleMouseMove(QMouseEvent *event)
{
    if (m_picking && m_scene && event->buttons().testFlag(Qt::LeftButton))
        Q_EMIT picked(m_plot->xAxis->pixelToCoord(event->position().x()));
}

void PlotPanel::handleMousePress(QMouseEvent *event)
{
    if (m_picking && event->button() == Qt::LeftButton && m_scene)
        Q_EMIT picked(m_plot->xAxis->pixelToCoord(event->position().x()));
}

} // namespace regviz
