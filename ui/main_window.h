#pragma once

#include "regviz/core/descent.h"
#include "regviz/core/params.h"
#include "scene.h"
#include "session.h"

#include <QElapsedTimer>
#include <QMainWindow>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QTimer;

namespace regviz {

class AppearanceActions;
class ControlPanel;
class Dashboard;
class DocumentActions;
class DataPanel;
class DescentPanel;
class DescentPlayer;
class MsePanel;
class NumbersPanel;
class PlotPanel;
class RegularizedPanel;
class SceneController;
class SceneHistory;

/// Wires the controller, the control panel, the plot panels and the descent player together. Owns no
/// maths and draws nothing itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the session from the command line, or, when none was given, the scene the user left last time.
    void start(const Session &session, bool sceneGiven);
    /// Applies a session: parameters, descent settings, data source and view. On error nothing changes.
    [[nodiscard]] std::optional<QString> openSession(const Session &session);
    /// Everything needed to bring the current scene and view back.
    [[nodiscard]] Session currentSession() const;

    [[nodiscard]] SceneController *controller() const { return m_controller; }
    [[nodiscard]] DescentPlayer *player() const { return m_player; }
    [[nodiscard]] ControlPanel *controlPanel() const { return m_controls; }
    [[nodiscard]] NumbersPanel *numbersPanel() const { return m_numbers; }
    [[nodiscard]] Dashboard *dashboard() const { return m_dashboard; }
    [[nodiscard]] DataPanel *dataPanel() const;
    [[nodiscard]] MsePanel *msePanel() const;
    [[nodiscard]] RegularizedPanel *regularizedPanel() const;
    [[nodiscard]] DescentPanel *descentPanel() const;
    [[nodiscard]] QSlider *frameScrubber() const { return m_scrubber; }
    [[nodiscard]] DocumentActions *documents() const { return m_documents; }
    [[nodiscard]] SceneHistory *history() const { return m_history; }
    [[nodiscard]] AppearanceActions *appearance() const { return m_appearance; }
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
    void showShortcuts();
    void showFirstRunHint();
    void showExplanation();
    void resetParameters();

    SceneController *m_controller;
    DescentPlayer *m_player;
    ControlPanel *m_controls = nullptr;
    NumbersPanel *m_numbers = nullptr;
    Dashboard *m_dashboard;
    DocumentActions *m_documents = nullptr;
    SceneHistory *m_history = nullptr;
    AppearanceActions *m_appearance = nullptr;

    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_stepForwardAction = nullptr;
    QAction *m_stepBackAction = nullptr;
    QAction *m_resetRunAction = nullptr;
    QAction *m_newSampleAction = nullptr;
    QAction *m_resetParamsAction = nullptr;
    QAction *m_showElasticAction = nullptr;
    QAction *m_zoomZeroAction = nullptr;
    QAction *m_sklearnAction = nullptr;
    QAction *m_explainAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QSlider *m_scrubber = nullptr;
    QDoubleSpinBox *m_speed = nullptr;
    QLabel *m_frameLabel = nullptr;
    QTimer *m_refine = nullptr;     ///< brings full quality back once the sliders rest
    QElapsedTimer m_sinceLastScene; ///< scenes closer together than this are a drag
};

} // namespace regviz
