#include "export_test_support.h"
#include "model/descent_player.h"
#include "model/explanations.h"
#include "model/number_format.h"
#include "ui/actions/document_actions.h"
#include "ui/export/animation_exporter.h"
#include "ui/main_window.h"
#include "ui/plots/descent_panel.h"
#include "ui_test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <gtest/gtest.h>
#include <ostream>
#include <string>

using regviz::AnimationExporter;
using regviz::AnimationOptions;

namespace {

using regviz::test::entriesOf;
using regviz::test::ExportTest;
using regviz::test::inkIn;
using regviz::test::readAll;
using regviz::test::str;

// ---- animations --------------------------------------------------------------------------------------

TEST_F(ExportTest, GifHasTheFrameCountSizeDelayAndMovingContent)
{
    const QString file = path(QStringLiteral("descent.gif"));
    AnimationOptions options;
    options.figure = {QString(), QSize(240, 150), 1.0};
    options.frameCount = 5;
    options.delayMs = 70;
    const auto error = animator().exportGif(file, options);
    ASSERT_FALSE(error) << str(*error);

    const QByteArray bytes = readAll(file);
    EXPECT_TRUE(bytes.startsWith("GIF89a"));
    EXPECT_TRUE(bytes.endsWith(";")) << "the GIF trailer";
    // One graphics control block per frame, each with the delay in hundredths of a second.
    const QByteArray control("\x21\xF9\x04", 3);
    int blocks = 0;
    for (qsizetype at = bytes.indexOf(control); at >= 0 && at + 6 < bytes.size();
         at = bytes.indexOf(control, at + 1)) {
        ++blocks;
        // The last frame holds for a delay of its own.
        const int expected = blocks == 5 ? options.holdMs / 10 : 7;
        EXPECT_EQ(static_cast<unsigned char>(bytes[at + 4]) |
                      (static_cast<unsigned char>(bytes[at + 5]) << 8),
                  expected);
    }
    EXPECT_EQ(blocks, 5);
    QImageReader reader(file);
    ASSERT_EQ(reader.format(), QByteArray("gif")) << str(reader.errorString());
    EXPECT_EQ(reader.imageCount(), 5);
    const QSize size(240, 150 + regviz::AnimationExporter::captionHeight(QSize(240, 150)));
    EXPECT_EQ(reader.size(), size) << "the figure and its caption under it";
    EXPECT_EQ(reader.loopCount(), -1) << "loops forever";
    QList<QImage> frames;
    while (reader.canRead()) {
        const QImage frame = reader.read();
        if (frame.isNull())
            break;
        EXPECT_EQ(reader.nextImageDelay(),
                  frames.size() == 4 ? options.holdMs : 70); // of the frame just read
        EXPECT_EQ(frame.size(), size);
        frames << frame.convertToFormat(QImage::Format_RGB32);
    }
    ASSERT_EQ(frames.size(), 5);
    EXPECT_GT(inkIn(frames.front()).coverage, 0.02);
    EXPECT_NE(frames.front(), frames.back()) << "the descent moves between the first and the last step";
}

TEST_F(ExportTest, AConvergedRunHoldsItsLastFrameInsteadOfRepeatingIt)
{
    // Proximal descent on L1 lands on 0 at step 22 of 200: on the regularized panel, every frame after
    // that is the same picture.
    controller.setOptimizer(regviz::Optimizer::Proximal);
    controller.setNoise(0.0);
    scene = controller.scene();
    standalone.show(scene, 0);
    const QString file = path(QStringLiteral("held.gif"));
    AnimationOptions options;
    options.figure = {QStringLiteral("regularized"), QSize(300, 200), 1.0};
    options.frameCount = 60;
    options.delayMs = 50;
    ASSERT_FALSE(animator().exportGif(file, options));
    QImageReader reader(file);
    QList<QImage> frames;
    QList<int> delays;
    while (reader.canRead()) {
        const QImage frame = reader.read();
        if (frame.isNull())
            break;
        frames << frame.convertToFormat(QImage::Format_RGB32);
        delays << reader.nextImageDelay();
    }
    ASSERT_GE(frames.size(), 2);
    EXPECT_LT(frames.size(), 60) << "identical frames were written again";
    for (qsizetype i = 1; i < frames.size(); ++i)
        EXPECT_NE(frames[i], frames[i - 1]) << "frames " << i - 1 << " and " << i << " are the same";
    EXPECT_EQ(delays.back(), options.holdMs);
    // Until the picture stops changing the time is kept (a repeat in between lengthens the frame before
    // it); the repeats at the end are replaced by the hold.
    int total = 0;
    for (qsizetype i = 0; i + 1 < delays.size(); ++i) {
        EXPECT_EQ(delays[i] % options.delayMs, 0) << i;
        total += delays[i];
    }
    EXPECT_GE(total, static_cast<int>(frames.size() - 1) * options.delayMs);
    EXPECT_LT(total, 59 * options.delayMs);

    // The caption is drawn under the figure: its strip is not blank, and a GIF without it is the
    // figure's height alone.
    const int strip = regviz::AnimationExporter::captionHeight(QSize(300, 200));
    const QImage captionStrip = frames.front().copy(0, 200, 300, strip);
    EXPECT_GT(inkIn(captionStrip).coverage, 0.01) << "no caption text";
    options.caption = false;
    const QString bare = path(QStringLiteral("bare.gif"));
    ASSERT_FALSE(animator().exportGif(bare, options));
    EXPECT_EQ(QImageReader(bare).size(), QSize(300, 200));
    EXPECT_EQ(QImageReader(bare).read().convertToFormat(QImage::Format_RGB32),
              frames.front().copy(0, 0, 300, 200))
        << "the caption changes nothing of the figure";
}

TEST_F(ExportTest, CaptionNamesTheStepTheOptimizerLambdaAndEachRunsW)
{
    const QString caption = regviz::frameCaption(*scene, 3, false);
    EXPECT_TRUE(caption.startsWith(QStringLiteral("step 3 of %1").arg(scene->lastFrame()))) << str(caption);
    EXPECT_TRUE(caption.contains(QStringLiteral("gd"))) << str(caption);
    EXPECT_TRUE(caption.contains(QStringLiteral("λ = 0.5"))) << str(caption);
    const double l1 = scene->trace(regviz::Penalty::L1).steps[3].w;
    EXPECT_TRUE(caption.contains(QStringLiteral("L1 w = %1").arg(regviz::formatNumber(l1, 4))))
        << str(caption);
    EXPECT_FALSE(caption.contains(QStringLiteral("EN w"))) << "the elastic net only when shown";
}

TEST_F(ExportTest, GifBackgroundIsExactlyTheFiguresWhite)
{
    // Quantizing to 256 colours once left the background at an average of white and the lightest
    // antialiased pixels (off-white) in a GIF placed next to the PNG on a white page.
    const QString file = path(QStringLiteral("descent.gif"));
    AnimationOptions options;
    options.figure = {QString(), QSize(400, 250), 1.0};
    options.frameCount = 2;
    const auto error = animator().exportGif(file, options);
    ASSERT_FALSE(error) << str(*error);
    QImageReader reader(file);
    const QImage frame = reader.read().convertToFormat(QImage::Format_RGB32);
    ASSERT_FALSE(frame.isNull());
    qint64 white = 0;
    for (int y = 0; y < frame.height(); ++y)
        for (int x = 0; x < frame.width(); ++x)
            white += frame.pixel(x, y) == qRgb(255, 255, 255) ? 1 : 0;
    EXPECT_EQ(frame.pixel(0, 0), qRgb(255, 255, 255));
    EXPECT_GT(static_cast<double>(white) / (frame.width() * frame.height()), 0.5)
        << "most of a figure is its white background";
}

TEST_F(ExportTest, FramesAreNumberedPngFilesOnePerStep)
{
    const QString folder = path(QStringLiteral("frames"));
    ASSERT_TRUE(QDir().mkpath(folder));
    AnimationOptions options;
    options.figure = {QString(), QSize(200, 125), 1.0};
    options.frameCount = 4;
    const auto error = animator().exportFrames(folder, options);
    ASSERT_FALSE(error) << str(*error);

    EXPECT_EQ(entriesOf(folder),
              (QStringList{QStringLiteral("frame_0000.png"), QStringLiteral("frame_0001.png"),
                           QStringLiteral("frame_0002.png"), QStringLiteral("frame_0003.png")}));
    const QImage first(QDir(folder).filePath(QStringLiteral("frame_0000.png")));
    const QImage last(QDir(folder).filePath(QStringLiteral("frame_0003.png")));
    EXPECT_EQ(first.size(), QSize(200, 125));
    EXPECT_EQ(last.size(), QSize(200, 125));
    EXPECT_NE(first, last);
}

TEST_F(ExportTest, FramesOfALongerEarlierExportAreRemovedAndNothingElse)
{
    const QString folder = path(QStringLiteral("frames"));
    ASSERT_TRUE(QDir().mkpath(folder));
    AnimationOptions options;
    options.figure = {QString(), QSize(150, 100), 1.0};
    options.frameCount = 5;
    const auto first = animator().exportFrames(folder, options);
    ASSERT_FALSE(first) << str(*first);
    // The user's own files, some with names close to the frames', stay.
    for (const char *name : {"notes.txt", "frame_final.png", "frame_7.png", "frame_0009.jpg"})
        ASSERT_TRUE(regviz::test::writeBytes(QDir(folder).filePath(QLatin1String(name)), "mine\n"));

    options.frameCount = 2;
    const auto error = animator().exportFrames(folder, options);
    ASSERT_FALSE(error) << str(*error);
    EXPECT_EQ(entriesOf(folder),
              (QStringList{QStringLiteral("frame_0000.png"), QStringLiteral("frame_0001.png"),
                           QStringLiteral("frame_0009.jpg"), QStringLiteral("frame_7.png"),
                           QStringLiteral("frame_final.png"), QStringLiteral("notes.txt")}));
}

TEST_F(ExportTest, FramesStopAtTheLastStepOfAShortRun)
{
    controller.setMaxSteps(3);
    scene = controller.scene();
    ASSERT_EQ(scene->lastFrame(), 3);
    dashboard.showScene(scene);
    const QString folder = path(QStringLiteral("short"));
    ASSERT_TRUE(QDir().mkpath(folder));
    AnimationOptions options;
    options.figure = {QStringLiteral("descent"), QSize(150, 100), 1.0};
    options.frameCount = 10;
    const auto error = animator().exportFrames(folder, options);
    ASSERT_FALSE(error) << str(*error);
    EXPECT_EQ(entriesOf(folder).size(), 4) << str(entriesOf(folder).join(QLatin1Char(' ')));
}

TEST_F(ExportTest, AnimationOptionsOutOfRangeAreRejected)
{
    const QString folder = path(QStringLiteral("frames"));
    ASSERT_TRUE(QDir().mkpath(folder));
    AnimationOptions options;
    options.figure.size = QSize(200, 125);
    options.frameCount = 0;
    auto error = animator().exportGif(path(QStringLiteral("a.gif")), options);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains(QStringLiteral("frame count 0"))) << str(*error);
    options.frameCount = regviz::kMaxAnimationFrames + 1;
    error = animator().exportFrames(folder, options);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains(QStringLiteral("frame count"))) << str(*error);
    options.frameCount = 3;
    options.delayMs = 10;
    error = animator().exportGif(path(QStringLiteral("a.gif")), options);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains(QStringLiteral("delay 10 ms"))) << str(*error);
    options.delayMs = 100;
    error = animator().exportGif(path(QStringLiteral("a.png")), options);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains(QStringLiteral(".gif"))) << str(*error);
    error = animator().exportFrames(path(QStringLiteral("missing")), options);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains(QStringLiteral("missing"))) << str(*error);

    EXPECT_EQ(entriesOf(dir.path()), QStringList{QStringLiteral("frames")}) << "nothing was written";
    EXPECT_TRUE(entriesOf(folder).isEmpty());
}

struct StepsCase
{
    int lastStep;
    int count;
    QList<int> steps;
};

void PrintTo(const StepsCase &c, std::ostream *os)
{
    *os << "lastStep " << c.lastStep << ", count " << c.count;
}

class AnimationSteps : public ::testing::TestWithParam<StepsCase>
{
};

TEST_P(AnimationSteps, SpreadEvenlyWithBothEnds)
{
    EXPECT_EQ(regviz::animationSteps(GetParam().lastStep, GetParam().count), GetParam().steps);
}

INSTANTIATE_TEST_SUITE_P(Animation, AnimationSteps,
                         ::testing::Values(StepsCase{200, 5, {0, 50, 100, 150, 200}},
                                           StepsCase{10, 3, {0, 5, 10}}, StepsCase{7, 2, {0, 7}},
                                           StepsCase{9, 4, {0, 3, 6, 9}}, StepsCase{10, 4, {0, 3, 7, 10}},
                                           StepsCase{3, 10, {0, 1, 2, 3}}, StepsCase{3, 4, {0, 1, 2, 3}},
                                           StepsCase{3, 3, {0, 2, 3}}, StepsCase{10, 1, {0}},
                                           StepsCase{0, 1, {0}}, StepsCase{0, 60, {0}}, StepsCase{10, 0, {}},
                                           StepsCase{-5, 3, {0}}));

TEST(AnimationStepsProperty, StrictlyIncreasingFromZeroToTheLastStep)
{
    for (const int last : {1, 2, 17, 60, 199, 1000}) {
        for (const int count : {2, 3, 7, 60, 199, 1000}) {
            const QList<int> steps = regviz::animationSteps(last, count);
            ASSERT_FALSE(steps.isEmpty());
            EXPECT_EQ(steps.front(), 0);
            EXPECT_EQ(steps.back(), last) << last << " " << count;
            EXPECT_EQ(steps.size(), std::min(count, last + 1)) << last << " " << count;
            for (qsizetype i = 1; i < steps.size(); ++i)
                EXPECT_LT(steps[i - 1], steps[i]) << last << " " << count;
        }
    }
}

TEST_F(ExportTest, GifToABadTargetReturnsAMessageAndCreatesNothing)
{
    AnimationOptions options;
    options.figure.size = QSize(150, 100);
    options.frameCount = 2;
    for (const QString &target :
         {path(QStringLiteral("missing/descent.gif")), QStringLiteral("/proc/regviz-test.gif")}) {
        const auto error = animator().exportGif(target, options);
        ASSERT_TRUE(error) << str(target);
        EXPECT_TRUE(error->contains(target)) << str(*error);
        EXPECT_FALSE(QFileInfo::exists(target));
    }
    EXPECT_TRUE(entriesOf(dir.path()).isEmpty());
}

// ---- through the window ------------------------------------------------------------------------------

class AnimationWindowTest : public regviz::test::WindowTest
{
};

TEST_F(AnimationWindowTest, AnimationExportComesBackToTheFrameTheUserWasOn)
{
    window->player()->setFrame(7);
    regviz::test::settle();
    ASSERT_EQ(window->descentPanel()->frameLineStep(), 7.0);
    AnimationOptions options;
    options.figure.size = QSize(200, 125);
    options.frameCount = 3;
    ASSERT_TRUE(window->documents()->exportGifTo(dir.filePath(QStringLiteral("a.gif")), options));
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("frames"))));
    ASSERT_TRUE(window->documents()->exportFramesTo(dir.filePath(QStringLiteral("frames")), options));
    regviz::test::settle();

    EXPECT_EQ(window->player()->frame(), 7);
    EXPECT_EQ(window->descentPanel()->frameLineStep(), 7.0);
    EXPECT_EQ(QImageReader(dir.filePath(QStringLiteral("a.gif"))).imageCount(), 3);
    EXPECT_EQ(entriesOf(dir.filePath(QStringLiteral("frames"))).size(), 3);
}

} // namespace
