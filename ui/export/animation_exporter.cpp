#include "ui/export/animation_exporter.h"

#include "model/descent_player.h"
#include "model/explanations.h"
#include "model/file_io.h"
#include "model/view_state.h"
#include "ui/export/gif_writer.h"
#include "ui/plots/dashboard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QRegularExpression>
#include <algorithm>
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
    const QImage first = figure.renderImage(options.figure);
    const int strip = options.caption ? captionHeight(first.size()) : 0;
    const QSize pixels(first.width(), first.height() + strip);
    auto result = writeFileAtomically(path, [&](QIODevice &device) -> std::optional<QString> {
        GifWriter gif;
        if (auto error = gif.open(&device, pixels, options.delayMs))
            return error;
        // A frame whose picture is the one before (a run that has converged) is not written again: the
        // one before shows that much longer, and the last one holds for a delay of its own.
        QImage pendingPicture;
        QImage pendingFrame;
        int pendingDelay = 0;
        for (const int step : steps) {
            m_player->setFrame(step);
            QImage picture = figure.renderImage(options.figure);
            if (!pendingPicture.isNull() && picture == pendingPicture) {
                pendingDelay += options.delayMs;
                continue;
            }
            if (!pendingFrame.isNull())
                if (auto error = gif.addFrame(pendingFrame, pendingDelay))
                    return error;
            pendingFrame = options.caption ? withCaption(picture, strip, captionFor(step)) : picture;
            pendingPicture = std::move(picture);
            pendingDelay = options.delayMs;
        }
        if (auto error = gif.addFrame(pendingFrame, options.holdMs))
            return error;
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

QString AnimationExporter::captionFor(int step) const
{
    const SceneSnapshot &scene = m_dashboard->scene();
    return scene ? frameCaption(*scene, step, m_dashboard->view()->options().showElastic) : QString();
}

int AnimationExporter::captionHeight(const QSize &figure)
{
    // Big enough to read on a slide: a fortieth of the figure's height, never under 16 pixels.
    return std::max(16, figure.height() / 40) * 3 / 2;
}

QImage AnimationExporter::withCaption(const QImage &picture, int strip, const QString &caption)
{
    QImage frame(picture.width(), picture.height() + strip, QImage::Format_RGB32);
    // The caption is drawn on the figure's own background, in a colour that stands out from it.
    const QColor background = picture.pixelColor(0, 0);
    frame.fill(background);
    QPainter painter(&frame);
    painter.drawImage(0, 0, picture);
    QFont font = painter.font();
    font.setPixelSize(strip * 2 / 3);
    painter.setFont(font);
    painter.setPen(background.lightness() < 128 ? Qt::white : Qt::black);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRect line(strip / 3, picture.height(), picture.width() - 2 * (strip / 3), strip);
    painter.drawText(line, Qt::AlignVCenter | Qt::AlignLeft,
                     painter.fontMetrics().elidedText(caption, Qt::ElideRight, line.width()));
    return frame;
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
