#pragma once

#include "regviz/core/descent.h"
#include "regviz/core/params.h"
#include "scene.h"

#include <QMainWindow>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace regviz {

class ControlPanel;
class DataPanel;
class DescentPanel;
class DescentPlayer;
class MsePanel;
class NumbersPanel;
class PenaltyPanel;
class PlotPanel;
class RegularizedPanel;
class SceneController;

/// Wires the controller, the control panel, the plot panels and the descent player together. Owns no
/// maths and draws nothing itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Params &params = {}, const DescentSettings &descent = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] SceneController *controller() const { return m_controller; }
    [[nodiscard]] DescentPlayer *player() const { return m_player; }
    [[nodiscard]] ControlPanel *controlPanel() const { return m_controls; }
    [[nodiscard]] NumbersPanel *numbersPanel() const { return m_numbers; }
    [[nodiscard]] DataPanel *dataPanel() const { return m_data; }
    [[nodiscard]] MsePanel *msePanel() const { return m_mse; }
    [[nodiscard]] PenaltyPanel *l1Panel() const { return m_l1; }
    [[nodiscard]] PenaltyPanel *l2Panel() const { return m_l2; }
    [[nodiscard]] RegularizedPanel *regularizedPanel() const { return m_regularized; }
    [[nodiscard]] DescentPanel *descentPanel() const { return m_descent; }
    [[nodiscard]] QSlider *frameScrubber() const { return m_scrubber; }
    [[nodiscard]] QList<PlotPanel *> plotPanels() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createDocks();
    void connectScene();
    void readSettings();
    void writeSettings() const;
    void showScene(const regviz::SceneSnapshot &scene);
    void showFrame(int frame);
    void startPicked(double w);
    void showAbout();
    void resetParameters();

    SceneController *m_controller;
    DescentPlayer *m_player;
    ControlPanel *m_controls = nullptr;
    NumbersPanel *m_numbers = nullptr;
    DataPanel *m_data;
    MsePanel *m_mse;
    PenaltyPanel *m_l1;
    PenaltyPanel *m_l2;
    RegularizedPanel *m_regularized;
    DescentPanel *m_descent;

    QAction *m_playAction = nullptr;
    QAction *m_stepForwardAction = nullptr;
    QAction *m_stepBackAction = nullptr;
    QAction *m_resetRunAction = nullptr;
    QAction *m_newSampleAction = nullptr;
    QAction *m_resetParamsAction = nullptr;
    QAction *m_showElasticAction = nullptr;
    QAction *m_zoomZeroAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QSlider *m_scrubber = nullptr;
    QDoubleSpinBox *m_speed = nullptr;
    QLabel *m_frameLabel = nullptr;
};

} // namespace regviz
