#pragma once

#include "model/descent_player.h"
#include "model/view_state.h"

// What the export tests share: a dashboard fed by a controller as the headless export uses it, and
// ways to look at what was written.

#include "model/scene_controller.h"
#include "ui/export/animation_exporter.h"
#include "ui/plots/dashboard.h"

#include <QDir>
#include <QImage>
#include <QRect>
#include <QSet>
#include <QSize>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <ostream>

// gtest finds PrintTo by argument-dependent lookup, so for QSize it lives in the global namespace.
inline void PrintTo(const QSize &size, std::ostream *os)
{
    *os << size.width() << "x" << size.height();
}

namespace regviz::test {

/// Everything in a folder, hidden files included: an export must leave no temporary file behind.
inline QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

/// How much of a region is drawn on: the share of pixels that are not white, and the distinct colours.
struct Ink
{
    double coverage = 0.0;
    qsizetype colours = 0;
};

inline Ink inkIn(const QImage &image, const QRect &region)
{
    QSet<QRgb> colours;
    qint64 drawn = 0;
    qint64 total = 0;
    const QRect r = region.intersected(image.rect());
    // Every second pixel each way: plenty to tell a drawn figure from a blank one, at a quarter of the cost.
    for (int y = r.top(); y <= r.bottom(); y += 2) {
        for (int x = r.left(); x <= r.right(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            drawn += (qRed(pixel) < 250 || qGreen(pixel) < 250 || qBlue(pixel) < 250) ? 1 : 0;
            ++total;
        }
    }
    const auto share = [total](qint64 count) {
        return total > 0 ? static_cast<double>(count) / static_cast<double>(total) : 0.0;
    };
    return {share(drawn), colours.size()};
}

inline Ink inkIn(const QImage &image)
{
    return inkIn(image, image.rect());
}

/// A dashboard that is never shown, with a view state and a descent player of its own, as the headless
/// export builds one.
struct StandaloneDashboard
{
    regviz::ViewState view;
    regviz::DescentPlayer player;
    regviz::Dashboard dashboard{&view, &player};

    /// Shows the scene at this descent step.
    void show(const regviz::SceneSnapshot &scene, int frame)
    {
        dashboard.showScene(scene);
        player.setLastFrame(scene->lastFrame());
        player.setFrame(frame);
    }
};

/// A dashboard that is never shown, fed by a controller, as the headless export uses it.
class ExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        controller.setNoise(0.3);
        scene = controller.scene();
        standalone.show(scene, scene->lastFrame() / 2);
    }

    [[nodiscard]] QString path(const QString &name) const { return dir.filePath(name); }
    [[nodiscard]] regviz::AnimationExporter animator() { return {&dashboard, &standalone.player}; }

    QTemporaryDir dir;
    regviz::SceneController controller;
    StandaloneDashboard standalone;
    regviz::Dashboard &dashboard = standalone.dashboard;
    regviz::SceneSnapshot scene;
};

} // namespace regviz::test
