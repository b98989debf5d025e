#include "model/feature_report.h"

#include "regviz/core/conventions.h"
#include "regviz/core/csv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <string>
#include <vector>

namespace regviz {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<double> &value)
{
    return value ? number(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray numbers(const auto &values)
{
    QJsonArray out;
    for (const double v : values)
        out.append(number(v));
    return out;
}

/// One row of p coefficients per lambda.
QJsonArray rows(const Eigen::MatrixXd &weights)
{
    QJsonArray out;
    for (Eigen::Index l = 0; l < weights.cols(); ++l)
        out.append(numbers(weights.col(l)));
    return out;
}

QJsonObject byName(const FeatureAnalysis &a, const Eigen::VectorXd &weights)
{
    QJsonObject out;
    for (Eigen::Index j = 0; j < weights.size(); ++j)
        out.insert(a.featureName(j), number(weights[j]));
    return out;
}

QJsonObject pathReport(const FeatureAnalysis &a)
{
    return {{QStringLiteral("lambda"), numbers(a.grid)},
            {QStringLiteral("lasso"), rows(a.lasso.weights)},
            {QStringLiteral("ridge"), rows(a.ridge.weights)},
            {QStringLiteral("elastic_net"), rows(a.elasticNet.weights)},
            {QStringLiteral("intercepts"),
             QJsonObject{{QStringLiteral("lasso"), numbers(a.lasso.intercepts)},
                         {QStringLiteral("ridge"), numbers(a.ridge.intercepts)},
                         {QStringLiteral("elastic_net"), numbers(a.elasticNet.intercepts)}}}};
}

QJsonObject atLambdaReport(const FeatureAnalysis &a, const FeatureFit &fit)
{
    const QJsonValue ridgeIntercept = fit.ridge ? number(fit.ridge->intercept) : QJsonValue(QJsonValue::Null);
    return {{QStringLiteral("lambda"), number(fit.lambda)},
            {QStringLiteral("intercepts"),
             QJsonObject{{QStringLiteral("lasso"), number(fit.lasso.intercept)},
                         {QStringLiteral("ridge"), ridgeIntercept},
                         {QStringLiteral("elastic_net"), number(fit.elasticNet.intercept)}}},
            {QStringLiteral("lasso"), byName(a, fit.lasso.weights)},
            {QStringLiteral("ridge"), fit.ridge ? QJsonValue(byName(a, fit.ridge->weights)) : QJsonValue()},
            {QStringLiteral("elastic_net"), byName(a, fit.elasticNet.weights)},
            {QStringLiteral("lasso_nonzero"), fit.lassoNonZero}};
}

QJsonArray eventsReport(const FeatureAnalysis &a)
{
    QJsonArray out;
    for (const PathEvent &e : a.events)
        out.append(QJsonObject{{QStringLiteral("name"), a.featureName(e.feature)},
                               {QStringLiteral("lambda"), number(e.lambda)},
                               {QStringLiteral("event"), QString::fromLatin1(pathEventName(e.kind))}});
    return out;
}

QJsonObject cvReport(const CrossValidation &cv)
{
    return {{QStringLiteral("folds"), cv.folds},
            {QStringLiteral("lambda"), numbers(cv.lambda)},
            {QStringLiteral("mse"), numbers(cv.mse)},
            {QStringLiteral("se"), numbers(cv.se)},
            {QStringLiteral("lambda_min"), number(cv.lambdaMin)},
            {QStringLiteral("lambda_1se"), number(cv.lambda1se)}};
}

QJsonObject sklearnReport(const FeatureAnalysis &a, double lambda)
{
    const SklearnMapping m = toSklearn(lambda, a.options.alpha, a.moments.n);
    return {{QStringLiteral("lasso_alpha"), number(m.lassoAlpha)},
            {QStringLiteral("elastic_net_alpha"), number(m.elasticAlpha)},
            {QStringLiteral("elastic_net_l1_ratio"), number(m.elasticL1Ratio)},
            {QStringLiteral("ridge_alpha"), number(m.ridgeAlpha)},
            {QStringLiteral("fit_intercept"), a.options.fit.intercept},
            // scikit-learn has no standardize option: the same fit needs X standardized beforehand.
            {QStringLiteral("standardize_x_first"), a.options.fit.standardize}};
}

QJsonObject coordinateReport(const FeatureAnalysis &a, const CoordinateView &v)
{
    const Minimizers &m = v.minimizers;
    return {
        {QStringLiteral("name"), a.featureName(v.feature)},
        {QStringLiteral("sxx"), number(v.sxx)},
        {QStringLiteral("sxy"), number(v.sxy)},
        {QStringLiteral("threshold"), number(v.threshold)},
        {QStringLiteral("dropped"), std::abs(v.sxy) <= v.threshold},
        {QStringLiteral("constant"), v.fixedAtZero},
        {QStringLiteral("weight"), number(v.weight)},
        {QStringLiteral("original_weight"), number(v.originalWeight)},
        {QStringLiteral("minimizers"), QJsonObject{{QStringLiteral("ols"), number(m.ols)},
                                                   {QStringLiteral("lasso"), number(m.lasso)},
                                                   {QStringLiteral("ridge"), number(m.ridge)},
                                                   {QStringLiteral("elastic_net"), number(m.elasticNet)}}}};
}

} // namespace

QJsonObject featuresReport(const FeatureAnalysis &a, const FeatureFit &fit)
{
    QJsonArray names;
    QJsonArray constant;
    for (Eigen::Index j = 0; j < a.features(); ++j) {
        names.append(a.featureName(j));
        if (a.problem.fixedAtZero[static_cast<std::size_t>(j)])
            constant.append(a.featureName(j));
    }
    QJsonObject out{
        {QStringLiteral("names"), names},
        {QStringLiteral("target"), QString::fromStdString(a.table->targetName)},
        {QStringLiteral("n"), static_cast<qint64>(a.table->rows())},
        {QStringLiteral("p"), static_cast<qint64>(a.features())},
        {QStringLiteral("standardize"), a.options.fit.standardize},
        {QStringLiteral("intercept"), a.options.fit.intercept},
        {QStringLiteral("alpha"), number(a.options.alpha)},
        {QStringLiteral("lambda_max"), number(a.lambdaMax)},
        {QStringLiteral("constant_features"), constant},
        {QStringLiteral("constant_features_note"),
         constant.isEmpty()
             ? QJsonValue(QJsonValue::Null)
             : QJsonValue(QStringLiteral("a constant column carries nothing the intercept does not "
                                         "(and cannot be scaled): its coefficient is 0 at every "
                                         "lambda"))},
        {QStringLiteral("path"), pathReport(a)},
        {QStringLiteral("at_lambda"), atLambdaReport(a, fit)},
        {QStringLiteral("events"), eventsReport(a)},
        {QStringLiteral("cv"), cvReport(a.cv)},
        {QStringLiteral("sklearn"), sklearnReport(a, fit.lambda)},
    };
    if (a.trueWeights)
        out.insert(QStringLiteral("true_weights"), byName(a, *a.trueWeights));
    if (fit.coordinate)
        out.insert(QStringLiteral("coordinate"), coordinateReport(a, *fit.coordinate));
    return out;
}

QByteArray featureReportJson(const FeatureAnalysis &analysis, const FeatureFit &fit, const QString &source)
{
    const QJsonObject report{
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("mode"), QStringLiteral("features")},
        {QStringLiteral("objective"),
         QStringLiteral("F(b, w) = (1/n) ||y - b - X w||^2 + lambda P(w), intercept unpenalized")},
        {QStringLiteral("data"), source},
        {QStringLiteral("features"), featuresReport(analysis, fit)},
    };
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

QByteArray featurePathCsv(const FeatureAnalysis &a)
{
    std::vector<std::string> header{"lambda"};
    for (const char *kind : {"lasso", "elastic_net", "ridge"}) {
        for (const std::string &name : a.table->featureNames)
            header.push_back(std::string(kind) + ":" + name);
    }
    std::string csv;
    for (std::size_t i = 0; i < header.size(); ++i)
        csv += (i ? "," : "") + header[i];
    csv += '\n';
    for (Eigen::Index l = 0; l < static_cast<Eigen::Index>(a.grid.size()); ++l) {
        csv += shortestDecimal(a.grid[static_cast<std::size_t>(l)]);
        for (const CoefficientPath *path : {&a.lasso, &a.elasticNet, &a.ridge}) {
            for (Eigen::Index j = 0; j < a.features(); ++j)
                csv += ',' + shortestDecimal(path->weights(j, l));
        }
        csv += '\n';
    }
    return QByteArray::fromStdString(csv);
}

QByteArray featureCvCsv(const FeatureAnalysis &a)
{
    const CrossValidation &cv = a.cv;
    std::string csv = "lambda,mse,se";
    for (int f = 0; f < cv.folds; ++f)
        csv += ",fold" + std::to_string(f + 1);
    csv += '\n';
    for (Eigen::Index l = 0; l < static_cast<Eigen::Index>(cv.lambda.size()); ++l) {
        csv += shortestDecimal(cv.lambda[static_cast<std::size_t>(l)]) + ',' + shortestDecimal(cv.mse[l]) +
               ',' + shortestDecimal(cv.se[l]);
        for (int f = 0; f < cv.folds; ++f)
            csv += ',' + shortestDecimal(cv.foldMse(l, f));
        csv += '\n';
    }
    return QByteArray::fromStdString(csv);
}

} // namespace regviz
