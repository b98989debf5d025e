#include "model/data_export.h"
#include "model/scene_controller.h"
#include "model/scene_setup.h"
#include "regviz/core/moments.h"
#include "ui/actions/document_actions.h"
#include "ui/controls/control_panel.h"
#include "ui/controls/param_slider.h"
#include "ui/main_window.h"
#include "ui/plots/data_panel.h"
#include "ui_test_support.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <gtest/gtest.h>
#include <memory>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace {

using regviz::test::caseName;
using regviz::test::readAll;
using regviz::test::str;
using regviz::test::writeBytes;

std::vector<double> toVector(const Eigen::VectorXd &v)
{
    return {v.data(), v.data() + v.size()};
}

void expectSameMoments(const regviz::Moments &actual, const regviz::Moments &expected)
{
    EXPECT_EQ(actual.sxx, expected.sxx);
    EXPECT_EQ(actual.sxy, expected.sxy);
    EXPECT_EQ(actual.syy, expected.syy);
    EXPECT_EQ(actual.sxe, expected.sxe);
    EXPECT_EQ(actual.see, expected.see);
    EXPECT_EQ(actual.n, expected.n);
}

const QByteArray kGoodCsv("x,y\n0.5,1.25\n-1e-3,2\n3,-4.5\n0.1,0.30000000000000004\n");

regviz::XYData goodData()
{
    regviz::XYData data;
    data.x = Eigen::VectorXd{{0.5, -1e-3, 3.0, 0.1}};
    data.y = Eigen::VectorXd{{1.25, 2.0, -4.5, 0.30000000000000004}};
    return data;
}

TEST(ImportCsvFile, GoodFileGivesExactlyItsRows)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("good.csv"));
    ASSERT_TRUE(writeBytes(file, kGoodCsv));

    const regviz::DataImport imported = regviz::importCsvFile(file);
    ASSERT_TRUE(imported.data) << str(imported.error);
    EXPECT_TRUE(imported.error.isEmpty());
    EXPECT_EQ(toVector(imported.data->x), toVector(goodData().x));
    EXPECT_EQ(toVector(imported.data->y), toVector(goodData().y));
}

struct BadFile
{
    const char *name;
    QByteArray bytes;
    std::vector<const char *> mentions; ///< besides the file's path, which every message names
};

void PrintTo(const BadFile &c, std::ostream *os)
{
    *os << c.name;
}

class ImportCsvFileRejects : public ::testing::TestWithParam<BadFile>
{
};

TEST_P(ImportCsvFileRejects, NamingTheFileAndLine)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("bad.csv"));
    ASSERT_TRUE(writeBytes(file, GetParam().bytes));

    const regviz::DataImport imported = regviz::importCsvFile(file);
    EXPECT_FALSE(imported.data);
    EXPECT_TRUE(imported.error.startsWith(QDir::toNativeSeparators(file))) << str(imported.error);
    for (const char *word : GetParam().mentions)
        EXPECT_TRUE(imported.error.contains(QString::fromUtf8(word)))
            << str(imported.error) << " should mention " << word;
}

INSTANTIATE_TEST_SUITE_P(
    Import, ImportCsvFileRejects,
    ::testing::Values(BadFile{"nonNumberAtLine3", QByteArray("x,y\n1,2\nabc,4\n"), {"line 3", "'abc'"}},
                      BadFile{"thirdColumn", QByteArray("1,2\n3,4,5\n"), {"line 2", "found 3"}},
                      BadFile{"nan", QByteArray("x,y\n1,2\n3,4\nNaN,1\n"), {"line 4", "'NaN'"}},
                      BadFile{"oneRow", QByteArray("x,y\n1,2\n"), {"at least 2"}},
                      BadFile{"empty", QByteArray(), {"at least 2"}},
                      BadFile{"utf16", QByteArray("\xFF\xFEx\0,\0y\0", 8), {"UTF-16"}},
                      // Found by fuzz_csv: x*y overflows, and the curves would all have been NaN.
                      BadFile{"meansOverflow", QByteArray("08,1e308\n-8,1e308\n-1,6E-2\n"), {"too large"}}),
    caseName<BadFile>);

TEST(ImportCsvFile, RefusesAFileOverTheMemoryLimitWithoutReadingIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile huge(file);
        ASSERT_TRUE(huge.open(QIODevice::WriteOnly));
        ASSERT_TRUE(huge.write("x,y\n1,2\n3,4\n") > 0);
        ASSERT_TRUE(huge.resize(8LL * 1024 * 1024)); // sparse: nothing of it is written
    }
    // The limit is what fits in memory (no fixed cap); a file over the limit is refused unread.
    EXPECT_GT(regviz::importByteLimit(), 0);
    const regviz::DataImport imported = regviz::importCsvFile(file, 4LL * 1024 * 1024);
    EXPECT_FALSE(imported.data);
    EXPECT_TRUE(imported.error.contains(QDir::toNativeSeparators(file))) << str(imported.error);
    EXPECT_TRUE(imported.error.contains(QStringLiteral("too large"))) << str(imported.error);
}

TEST(ImportCsvFile, MissingFileAndFolderAreNamed)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    regviz::DataImport imported = regviz::importCsvFile(missing);
    EXPECT_FALSE(imported.data);
    EXPECT_TRUE(imported.error.contains(QDir::toNativeSeparators(missing))) << str(imported.error);
    EXPECT_TRUE(imported.error.contains(QStringLiteral("does not exist"))) << str(imported.error);

    imported = regviz::importCsvFile(dir.path());
    EXPECT_FALSE(imported.data);
    EXPECT_TRUE(imported.error.contains(QStringLiteral("folder"))) << str(imported.error);
}

// ---- through the window ------------------------------------------------------------------------------

class DataWindowTest : public regviz::test::WindowTest
{
protected:
    [[nodiscard]] regviz::ControlPanel *controls() const { return window->controlPanel(); }

    /// The widgets that only mean something for generated data.
    [[nodiscard]] std::vector<std::pair<const char *, QWidget *>> generatorWidgets() const
    {
        return {{"true weight", controls()->trueWeightSlider()},
                {"noise", controls()->noiseSlider()},
                {"samples", controls()->samplesSlider()},
                {"seed", controls()->seedBox()},
                {"new sample", controls()->newSampleButton()}};
    }
};

TEST_F(DataWindowTest, ImportedDataReplacesTheGeneratedDraw)
{
    const regviz::Moments generated = scene()->moments;
    const QString file = path(QStringLiteral("good.csv"));
    ASSERT_TRUE(writeBytes(file, kGoodCsv));
    QSignalSpy source(controller(), &regviz::SceneController::dataSourceChanged);

    ASSERT_TRUE(window->documents()->importData(file));
    regviz::test::settle();

    ASSERT_TRUE(scene()->imported);
    EXPECT_EQ(toVector(scene()->imported->x), toVector(goodData().x));
    EXPECT_EQ(scene()->importedName, QStringLiteral("good.csv"));
    EXPECT_EQ(controller()->importedPath(), file);
    // An import fits an intercept unless the user turns it off: the moments are of the centred rows.
    EXPECT_TRUE(scene()->params.intercept);
    expectSameMoments(scene()->moments, regviz::centredMoments(goodData()));
    EXPECT_NE(scene()->moments.sxx, generated.sxx);
    ASSERT_EQ(source.count(), 1);
    EXPECT_TRUE(source.at(0).at(0).toBool());

    // The scatter shows the imported points, sorted by x as the graph keeps them.
    std::vector<double> ys = regviz::test::valuesOf(window->dataPanel()->pointsGraph());
    EXPECT_EQ(ys, (std::vector<double>{2.0, 0.30000000000000004, 1.25, -4.5}));

    for (const auto &[name, widget] : generatorWidgets())
        EXPECT_FALSE(widget->isEnabled()) << name;
    EXPECT_TRUE(controls()->lambdaSlider()->isEnabled());
    EXPECT_TRUE(controls()->importNote()->isVisible());
}

TEST_F(DataWindowTest, BadImportKeepsThePreviouslyImportedData)
{
    const QString good = path(QStringLiteral("good.csv"));
    ASSERT_TRUE(writeBytes(good, kGoodCsv));
    ASSERT_TRUE(window->documents()->importData(good));
    regviz::test::settle();
    const regviz::SceneSnapshot before = scene();
    ASSERT_TRUE(before->imported);

    const QString bad = path(QStringLiteral("bad.csv"));
    ASSERT_TRUE(writeBytes(bad, "x,y\n1,2\n3,4\n5,6,7\n"));
    QSignalSpy problems(window->documents(), &regviz::DocumentActions::problemShown);
    EXPECT_FALSE(window->documents()->importData(bad));
    regviz::test::settle();

    ASSERT_EQ(problems.count(), 1);
    const QString message = problems.at(0).at(0).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("line 4"))) << str(message);
    EXPECT_TRUE(message.contains(QDir::toNativeSeparators(bad))) << str(message);
    EXPECT_EQ(scene()->imported, before->imported);
    expectSameMoments(scene()->moments, before->moments);
    EXPECT_EQ(controller()->importedPath(), good);
    EXPECT_FALSE(window->findChildren<QMessageBox *>().isEmpty()) << "the problem is shown to the user";
}

TEST_F(DataWindowTest, ClearingImportedDataBringsTheGeneratedDrawBack)
{
    const regviz::Moments generated = scene()->moments;
    const QString file = path(QStringLiteral("good.csv"));
    ASSERT_TRUE(writeBytes(file, kGoodCsv));
    ASSERT_TRUE(window->documents()->importData(file));
    regviz::test::settle();
    ASSERT_TRUE(scene()->imported);

    window->documents()->clearImportedData();
    regviz::test::settle();

    EXPECT_FALSE(scene()->imported);
    EXPECT_TRUE(controller()->importedPath().isEmpty());
    expectSameMoments(scene()->moments, generated);
    for (const auto &[name, widget] : generatorWidgets())
        EXPECT_TRUE(widget->isEnabled()) << name;
    EXPECT_FALSE(controls()->importNote()->isVisible());
    EXPECT_EQ(regviz::test::valuesOf(window->dataPanel()->pointsGraph()).size(),
              static_cast<std::size_t>(regviz::limits::samples.defaultValue));
}

TEST_F(DataWindowTest, ExportedDatasetImportsBackExactly)
{
    controller()->setSamples(500);
    controller()->setSeed(3);
    controller()->setNoise(0.7);
    controller()->setTrueWeight(-1.3);
    regviz::test::settle();
    const regviz::XYData generated = controller()->currentData();
    ASSERT_EQ(generated.size(), 500);

    const QString file = path(QStringLiteral("data.csv"));
    ASSERT_TRUE(window->documents()->exportDataTo(file, regviz::DataExport::Dataset));
    EXPECT_TRUE(readAll(file).startsWith("x,y\n"));
    const regviz::DataImport imported = regviz::importCsvFile(file);
    ASSERT_TRUE(imported.data) << str(imported.error);
    ASSERT_EQ(imported.data->size(), generated.size());
    for (Eigen::Index i = 0; i < generated.size(); ++i) {
        EXPECT_EQ(imported.data->x[i], generated.x[i]) << i;
        EXPECT_EQ(imported.data->y[i], generated.y[i]) << i;
    }

    // Imported back, the scene is the same scene: identical moments.
    ASSERT_TRUE(window->documents()->importData(file));
    regviz::test::settle();
    expectSameMoments(scene()->moments, regviz::centredMoments(generated));
}

TEST_F(DataWindowTest, ExportedDatasetOfImportedDataIsThatData)
{
    const QString file = path(QStringLiteral("good.csv"));
    ASSERT_TRUE(writeBytes(file, kGoodCsv));
    ASSERT_TRUE(window->documents()->importData(file));
    regviz::test::settle();
    const QString out = path(QStringLiteral("out.csv"));
    ASSERT_TRUE(window->documents()->exportDataTo(out, regviz::DataExport::Dataset));
    EXPECT_EQ(readAll(out), QByteArray("x,y\n0.5,1.25\n-0.001,2\n3,-4.5\n0.1,0.30000000000000004\n"));
}

TEST_F(DataWindowTest, ExportedCurvesHaveOneRowPerGridPoint)
{
    regviz::Params p = controller()->params();
    p.gridSize = 101;
    p.wMin = -0.75;
    p.wMax = 1.25;
    p.fixedGrid = true; // a grid of one's own, as a session fixes it
    controller()->setParams(p);
    regviz::test::settle();

    const QString file = path(QStringLiteral("curves.csv"));
    ASSERT_TRUE(window->documents()->exportDataTo(file, regviz::DataExport::Curves));
    const QList<QByteArray> lines = readAll(file).trimmed().split('\n');
    ASSERT_EQ(lines.size(), 102);
    EXPECT_TRUE(lines.front().startsWith("w,mse,l1,l2,")) << lines.front().toStdString();
    const qsizetype columns = lines.front().count(',') + 1;
    EXPECT_EQ(columns, 15);
    for (const QByteArray &line : lines)
        EXPECT_EQ(line.count(',') + 1, columns) << line.toStdString();
    EXPECT_EQ(lines[1].split(',').front().toDouble(), -0.75);
    EXPECT_EQ(lines.back().split(',').front().toDouble(), 1.25);
    // The mse column is exactly the scene's curve.
    EXPECT_EQ(lines[51].split(',')[1].toDouble(), scene()->curves.mse[50]);
}

TEST_F(DataWindowTest, ExportedTraceHasOneRowPerRecordedStep)
{
    controller()->setMaxSteps(40);
    regviz::test::settle();
    const QString file = path(QStringLiteral("trace.csv"));
    ASSERT_TRUE(window->documents()->exportDataTo(file, regviz::DataExport::Trace));
    std::size_t rows = 0;
    for (const regviz::DescentTrace &trace : scene()->traces)
        rows += trace.steps.size();
    EXPECT_EQ(static_cast<std::size_t>(readAll(file).count('\n')), rows + 1U);
}

TEST_F(DataWindowTest, DataExportToABadPlaceShowsTheProblemAndCreatesNothing)
{
    QSignalSpy problems(window->documents(), &regviz::DocumentActions::problemShown);
    const QString missing = path(QStringLiteral("missing/data.csv"));
    EXPECT_FALSE(window->documents()->exportDataTo(missing, regviz::DataExport::Dataset));
    EXPECT_FALSE(window->documents()->exportDataTo(QStringLiteral("/proc/regviz-test.csv"),
                                                   regviz::DataExport::Curves));
    ASSERT_EQ(problems.count(), 2);
    EXPECT_TRUE(problems.at(0).at(0).toString().contains(QDir::toNativeSeparators(missing)));
    EXPECT_TRUE(problems.at(1).at(0).toString().contains(QStringLiteral("/proc/regviz-test.csv")));
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
    EXPECT_FALSE(QFile::exists(QStringLiteral("/proc/regviz-test.csv")));
}

} // namespace
