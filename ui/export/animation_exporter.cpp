#include "ui/export/animation_exporter.h"

#include "model/descent_player.h"
#include "model/file_io.h"
#include "ui/export/gif_writer.h"
#include "ui/plots/dashboard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>

namespace regviz {

namespace {
/// Puts the player back on the frame it showed when it was made.
class FrameRestorer
{
public:
    explicit FrameRestorer(DescentPlayer *player) : m_player(player), m_frame(player->frame()) {}
    FrameRestorer(const FrameRestorer &) = delete;
    FrameRestorer &operator=(const FrameRestorer &) = delete;
    ~FrameRestorer() { m_player->setFrame(m_frame); }

private:
    DescentPlayer *m_player;
    int m_frame;
};
} // namespace

namespace {
/// This file's translation context. A free tr() would do at run time, but lupdate would file its
/// strings under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AnimationExporter)
};
} // namespace

std::optional<QString> AnimationExporter::exportGif(const QString &path,
                                                    const AnimationOptions &options) const
{
    if (path.isEmpty())
        return Text::tr("No file name was given.");
    if (QFileInfo(path).suffix().compare(QLatin1String("gif"), Qt::CaseInsensitive) != 0)
        return Text::tr("Cannot export to %1: an animation needs the extension .gif.").arg(path);
    if (std::optional<QString> error = checkAnimationOptions(options))
        return error;
    const FigureExporter figure(m_dashboard);
    const QList<int> steps = animationSteps(lastStep(), options.frameCount);
    const FrameRestorer restore(m_player);
    const QSize pixels = figure.renderImage(options.figure).size();
    auto result = writeFileAtomically(path, [&](QIODevice &device) -> std::optional<QString> {
        GifWriter gif;
        if (auto error = gif.open(&device, pixels, options.delayMs))
            return error;
        for (const int step : steps) {
            m_player->setFrame(step);
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
    if (std::optional<QString> error = checkAnimationOptions(options))
        return error;
    const FigureExporter figure(m_dashboard);
    const QList<int> steps = animationSteps(lastStep(), options.frameCount);
    const FrameRestorer restore(m_player);
    const QDir dir(folder);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        m_player->setFrame(steps[i]);
        const QString name = dir.filePath(QStringLiteral("frame_%1.png").arg(i, 4, 10, QLatin1Char('0')));
        if (auto error = figure.exportFigure(name, options.figure))
            return error;
    }
    return removeFramesFrom(dir, steps.size());
}

int AnimationExporter::lastStep() const
{
    // The run the dashboard shows, which the player's range may not have caught up with yet.
    const SceneSnapshot &scene = m_dashboard->scene();
    return scene ? scene->lastFrame() : 0;
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
