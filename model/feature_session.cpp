#include "model/feature_session.h"

#include <QCoreApplication>
#include <cmath>

namespace regviz {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Session)
};

const char *methodName(FeatureMethod method)
{
    switch (method) {
    case FeatureMethod::Ridge:
        return "ridge";
    case FeatureMethod::ElasticNet:
        return "elastic_net";
    case FeatureMethod::Lasso:
        break;
    }
    return "lasso";
}

/// Reads one number field in [low, high], saying which one is wrong.
bool readNumber(const QJsonObject &json, const QString &prefix, const char *key, double low, double high,
                double &out, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < low ||
        value.toDouble() > high) {
        *error = Text::tr("\"%1%2\" must be a number from %3 to %4")
                     .arg(prefix, QLatin1String(key))
                     .arg(low)
                     .arg(high);
        return false;
    }
    out = value.toDouble();
    return true;
}
} // namespace

QJsonObject featureSessionToJson(const FeatureSession &s)
{
    QJsonObject json{{QStringLiteral("target"), s.source.target},
                     {QStringLiteral("standardize"), s.options.fit.standardize},
                     {QStringLiteral("intercept"), s.options.fit.intercept},
                     {QStringLiteral("folds"), s.options.folds},
                     {QStringLiteral("lambda"), s.lambda},
                     {QStringLiteral("feature"), s.feature},
                     {QStringLiteral("method"), QString::fromLatin1(methodName(s.method))}};
    if (s.source.design) {
        const SparseDesign &d = *s.source.design;
        json.insert(QStringLiteral("generator"),
                    QJsonObject{{QStringLiteral("p"), d.features},
                                {QStringLiteral("k"), d.nonZero},
                                {QStringLiteral("rho"), d.correlation},
                                {QStringLiteral("sigma"), d.noise},
                                {QStringLiteral("n"), static_cast<double>(d.samples)},
                                {QStringLiteral("seed"), static_cast<double>(d.seed)}});
    } else {
        json.insert(QStringLiteral("data_file"), s.source.file);
    }
    return json;
}

std::optional<FeatureSession> featureSessionFromJson(const QJsonObject &json, QString *error)
{
    const QString prefix = QStringLiteral("features.");
    FeatureSession s;
    s.source.target = json.value(QLatin1String("target")).toString();
    s.feature = json.value(QLatin1String("feature")).toString();
    s.options.fit.standardize = json.value(QLatin1String("standardize")).toBool(true);
    s.options.fit.intercept = json.value(QLatin1String("intercept")).toBool(true);
    double folds = 5;
    double lambda = 0;
    if (!readNumber(json, prefix, "folds", kMinFolds, kMaxFolds, folds, error) ||
        !readNumber(json, prefix, "lambda", 0.0, 1e300, lambda, error))
        return std::nullopt;
    s.options.folds = static_cast<int>(folds);
    s.lambda = lambda;
    const QString method = json.value(QLatin1String("method")).toString();
    for (const FeatureMethod m : {FeatureMethod::Lasso, FeatureMethod::Ridge, FeatureMethod::ElasticNet}) {
        if (method == QLatin1String(methodName(m)))
            s.method = m;
    }
    if (json.contains(QLatin1String("generator"))) {
        const QJsonObject g = json.value(QLatin1String("generator")).toObject();
        const QString gp = prefix + QStringLiteral("generator.");
        SparseDesign d;
        double p = 0, k = 0, n = 0, seed = 0;
        if (!readNumber(g, gp, "p", 2, 1000, p, error) || !readNumber(g, gp, "k", 0, 1000, k, error) ||
            !readNumber(g, gp, "rho", -1.0, 1.0, d.correlation, error) ||
            !readNumber(g, gp, "sigma", 0.0, 1e6, d.noise, error) ||
            !readNumber(g, gp, "n", 2, 1e6, n, error) || !readNumber(g, gp, "seed", 0, 9e15, seed, error))
            return std::nullopt;
        d.features = static_cast<int>(p);
        d.nonZero = static_cast<int>(k);
        d.samples = static_cast<Eigen::Index>(n);
        d.seed = static_cast<std::uint64_t>(seed);
        if (const auto problem = validate(d)) {
            *error = Text::tr("\"%1generator\": %2").arg(prefix, QString::fromStdString(*problem));
            return std::nullopt;
        }
        s.source.design = d;
    } else {
        s.source.file = json.value(QLatin1String("data_file")).toString();
        if (s.source.file.isEmpty()) {
            *error = Text::tr("\"%1data_file\" must name the table").arg(prefix);
            return std::nullopt;
        }
    }
    return s;
}

} // namespace regviz
