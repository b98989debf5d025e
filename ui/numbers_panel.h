#pragma once

#include "scene.h"

#include <QWidget>

class QLabel;

namespace regviz {

/// The exact numbers beside the curves: moments, every closed-form minimizer with the formula it comes
/// from, lambda_c and whether L1 has snapped to zero, the grid minima, and each descent run at the
/// current frame. Everything shown is read from the Scene; nothing is typed by hand.
class NumbersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NumbersPanel(QWidget *parent = nullptr);

    /// The plain text of the panel (for tests and copying).
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString snapText() const;

public Q_SLOTS:
    void showScene(const regviz::SceneSnapshot &scene);
    void showFrame(int frame);
    /// Leads with scikit-learn's and glmnet's parameters (the mapping is always listed).
    void setSklearnConvention(bool sklearn);

private:
    void render();

    QLabel *m_snap;
    QLabel *m_body;
    QLabel *m_descent;
    SceneSnapshot m_scene;
    int m_frame = 0;
    bool m_sklearn = false;
};

/// "lambda = 0.5 ≥ lambda_c = 0.3334: the L1 minimum is exactly 0" and its counterpart.
QString snapSentence(const Scene &scene);

} // namespace regviz
