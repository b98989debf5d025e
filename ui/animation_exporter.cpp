#include "animation_exporter.h"

#include "dashboard.h"
#include "file_io.h"
#include "gif_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>

namespace regviz {

namespace {
/// This file's translation context. A free tr() would do at run time, but lupdate would file its
/// strings under the enclosing namespace instead.
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

std::optional<QString> AnimationExporter::check(const AnimationOptions &options)
{
    if (std::optional<QString> error = checkFigureOptions(options.figure))
        return error;
    if (options.frameCount < 1 || options.frameCount > kMaxAnimationFrames)
        return Text::tr("The frame count %1 is outside 1 to %2.")
            .arg(options.frameCount)
            .arg(kMaxAnimationFrames);
    if (options.delayMs < 20 || options.delayMs > 60000)
        return Text::tr("The frame delay %1 ms is outside 20 to 60000 ms.").arg(options.delayMs);
    return std::nullopt;
}

std::optional<QString> AnimationExporter::exportGif(const QString &path,
                                                    const AnimationOptions &options) const
{
    if (path.isEmpty())
        return Text::tr("No file name was given.");
    if (QFileInfo(path).suffix().compare(QLatin1String("gif"), Qt::CaseInsensitive) != 0)
        return Text::tr("Cannot export to %1: an animation needs the extension .gif.").arg(path);
    if (std::optional<QString> error = check(options))
        return error;
    const FigureExporter figure(m_dashboard);
    const QList<int> steps = animationSteps(m_lastStep, options.frameCount);
    const QSize pixels = figure.renderImage(options.figure).size();
    auto result = writeFileAtomically(path, [&](QIODevice &device) -> std::optional<QString> {
        GifWriter gif;
        if (auto error = gif.open(&device, pixels, options.delayMs))
            return error;
        for (const int step : steps) {
            m_dashboard->showFrame(step);
            if (auto error = gif.addFrame(figure.renderImage(options.figure)))
                return error;
        }
        return gif.close();
    });
    return result;
}

std::optional<QString> AnimationExporter::exportFrames(const QString &folder,
                                                       const AnimationOptions &options) const
{
    if (!QFileInfo(folder).isDir())
        return Text::tr("Cannot write frames to %1: it is not an existing folder.")
            .arg(QDir::toNativeSeparators(folder));
    if (std::optional<QString> error = check(options))
        return error;
    const FigureExporter figure(m_dashboard);
    const QList<int> steps = animationSteps(m_lastStep, options.frameCount);
    const QDir dir(folder);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        m_dashboard->showFrame(steps[i]);
        const QString name = dir.filePath(QStringLiteral("frame_%1.png").arg(i, 4, 10, QLatin1Char('0')));
        if (auto error = figure.exportFigure(name, options.figure))
            return error;
    }
    return removeFramesFrom(dir, steps.size());
}

std::optional<QString> AnimationExporter::removeFramesFrom(const QDir &dir, qsizetype first)
{
    // Only names this exporter writes: frame_ and at least four digits.
    static const QRegularExpression frameName(QStringLiteral(R"(^frame_(\d{4,})\.png$)"));
    const QStringList names = dir.entryList({QStringLiteral("frame_*.png")}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = frameName.match(name);
        bool ok = false;
        const qlonglong index = match.hasMatch() ? match.captured(1).toLongLong(&ok) : -1;
        if (!ok || index < first)
            continue;
        QFile stale(dir.filePath(name));
        if (!stale.remove())
            return Text::tr("Wrote the new frames, but cannot remove %1, left from a longer export: %2")
                .arg(QDir::toNativeSeparators(stale.fileName()), stale.errorString());
    }
    return std::nullopt;
}

} // namespace regviz
