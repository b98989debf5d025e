#include "ui/main_window.h"

#include "model/build_info.h"
#include "model/descent_player.h"
#include "model/explanations.h"
#include "model/scene_controller.h"
#include "model/scene_history.h"
#include "model/settings_keys.h"
#include "model/view_state.h"
#include "ui/actions/appearance_actions.h"
#include "ui/actions/descent_actions.h"
#include "ui/actions/document_actions.h"
#include "ui/actions/history_actions.h"
#include "ui/actions/shortcuts_dialog.h"
#include "ui/actions/view_actions.h"
#include "ui/actions/window_action.h"
#include "ui/controls/control_panel.h"
#include "ui/controls/first_run_hint.h"
#include "ui/controls/navigation_keys.h"
#include "ui/controls/numbers_panel.h"
#include "ui/controls/param_slider.h"
#include "ui/features/feature_page.h"
#include "ui/plots/dashboard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace regviz {

namespace {

/// The narrowest screen that shows the controls, the six plots and the numbers side by side.
constexpr int kWideScreen = 1600;

/// The model of a new window: each piece of state with its one owner.
Workspace makeWorkspace(QObject *parent)
{
    auto *controller = new SceneController(parent);
    return {controller, new SceneHistory(controller, parent), new ViewState(parent),
            new DescentPlayer(parent)};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workspace(makeWorkspace(this)),
      m_dashboard(new Dashboard(m_workspace.view, m_workspace.player, this))
{
    m_workspace.features = m_dashboard->featurePage()->controller();
    setWindowTitle(tr("RegViz: L1 vs L2 regularization"));
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_dashboard);
    // The plots area takes focus first, so Space and the arrows drive descent straight away; a focused
    // slider or spin box keeps its own arrows (see NavigationKeys).
    m_dashboard->setFocusPolicy(Qt::StrongFocus);
    m_dashboard->setAccessibleName(tr("Plots"));
    m_dashboard->setAccessibleDescription(
        tr("Space plays or pauses the descent runs, Left and Right step them, Home resets them"));
    m_dashboard->setToolTip(tr("Plots: Space plays the descent, ← → step it, Home resets it; click a loss "
                               "plot to start descent there"));

    createDocks();
    if (FirstRunHint::isDue())
        showFirstRunHint();
    createActions();
    createMenus();
    m_descentActions->createToolBar(this);
    connectScene();
    auto *keys = new NavigationKeys(this);
    keys->keepFor(m_controls);
    keys->keepFor(frameScrubber());
    keys->keepFor(m_descentActions->speedBox());
    readSettings();
    statusBar()->showMessage(tr("Drag λ past λc and watch the L1 minimum snap to exactly 0"));
    showScene(controller()->scene());
    m_dashboard->setFocus();
}

MainWindow::~MainWindow() = default;

QList<PlotPanel *> MainWindow::plotPanels() const
{
    return m_dashboard->panels();
}

DataPanel *MainWindow::dataPanel() const
{
    return m_dashboard->dataPanel();
}

MsePanel *MainWindow::msePanel() const
{
    return m_dashboard->msePanel();
}

RegularizedPanel *MainWindow::regularizedPanel() const
{
    return m_dashboard->regularizedPanel();
}

DescentPanel *MainWindow::descentPanel() const
{
    return m_dashboard->descentPanel();
}

QSlider *MainWindow::frameScrubber() const
{
    return m_descentActions->scrubber();
}

void MainWindow::createDocks()
{
    m_controls = new ControlPanel(controller(), this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the controls; the area scrolls to the focused one
    // As wide as the controls need: they scroll up and down, never sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_controls->minimumSizeHint().width() +
                            scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    auto *controlDock = new QDockWidget(tr("Controls"), this);
    controlDock->setObjectName(QStringLiteral("controlsDock"));
    controlDock->setWidget(scroll);
    controlDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, controlDock);

    m_numbers = new NumbersPanel(player(), this);
    // Tab reaches the numbers too, so a keyboard or screen-reader user can read them.
    m_numbers->setFocusPolicy(Qt::TabFocus);
    m_numbers->setAccessibleName(tr("Exact numbers"));
    m_numbers->setToolTip(
        tr("The closed forms and descent runs of the scene, from the same core as the plots"));
    auto *numbersScroll = new QScrollArea(this);
    numbersScroll->setWidget(m_numbers);
    numbersScroll->setWidgetResizable(true);
    numbersScroll->setFrameShape(QFrame::NoFrame);
    numbersScroll->setFocusPolicy(Qt::NoFocus);
    numbersScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    numbersScroll->setMinimumWidth(m_numbers->minimumSizeHint().width() +
                                   numbersScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    auto *numbersDock = new QDockWidget(tr("Exact numbers"), this);
    numbersDock->setObjectName(QStringLiteral("numbersDock"));
    numbersDock->setWidget(numbersScroll);
    numbersDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, numbersDock);
    resizeDocks({controlDock, numbersDock}, {scroll->minimumWidth(), numbersScroll->minimumWidth()},
                Qt::Horizontal);
    if (screen()->availableGeometry().width() < kWideScreen) {
        // Below 1600 pixels the six plots need the width of both docks: the numbers go behind the
        // controls, one tab away. A layout the user made is restored over this in readSettings().
        tabifyDockWidget(controlDock, numbersDock);
        controlDock->raise();
    }
}

void MainWindow::createActions()
{
    m_undoAction =
        windowAction(this, tr("&Undo"), QKeySequence::Undo, tr("Undo the last change to the scene"));
    m_redoAction = windowAction(this, tr("&Redo"), QKeySequence::Redo, tr("Redo the change just undone"));
    m_newSampleAction = windowAction(this, tr("&New sample"), QKeySequence(Qt::CTRL | Qt::Key_R),
                                     tr("Draw a new dataset with the next seed"));
    m_resetParamsAction = windowAction(this, tr("Reset &parameters"), QKeySequence(Qt::CTRL | Qt::Key_0),
                                       tr("Set every parameter back to the article's figure"));
    m_explainAction = windowAction(this, tr("&What am I looking at?"), QKeySequence::HelpContents,
                                   tr("Explain every panel with the current numbers"));
    m_shortcutsAction = windowAction(this, tr("&Keyboard shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash),
                                     tr("List every keyboard shortcut"));
    m_quitAction = windowAction(this, tr("&Quit"), QKeySequence::Quit, tr("Quit RegViz"));
    m_aboutAction =
        windowAction(this, tr("&About RegViz"), QKeySequence(), tr("Version, licence and libraries"));
    m_descentActions = new DescentActions(player(), this);
    m_viewActions = new ViewActions(view(), m_dashboard, this);
    m_appearance = new AppearanceActions(view(), this);
    m_documents = new DocumentActions(m_workspace, m_dashboard, this);
    auto *historyActions = new HistoryActions(history(), m_undoAction, m_redoAction, this);
    historyActions->watchControls(m_controls);

    connect(m_newSampleAction, &QAction::triggered, controller(), &SceneController::drawNewSample);
    connect(m_resetParamsAction, &QAction::triggered, this, &MainWindow::resetParameters);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_explainAction, &QAction::triggered, this, &MainWindow::showExplanation);
    connect(m_documents, &DocumentActions::currentFileChanged, this, [this](const QString &path) {
        setWindowTitle(tr("%1 – RegViz").arg(QFileInfo(path).fileName()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_documents->populateMenu(file);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undoAction, m_redoAction});
    QMenu *scene = menuBar()->addMenu(tr("&Scene"));
    scene->addActions({m_newSampleAction, m_resetParamsAction});
    m_descentActions->populateMenu(menuBar()->addMenu(tr("&Descent")));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewActions->populateMenu(viewMenu);
    viewMenu->addSeparator();
    m_appearance->populateMenu(viewMenu);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({m_explainAction, m_shortcutsAction, m_aboutAction});
}

void MainWindow::connectScene()
{
    m_refine = new QTimer(this);
    m_refine->setSingleShot(true);
    m_refine->setInterval(150);
    connect(m_refine, &QTimer::timeout, m_dashboard, [this] { m_dashboard->setDraft(false); });
    connect(controller(), &SceneController::sceneChanged, this, &MainWindow::showScene);
    connect(controller(), &SceneController::stepAdvised, this,
            [this](double eta, double limit, double stable, bool applied) {
                statusBar()->showMessage(stepAdvice(eta, limit, stable, applied));
            });
    connect(player(), &DescentPlayer::frameChanged, m_numbers, &NumbersPanel::showFrame);
    connect(m_dashboard, &Dashboard::startPicked, this, &MainWindow::startPicked);
    connect(m_dashboard, &Dashboard::lambdaPicked, controller(), &SceneController::setLambda);
    connect(m_dashboard, &Dashboard::resampleRequested, controller(), &SceneController::resample);
    const auto showView = [this](const ViewOptions &options, const Appearance &appearance) {
        m_controls->setSklearnConvention(options.sklearnConvention);
        m_numbers->setSklearnConvention(options.sklearnConvention);
        m_numbers->setColorBlindSafe(appearance.colorBlindSafe);
    };
    connect(view(), &ViewState::changed, this, showView);
    showView(view()->options(), view()->appearance());
}

void MainWindow::showScene(const SceneSnapshot &scene)
{
    // Scenes that follow each other within a few frames come from a drag: draw them in draft quality and
    // refine once the slider rests. A single change is drawn at full quality straight away.
    constexpr qint64 kDragGapMs = 120;
    const bool dragging = m_sinceLastScene.isValid() && m_sinceLastScene.elapsed() < kDragGapMs;
    m_sinceLastScene.start();
    if (dragging) {
        m_dashboard->setDraft(true);
        m_refine->start();
    }
    m_dashboard->showScene(scene);
    m_numbers->showScene(scene);
    // The run was recomputed (new lambda, data or step size): keep the frame the user was looking at,
    // unless the new run is shorter. The panels read the frame from the player.
    player()->setLastFrame(scene->lastFrame());
    m_dashboard->showFrame();
    m_numbers->showFrame();
}

void MainWindow::startPicked(double w)
{
    player()->reset();
    controller()->setStart(w);
}

void MainWindow::resetParameters()
{
    history()->record(tr("reset parameters"), [this] {
        controller()->clearImportedData();
        controller()->setParams(Params{});
        controller()->setDescentSettings(DescentSettings{});
    });
    player()->reset();
}

void MainWindow::showExplanation()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("What am I looking at?"),
                                explainScene(*controller()->scene()), QMessageBox::Ok, this);
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About RegViz"), aboutText(), QMessageBox::Ok, this);
    box->setTextFormat(Qt::RichText);
    if (!QApplication::windowIcon().isNull())
        box->setIconPixmap(QApplication::windowIcon().pixmap(64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showShortcuts()
{
    // Not modal: the list can stay open beside the window.
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showFirstRunHint()
{
    auto *hint = new FirstRunHint(m_controls);
    hint->setMessage(firstRunTip(*controller()->scene()));
    m_controls->showHint(hint);
    // Moving lambda is what the hint asks for; once done, the hint has served.
    connect(m_controls->lambdaSlider(), &ParamSlider::valueChanged, hint, &FirstRunHint::dismiss);
    // New data have their own lambda_c: the tip speaks of them, not of the scene it opened on.
    connect(controller(), &SceneController::dataSourceChanged, hint,
            [this, hint] { hint->setMessage(firstRunTip(*controller()->scene())); });
}

void MainWindow::showWarning(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("RegViz"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::start(const Session &session, bool sceneGiven)
{
    Session chosen = session;
    if (!sceneGiven) {
        // No scene on the command line: come back to the one the user left, if it still reads.
        const SessionParse last = sessionFromJson(QSettings().value(settings::lastSession).toByteArray());
        if (last.session)
            chosen = *last.session;
    }
    if (const auto message = openSession(chosen))
        showWarning(*message);
    // The tip speaks of the scene the window opens with; it is said once, so it never reflows under a drag.
    if (FirstRunHint *hint = m_controls->hint())
        hint->setMessage(firstRunTip(*controller()->scene()));
    history()->clear(); // undo stops at the scene the window opened with
}

std::optional<QString> MainWindow::openSession(const Session &session)
{
    // Restoring a scene: a data file that has gone must not take the other settings with it.
    const Workspace::Opened opened = m_workspace.openSession(session, MissingData::UseGenerated);
    if (opened.message.isEmpty())
        return std::nullopt;
    return opened.message;
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(settings::windowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // A first start: 1600x1000 where it fits, else the whole screen (laid out for 1280x720 and up).
        const QSize wanted(1600, 1000);
        const QSize available = screen()->availableGeometry().size();
        resize(wanted.boundedTo(available));
        if (wanted.width() > available.width() || wanted.height() > available.height())
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings.value(settings::windowState).toByteArray());
    m_appearance->readSettings(settings);
    m_descentActions->readSettings(settings);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(settings::windowGeometry, saveGeometry());
    settings.setValue(settings::windowState, saveState());
    settings.setValue(settings::lastSession, sessionToJson(currentSession()));
    m_descentActions->writeSettings(settings);
    m_appearance->writeSettings(settings);
    FirstRunHint::markSeen(); // shown in one session only
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

} // namespace regviz
