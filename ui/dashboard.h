#pragma once

#include "scene.h"

#include <QWidget>

namespace regviz {

class DataPanel;
class DescentPanel;
class MsePanel;
class PenaltyPanel;
class PlotPanel;
class RegularizedPanel;

/// The grid of plot panels, shown in the main window and rendered on its own for headless export.
class Dashboard : public QWidget
{
    Q_OBJECT

public:
    explicit Dashboard(QWidget *parent = nullptr);

    [[nodiscard]] DataPanel *dataPanel() const { return m_data; }
    [[nodiscard]] MsePanel *msePanel() const { return m_mse; }
    [[nodiscard]] PenaltyPanel *l1Panel() const { return m_l1; }
    [[nodiscard]] PenaltyPanel *l2Panel() const { return m_l2; }
    [[nodiscard]] RegularizedPanel *regularizedPanel() const { return m_regularized; }
    [[nodiscard]] DescentPanel *descentPanel() const { return m_descent; }

    /// Every panel, in reading order.
    [[nodiscard]] QList<PlotPanel *> panels() const;
    /// The panel with this command-line name (see panelNames()), or nullptr.
    [[nodiscard]] PlotPanel *panel(const QString &name) const;
    /// "data", "mse", "l1", "l2", "regularized", "descent".
    [[nodiscard]] static QStringList panelNames();

public Q_SLOTS:
    void showScene(const regviz::SceneSnapshot &scene);
    void showFrame(int frame);
    void setElasticShown(bool shown);
    void setZoomNearZero(bool zoomed);

Q_SIGNALS:
    /// The user clicked or dragged on a loss plot to start descent at w.
    void startPicked(double w);

private:
    DataPanel *m_data;
    MsePanel *m_mse;
    PenaltyPanel *m_l1;
    PenaltyPanel *m_l2;
    RegularizedPanel *m_regularized;
    DescentPanel *m_descent;
};

} // namespace regviz
