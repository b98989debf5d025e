#pragma once

#include "figure_exporter.h"

#include <QList>

class QDir;

namespace regviz {

/// How a descent run becomes an animation.
struct AnimationOptions
{
    FigureOptions figure{QString(), QSize(1200, 750), 1.0};
    int frameCount = 60; ///< frames to render, spread evenly from the first to the last step
    int delayMs = 100;   ///< how long each frame shows in a GIF

    friend bool operator==(const AnimationOptions &, const AnimationOptions &) = default;
};

inline constexpr int kMaxAnimationFrames = 1000;

/// The steps shown by `count` frames spread evenly over 0..lastStep, both ends included (every step
/// when count exceeds the run).
[[nodiscard]] QList<int> animationSteps(int lastStep, int count);

/// Renders descent runs frame by frame through the Dashboard (which must already show the scene) and
/// writes them as a looping GIF or as numbered PNG files. Each file is written atomically.
class AnimationExporter
{
public:
    AnimationExporter(Dashboard *dashboard, int lastStep) : m_dashboard(dashboard), m_lastStep(lastStep) {}

    [[nodiscard]] std::optional<QString> exportGif(const QString &path,
                                                   const AnimationOptions &options) const;
    /// Writes frame_0000.png, frame_0001.png, ... into an existing folder. Frames left there by an
    /// earlier, longer export are removed afterwards, so the folder holds this animation alone; other
    /// files are never touched.
    [[nodiscard]] std::optional<QString> exportFrames(const QString &folder,
                                                      const AnimationOptions &options) const;

private:
    [[nodiscard]] static std::optional<QString> check(const AnimationOptions &options);
    /// Removes frame_NNNN.png files numbered `first` and up.
    [[nodiscard]] static std::optional<QString> removeFramesFrom(const QDir &dir, qsizetype first);

    Dashboard *m_dashboard;
    int m_lastStep;
};

} // namespace regviz
