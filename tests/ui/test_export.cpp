#include "export_test_support.h"
#include "model/descent_player.h"
#include "model/panel_names.h"
#include "model/scene_controller.h"
#include "ui/actions/document_actions.h"
#include "ui/export/animation_exporter.h"
#include "ui/export/figure_exporter.h"
#include "ui/main_window.h"
#include "ui/plots/dashboard.h"
#include "ui/plots/data_panel.h"
#include "ui/plots/descent_panel.h"
#include "ui/plots/plot_panel.h"
#include "ui_test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <memory>
#include <ostream>
#include <string>

using regviz::AnimationExporter;
using regviz::AnimationOptions;

using regviz::FigureExporter;
using regviz::FigureOptions;

namespace {

using regviz::test::caseName;
using regviz::test::entriesOf;
using regviz::test::ExportTest;
using regviz::test::Ink;
using regviz::test::inkIn;
using regviz::test::readAll;
using regviz::test::str;
using regviz::test::writeBytes;

// ---- PNG ---------------------------------------------------------------------------------------------

TEST_F(ExportTest, PngHasSizeTimesScalePixelsAndIsDrawnOnEverywhere)
{
    const QString file = path(QStringLiteral("figure.png"));
    const auto error = FigureExporter(&dashboard).exportFigure(file, {QString(), QSize(800, 500), 2.0});
    ASSERT_FALSE(error) << str(*error);

    QImageReader reader(file);
    EXPECT_EQ(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    ASSERT_FALSE(image.isNull()) << str(reader.errorString());
    EXPECT_EQ(image.size(), QSize(1600, 1000));

    const Ink whole = inkIn(image);
    EXPECT_GT(whole.colours, 50) << "curves, text and antialiasing give many colours";
    EXPECT_GT(whole.coverage, 0.02);
    EXPECT_LT(whole.coverage, 0.9) << "the background is white";
    // Every quarter of the figure shows the scene: each differs from the same quarter of a dashboard that
    // was given no scene (axes and titles alone), so a figure that drew only some panels fails.
    const regviz::test::StandaloneDashboard empty;
    const QImage bare = FigureExporter(&empty.dashboard).renderImage({QString(), QSize(800, 500), 2.0});
    const int w = image.width() / 2;
    const int h = image.height() / 2;
    for (const QRect &quarter : {QRect(0, 0, w, h), QRect(w, 0, w, h), QRect(0, h, w, h), QRect(w, h, w, h)})
        EXPECT_NE(image.copy(quarter).convertToFormat(QImage::Format_ARGB32),
                  bare.copy(quarter).convertToFormat(QImage::Format_ARGB32))
            << quarter.x() << "," << quarter.y() << " shows no scene";
}

TEST_F(ExportTest, RenderedImageSizeFollowsTheScale)
{
    const FigureExporter exporter(&dashboard);
    EXPECT_EQ(exporter.renderImage({QString(), QSize(800, 500), 1.0}).size(), QSize(800, 500));
    EXPECT_EQ(exporter.renderImage({QString(), QSize(800, 500), 0.5}).size(), QSize(400, 250));
    EXPECT_EQ(exporter.renderImage({QString(), QSize(333, 222), 1.5}).size(), QSize(500, 333));
    EXPECT_EQ(exporter.renderImage({QStringLiteral("l1"), QSize(300, 200), 3.0}).size(), QSize(900, 600));
}

TEST_F(ExportTest, EachPanelExportsAloneAndLooksDifferent)
{
    const FigureExporter exporter(&dashboard);
    const regviz::test::StandaloneDashboard empty;
    const QSize size(400, 300);
    QList<QImage> images;
    for (const QString &name : regviz::panelNames()) {
        const QString file = path(name + QStringLiteral(".png"));
        const auto error = exporter.exportFigure(file, {name, size, 1.0});
        ASSERT_FALSE(error) << str(name) << ": " << str(*error);
        const QImage image(file);
        ASSERT_EQ(image.size(), size) << str(name);
        const Ink ink = inkIn(image);
        EXPECT_GT(ink.coverage, 0.02) << str(name);
        EXPECT_GT(ink.colours, 20) << str(name);
        EXPECT_NE(image.convertToFormat(QImage::Format_ARGB32), FigureExporter(&empty.dashboard)
                                                                    .renderImage({name, size, 1.0})
                                                                    .convertToFormat(QImage::Format_ARGB32))
            << str(name) << " shows no more than a panel without a scene";
        images << image.convertToFormat(QImage::Format_ARGB32);
    }
    const QImage whole = exporter.renderImage({QString(), size, 1.0}).convertToFormat(QImage::Format_ARGB32);
    for (qsizetype i = 0; i < images.size(); ++i) {
        EXPECT_NE(images[i], whole) << str(regviz::panelNames()[i]) << " drew the dashboard";
        for (qsizetype j = i + 1; j < images.size(); ++j)
            EXPECT_NE(images[i], images[j])
                << str(regviz::panelNames()[i]) << " and " << str(regviz::panelNames()[j]) << " are the same";
    }
}

TEST_F(ExportTest, HiddenDashboardDrawsTheLatestScene)
{
    // The dashboard is never shown, so panels put drawing off; the figure must still be the newest scene.
    controller.setLambda(2.0);
    controller.setTrueWeight(-1.5);
    const regviz::SceneSnapshot newer = controller.scene();
    standalone.show(newer, 3);
    const FigureOptions options{QString(), QSize(600, 400), 1.0};
    const QImage updated = FigureExporter(&dashboard).renderImage(options);

    regviz::test::StandaloneDashboard fresh;
    fresh.show(newer, 3);
    EXPECT_EQ(updated, FigureExporter(&fresh.dashboard).renderImage(options));

    regviz::test::StandaloneDashboard old;
    old.show(scene, 3);
    EXPECT_NE(updated, FigureExporter(&old.dashboard).renderImage(options));
}

// ---- options -----------------------------------------------------------------------------------------

struct BadOptions
{
    const char *name;
    FigureOptions options;
    const char *mentions;
};

void PrintTo(const BadOptions &c, std::ostream *os)
{
    *os << c.name;
}

class FigureOptionsRejected : public ::testing::TestWithParam<BadOptions>
{
};

TEST_P(FigureOptionsRejected, WithAMessage)
{
    const auto error = regviz::checkFigureOptions(GetParam().options);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains(QString::fromUtf8(GetParam().mentions))) << str(*error);
}

INSTANTIATE_TEST_SUITE_P(
    Figure, FigureOptionsRejected,
    ::testing::Values(
        BadOptions{"unknownPanel", {QStringLiteral("nope"), QSize(800, 500), 1.0}, "\"nope\""},
        BadOptions{"panelListsTheNames", {QStringLiteral("L1"), QSize(800, 500), 1.0}, "regularized"},
        BadOptions{"tooNarrow", {QString(), QSize(99, 500), 1.0}, "99x500"},
        BadOptions{"tooShort", {QString(), QSize(500, 10), 1.0}, "500x10"},
        BadOptions{"tooWide", {QString(), QSize(8001, 500), 1.0}, "8001x500"},
        BadOptions{"emptySize", {QString(), QSize(), 1.0}, "outside"},
        BadOptions{"scaleTooSmall", {QString(), QSize(800, 500), 0.4}, "0.4"},
        BadOptions{"scaleTooLarge", {QString(), QSize(800, 500), 9.0}, "9"},
        BadOptions{
            "scaleNaN", {QString(), QSize(800, 500), std::numeric_limits<double>::quiet_NaN()}, "scale"},
        BadOptions{
            "scaleInfinite", {QString(), QSize(800, 500), std::numeric_limits<double>::infinity()}, "scale"}),
    caseName<BadOptions>);

TEST(FigureOptions, LimitsAreInclusive)
{
    EXPECT_FALSE(regviz::checkFigureOptions({QString(), QSize(100, 100), 0.5}));
    EXPECT_FALSE(regviz::checkFigureOptions({QString(), QSize(8000, 8000), 4.0}));
    for (const QString &name : regviz::panelNames())
        EXPECT_FALSE(regviz::checkFigureOptions({name, QSize(800, 500), 1.0})) << str(name);
}

TEST(FigureFormat, FollowsTheExtension)
{
    EXPECT_EQ(regviz::figureFormatFor(QStringLiteral("a.png")), regviz::FigureFormat::Png);
    EXPECT_EQ(regviz::figureFormatFor(QStringLiteral("dir.x/a.PDF")), regviz::FigureFormat::Pdf);
    EXPECT_EQ(regviz::figureFormatFor(QStringLiteral("a.b.Svg")), regviz::FigureFormat::Svg);
    EXPECT_FALSE(regviz::figureFormatFor(QStringLiteral("a.bmp")));
    EXPECT_FALSE(regviz::figureFormatFor(QStringLiteral("png")));
    EXPECT_FALSE(regviz::figureFormatFor(QStringLiteral("a.png.txt")));
}

// ---- PDF and SVG -------------------------------------------------------------------------------------

TEST_F(ExportTest, PdfIsAOnePageDocumentOfTheRequestedSize)
{
    const QString file = path(QStringLiteral("figure.pdf"));
    const auto error = FigureExporter(&dashboard).exportFigure(file, {QString(), QSize(800, 500), 1.0});
    ASSERT_FALSE(error) << str(*error);

    const QByteArray pdf = readAll(file);
    EXPECT_TRUE(pdf.startsWith("%PDF-")) << pdf.left(16).toStdString();
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF")) << pdf.right(16).toStdString();
    const QString text = QString::fromLatin1(pdf);
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![A-Za-z])"));
    EXPECT_EQ(text.count(page), 1);
    EXPECT_GT(pdf.size(), 2000) << "a figure, not an empty page";

    const QString pdfinfo = QStringLiteral("/usr/bin/pdfinfo");
    if (!QFileInfo::exists(pdfinfo))
        return; // the structural checks above are all that can be done here
    QProcess process;
    process.start(pdfinfo, {file});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")))) << str(info);
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+800 x 500 pts"))))
        << str(info);
}

TEST_F(ExportTest, SvgIsValidXmlWithAnSvgRootAndTheRequestedSize)
{
    const QString file = path(QStringLiteral("figure.svg"));
    const auto error =
        FigureExporter(&dashboard).exportFigure(file, {QStringLiteral("regularized"), QSize(640, 400), 1.0});
    ASSERT_FALSE(error) << str(*error);

    const QSvgRenderer renderer(file);
    EXPECT_TRUE(renderer.isValid());
    EXPECT_EQ(renderer.viewBox(), QRect(0, 0, 640, 400));

    QXmlStreamReader xml(readAll(file));
    QString root;
    int drawn = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root.isEmpty())
            root = xml.name().toString();
        if (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline") ||
            xml.name() == QLatin1String("text"))
            ++drawn;
    }
    EXPECT_FALSE(xml.hasError()) << str(xml.errorString()) << " at line " << xml.lineNumber();
    EXPECT_EQ(root, QStringLiteral("svg"));
    EXPECT_GT(drawn, 10) << "curves, axes and labels are drawn as vector elements";
}

TEST_F(ExportTest, TheDashboardSvgDrawsItsMarkersAsShapesNotBitmaps)
{
    // The data cloud and every marker were 6x6 pixmaps, each an <image> in the file (732 of them).
    const QString file = path(QStringLiteral("dashboard.svg"));
    ASSERT_FALSE(FigureExporter(&dashboard).exportFigure(file, {QString(), QSize(1600, 1000), 1.0}));
    const QByteArray svg = readAll(file);
    ASSERT_FALSE(svg.isEmpty());
    EXPECT_EQ(svg.count("<image"), 0);
    // The same dashboard as a PNG still has its markers, and the window's plots keep their pixmaps.
    const QImage png = FigureExporter(&dashboard).renderImage({QString(), QSize(800, 500), 1.0});
    EXPECT_GT(inkIn(png).coverage, 0.02);
    const auto *points = dashboard.dataPanel()->plot()->graph(0);
    ASSERT_NE(points, nullptr);
    EXPECT_FALSE(points->scatterStyle().pixmap().isNull()) << "the screen keeps its cached marker pixmaps";
}

// ---- existing files and bad targets ------------------------------------------------------------------

TEST_F(ExportTest, FailedExportLeavesAnExistingFileUntouched)
{
    const QByteArray known("known bytes, not an image\n");
    const QString png = path(QStringLiteral("keep.png"));
    const QString gif = path(QStringLiteral("keep.gif"));
    ASSERT_TRUE(writeBytes(png, known));
    ASSERT_TRUE(writeBytes(gif, known));
    const FigureExporter exporter(&dashboard);

    EXPECT_TRUE(exporter.exportFigure(png, {QStringLiteral("nope"), QSize(400, 300), 1.0}));
    EXPECT_TRUE(exporter.exportFigure(png, {QString(), QSize(10, 10), 1.0}));
    EXPECT_TRUE(exporter.exportFigure(png, {QString(), QSize(400, 300), 9.0}));
    AnimationOptions bad;
    bad.figure.size = QSize(200, 125);
    bad.frameCount = 0;
    EXPECT_TRUE(animator().exportGif(gif, bad));

    EXPECT_EQ(readAll(png), known);
    EXPECT_EQ(readAll(gif), known);
    EXPECT_EQ(entriesOf(dir.path()), (QStringList{QStringLiteral("keep.gif"), QStringLiteral("keep.png")}));
}

TEST_F(ExportTest, SuccessfulExportReplacesAnExistingFileAndLeavesNoTemporaryFile)
{
    const QString png = path(QStringLiteral("figure.png"));
    const QString gif = path(QStringLiteral("descent.gif"));
    ASSERT_TRUE(writeBytes(png, QByteArray(100000, 'x'))); // larger than the new file: it must shrink
    ASSERT_TRUE(writeBytes(gif, QByteArray("old")));

    ASSERT_FALSE(FigureExporter(&dashboard).exportFigure(png, {QString(), QSize(300, 200), 1.0}));
    AnimationOptions options;
    options.figure.size = QSize(150, 100);
    options.frameCount = 2;
    ASSERT_FALSE(animator().exportGif(gif, options));

    EXPECT_EQ(QImage(png).size(), QSize(300, 200));
    EXPECT_FALSE(readAll(png).contains("xxxx"));
    EXPECT_EQ(QImageReader(gif).imageCount(), 2);
    EXPECT_EQ(entriesOf(dir.path()),
              (QStringList{QStringLiteral("descent.gif"), QStringLiteral("figure.png")}));
}

struct BadTarget
{
    const char *name;
    QString target;                ///< relative to the test folder unless absolute
    QList<QLatin1String> mentions; ///< each must appear in the message ("$" stands for the target path)
};

void PrintTo(const BadTarget &c, std::ostream *os)
{
    *os << c.name;
}

class FigureBadTarget : public ExportTest, public ::testing::WithParamInterface<BadTarget>
{
};

TEST_P(FigureBadTarget, ReturnsAMessageAndCreatesNothing)
{
    ASSERT_TRUE(writeBytes(path(QStringLiteral("file.txt")), "a regular file\n"));
    const QString target =
        QDir::isAbsolutePath(GetParam().target) ? GetParam().target : path(GetParam().target);

    const auto error = FigureExporter(&dashboard).exportFigure(target, {QString(), QSize(300, 200), 1.0});

    ASSERT_TRUE(error) << str(target) << " was accepted";
    EXPECT_FALSE(error->isEmpty());
    for (const QLatin1String &word : GetParam().mentions) {
        const QString expected =
            word == QLatin1String("$") ? QDir::toNativeSeparators(target) : QString(word);
        EXPECT_TRUE(error->contains(expected)) << str(*error) << " should mention " << str(expected);
    }
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_EQ(entriesOf(dir.path()), QStringList{QStringLiteral("file.txt")});
    EXPECT_EQ(readAll(path(QStringLiteral("file.txt"))), QByteArray("a regular file\n"));
}

INSTANTIATE_TEST_SUITE_P(
    Figure, FigureBadTarget,
    ::testing::Values(
        BadTarget{"missingFolder",
                  QStringLiteral("missing/figure.png"),
                  {QLatin1String("$"), QLatin1String("does not exist")}},
        BadTarget{"unwritableLocation", QStringLiteral("/proc/regviz-test.png"), {QLatin1String("$")}},
        BadTarget{"parentIsAFile", QStringLiteral("file.txt/figure.png"), {QLatin1String("$")}},
        BadTarget{"unknownExtension",
                  QStringLiteral("figure.bmp"),
                  {QLatin1String("figure.bmp"), QLatin1String(".png, .pdf or .svg")}},
        BadTarget{"noExtension", QStringLiteral("figure"), {QLatin1String(".png")}}),
    caseName<BadTarget>);

// ---- through the window ------------------------------------------------------------------------------

class WindowExportTest : public regviz::test::WindowTest
{
};

TEST_F(WindowExportTest, PanelOnAHiddenPageExportsTheCurrentScene)
{
    // The path panel is on a page the window does not show, so it puts drawing off until exported.
    regviz::PlotPanel *path = window->dashboard()->panel(QStringLiteral("path"));
    ASSERT_NE(path, nullptr);
    ASSERT_FALSE(path->isVisible());
    const FigureOptions options{QStringLiteral("path"), QSize(400, 300), 1.0};
    const FigureExporter exporter(window->dashboard());
    const QImage before = exporter.renderImage(options);

    window->controller()->setLambda(3.0);
    regviz::test::settle();
    const QImage after = exporter.renderImage(options);
    EXPECT_NE(after, before) << "the lambda line moved";

    regviz::test::StandaloneDashboard fresh;
    fresh.show(window->controller()->scene(), window->player()->frame());
    EXPECT_EQ(after, FigureExporter(&fresh.dashboard).renderImage(options));
}

TEST_F(WindowExportTest, FigureOfTheWindowMatchesTheSizeAndProblemsAreShown)
{
    const QString good = dir.filePath(QStringLiteral("window.png"));
    EXPECT_TRUE(window->documents()->exportFigureTo(good, {QStringLiteral("mse"), QSize(500, 300), 2.0}));
    EXPECT_EQ(QImage(good).size(), QSize(1000, 600));

    QSignalSpy problems(window->documents(), &regviz::DocumentActions::problemShown);
    const QString bad = dir.filePath(QStringLiteral("missing/window.png"));
    EXPECT_FALSE(window->documents()->exportFigureTo(bad, {QString(), QSize(500, 300), 1.0}));
    ASSERT_EQ(problems.count(), 1);
    EXPECT_TRUE(problems.at(0).at(0).toString().contains(QDir::toNativeSeparators(bad)))
        << str(problems.at(0).at(0).toString());
    EXPECT_FALSE(window->findChildren<QMessageBox *>().isEmpty()) << "the problem is shown to the user";
    EXPECT_EQ(entriesOf(dir.path()), QStringList{QStringLiteral("window.png")});
}

} // namespace
