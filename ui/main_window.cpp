#include "main_window.h"

#include "control_panel.h"
#include "data_panel.h"
#include "descent_panel.h"
#include "descent_player.h"
#include "mse_panel.h"
#include "numbers_panel.h"
#include "penalty_panel.h"
#include "regularized_panel.h"
#include "scene_controller.h"
#include "settings_keys.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
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

} // namespace

MainWindow::MainWindow(const Params &params, const DescentSettings &descent, QWidget *parent)
    : QMainWindow(parent), m_controller(new SceneController(this)), m_player(new DescentPlayer(this)),
      m_data(new DataPanel), m_mse(new MsePanel), m_l1(new PenaltyPanel(Penalty::L1)),
      m_l2(new PenaltyPanel(Penalty::L2)), m_regularized(new RegularizedPanel), m_descent(new DescentPanel)
{
    setWindowTitle(tr("RegViz: L1 vs L2 regularization"));
    setObjectName(QStringLiteral("MainWindow"));
    m_controller->setParams(params);
    m_controller->setDescentSettings(descent);

    auto *central = new QWidget(this);
    auto *grid = new QGridLayout(central);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(4);
    grid->addWidget(m_data, 0, 0);
    grid->addWidget(m_mse, 0, 1);
    grid->addWidget(m_l1, 0, 2);
    grid->addWidget(m_l2, 0, 3);
    grid->addWidget(m_regularized, 1, 0, 1, 2);
    grid->addWidget(m_descent, 1, 2, 1, 2);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(1, 3);
    setCentralWidget(central);
    // The plots area takes focus first, so Space and the arrows drive descent straight away; a focused
    // slider or spin box keeps its own arrows (see KeepNavigationKeys).
    central->setFocusPolicy(Qt::StrongFocus);
    central->setAccessibleName(tr("Plots"));

    createDocks();
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
    central->setFocus();
}

MainWindow::~MainWindow() = default;

QList<PlotPanel *> MainWindow::plotPanels() const
{
    return {m_data, m_mse, m_l1, m_l2, m_regularized, m_descent};
}

void MainWindow::createDocks()
{
    m_controls = new ControlPanel(m_controller, this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
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
    auto *numbersDock = new QDockWidget(tr("Exact numbers"), this);
    numbersDock->setObjectName(QStringLiteral("numbersDock"));
    numbersDock->setWidget(numbersScroll);
    numbersDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, numbersDock);
    resizeDocks({controlDock, numbersDock}, {290, 330}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    const auto action = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setStatusTip(tip);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        addAction(a);
        return a;
    };
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
    m_quitAction = action(tr("&Quit"), QKeySequence::Quit, tr("Quit RegViz"));
    m_aboutAction = action(tr("&About RegViz"), QKeySequence(), tr("Version, licence and libraries"));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_quitAction);
    QMenu *scene = menuBar()->addMenu(tr("&Scene"));
    scene->addAction(m_newSampleAction);
    scene->addAction(m_resetParamsAction);
    QMenu *descent = menuBar()->addMenu(tr("&Descent"));
    descent->addActions({m_playAction, m_stepBackAction, m_stepForwardAction, m_resetRunAction});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_showElasticAction, m_zoomZeroAction});
    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    connect(m_showElasticAction, &QAction::toggled, m_regularized, &RegularizedPanel::setElasticShown);
    connect(m_showElasticAction, &QAction::toggled, m_descent, &DescentPanel::setElasticShown);
    connect(m_zoomZeroAction, &QAction::toggled, m_regularized, &RegularizedPanel::setZoomNearZero);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Descent"));
    bar->setObjectName(QStringLiteral("descentToolBar"));
    bar->addActions({m_resetRunAction, m_stepBackAction, m_playAction, m_stepForwardAction});
    m_scrubber = new QSlider(Qt::Horizontal, bar);
    m_scrubber->setMinimumWidth(220);
    m_scrubber->setToolTip(tr("Descent frame: drag to scrub through the steps"));
    m_scrubber->setAccessibleName(tr("Descent frame"));
    bar->addWidget(m_scrubber);
    m_frameLabel = new QLabel(bar);
    m_frameLabel->setMinimumWidth(110);
    bar->addWidget(m_frameLabel);
    m_speed = new QDoubleSpinBox(bar);
    m_speed->setRange(DescentPlayer::kMinSpeed, DescentPlayer::kMaxSpeed);
    m_speed->setDecimals(1);
    m_speed->setSuffix(tr(" steps/s"));
    m_speed->setValue(m_player->speed());
    m_speed->setToolTip(tr("Playback speed in steps per second"));
    m_speed->setAccessibleName(tr("Playback speed"));
    bar->addWidget(m_speed);

    connect(m_scrubber, &QSlider::valueChanged, m_player, &DescentPlayer::setFrame);
    connect(m_speed, &QDoubleSpinBox::valueChanged, m_player, &DescentPlayer::setSpeed);
    connect(m_player, &DescentPlayer::lastFrameChanged, m_scrubber,
            [this](int last) { m_scrubber->setMaximum(last); });
}

void MainWindow::connectScene()
{
    connect(m_controller, &SceneController::sceneChanged, this, &MainWindow::showScene);
    connect(m_player, &DescentPlayer::frameChanged, this, &MainWindow::showFrame);
    connect(m_mse, &PlotPanel::startPicked, this, &MainWindow::startPicked);
    connect(m_regularized, &PlotPanel::startPicked, this, &MainWindow::startPicked);
}

void MainWindow::showScene(const SceneSnapshot &scene)
{
    // The run was recomputed (new lambda, data or step size): keep the frame the user was looking at.
    m_player->setLastFrame(scene->lastFrame());
    for (PlotPanel *panel : plotPanels())
        panel->showScene(scene);
    m_numbers->showScene(scene);
    showFrame(m_player->frame());
}

void MainWindow::showFrame(int frame)
{
    for (PlotPanel *panel : plotPanels())
        panel->showFrame(frame);
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
    m_controller->setParams(Params{});
    m_controller->setDescentSettings(DescentSettings{});
    m_player->reset();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About RegViz"),
        tr("<h3>RegViz %1</h3><p>See why L1 regularization drives a weight to exactly zero while "
           "L2 only shrinks it.</p><p>Licence: GPL-3.0-or-later.</p><p>Built with Qt %2, "
           "QCustomPlot 2.1 and Eigen 3.4.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(settings::windowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1600, 1000);
    restoreState(settings.value(settings::windowState).toByteArray());
    m_showElasticAction->setChecked(settings.value(settings::showElastic, false).toBool());
    m_speed->setValue(settings.value(settings::playbackSpeed, DescentPlayer::kDefaultSpeed).toDouble());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(settings::windowGeometry, saveGeometry());
    settings.setValue(settings::windowState, saveState());
    settings.setValue(settings::showElastic, m_showElasticAction->isChecked());
    settings.setValue(settings::playbackSpeed, m_player->speed());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

} // namespace regviz
