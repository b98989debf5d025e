#include "ui/actions/descent_actions.h"

#include "model/descent_player.h"
#include "model/settings_keys.h"
#include "ui/actions/window_action.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QProxyStyle>
#include <QSettings>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolBar>
#include <algorithm>

namespace regviz {

namespace {
/// The platform's style, but a left click on a slider's track moves the handle to the click.
class JumpClickStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == QStyle::SH_Slider_AbsoluteSetButtons)
            return Qt::LeftButton;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};
} // namespace

DescentActions::DescentActions(DescentPlayer *player, QMainWindow *window)
    : QObject(window), m_player(player),
      m_play(windowAction(window, tr("&Play"), Qt::Key_Space, tr("Play or pause the descent runs"))),
      m_stepBack(windowAction(window, tr("Step &back"), Qt::Key_Left, tr("Go back one descent step"))),
      m_stepForward(
          windowAction(window, tr("Step &forward"), Qt::Key_Right, tr("Go forward one descent step"))),
      m_resetRun(windowAction(window, tr("&Reset run"), Qt::Key_Home,
                              tr("Go back to the start of the descent runs")))
{
    m_play->setCheckable(true);
    connect(m_play, &QAction::triggered, m_player, &DescentPlayer::togglePlay);
    connect(m_player, &DescentPlayer::playingChanged, this, [this](bool playing) {
        m_play->setChecked(playing);
        m_play->setText(playing ? tr("&Pause") : tr("&Play"));
    });
    connect(m_stepBack, &QAction::triggered, m_player, &DescentPlayer::stepBack);
    connect(m_stepForward, &QAction::triggered, m_player, &DescentPlayer::stepForward);
    connect(m_resetRun, &QAction::triggered, m_player, &DescentPlayer::reset);
}

void DescentActions::populateMenu(QMenu *descent) const
{
    descent->addActions({m_play, m_stepBack, m_stepForward, m_resetRun});
}

void DescentActions::createToolBar(QMainWindow *window)
{
    QToolBar *bar = window->addToolBar(tr("Descent"));
    bar->setObjectName(QStringLiteral("descentToolBar"));
    bar->addActions({m_resetRun, m_stepBack, m_play, m_stepForward});
    for (QAction *action : {m_resetRun, m_stepBack, m_play, m_stepForward}) {
        QWidget *button = bar->widgetForAction(action);
        button->setFocusPolicy(Qt::TabFocus); // tool bars leave their buttons out of the Tab chain
        button->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')));
    }
    // Play and Pause take the same room, so switching between them moves nothing beside the button.
    QWidget *playButton = bar->widgetForAction(m_play);
    int playWidth = 0;
    for (const QString &text : {tr("&Pause"), tr("&Play")}) {
        m_play->setText(text);
        playWidth = std::max(playWidth, playButton->sizeHint().width());
    }
    playButton->setFixedWidth(playWidth);
    m_scrubber = new QSlider(Qt::Horizontal, bar);
    // A click on the track goes to the step clicked, not ten steps towards it.
    // setStyle() takes no ownership: the scrubber does. (A QProxyStyle owns the base style it is given,
    // so it is given none and makes its own, never the application's.)
    auto *jumpClick = new JumpClickStyle;
    jumpClick->setParent(m_scrubber);
    m_scrubber->setStyle(jumpClick);
    m_scrubber->setMinimumWidth(220);
    m_scrubber->setToolTip(tr("Descent frame: drag to scrub through the steps, from 0 to the step cap"));
    m_scrubber->setAccessibleName(tr("Descent frame"));
    m_scrubber->setAccessibleDescription(m_scrubber->toolTip());
    m_scrubber->setMaximum(m_player->lastFrame());
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
    connect(m_player, &DescentPlayer::lastFrameChanged, this, [this](int last) {
        m_scrubber->setMaximum(last);
        showFrame(m_player->frame());
    });
    connect(m_player, &DescentPlayer::frameChanged, this, &DescentActions::showFrame);
    showFrame(m_player->frame());
}

void DescentActions::showFrame(int frame)
{
    {
        const QSignalBlocker block(m_scrubber);
        m_scrubber->setValue(frame);
    }
    m_frameLabel->setText(tr("step %1 / %2").arg(frame).arg(m_player->lastFrame()));
}

void DescentActions::readSettings(const QSettings &settings)
{
    m_speed->setValue(settings.value(settings::playbackSpeed, DescentPlayer::kDefaultSpeed).toDouble());
}

void DescentActions::writeSettings(QSettings &settings) const
{
    settings.setValue(settings::playbackSpeed, m_player->speed());
}

} // namespace regviz
