#pragma once

#include "model/figure_options.h"

#include <QList>
#include <QString>
#include <optional>

namespace regviz {

/// How a descent run becomes an animation.
struct AnimationOptions
{
    FigureOptions figure{QString(), QSize(1200, 750), 1.0};
    int frameCount = 60; ///< frames to render, spread evenly from the first to the last step
    int delayMs = 100;   ///< how long each frame shows in a GIF
    int holdMs = 2000;   ///< how long the last frame shows before the GIF starts over
    bool caption = true; ///< a line under each frame: the step, the optimizer, lambda and each run's w

    friend bool operator==(const AnimationOptions &, const AnimationOptions &) = default;
};

inline constexpr int kMaxAnimationFrames = 1000;

/// The steps shown by `count` frames spread evenly over 0..lastStep, both ends included (every step
/// when count exceeds the run).
[[nodiscard]] QList<int> animationSteps(int lastStep, int count);

/// An error message when the options cannot be animated (bad figure options, frame count or delay).
[[nodiscard]] std::optional<QString> checkAnimationOptions(const AnimationOptions &options);

} // namespace regviz
