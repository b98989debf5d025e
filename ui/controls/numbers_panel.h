#pragma once

#include "model/scene.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace regviz {

class DescentPlayer;
class TextBlock;
class TextLine;
} // namespace regviz

namespace regviz {

/// The exact numbers beside the curves: moments, every closed-form minimizer with the formula it comes
/// from, lambda_c and whether L1 has snapped to zero, the grid minima, the scikit-learn mapping and each
/// descent run at the current frame. Everything shown is read from the Scene; nothing is typed by hand.
///
/// Built from plain-text labels in grids; the values that change with the sliders are TextLines, whose
/// size never depends on their text, so a slider event repaints them without laying out the panel again.
class NumbersPanel : public QWidget
{
    Q_OBJECT

public:
    /// Shows the descent step of `player`, which owns the frame.
    explicit NumbersPanel(const DescentPlayer *player, QWidget *parent = nullptr);

    /// The plain text of the panel (for tests and copying).
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString snapText() const;

public Q_SLOTS:
    void showScene(const regviz::SceneSnapshot &scene);
    /// Shows the player's frame (called when it changes).
    void showFrame();
    /// Leads with scikit-learn's and glmnet's parameters (the mapping is always listed).
    void setSklearnConvention(bool sklearn);
    /// Colours the L1 sentence again, after the palette changed.
    void restyle();
    /// The hue palette chosen (View ▸ Colour-blind-safe colours).
    void setColorBlindSafe(bool safe);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// A titled grid section; rows are added with addRow and return the value label.
    struct Section
    {
        QWidget *box = nullptr;
        QGridLayout *grid = nullptr;
    };
    Section addSection(const QString &title);
    static TextLine *addRow(Section &section, const QString &name, const QString &formula = QString());
    void renderScene();
    void renderFrame();

    QVBoxLayout *m_layout;
    TextBlock *m_snap;
    Section m_moments;
    Section m_minimizers;
    Section m_gridMinima;
    Section m_sklearnSection;
    Section m_descentSection;
    TextLine *m_n;
    TextLine *m_sxx;
    TextLine *m_sxy;
    TextLine *m_syy;
    TextLine *m_ols;
    TextLine *m_ridge;
    TextLine *m_lasso;
    TextLine *m_elastic;
    TextLine *m_lambdaC;
    TextLine *m_lambdaCElastic;
    QLabel *m_objective;
    TextLine *m_interceptOls;
    TextLine *m_interceptRidge;
    TextLine *m_interceptLasso;
    TextLine *m_fitIntercept;
    TextLine *m_gridMse;
    TextLine *m_gridL1;
    TextLine *m_gridL2;
    TextLine *m_lassoAlpha;
    TextLine *m_ridgeAlpha;
    TextLine *m_elasticAlpha;
    TextLine *m_l1Ratio;
    QLabel *m_descentTitle;
    std::array<TextLine *, 4> m_traceStep{};
    std::array<TextBlock *, 4> m_traceStatus{};
    SceneSnapshot m_scene;
    const DescentPlayer *m_player;
    bool m_colorBlindSafe = false;
    bool m_sklearn = false;
};

} // namespace regviz
