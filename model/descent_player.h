#pragma once

#include <QObject>
#include <QTimer>

namespace regviz {

/// The frame index of a precomputed descent run, and the clock that advances it. Stepping back is as exact
/// as stepping forward because nothing is recomputed: only the index moves.
class DescentPlayer : public QObject
{
    Q_OBJECT

public:
    static constexpr double kMinSpeed = 0.5; ///< steps per second
    static constexpr double kMaxSpeed = 120.0;
    static constexpr double kDefaultSpeed = 8.0;

    explicit DescentPlayer(QObject *parent = nullptr);

    [[nodiscard]] int frame() const { return m_frame; }
    [[nodiscard]] int lastFrame() const { return m_lastFrame; }
    [[nodiscard]] bool isPlaying() const { return m_timer.isActive(); }
    [[nodiscard]] double speed() const { return m_speed; }

public Q_SLOTS:
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void reset();
    void setFrame(int frame);
    /// A new trace arrived: keep the frame where it is unless it no longer exists.
    void setLastFrame(int lastFrame);
    void setSpeed(double stepsPerSecond);

Q_SIGNALS:
    void frameChanged(int frame);
    void lastFrameChanged(int lastFrame);
    void playingChanged(bool playing);

private:
    void tick();

    QTimer m_timer;
    int m_frame = 0;
    int m_lastFrame = 0;
    double m_speed = kDefaultSpeed;
};

} // namespace regviz
