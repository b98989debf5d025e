#include "main_window.h"

#include "appearance_actions.h"
#include "build_info.h"
#include "control_panel.h"
#include "dashboard.h"
#include "data_panel.h"
#include "descent_panel.h"
#include "descent_player.h"
#include "document_actions.h"
#include "explanations.h"
#include "first_run_hint.h"
#include "gradient_panel.h"
#include "mse_panel.h"
#include "numbers_panel.h"
#include "param_slider.h"
#include "path_panel.h"
#include "plot_panel.h"
#include "regularized_panel.h"
#include "resampling_panel.h"
#include "scene_controller.h"
#include "scene_history.h"
#include "scene_setup.h"
#include "settings_keys.h"
#include "shortcuts_dialog.h"
#include "shrinkage_panel.h"
#include "two_d_panel.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

namespace regviz {

namespace {

/// Lets a focused slider, spin box, combo box or button keep the navigation keys that double as the
/// descent shortcuts (Space, Left, Right, Home): arrows move the focused slider, as users expect.
class KeepNavigationKeys : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            switch (static_cast<QKeyEvent *>(event)->key()) {
            case Qt::Key_Left:
            case Qt::Key_Right:
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_Home:
            case Qt::Key_End:
            case Qt::Key_Space:
                event->accept();
                return true;
            default:
                break;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

void keepNavigationKeys(QWidget *root, QObject *filter)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractSlider *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
            qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w))
            w->installEventFilter(filter);
    }
}

/// The narrowest screen that shows the controls, the six plots and the numbers side by side.
constexpr int kWideScreen = 1600;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_controller(new SceneController(this)), m_player(new DescentPlayer(this)),
      m_dashboard(new Dashboard(this))
{
    setWindowTitle(tr("RegViz: L1 vs L2 regularization"));
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_dashboard);
    // The plots area takes focus first, so Space and the arrows drive descent straight away; a focused
    // slider or spin box keeps its own arrows (see KeepNavigationKeys).
    m_dashboard->setFocusPolicy(Qt::StrongFocus);
    m_dashboard->setAccessibleName(tr("Plots"));
    m_dashboard->setAccessibleDescription(
        tr("Space plays or pauses the descent runs, Left and Right step them, Home goes back to the start"));
    m_dashboard->setToolTip(tr("Plots: Space plays the descent, ← → step it, Home resets it; click a loss "
                               "plot to start descent there"));

    createDocks();
    if (FirstRunHint::isDue())
        showFirstRunHint();
    createActions();
    createToolBar();
    connectScene();
    auto *filter = new KeepNavigationKeys(this);
    keepNavigationKeys(m_controls, filter);
    m_scrubber->installEventFilter(filter);
    m_speed->installEventFilter(filter);
    readSettings();
    statusBar()->showMessage(tr("Drag λ past λc and watch the L1 minimum snap to exactly 0"));
    showScene(m_controller->scene());
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

void MainWindow::createDocks()
{
    m_controls = new ControlPanel(m_controller, this);
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

    m_numbers = new NumbersPanel(this);
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
    const auto action = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setStatusTip(tip);
        a->setToolTip(
            key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        addAction(a);
        return a;
    };
    m_undoAction = action(tr("&Undo"), QKeySequence::Undo, tr("Undo the last change to the scene"));
    m_redoAction = action(tr("&Redo"), QKeySequence::Redo, tr("Redo the change just undone"));
    m_playAction = action(tr("&Play"), Qt::Key_Space, tr("Play or pause the descent runs"));
    m_playAction->setCheckable(true);
    m_stepBackAction = action(tr("Step &back"), Qt::Key_Left, tr("Go back one descent step"));
    m_stepForwardAction = action(tr("Step &forward"), Qt::Key_Right, tr("Go forward one descent step"));
    m_resetRunAction = action(tr("&Reset run"), Qt::Key_Home, tr("Go back to the start of the descent runs"));
    m_newSampleAction = action(tr("&New sample"), QKeySequence(Qt::CTRL | Qt::Key_R),
                               tr("Draw a new dataset with the next seed"));
    m_resetParamsAction = action(tr("Reset &parameters"), QKeySequence(Qt::CTRL | Qt::Key_0),
                                 tr("Set every parameter back to the article's figure"));
    m_showElasticAction = action(tr("Show &elastic net"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                 tr("Draw the elastic-net curve and run too"));
    m_showElasticAction->setCheckable(true);
    m_zoomZeroAction = action(tr("&Zoom near w = 0"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z),
                              tr("Narrow the regularized plot to w ≈ 0"));
    m_zoomZeroAction->setCheckable(true);
    m_sklearnAction = action(tr("scikit-learn &convention"), QKeySequence(),
                             tr("Label λ with scikit-learn's and glmnet's parameters as well"));
    m_sklearnAction->setCheckable(true);
    m_explainAction = action(tr("&What am I looking at?"), QKeySequence::HelpContents,
                             tr("Explain every panel with the current numbers"));
    m_shortcutsAction = action(tr("&Keyboard shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash),
                               tr("List every keyboard shortcut"));
    m_quitAction = action(tr("&Quit"), QKeySequence::Quit, tr("Quit RegViz"));
    m_aboutAction = action(tr("&About RegViz"), QKeySequence(), tr("Version, licence and libraries"));

    m_history = new SceneHistory(m_controller, this);
    m_history->watchControls(m_controls);
    m_history->bindActions(m_undoAction, m_redoAction);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_documents = new DocumentActions(this);
    m_documents->populateMenu(file);
    file->addSeparator();
    file->addAction(m_quitAction);
    connect(m_documents, &DocumentActions::currentFileChanged, this, [this](const QString &path) {
        setWindowTitle(tr("%1 – RegViz").arg(QFileInfo(path).fileName()));
    });
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undoAction, m_redoAction});
    QMenu *scene = menuBar()->addMenu(tr("&Scene"));
    scene->addAction(m_newSampleAction);
    scene->addAction(m_resetParamsAction);
    QMenu *descent = menuBar()->addMenu(tr("&Descent"));
    descent->addActions({m_playAction, m_stepBackAction, m_stepForwardAction, m_resetRunAction});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_showElasticAction, m_zoomZeroAction, m_sklearnAction});
    view->addSeparator();
    m_appearance = new AppearanceActions(this);
    m_appearance->populateMenu(view);
    connect(m_appearance, &AppearanceActions::lookChanged, m_dashboard, &Dashboard::restyle);
    connect(m_appearance, &AppearanceActions::lookChanged, m_numbers, &NumbersPanel::restyle);
    view->addSeparator();
    const std::pair<QString, PlotPanel *> views[] = {
        {tr("&Gradient view"), m_dashboard->gradientPanel()},
        {tr("Regularization &path"), m_dashboard->pathPanel()},
        {tr("&Shrinkage operator"), m_dashboard->shrinkagePanel()},
        {tr("Sampling &variability"), m_dashboard->resamplingPanel()},
        {tr("Classic &2-D picture"), m_dashboard->twoDPanel()},
    };
    for (const auto &[text, panel] : views) {
        QAction *toggle = view->addAction(text);
        toggle->setCheckable(true);
        toggle->setChecked(true);
        toggle->setStatusTip(tr("Show or hide this view"));
        connect(toggle, &QAction::toggled, panel, &QWidget::setVisible);
        connect(toggle, &QAction::triggered, this,
                // An init-capture: clang before 16 cannot capture a structured binding by name.
                [this, panel = panel] { m_dashboard->pages()->setCurrentWidget(panel->parentWidget()); });
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_explainAction);
    help->addAction(m_shortcutsAction);
    help->addAction(m_aboutAction);

    connect(m_playAction, &QAction::triggered, m_player, &DescentPlayer::togglePlay);
    connect(m_player, &DescentPlayer::playingChanged, this, [this](bool playing) {
        m_playAction->setChecked(playing);
        m_playAction->setText(playing ? tr("&Pause") : tr("&Play"));
    });
    connect(m_stepBackAction, &QAction::triggered, m_player, &DescentPlayer::stepBack);
    connect(m_stepForwardAction, &QAction::triggered, m_player, &DescentPlayer::stepForward);
    connect(m_resetRunAction, &QAction::triggered, m_player, &DescentPlayer::reset);
    connect(m_newSampleAction, &QAction::triggered, m_controller, &SceneController::drawNewSample);
    connect(m_resetParamsAction, &QAction::triggered, this, &MainWindow::resetParameters);
    connect(m_showElasticAction, &QAction::toggled, m_dashboard, &Dashboard::setElasticShown);
    connect(m_zoomZeroAction, &QAction::toggled, m_dashboard, &Dashboard::setZoomNearZero);
    connect(m_dashboard, &Dashboard::zoomNearZeroChanged, m_zoomZeroAction, &QAction::setChecked);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_explainAction, &QAction::triggered, this, &MainWindow::showExplanation);
    connect(m_sklearnAction, &QAction::toggled, m_controls, &ControlPanel::setSklearnConvention);
    connect(m_sklearnAction, &QAction::toggled, m_numbers, &NumbersPanel::setSklearnConvention);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Descent"));
    bar->setObjectName(QStringLiteral("descentToolBar"));
    bar->addActions({m_resetRunAction, m_stepBackAction, m_playAction, m_stepForwardAction});
    m_scrubber = new QSlider(Qt::Horizontal, bar);
    m_scrubber->setMinimumWidth(220);
    m_scrubber->setToolTip(tr("Descent frame: drag to scrub through the steps, from 0 to the step cap"));
    m_scrubber->setAccessibleName(tr("Descent frame"));
    m_scrubber->setAccessibleDescription(m_scrubber->toolTip());
    bar->addWidget(m_scrubber);
    m_frameLabel = new QLabel(bar);
    m_frameLabel->setMinimumWidth(110);
    bar->addWidget(m_frameLabel);
    m_speed = new QDoubleSpinBox(bar);
    m_speed->setRange(DescentPlayer::kMinSpeed, DescentPlayer::kMaxSpeed);
    m_speed->setDecimals(1);
    m_speed->setSuffix(tr(" steps/s"));
    m_speed->setValue(m_player->speed());
    m_speed->setToolTip(tr("Playback speed in steps per second (%1 to %2)")
                            .arg(DescentPlayer::kMinSpeed)
                            .arg(DescentPlayer::kMaxSpeed));
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setAccessibleDescription(m_speed->toolTip());
    bar->addWidget(m_speed);

    connect(m_scrubber, &QSlider::valueChanged, m_player, &DescentPlayer::setFrame);
    connect(m_speed, &QDoubleSpinBox::valueChanged, m_player, &DescentPlayer::setSpeed);
    connect(m_player, &DescentPlayer::lastFrameChanged, m_scrubber,
            [this](int last) { m_scrubber->setMaximum(last); });
}

void MainWindow::connectScene()
{
    m_refine = new QTimer(this);
    m_refine->setSingleShot(true);
    m_refine->setInterval(150);
    connect(m_refine, &QTimer::timeout, m_dashboard, [this] { m_dashboard->setDraft(false); });
    connect(m_controller, &SceneController::sceneChanged, this, &MainWindow::showScene);
    connect(m_player, &DescentPlayer::frameChanged, this, &MainWindow::showFrame);
    connect(m_dashboard, &Dashboard::startPicked, this, &MainWindow::startPicked);
    connect(m_dashboard, &Dashboard::lambdaPicked, m_controller, &SceneController::setLambda);
    connect(m_dashboard, &Dashboard::resampleRequested, m_controller, &SceneController::resample);
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
    // The run was recomputed (new lambda, data or step size): keep the frame the user was looking at.
    m_player->setLastFrame(scene->lastFrame());
    m_dashboard->showScene(scene);
    m_numbers->showScene(scene);
    showFrame(m_player->frame());
}

void MainWindow::showFrame(int frame)
{
    m_dashboard->showFrame(frame);
    m_numbers->showFrame(frame);
    {
        const QSignalBlocker block(m_scrubber);
        m_scrubber->setValue(frame);
    }
    m_frameLabel->setText(tr("step %1 / %2").arg(frame).arg(m_player->lastFrame()));
}

void MainWindow::startPicked(double w)
{
    m_player->reset();
    m_controller->setStart(w);
}

void MainWindow::resetParameters()
{
    m_history->record(tr("reset parameters"), [this] {
        m_controller->clearImportedData();
        m_controller->setParams(Params{});
        m_controller->setDescentSettings(DescentSettings{});
    });
    m_player->reset();
}

void MainWindow::showExplanation()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("What am I looking at?"),
                                explainScene(*m_controller->scene()), QMessageBox::Ok, this);
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
    m_controls->showHint(hint);
    // Moving lambda is what the hint asks for; once done, the hint has served.
    connect(m_controls->lambdaSlider(), &ParamSlider::valueChanged, hint, &FirstRunHint::dismiss);
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
    if (const auto error = openSession(chosen)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("RegViz"), *error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    m_history->clear(); // undo stops at the scene the window opened with
}

std::optional<QString> MainWindow::openSession(const Session &session)
{
    if (auto error = applySession(*m_controller, session))
        return error;
    m_showElasticAction->setChecked(session.view.showElastic);
    m_zoomZeroAction->setChecked(session.view.zoomNearZero);
    showScene(m_controller->scene());
    m_player->pause();
    m_player->setFrame(session.view.frame);
    return std::nullopt;
}

Session MainWindow::currentSession() const
{
    Session s;
    s.params = m_controller->params();
    s.descent = m_controller->descentSettings();
    s.view.showElastic = m_showElasticAction->isChecked();
    s.view.zoomNearZero = m_zoomZeroAction->isChecked();
    s.view.frame = m_player->frame();
    s.dataFile = m_controller->importedPath();
    return s;
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
    m_speed->setValue(settings.value(settings::playbackSpeed, DescentPlayer::kDefaultSpeed).toDouble());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(settings::windowGeometry, saveGeometry());
    settings.setValue(settings::windowState, saveState());
    settings.setValue(settings::lastSession, sessionToJson(currentSession()));
    settings.setValue(settings::playbackSpeed, m_player->speed());
    m_appearance->writeSettings(settings);
    FirstRunHint::markSeen(); // shown in one session only
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

} // namespace regviz
