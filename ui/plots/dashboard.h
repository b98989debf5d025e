#pragma once

#include "model/scene.h"
#include "model/view_state.h"

#include <QWidget>

class QTabWidget;

namespace regviz {

class ComparePanel;
class DataPanel;
class DescentPlayer;
class DescentPanel;
class FeaturePage;
class GradientPanel;
class MsePanel;
class PathPanel;
class PenaltyPanel;
class PlotPanel;
class RegularizedPanel;
class ResamplingPanel;
class ShrinkagePanel;
class TwoDPanel;

/// Every plot panel, on four pages: the article's six panels; the views beyond it (gradient, path,
/// shrinkage, sampling); the classic 2-D picture beside the 1-D one ("old way / new way"); and the
/// optimizers compared side by side. Shown in
/// the main window and rendered on its own, unshown, for headless export.
///
/// It reads the view choices from a ViewState and the descent frame from a DescentPlayer, the one owner
/// of each: the panels' own buttons (zoom, log axis) and the page tabs change the ViewState, and every
/// panel shows what it holds.
class Dashboard : public QWidget
{
    Q_OBJECT

public:
    Dashboard(ViewState *view, const DescentPlayer *player, QWidget *parent = nullptr);

    [[nodiscard]] DataPanel *dataPanel() const { return m_data; }
    [[nodiscard]] MsePanel *msePanel() const { return m_mse; }
    [[nodiscard]] RegularizedPanel *regularizedPanel() const { return m_regularized; }
    [[nodiscard]] DescentPanel *descentPanel() const { return m_descent; }
    [[nodiscard]] GradientPanel *gradientPanel() const { return m_gradient; }
    [[nodiscard]] PathPanel *pathPanel() const { return m_path; }
    [[nodiscard]] ShrinkagePanel *shrinkagePanel() const { return m_shrinkage; }
    [[nodiscard]] ResamplingPanel *resamplingPanel() const { return m_resampling; }
    [[nodiscard]] TwoDPanel *twoDPanel() const { return m_twoD; }
    [[nodiscard]] ComparePanel *comparePanel() const { return m_compare; }
    /// The feature-selection page (its controller is set by the window).
    [[nodiscard]] FeaturePage *featurePage() const { return m_features; }
    [[nodiscard]] QTabWidget *pages() const { return m_pages; }
    [[nodiscard]] const ViewState *view() const { return m_view; }
    /// The scene shown (null before the first).
    [[nodiscard]] const SceneSnapshot &scene() const { return m_scene; }

    /// The article's six panels, in reading order: what a whole-dashboard figure shows.
    [[nodiscard]] QList<PlotPanel *> articlePanels() const;
    /// Every panel (each has a command-line name, see panelNames()).
    [[nodiscard]] QList<PlotPanel *> panels() const;
    /// The panel with this command-line name, or nullptr.
    [[nodiscard]] PlotPanel *panel(const QString &name) const;

public Q_SLOTS:
    void showScene(const regviz::SceneSnapshot &scene);
    /// Moves every panel's descent markers to the player's frame (called when it changes).
    void showFrame();
    /// Draft quality on every panel (see PlotPanel::setDraft).
    void setDraft(bool draft);
    /// Colours every panel again (after the plot colours changed) and replots.
    void restyle();

    /// Whether the plots area or one of its plots has the keyboard focus, where Space and the arrows
    /// drive descent; a frame in the highlight colour shows it.
    [[nodiscard]] bool plotsFocused() const;

protected:
    void paintEvent(QPaintEvent *event) override;

Q_SIGNALS:
    /// The user clicked or dragged on a loss plot to start descent at w.
    void startPicked(double w);
    /// The user clicked or dragged on the path plot to set lambda.
    void lambdaPicked(double lambda);
    void resampleRequested(int draws);

private:
    void applyView(const regviz::ViewOptions &options, const regviz::Appearance &appearance);

    ViewState *m_view;
    SceneSnapshot m_scene;
    QTabWidget *m_pages;
    DataPanel *m_data;
    MsePanel *m_mse;
    PenaltyPanel *m_l1;
    PenaltyPanel *m_l2;
    RegularizedPanel *m_regularized;
    DescentPanel *m_descent;
    GradientPanel *m_gradient;
    PathPanel *m_path;
    ShrinkagePanel *m_shrinkage;
    ResamplingPanel *m_resampling;
    TwoDPanel *m_twoD;
    RegularizedPanel *m_newWay; ///< the 1-D picture again, beside the 2-D one
    ComparePanel *m_compare;
    FeaturePage *m_features;
};

} // namespace regviz
