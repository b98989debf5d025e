#include "process_support.h"
#include "regviz/core/descent.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QStringList>
#include <gtest/gtest.h>

// These run the real regviz executable the way a user or a script does, with no display at all.

namespace {

using regviz::test::ProcessRun;
using regviz::test::runRegviz;

QJsonObject report(const QStringList &arguments)
{
    const ProcessRun run = runRegviz(QStringList{QStringLiteral("--report")} + arguments);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    return doc.object();
}

} // namespace

TEST(ReportProcess, PrintsTheSceneAsJsonWithoutADisplay)
{
    const QJsonObject r = report({QStringLiteral("--lambda"), QStringLiteral("1.0")});
    const QJsonObject m = r[QStringLiteral("moments")].toObject();
    const double sxx = m[QStringLiteral("sxx")].toDouble();
    const double sxy = m[QStringLiteral("sxy")].toDouble();
    ASSERT_GT(sxx, 0.0);
    EXPECT_EQ(r[QStringLiteral("params")].toObject()[QStringLiteral("lambda")].toDouble(), 1.0);
    EXPECT_EQ(r[QStringLiteral("params")].toObject()[QStringLiteral("samples")].toInt(), 200);

    // Every minimizer in the report agrees with the closed forms applied to the reported moments.
    const QJsonObject s = r[QStringLiteral("minimizers")].toObject();
    EXPECT_DOUBLE_EQ(s[QStringLiteral("ols")].toDouble(), sxy / sxx);
    EXPECT_DOUBLE_EQ(s[QStringLiteral("ridge")].toDouble(), sxy / (sxx + 1.0));
    EXPECT_EQ(s[QStringLiteral("lasso")].toDouble(), 0.0);
    EXPECT_DOUBLE_EQ(r[QStringLiteral("lambda_c")].toDouble(), 2.0 * std::abs(sxy));
    EXPECT_TRUE(r[QStringLiteral("lasso_at_zero")].toBool());
    EXPECT_EQ(r[QStringLiteral("grid_minima")]
                  .toObject()[QStringLiteral("mse_l1")]
                  .toObject()[QStringLiteral("w")]
                  .toDouble(),
              0.0);
}

TEST(ReportProcess, DescentObjectFollowsTheOptimizerOptions)
{
    const QJsonObject proximal =
        report({QStringLiteral("--optimizer"), QStringLiteral("proximal"), QStringLiteral("--trace")});
    const QJsonObject l1 = proximal[QStringLiteral("descent")].toObject()[QStringLiteral("l1")].toObject();
    EXPECT_EQ(l1[QStringLiteral("status")].toString(), QStringLiteral("converged"));
    EXPECT_EQ(l1[QStringLiteral("final_w")].toDouble(), 0.0);
    const QJsonArray trace = l1[QStringLiteral("trace")].toArray();
    EXPECT_EQ(trace.size(), l1[QStringLiteral("steps")].toInt() + 1);
    EXPECT_EQ(trace.first().toObject()[QStringLiteral("w")].toDouble(), 1.0);

    const QJsonObject gd = report({QStringLiteral("--optimizer"), QStringLiteral("gd")});
    const QJsonObject l1gd = gd[QStringLiteral("descent")].toObject()[QStringLiteral("l1")].toObject();
    EXPECT_EQ(l1gd[QStringLiteral("status")].toString(), QStringLiteral("oscillating"));
    EXPECT_NE(l1gd[QStringLiteral("final_w")].toDouble(), 0.0);
    EXPECT_FALSE(l1gd.contains(QStringLiteral("trace")));

    const QJsonObject diverging = report({QStringLiteral("--eta"), QStringLiteral("2")});
    const QJsonObject l2 = diverging[QStringLiteral("descent")].toObject()[QStringLiteral("l2")].toObject();
    EXPECT_EQ(l2[QStringLiteral("status")].toString(), QStringLiteral("diverged"));
    EXPECT_LT(l2[QStringLiteral("eta_max")].toDouble(), 2.0);
}

TEST(ReportProcess, DescentEntriesCarryTheOptimizerItsParametersAndItsFixedPoint)
{
    const QJsonObject r =
        report({QStringLiteral("--lambda"), QStringLiteral("1.5"), QStringLiteral("--optimizer"),
                QStringLiteral("adamw"), QStringLiteral("--beta"), QStringLiteral("0.8"),
                QStringLiteral("--weight-decay"), QStringLiteral("0.5")});
    const QJsonObject descent = r[QStringLiteral("descent")].toObject();
    EXPECT_EQ(descent[QStringLiteral("beta")].toDouble(), 0.8);
    EXPECT_EQ(descent[QStringLiteral("weight_decay")].toDouble(), 0.5);
    const QJsonObject l1 = descent[QStringLiteral("l1")].toObject();
    EXPECT_EQ(l1[QStringLiteral("optimizer")].toString(), QStringLiteral("adamw"));
    const QJsonObject parameters = l1[QStringLiteral("parameters")].toObject();
    EXPECT_EQ(parameters[QStringLiteral("beta")].toDouble(), 0.8);
    EXPECT_EQ(parameters[QStringLiteral("beta2")].toDouble(), 0.999);
    EXPECT_EQ(parameters[QStringLiteral("weight_decay")].toDouble(), 0.5);

    // AdamW's fixed point is the one core computes from the reported moments, and not the ridge minimizer.
    const QJsonObject m = r[QStringLiteral("moments")].toObject();
    regviz::Moments moments;
    moments.n = m[QStringLiteral("n")].toInt();
    moments.sxx = m[QStringLiteral("sxx")].toDouble();
    moments.sxy = m[QStringLiteral("sxy")].toDouble();
    moments.syy = m[QStringLiteral("syy")].toDouble();
    regviz::DescentSettings settings;
    settings.optimizer = regviz::Optimizer::AdamW;
    settings.beta = 0.8;
    settings.weightDecay = 0.5;
    const QJsonObject l2 = descent[QStringLiteral("l2")].toObject();
    const auto fixed = regviz::adaptiveFixedPoint(moments, regviz::Penalty::L2, {1.5, 0.5}, settings);
    ASSERT_TRUE(fixed);
    EXPECT_EQ(l2[QStringLiteral("fixed_point")].toDouble(), *fixed);
    EXPECT_NE(l2[QStringLiteral("fixed_point")].toDouble(), l2[QStringLiteral("target")].toDouble());

    // The default comparison past lambda_c: ISTA lands on exactly 0, Adam and plain gd do not.
    const QJsonObject compare = descent[QStringLiteral("compare")].toObject();
    EXPECT_EQ(compare[QStringLiteral("objective")].toString(), QStringLiteral("l1"));
    const QJsonArray runs = compare[QStringLiteral("runs")].toArray();
    ASSERT_EQ(runs.size(), 4);
    QStringList names;
    for (const QJsonValue &run : runs)
        names << run.toObject()[QStringLiteral("optimizer")].toString();
    EXPECT_EQ(names, (QStringList{QStringLiteral("gd"), QStringLiteral("proximal"), QStringLiteral("adam"),
                                  QStringLiteral("sgd")}));
    EXPECT_EQ(runs[1].toObject()[QStringLiteral("final_w")].toDouble(), 0.0);
    EXPECT_EQ(runs[1].toObject()[QStringLiteral("status")].toString(), QStringLiteral("converged"));
    EXPECT_NE(runs[2].toObject()[QStringLiteral("final_w")].toDouble(), 0.0);
    EXPECT_EQ(runs[3].toObject()[QStringLiteral("parameters")].toObject()[QStringLiteral("batch")].toInt(),
              20);
}

TEST(ReportProcess, BadOptionsExitWithCodeTwoAndAMessage)
{
    const ProcessRun run = runRegviz({QStringLiteral("--lambda"), QStringLiteral("7")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains("--lambda")) << run.err.toStdString();
}

TEST(ReportProcess, HelpAndVersionNeedNoDisplay)
{
    const ProcessRun help = runRegviz({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--report"));
    const ProcessRun version = runRegviz({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("regviz 0.")) << version.out.toStdString();
}

TEST(ReportProcess, ImportedDataCarryNoStaleGeneratorParameters)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("measured.csv"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("x,y\n");
    for (int i = 0; i < 500; ++i)
        out.write(QByteArray::number(0.01 * i) + ',' + QByteArray::number(15.0 + 3.0 * 0.01 * i) + '\n');
    out.close();
    const QJsonObject r = report({QStringLiteral("--data"), file});
    const QJsonObject data = r[QStringLiteral("data")].toObject();
    EXPECT_EQ(data[QStringLiteral("source")].toString(), QStringLiteral("imported"));
    EXPECT_EQ(data[QStringLiteral("file")].toString(), QStringLiteral("measured.csv"));
    EXPECT_EQ(data[QStringLiteral("n")].toInt(), 500);
    EXPECT_EQ(r[QStringLiteral("moments")].toObject()[QStringLiteral("n")].toInt(), 500);
    const QJsonObject params = r[QStringLiteral("params")].toObject();
    for (const char *key : {"samples", "true_weight", "noise", "seed"})
        EXPECT_TRUE(params[QLatin1String(key)].isNull()) << key;
    EXPECT_EQ(params[QStringLiteral("lambda")].toDouble(), 0.5);

    // Generated data say so, with their n.
    const QJsonObject generated = report({})[QStringLiteral("data")].toObject();
    EXPECT_EQ(generated[QStringLiteral("source")].toString(), QStringLiteral("generated"));
    EXPECT_EQ(generated[QStringLiteral("n")].toInt(), 200);
}
