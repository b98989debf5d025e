#include "model/session.h"
#include "process_support.h"
#include "regviz/core/csv.h"
#include "regviz/core/dataset.h"
#include "regviz/core/moments.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <string>
#include <string_view>

// These run the real regviz executable to write files, the way a script does, with no display at all.
// Exit codes: 0 when every file was written, 1 when one could not be written, 2 for bad input.

namespace {

using regviz::test::ProcessRun;
using regviz::test::runRegviz;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

regviz::CsvParseResult parseCsv(const QByteArray &bytes)
{
    return regviz::parseXYCsv(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

class ExportProcess : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    [[nodiscard]] QString path(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
};

TEST_F(ExportProcess, FigureHasSizeTimesScalePixels)
{
    const QString png = path(QStringLiteral("out.png"));
    const ProcessRun run =
        runRegviz({QStringLiteral("--export"), png, QStringLiteral("--size"), QStringLiteral("640x400"),
                   QStringLiteral("--scale"), QStringLiteral("2")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(1280, 800));
    EXPECT_EQ(entriesOf(dir.path()), QStringList{QStringLiteral("out.png")}) << "no temporary file is left";
}

TEST_F(ExportProcess, GifHasOneFramePerRequestedFrame)
{
    const QString gif = path(QStringLiteral("descent.gif"));
    const ProcessRun run =
        runRegviz({QStringLiteral("--export-gif"), gif, QStringLiteral("--frames"), QStringLiteral("4"),
                   QStringLiteral("--size"), QStringLiteral("200x125")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray bytes = readAll(gif);
    EXPECT_TRUE(bytes.startsWith("GIF89a"));
    EXPECT_TRUE(bytes.endsWith(";"));
    // Width and height, little-endian, right after the signature.
    ASSERT_GT(bytes.size(), 10);
    EXPECT_EQ(static_cast<unsigned char>(bytes[6]) | (static_cast<unsigned char>(bytes[7]) << 8), 200);
    // The figure's 125, and the caption strip under it: 1.5 x a 16-pixel line (the smallest).
    EXPECT_EQ(static_cast<unsigned char>(bytes[8]) | (static_cast<unsigned char>(bytes[9]) << 8), 125 + 24);
    EXPECT_EQ(bytes.count(QByteArray("\x21\xF9\x04", 3)), 4) << "one graphics control block per frame";
}

TEST_F(ExportProcess, DataCurvesAndTraceAreWrittenExactly)
{
    const QString data = path(QStringLiteral("data.csv"));
    const QString curves = path(QStringLiteral("curves.csv"));
    const QString trace = path(QStringLiteral("trace.csv"));
    const ProcessRun run = runRegviz(
        {QStringLiteral("--export-data"), data, QStringLiteral("--export-curves"), curves,
         QStringLiteral("--export-trace"), trace, QStringLiteral("--samples"), QStringLiteral("50"),
         QStringLiteral("--noise"), QStringLiteral("0.2"), QStringLiteral("--steps"), QStringLiteral("30")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    const regviz::CsvParseResult parsed = parseCsv(readAll(data));
    ASSERT_TRUE(parsed.data) << parsed.error->message;
    const regviz::Dataset draw = regviz::generateDataset(regviz::limits::seed.defaultValue, 50);
    const Eigen::VectorXd y = regviz::responses(draw, regviz::limits::trueWeight.defaultValue, 0.2);
    ASSERT_EQ(parsed.data->size(), 50);
    for (Eigen::Index i = 0; i < 50; ++i) {
        EXPECT_EQ(parsed.data->x[i], draw.x[i]) << i;
        EXPECT_EQ(parsed.data->y[i], y[i]) << i;
    }
    EXPECT_EQ(readAll(curves).count('\n'), regviz::limits::gridSize.defaultValue + 1);
    EXPECT_TRUE(readAll(trace).startsWith("penalty,step,w,"));
    EXPECT_GT(readAll(trace).count('\n'), 30);
}

TEST_F(ExportProcess, MissingFolderExitsWithOneAndCreatesNothing)
{
    const QString target = path(QStringLiteral("missing/out.png"));
    const ProcessRun run = runRegviz({QStringLiteral("--export"), target});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QDir::toNativeSeparators(target).toLocal8Bit())) << run.err.toStdString();
    EXPECT_TRUE(entriesOf(dir.path()).isEmpty());
}

TEST_F(ExportProcess, BadInputExitsWithTwoAndLeavesAnExistingFileUntouched)
{
    const QByteArray known("known bytes\n");
    const QString existing = path(QStringLiteral("existing.png"));
    ASSERT_TRUE(writeBytes(existing, known));
    const QString badCsv = path(QStringLiteral("bad.csv"));
    ASSERT_TRUE(writeBytes(badCsv, "x,y\n1,2\n3,oops\n"));

    // A data file that cannot be read is bad input: found before anything is drawn.
    ProcessRun run = runRegviz({QStringLiteral("--export"), existing, QStringLiteral("--data"), badCsv});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("line 3")) << run.err.toStdString();
    run = runRegviz(
        {QStringLiteral("--export"), existing, QStringLiteral("--data"), path(QStringLiteral("no.csv"))});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("no.csv")) << run.err.toStdString();
    // A bad option is found while parsing.
    run =
        runRegviz({QStringLiteral("--export"), existing, QStringLiteral("--size"), QStringLiteral("50x50")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("--size")) << run.err.toStdString();

    EXPECT_EQ(readAll(existing), known);
    EXPECT_EQ(entriesOf(dir.path()),
              (QStringList{QStringLiteral("bad.csv"), QStringLiteral("existing.png")}));
}

TEST_F(ExportProcess, WriteFailureExitsWithOneAndStopsBeforeLaterFiles)
{
    // The dataset is written before the curves; it cannot be, so the existing curves file stays as it was.
    const QByteArray known("known bytes\n");
    const QString existing = path(QStringLiteral("curves.csv"));
    ASSERT_TRUE(writeBytes(existing, known));
    const ProcessRun run =
        runRegviz({QStringLiteral("--export-data"), QStringLiteral("/proc/regviz-test.csv"),
                   QStringLiteral("--export-curves"), existing});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("/proc/regviz-test.csv")) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(QStringLiteral("/proc/regviz-test.csv")));
    EXPECT_EQ(readAll(existing), known);
    EXPECT_EQ(entriesOf(dir.path()), QStringList{QStringLiteral("curves.csv")});
}

QJsonObject reportOf(const QStringList &arguments)
{
    const ProcessRun run = runRegviz(QStringList{QStringLiteral("--report")} + arguments);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    return doc.object();
}

TEST_F(ExportProcess, SessionWithAnOverrideIsReported)
{
    regviz::Session s;
    s.params.lambda = 0.3;
    s.params.noise = 0.8;
    s.params.samples = 100;
    s.params.seed = 7;
    s.descent.eta = 0.25;
    const QString file = path(QStringLiteral("noisy.json"));
    ASSERT_TRUE(writeBytes(file, regviz::sessionToJson(s)));

    const QJsonObject r = reportOf({file, QStringLiteral("--lambda"), QStringLiteral("1.2")});
    const QJsonObject p = r[QStringLiteral("params")].toObject();
    EXPECT_EQ(p[QStringLiteral("lambda")].toDouble(), 1.2) << "the option wins over the session";
    EXPECT_EQ(p[QStringLiteral("noise")].toDouble(), 0.8);
    EXPECT_EQ(p[QStringLiteral("samples")].toInt(), 100);
    EXPECT_EQ(p[QStringLiteral("seed")].toInt(), 7);
    EXPECT_EQ(r[QStringLiteral("descent")].toObject()[QStringLiteral("eta")].toDouble(), 0.25);

    const regviz::Moments m = regviz::computeMoments(regviz::generateDataset(7, 100), 0.5, 0.8);
    // Seed 7 and n = 100 come from the session: the report's data are that draw (the app rescales moments
    // of the draw, so the last bits may differ from computing them directly).
    EXPECT_DOUBLE_EQ(r[QStringLiteral("moments")].toObject()[QStringLiteral("sxy")].toDouble(), m.sxy);
    EXPECT_DOUBLE_EQ(r[QStringLiteral("moments")].toObject()[QStringLiteral("see")].toDouble(), m.see);
}

TEST_F(ExportProcess, ReportOfImportedDataUsesItsMoments)
{
    const QString csv = path(QStringLiteral("measured.csv"));
    ASSERT_TRUE(writeBytes(csv, "x,y\n-1,-0.4\n-0.5,-0.1\n0.25,0.2\n1,0.55\n2,0.9\n"));
    const regviz::CsvParseResult parsed = parseCsv(readAll(csv));
    ASSERT_TRUE(parsed.data);
    // --data fits an intercept: the report's moments are of the centred rows.
    const regviz::Moments expected = regviz::centredMoments(*parsed.data);

    const QJsonObject r = reportOf({QStringLiteral("--data"), csv});
    EXPECT_TRUE(r[QStringLiteral("intercept")].toObject()[QStringLiteral("fitted")].toBool());
    const QJsonObject m = r[QStringLiteral("moments")].toObject();
    EXPECT_EQ(m[QStringLiteral("n")].toInt(), 5);
    EXPECT_EQ(m[QStringLiteral("sxx")].toDouble(), expected.sxx);
    EXPECT_EQ(m[QStringLiteral("sxy")].toDouble(), expected.sxy);
    EXPECT_EQ(m[QStringLiteral("syy")].toDouble(), expected.syy);
    EXPECT_DOUBLE_EQ(r[QStringLiteral("minimizers")].toObject()[QStringLiteral("ols")].toDouble(),
                     expected.sxy / expected.sxx);
}

TEST_F(ExportProcess, ReportOfABadDataFileExitsWithTwo)
{
    const QString csv = path(QStringLiteral("bad.csv"));
    ASSERT_TRUE(writeBytes(csv, "x,y\n1,2\n"));
    const ProcessRun run = runRegviz({QStringLiteral("--report"), QStringLiteral("--data"), csv});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains("at least 2")) << run.err.toStdString();
}

} // namespace
