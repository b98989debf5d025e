#include "app/feature_options.h"

#include "app/option_reading.h"
#include "model/feature_data.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <limits>

namespace regviz::cli {

namespace {
/// The command line's translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

bool wantsFeatures(const QCommandLineParser &parser)
{
    for (const char *name : {"generate-features", "sample", "target", "feature", "folds", "no-standardize",
                             "export-path", "export-cv"}) {
        if (isSet(parser, name))
            return true;
    }
    // A CSV of more than x and y is a table of features.
    return isSet(parser, "data") && csvColumnCount(valueOf(parser, "data")) > 2;
}

/// --generate-features p=20,k=5,rho=0.5[,structure=ar1][,sigma=1][,n=200][,seed=42]
std::optional<QString> readDesign(const QString &spec, SparseDesign &design)
{
    static const QRegularExpression item(QStringLiteral("^\\s*([a-z]+)\\s*=\\s*([^=]+?)\\s*$"));
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = item.match(part);
        if (!m.hasMatch())
            return Text::tr("--generate-features: '%1' is not KEY=VALUE").arg(part.trimmed());
        const QString key = m.captured(1);
        const QString value = m.captured(2);
        bool ok = false;
        if (key == QLatin1String("structure")) {
            if (value == QLatin1String("equi"))
                design.structure = CorrelationStructure::Equicorrelated;
            else if (value == QLatin1String("ar1"))
                design.structure = CorrelationStructure::AutoRegressive;
            else
                return Text::tr("--generate-features: structure must be equi or ar1, not '%1'").arg(value);
            continue;
        }
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return Text::tr("--generate-features: %1 = '%2' is not a number").arg(key, value);
        const bool whole = std::trunc(number) == number;
        if (key == QLatin1String("p") && whole)
            design.features = static_cast<int>(std::clamp(number, -1.0, 1e6));
        else if (key == QLatin1String("k") && whole)
            design.nonZero = static_cast<int>(std::clamp(number, -1.0, 1e6));
        else if (key == QLatin1String("rho"))
            design.correlation = number;
        else if (key == QLatin1String("sigma"))
            design.noise = number;
        else if (key == QLatin1String("n") && whole)
            design.samples = static_cast<Eigen::Index>(std::clamp(number, -1.0, 1e7));
        else if (key == QLatin1String("seed") && whole && number >= 0.0 && number <= 2147483647.0)
            design.seed = static_cast<std::uint64_t>(number);
        else if (key == QLatin1String("p") || key == QLatin1String("k") || key == QLatin1String("n") ||
                 key == QLatin1String("seed"))
            return Text::tr("--generate-features: %1 = %2 is not a whole number in range").arg(key, value);
        else
            return Text::tr("--generate-features: unknown key '%1' (p, k, rho, structure, sigma, n, seed)")
                .arg(key);
    }
    if (const auto invalid = validate(design))
        return QStringLiteral("--generate-features: ") + QString::fromStdString(*invalid);
    return std::nullopt;
}

/// The many-feature request: its data source, fit options, lambda and exports. Runs before the scene
/// options, so that lambda is read with the range of the data rather than the one-weight slider's.
std::optional<QString> readFeatures(const QCommandLineParser &parser, CommandLine &result)
{
    if (!wantsFeatures(parser))
        return std::nullopt;
    for (const char *name : {"true-weight",
                             "noise",
                             "samples",
                             "correlation",
                             "second-weight",
                             "optimizer",
                             "eta",
                             "w0",
                             "steps",
                             "frame",
                             "elastic",
                             "zoom-zero",
                             "trace",
                             "export",
                             "export-gif",
                             "export-frames",
                             "export-data",
                             "export-curves",
                             "export-trace",
                             "session",
                             "beta",
                             "beta2",
                             "epsilon",
                             "batch",
                             "weight-decay",
                             "compare",
                             "compare-objective"}) {
        if (isSet(parser, name))
            return Text::tr("--%1 belongs to the one-weight views; it does not go with data of many features")
                .arg(QString::fromLatin1(name));
    }
    if (!parser.positionalArguments().isEmpty())
        return Text::tr("a session file does not go with data of many features");
    FeatureRequest request;
    const int sources =
        int{isSet(parser, "data")} + int{isSet(parser, "sample")} + int{isSet(parser, "generate-features")};
    if (sources == 0)
        return Text::tr("many features need data: --data FILE.csv, --sample diabetes or --generate-features");
    if (sources > 1)
        return Text::tr("--data, --sample and --generate-features each name the data: give one");
    if (isSet(parser, "data"))
        request.dataFile = valueOf(parser, "data");
    if (isSet(parser, "sample")) {
        if (valueOf(parser, "sample").trimmed() != QLatin1String("diabetes"))
            return Text::tr("--sample: '%1' is not a shipped sample (diabetes)")
                .arg(valueOf(parser, "sample"));
        request.diabetes = true;
    }
    if (isSet(parser, "generate-features")) {
        SparseDesign design;
        if (auto error = readDesign(valueOf(parser, "generate-features"), design))
            return error;
        request.design = design;
    }
    request.target = valueOf(parser, "target").trimmed();
    request.feature = valueOf(parser, "feature").trimmed();
    request.options.fit.standardize = !isSet(parser, "no-standardize");
    request.options.fit.intercept = !isSet(parser, "no-intercept");
    double alpha = request.options.alpha;
    double lambda = 0.0;
    qint64 folds = request.options.folds;
    auto seed = static_cast<qint64>(request.options.foldSeed);
    const RealOption reals[] = {{"alpha", &alpha, limits::alpha.min, limits::alpha.max},
                                {"lambda", &lambda, 0.0, std::numeric_limits<double>::max()}};
    const IntegerOption integers[] = {
        {"folds", &folds, kMinFolds, kMaxFolds},
        {"seed", &seed, static_cast<qint64>(limits::seed.min), static_cast<qint64>(limits::seed.max)}};
    for (const RealOption &option : reals) {
        if (QString error = readReal(parser, option); !error.isEmpty())
            return error;
    }
    for (const IntegerOption &option : integers) {
        if (QString error = readInteger(parser, option); !error.isEmpty())
            return error;
    }
    request.options.alpha = alpha;
    request.options.folds = static_cast<int>(folds);
    request.options.foldSeed = static_cast<std::uint64_t>(seed);
    if (isSet(parser, "lambda"))
        request.lambda = lambda;
    request.exportPath = valueOf(parser, "export-path");
    request.exportCv = valueOf(parser, "export-cv");
    for (const char *name : {"export-path", "export-cv"}) {
        if (isSet(parser, name) && valueOf(parser, name).trimmed().isEmpty())
            return Text::tr("--%1 needs a file name").arg(QString::fromLatin1(name));
    }
    request.report = isSet(parser, "report");
    if (!request.report && request.exportPath.isEmpty() && request.exportCv.isEmpty())
        return Text::tr("data of many features is analysed with --report, --export-path or --export-cv; "
                        "the window shows one-weight data");
    result.features = request;
    result.action = CommandLine::Action::Features;
    return std::nullopt;
}

} // namespace regviz::cli
