#include "model/descent_player.h"

#include <algorithm>
#include <cmath>

namespace regviz {

DescentPlayer::DescentPlayer(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DescentPlayer::tick);
    setSpeed(kDefaultSpeed);
}

void DescentPlayer::play()
{
    if (isPlaying())
        return;
    if (m_frame >= m_lastFrame)
        setFrame(0); // playing a finished run starts it over, as media players do
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void DescentPlayer::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void DescentPlayer::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void DescentPlayer::stepForward()
{
    pause();
    setFrame(m_frame + 1);
}

void DescentPlayer::stepBack()
{
    pause();
    setFrame(m_frame - 1);
}

void DescentPlayer::reset()
{
    pause();
    setFrame(0);
}

void DescentPlayer::setFrame(int frame)
{
    const int clamped = std::clamp(frame, 0, m_lastFrame);
    if (clamped == m_frame)
        return;
    m_frame = clamped;
    Q_EMIT frameChanged(m_frame);
}

void DescentPlayer::setLastFrame(int lastFrame)
{
    lastFrame = std::max(lastFrame, 0);
    if (lastFrame != m_lastFrame) {
        m_lastFrame = lastFrame;
        Q_EMIT lastFrameChanged(m_lastFrame);
    }
    setFrame(m_frame);
}

void DescentPlayer::setSpeed(double stepsPerSecond)
{
    m_speed = std::clamp(stepsPerSecond, kMinSpeed, kMaxSpeed);
    m_timer.setInterval(static_cast<int>(std::lround(1000.0 / m_speed)));
}

void DescentPlayer::tick()
{
    if (m_frame >= m_lastFrame) {
        pause();
        return;
    }
    setFrame(m_frame + 1);
}

} // namespace regviz
