#include "app/feature_run.h"

#include "model/feature_data.h"
#include "model/feature_report.h"
#include "model/file_io.h"

#include <QCoreApplication>
#include <cstdio>

namespace regviz {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void printError(const QString &message)
{
    std::fprintf(stderr, "regviz: %s\n", message.toLocal8Bit().constData());
}

FeatureData loadData(const FeatureRequest &request)
{
    if (request.design)
        return generateFeatureTable(*request.design);
    return loadFeatureTable(request.diabetes ? QString::fromLatin1(kDiabetesResource) : request.dataFile,
                            request.target);
}

} // namespace

int runFeatures(const FeatureRequest &request)
{
    if (request.design && !request.target.isEmpty() && request.target != QLatin1String("y")) {
        printError(Text::tr("--target: generated data predict y"));
        return CommandLine::kUsageError;
    }
    const FeatureData data = loadData(request);
    if (!data.table) {
        printError(data.error);
        return CommandLine::kUsageError;
    }
    if (const auto problem = checkFeatureOptions(request.options, data.table->rows())) {
        printError(*problem);
        return CommandLine::kUsageError;
    }
    const FeatureAnalysis analysis = analyzeFeatures(data.table, request.options, data.trueWeights);
    std::optional<Eigen::Index> feature;
    if (!request.feature.isEmpty()) {
        feature = analysis.featureIndex(request.feature);
        if (!feature) {
            QStringList names;
            for (Eigen::Index j = 0; j < analysis.features(); ++j)
                names << analysis.featureName(j);
            printError(Text::tr("--feature: '%1' is not a feature of %2 (%3)")
                           .arg(request.feature, data.source, names.join(QStringLiteral(", "))));
            return CommandLine::kUsageError;
        }
    }
    // The lambda range follows the data; by default the lambda cross-validation picks (within one
    // standard error of the best, the sparser side).
    const double reach = kFeatureLambdaReach * analysis.lambdaMax;
    const double lambda = request.lambda.value_or(analysis.cv.lambda1se);
    if (request.lambda && *request.lambda > reach) {
        printError(Text::tr("--lambda: %1 is outside [0, %2] (10 × λmax of %3)")
                       .arg(*request.lambda)
                       .arg(reach)
                       .arg(data.source));
        return CommandLine::kUsageError;
    }
    const FeatureFit fit = fitFeaturesAt(analysis, lambda, feature);

    if (!request.exportPath.isEmpty()) {
        if (const auto error = writeFileAtomically(request.exportPath, featurePathCsv(analysis))) {
            printError(*error);
            return 1;
        }
    }
    if (!request.exportCv.isEmpty()) {
        if (const auto error = writeFileAtomically(request.exportCv, featureCvCsv(analysis))) {
            printError(*error);
            return 1;
        }
    }
    if (request.report) {
        const QByteArray json = featureReportJson(analysis, fit, data.source);
        std::fwrite(json.constData(), 1, static_cast<std::size_t>(json.size()), stdout);
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    return 0;
}

} // namespace regviz
