#include "model/animation_options.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace regviz {

namespace {
/// The translation context these messages had when they lived beside the exporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AnimationExporter)
};
} // namespace

QList<int> animationSteps(int lastStep, int count)
{
    QList<int> steps;
    lastStep = std::max(lastStep, 0);
    if (count <= 0)
        return steps;
    if (count > lastStep) {
        for (int k = 0; k <= lastStep; ++k)
            steps << k;
        return steps;
    }
    if (count == 1)
        return {0};
    for (int i = 0; i < count; ++i)
        steps << static_cast<int>(std::lround(static_cast<double>(i) * lastStep / (count - 1)));
    return steps;
}

std::optional<QString> checkAnimationOptions(const AnimationOptions &options)
{
    if (std::optional<QString> error = checkFigureOptions(options.figure))
        return error;
    if (options.frameCount < 1 || options.frameCount > kMaxAnimationFrames)
        return Text::tr("The frame count %1 is outside 1 to %2.")
            .arg(options.frameCount)
            .arg(kMaxAnimationFrames);
    if (options.holdMs < 20 || options.holdMs > 60000)
        return Text::tr("The hold on the last frame, %1 ms, is outside 20 to 60000 ms.").arg(options.holdMs);
    if (options.delayMs < 20 || options.delayMs > 60000)
        return Text::tr("The frame delay %1 ms is outside 20 to 60000 ms.").arg(options.delayMs);
    return std::nullopt;
}

} // namespace regviz
