#pragma once

#include "model/scene.h"
#include "model/session.h"
#include "model/workspace.h"

#include <QElapsedTimer>
#include <QMainWindow>

class QAction;
class QSlider;
class QTimer;

namespace regviz {

class AppearanceActions;
class ControlPanel;
class Dashboard;
class DataPanel;
class DescentActions;
class DescentPanel;
class DescentPlayer;
class DocumentActions;
class MsePanel;
class NumbersPanel;
class PlotPanel;
class RegularizedPanel;
class SceneController;
class SceneHistory;
class ViewActions;
class ViewState;

/// Wires the model (controller, history, view state, descent player), the control panel, the plot panels
/// and the actions together. Owns no maths and draws nothing itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the session from the command line, or, when none was given, the scene the user left last time.
    void start(const Session &session, bool sceneGiven);
    /// Applies a session as a restore does (the last scene, the command line): parameters, descent
    /// settings, data source, view and frame. When its data file cannot be read, the rest is applied on
    /// generated data and the message says so; when the session is refused, nothing changes.
    [[nodiscard]] std::optional<QString> openSession(const Session &session);
    /// Everything needed to bring the current scene and view back.
    [[nodiscard]] Session currentSession() const { return m_workspace.currentSession(); }

    [[nodiscard]] SceneController *controller() const { return m_workspace.controller; }
    [[nodiscard]] SceneHistory *history() const { return m_workspace.history; }
    [[nodiscard]] ViewState *view() const { return m_workspace.view; }
    [[nodiscard]] DescentPlayer *player() const { return m_workspace.player; }
    [[nodiscard]] ControlPanel *controlPanel() const { return m_controls; }
    [[nodiscard]] NumbersPanel *numbersPanel() const { return m_numbers; }
    [[nodiscard]] Dashboard *dashboard() const { return m_dashboard; }
    [[nodiscard]] DataPanel *dataPanel() const;
    [[nodiscard]] MsePanel *msePanel() const;
    [[nodiscard]] RegularizedPanel *regularizedPanel() const;
    [[nodiscard]] DescentPanel *descentPanel() const;
    [[nodiscard]] QSlider *frameScrubber() const;
    [[nodiscard]] DocumentActions *documents() const { return m_documents; }
    [[nodiscard]] AppearanceActions *appearance() const { return m_appearance; }
    [[nodiscard]] ViewActions *viewActions() const { return m_viewActions; }
    [[nodiscard]] QList<PlotPanel *> plotPanels() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void connectScene();
    void readSettings();
    void writeSettings() const;
    void showScene(const regviz::SceneSnapshot &scene);
    void startPicked(double w);
    void showAbout();
    void showShortcuts();
    void showFirstRunHint();
    void showExplanation();
    void showWarning(const QString &message);
    void resetParameters();

    Workspace m_workspace;
    Dashboard *m_dashboard;
    ControlPanel *m_controls = nullptr;
    NumbersPanel *m_numbers = nullptr;
    DocumentActions *m_documents = nullptr;
    AppearanceActions *m_appearance = nullptr;
    DescentActions *m_descentActions = nullptr;
    ViewActions *m_viewActions = nullptr;

    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newSampleAction = nullptr;
    QAction *m_resetParamsAction = nullptr;
    QAction *m_explainAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QTimer *m_refine = nullptr;     ///< brings full quality back once the sliders rest
    QElapsedTimer m_sinceLastScene; ///< scenes closer together than this are a drag
};

} // namespace regviz
