#pragma once

#include "model/animation_options.h"
#include "ui/export/figure_exporter.h"

#include <QImage>
#include <QList>

class QDir;

namespace regviz {

class DescentPlayer;

/// Renders descent runs frame by frame through the Dashboard (which must already show the scene) and
/// writes them as a looping GIF or as numbered PNG files. Each file is written atomically. It steps the
/// player the dashboard follows through the frames and puts it back on its frame afterwards.
class AnimationExporter
{
public:
    AnimationExporter(const Dashboard *dashboard, DescentPlayer *player)
        : m_dashboard(dashboard), m_player(player)
    {}

    /// The caption strip's height in pixels under a GIF frame of a figure of this pixel size.
    [[nodiscard]] static int captionHeight(const QSize &figure);

    [[nodiscard]] std::optional<QString> exportGif(const QString &path,
                                                   const AnimationOptions &options) const;
    /// Writes frame_0000.png, frame_0001.png, ... into an existing folder. Frames left there by an
    /// earlier, longer export are removed afterwards, so the folder holds this animation alone; other
    /// files are never touched.
    [[nodiscard]] std::optional<QString> exportFrames(const QString &folder,
                                                      const AnimationOptions &options) const;

private:
    [[nodiscard]] int lastStep() const;
    /// The caption under the frame of this step, from the scene the dashboard shows.
    [[nodiscard]] QString captionFor(int step) const;
    /// The picture with the caption drawn in a strip of that height under it.
    [[nodiscard]] static QImage withCaption(const QImage &picture, int strip, const QString &caption);
    /// Removes frame_NNNN.png files numbered `first` and up.
    [[nodiscard]] static std::optional<QString> removeFramesFrom(const QDir &dir, qsizetype first);

    const Dashboard *m_dashboard;
    DescentPlayer *m_player;
};

} // namespace regviz
