#include "process_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>
#include <string>

// The many-feature mode of the real executable: `--data TABLE.csv`, `--sample diabetes` or
// `--generate-features`, with `--report`, `--export-path` and `--export-cv`.

namespace {

using regviz::test::ProcessRun;
using regviz::test::runRegviz;

QJsonObject featureReport(const QStringList &arguments)
{
    const ProcessRun run = runRegviz(QStringList{QStringLiteral("--report")} + arguments);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(root[QStringLiteral("mode")].toString(), QStringLiteral("features"));
    return root[QStringLiteral("features")].toObject();
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

TEST(FeaturesProcess, DiabetesEntersInTheOrderOfTheLeastAngleRegressionPaper)
{
    const QJsonObject f = featureReport({QStringLiteral("--sample"), QStringLiteral("diabetes")});
    EXPECT_EQ(f[QStringLiteral("n")].toInt(), 442);
    EXPECT_EQ(f[QStringLiteral("p")].toInt(), 10);
    EXPECT_EQ(f[QStringLiteral("target")].toString(), QStringLiteral("y"));
    EXPECT_TRUE(f[QStringLiteral("standardize")].toBool());
    EXPECT_TRUE(f[QStringLiteral("intercept")].toBool());
    // Efron et al. (2004), table 1: 3 9 4 7 2 10 5 8 6 1, and hdl (s3) leaves and comes back.
    QStringList order;
    for (const QJsonValue &e : f[QStringLiteral("events")].toArray())
        order << e[QStringLiteral("name")].toString() + QLatin1Char(':') +
                     e[QStringLiteral("event")].toString();
    EXPECT_EQ(
        order.join(QLatin1Char(' ')),
        QStringLiteral("bmi:enter s5:enter bp:enter s3:enter sex:enter s6:enter s1:enter s4:enter s2:enter "
                       "age:enter s3:leave s3:enter"));
    // Decreasing lambda, the first at lambda_max.
    const QJsonArray events = f[QStringLiteral("events")].toArray();
    EXPECT_NEAR(events[0][QStringLiteral("lambda")].toDouble(), f[QStringLiteral("lambda_max")].toDouble(),
                1e-9 * f[QStringLiteral("lambda_max")].toDouble());
    for (qsizetype i = 1; i < events.size(); ++i)
        EXPECT_LT(events[i][QStringLiteral("lambda")].toDouble(),
                  events[i - 1][QStringLiteral("lambda")].toDouble());
}

TEST(FeaturesProcess, TheFitAtLambdaAgreesWithItselfEverywhereTheReportShowsIt)
{
    const QJsonObject f =
        featureReport({QStringLiteral("--sample"), QStringLiteral("diabetes"), QStringLiteral("--lambda"),
                       QStringLiteral("5"), QStringLiteral("--feature"), QStringLiteral("age")});
    const QJsonObject at = f[QStringLiteral("at_lambda")].toObject();
    EXPECT_EQ(at[QStringLiteral("lambda")].toDouble(), 5.0);
    const QJsonObject lasso = at[QStringLiteral("lasso")].toObject();
    int nonZero = 0;
    for (const QString &name : lasso.keys())
        nonZero += lasso[name].toDouble() != 0.0 ? 1 : 0;
    EXPECT_EQ(at[QStringLiteral("lasso_nonzero")].toInt(), nonZero);
    EXPECT_GT(nonZero, 3);
    EXPECT_LT(nonZero, 10);
    // The coordinate view: age is dropped exactly when |Sxy| <= lambda / 2, and its weight is the lasso's.
    const QJsonObject c = f[QStringLiteral("coordinate")].toObject();
    EXPECT_EQ(c[QStringLiteral("name")].toString(), QStringLiteral("age"));
    EXPECT_EQ(c[QStringLiteral("threshold")].toDouble(), 2.5);
    const bool dropped = std::abs(c[QStringLiteral("sxy")].toDouble()) <= 2.5;
    EXPECT_EQ(c[QStringLiteral("dropped")].toBool(), dropped);
    EXPECT_EQ(lasso[QStringLiteral("age")].toDouble() == 0.0, dropped);
    EXPECT_EQ(c[QStringLiteral("minimizers")].toObject()[QStringLiteral("lasso")].toDouble(),
              c[QStringLiteral("weight")].toDouble());
    // scikit-learn's parameters for the same fit.
    const QJsonObject sk = f[QStringLiteral("sklearn")].toObject();
    EXPECT_EQ(sk[QStringLiteral("lasso_alpha")].toDouble(), 2.5);
    EXPECT_EQ(sk[QStringLiteral("ridge_alpha")].toDouble(), 442 * 5.0);
    // Cross-validation: lambda_1se is at least lambda_min, both on the grid.
    const QJsonObject cv = f[QStringLiteral("cv")].toObject();
    EXPECT_EQ(cv[QStringLiteral("folds")].toInt(), 5);
    EXPECT_GE(cv[QStringLiteral("lambda_1se")].toDouble(), cv[QStringLiteral("lambda_min")].toDouble());
    EXPECT_EQ(cv[QStringLiteral("lambda")].toArray().size(), 100);
    EXPECT_EQ(cv[QStringLiteral("mse")].toArray().size(), 100);
    // The path: 100 rows of 10 coefficients, all zero at lambda_max (the intercept is then mean(y)).
    const QJsonObject path = f[QStringLiteral("path")].toObject();
    const QJsonArray rows = path[QStringLiteral("lasso")].toArray();
    ASSERT_EQ(rows.size(), 100);
    for (const QJsonValue &v : rows[0].toArray())
        EXPECT_EQ(v.toDouble(), 0.0);
    EXPECT_NEAR(
        path[QStringLiteral("intercepts")].toObject()[QStringLiteral("lasso")].toArray()[0].toDouble(),
        152.133484162896, 1e-9);
}

TEST(FeaturesProcess, OneFeatureWithoutInterceptOrScalingIsTheArticlesProblem)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("xy.csv"));
    ASSERT_TRUE(writeText(file, "x,y\n0.5,1.2\n-1,-0.7\n2,3.1\n1.5,1.9\n-0.25,0.4\n"));
    const QStringList common{QStringLiteral("--data"), file, QStringLiteral("--lambda"),
                             QStringLiteral("0.4")};
    const ProcessRun oneD =
        runRegviz(QStringList{QStringLiteral("--report"), QStringLiteral("--no-intercept")} + common);
    ASSERT_EQ(oneD.exitCode, 0) << oneD.err.toStdString();
    const QJsonObject minimizers =
        QJsonDocument::fromJson(oneD.out).object()[QStringLiteral("minimizers")].toObject();
    const QJsonObject f = featureReport(common + QStringList{QStringLiteral("--no-standardize"),
                                                             QStringLiteral("--no-intercept"),
                                                             QStringLiteral("--folds"), QStringLiteral("2")});
    const QJsonObject at = f[QStringLiteral("at_lambda")].toObject();
    for (const char *kind : {"lasso", "ridge"}) {
        const double feature = at[QLatin1String(kind)].toObject()[QStringLiteral("x")].toDouble();
        const double closed = minimizers[QLatin1String(kind)].toDouble();
        EXPECT_NEAR(feature, closed, 1e-12 * std::max(1.0, std::abs(closed))) << kind;
    }
    EXPECT_EQ(at[QStringLiteral("intercepts")].toObject()[QStringLiteral("lasso")].toDouble(), 0.0);

    // With an intercept on both sides (the default of each), the 1-D closed forms on centred x and y are
    // the engine's unstandardized fit, slope and intercept alike.
    const ProcessRun centred = runRegviz(QStringList{QStringLiteral("--report")} + common);
    ASSERT_EQ(centred.exitCode, 0) << centred.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(centred.out).object();
    const QJsonObject withB =
        featureReport(common + QStringList{QStringLiteral("--no-standardize"), QStringLiteral("--folds"),
                                           QStringLiteral("2")})[QStringLiteral("at_lambda")]
            .toObject();
    for (const char *kind : {"lasso", "ridge"}) {
        const double feature = withB[QLatin1String(kind)].toObject()[QStringLiteral("x")].toDouble();
        const double closed = report[QStringLiteral("minimizers")].toObject()[QLatin1String(kind)].toDouble();
        EXPECT_NEAR(feature, closed, 1e-10 * std::max(1.0, std::abs(closed))) << kind;
        const double b = withB[QStringLiteral("intercepts")].toObject()[QLatin1String(kind)].toDouble();
        const double closedB = report[QStringLiteral("intercept")].toObject()[QLatin1String(kind)].toDouble();
        EXPECT_NEAR(b, closedB, 1e-10 * std::max(1.0, std::abs(closedB))) << kind;
    }
}

TEST(FeaturesProcess, AConstantColumnStaysZeroAndIsNamed)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("constant.csv"));
    QByteArray text = "a,b,flat,y\n";
    for (int i = 0; i < 30; ++i)
        text += QByteArray::number(std::sin(i)) + ',' + QByteArray::number(std::cos(3 * i)) + ",7," +
                QByteArray::number(2 * std::sin(i) - std::cos(3 * i) + 0.1 * std::sin(7 * i)) + '\n';
    ASSERT_TRUE(writeText(file, text));
    const QJsonObject f = featureReport({QStringLiteral("--data"), file});
    EXPECT_EQ(f[QStringLiteral("constant_features")].toArray(), QJsonArray{QStringLiteral("flat")});
    EXPECT_TRUE(
        f[QStringLiteral("constant_features_note")].toString().contains(QStringLiteral("0 at every lambda")));
    const QJsonObject path = f[QStringLiteral("path")].toObject();
    for (const char *kind : {"lasso", "ridge", "elastic_net"}) {
        for (const QJsonValue &row : path[QLatin1String(kind)].toArray())
            EXPECT_EQ(row.toArray()[2].toDouble(), 0.0) << kind;
    }
}

TEST(FeaturesProcess, PathAndCrossValidationExportAsCsv)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("path.csv"));
    const QString cv = dir.filePath(QStringLiteral("cv.csv"));
    const ProcessRun run =
        runRegviz({QStringLiteral("--generate-features"), QStringLiteral("p=6,k=2,rho=0.3,n=80"),
                   QStringLiteral("--export-path"), path, QStringLiteral("--export-cv"), cv,
                   QStringLiteral("--folds"), QStringLiteral("4")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile pathFile(path);
    ASSERT_TRUE(pathFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> pathLines = pathFile.readAll().trimmed().split('\n');
    ASSERT_EQ(pathLines.size(), 101);
    EXPECT_TRUE(pathLines[0].startsWith("lambda,lasso:x1,lasso:x2,")) << pathLines[0].toStdString();
    EXPECT_EQ(pathLines[0].count(','), 18);
    QFile cvFile(cv);
    ASSERT_TRUE(cvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> cvLines = cvFile.readAll().trimmed().split('\n');
    ASSERT_EQ(cvLines.size(), 101);
    EXPECT_EQ(cvLines[0], QByteArray("lambda,mse,se,fold1,fold2,fold3,fold4"));
}

struct BadFeatureCase
{
    QStringList arguments;
    const char *mentions;
};

TEST(FeaturesProcess, BadRequestsAreRefusedWithAMessageNamingTheProblem)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString ragged = dir.filePath(QStringLiteral("ragged.csv"));
    ASSERT_TRUE(writeText(ragged, "a,b,y\n1,2,3\n4,5\n6,7,8\n"));
    const QString text = dir.filePath(QStringLiteral("text.csv"));
    ASSERT_TRUE(writeText(text, "a,b,y\n1,2,3\n4,x,6\n6,7,8\n"));
    const QString twice = dir.filePath(QStringLiteral("twice.csv"));
    ASSERT_TRUE(writeText(twice, "a,a,y\n1,2,3\n4,5,6\n6,7,8\n"));
    const QString diabetes = QStringLiteral("diabetes");
    const BadFeatureCase cases[] = {
        {{QStringLiteral("--data"), ragged}, "line 3"},
        {{QStringLiteral("--data"), text}, "column 2"},
        {{QStringLiteral("--data"), twice}, "a"},
        {{QStringLiteral("--sample"), diabetes, QStringLiteral("--target"), QStringLiteral("hdl")}, "hdl"},
        {{QStringLiteral("--sample"), diabetes, QStringLiteral("--lambda"), QStringLiteral("1e6")},
         "outside"},
        {{QStringLiteral("--sample"), diabetes, QStringLiteral("--feature"), QStringLiteral("weight")},
         "weight"},
        {{QStringLiteral("--sample"), diabetes, QStringLiteral("--folds"), QStringLiteral("21")}, "--folds"},
        {{QStringLiteral("--sample"), diabetes, QStringLiteral("--eta"), QStringLiteral("0.1")}, "--eta"},
        {{QStringLiteral("--sample"), QStringLiteral("iris")}, "iris"},
        {{QStringLiteral("--generate-features"), QStringLiteral("p=5,q=2")}, "q"},
        {{QStringLiteral("--generate-features"), QStringLiteral("p=5,k=9")}, "--generate-features"},
        {{QStringLiteral("--sample"), diabetes, QStringLiteral("--generate-features"), QStringLiteral("p=5")},
         "give one"},
    };
    for (const BadFeatureCase &c : cases) {
        const ProcessRun run = runRegviz(QStringList{QStringLiteral("--report")} + c.arguments);
        SCOPED_TRACE(c.arguments.join(QLatin1Char(' ')).toStdString());
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(c.mentions)) << run.err.toStdString();
    }
}

} // namespace
