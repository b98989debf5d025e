#pragma once

#include <QObject>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QMainWindow;
class QMenu;
class QSettings;
class QSlider;

namespace regviz {

class DescentPlayer;

/// The Descent menu and tool bar: play or pause, step back and forward, go back to the start, a scrubber
/// over the frames and the playback speed. The player owns the frame; the scrubber and the step label
/// only show it.
class DescentActions : public QObject
{
    Q_OBJECT

public:
    DescentActions(DescentPlayer *player, QMainWindow *window);

    void populateMenu(QMenu *descent) const;
    /// Adds the tool bar (buttons, scrubber, step label, speed) to the window.
    void createToolBar(QMainWindow *window);

    [[nodiscard]] QSlider *scrubber() const { return m_scrubber; }
    [[nodiscard]] QDoubleSpinBox *speedBox() const { return m_speed; }

    void readSettings(const QSettings &settings);
    void writeSettings(QSettings &settings) const;

private:
    void showFrame(int frame);

    DescentPlayer *m_player;
    QAction *m_play;
    QAction *m_stepBack;
    QAction *m_stepForward;
    QAction *m_resetRun;
    QSlider *m_scrubber = nullptr;
    QDoubleSpinBox *m_speed = nullptr;
    QLabel *m_frameLabel = nullptr;
};

} // namespace regviz
