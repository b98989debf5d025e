#pragma once

#include "model/scene.h"
#include "model/view_state.h"
#include "ui/plots/plot_style.h"

#include <QFrame>
#include <QStringList>
#include <utility>

class QCustomPlot;
class QCPLayer;
class QLabel;
class QHBoxLayout;
class QMouseEvent;

namespace regviz {

class DescentPlayer;
class HoverReadout;
class TextLine;

/// A titled frame around one QCustomPlot with a hover read-out under it. Subclasses draw a Scene; the
/// base turns clicks and drags, where enabled, into a new descent start, and hands the read-out
/// (HoverReadout), the legend's fit (LegendFit) and the accessible description to small helpers.
class PlotPanel : public QFrame
{
    Q_OBJECT

public:
    PlotPanel(const QString &title, QWidget *parent = nullptr);

    [[nodiscard]] QCustomPlot *plot() const { return m_plot; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString readoutText() const;

    /// The descent player whose frame the panel shows (it owns the frame; the panel only reads it).
    /// Without one the panel shows step 0.
    void setPlayer(const DescentPlayer *player) { m_player = player; }

    /// Draws the scene (and the current descent frame on it).
    void showScene(const SceneSnapshot &scene);
    /// Moves the descent markers to the player's frame.
    void showFrame();
    /// Shows the view options (elastic net, zoom, log axis, ...) that concern this panel. The ViewState
    /// owns them; the dashboard passes them on whenever they change.
    virtual void applyView(const ViewOptions &options);
    /// Draft quality draws curves without antialiasing, about four times faster: used while a slider is
    /// being dragged, and set back (with one full redraw) once the scene has settled.
    void setDraft(bool draft);
    [[nodiscard]] bool isDraft() const { return m_draft; }

    /// Brings the plot up to date with the last scene and frame if that was put off while hidden
    /// (exports call it before drawing).
    void ensureDrawn();

    /// Colours the plot for this look (see style::restyle) without replotting: exports draw with the
    /// print look and then go back to restyle().
    void restyle(const style::Look &look);
    /// Colours the plot for its palette and the hue palette chosen, and replots.
    void restyle();
    /// The hue palette chosen (View ▸ Colour-blind-safe colours): restyles when it changes.
    void setColorBlindSafe(bool safe);
    [[nodiscard]] bool colorBlindSafe() const { return m_colorBlindSafe; }

Q_SIGNALS:
    /// The user clicked or dragged on the plot at this x (what it sets depends on the panel: the descent
    /// start on a loss plot, lambda on the path plot).
    void picked(double x);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    virtual void drawScene(const Scene &scene) = 0;
    virtual void drawFrame(const Scene &scene, int frame);
    /// Whether going from `previous` to `next` changes what this panel draws. Panels that do not depend
    /// on what moved (the MSE panel on a lambda change, say) skip their redraw.
    [[nodiscard]] virtual bool affectedBy(const Scene &previous, const Scene &next) const;
    /// Panels that draw descent iterates call this; their frame items then live on the "frame" layer,
    /// which a frame step redraws alone.
    void setHasFrameContent(bool has) { m_hasFrameContent = has; }
    /// The buffered layer for items that move with the descent frame.
    [[nodiscard]] static QString frameLayerName() { return QStringLiteral("frame"); }
    /// The read-out for the mouse at plot coordinate x.
    [[nodiscard]] virtual QString describe(const Scene &scene, double x) const = 0;

    void setPickingEnabled(bool enabled) { m_picking = enabled; }
    /// Adds a small control (e.g. a toggle) to the right end of the title row.
    void addTitleWidget(QWidget *widget);
    /// The player's frame, within the current scene's run.
    [[nodiscard]] int frame() const;
    [[nodiscard]] const Scene *currentScene() const { return m_scene.get(); }
    void replot();
    /// Called from drawScene when only the items of one buffered layer changed: the redraw then repaints
    /// that layer alone instead of the whole plot.
    void replotOnly(QCPLayer *layer) { m_onlyLayer = layer; }
    /// Draws the current scene and frame again, after a view option changed.
    void redraw();

private:
    void handleMouseMove(QMouseEvent *event);
    void handleMousePress(QMouseEvent *event);

    QHBoxLayout *m_titleRow;
    QLabel *m_title;
    QCustomPlot *m_plot;
    TextLine *m_readoutLine;
    HoverReadout *m_readout = nullptr;
    SceneSnapshot m_scene;
    const DescentPlayer *m_player = nullptr;
    bool m_colorBlindSafe = false;
    bool m_picking = false;
    bool m_dirty = false;
    bool m_hasFrameContent = false;
    bool m_draft = false;
    std::pair<const Scene *, int> m_frameDrawn{nullptr, -1}; ///< the scene and frame the markers show
    QCPLayer *m_onlyLayer = nullptr; ///< a scene arrived while hidden; drawn when shown or exported
};

} // namespace regviz
