#include "model/report.h"

#include "model/session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

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

QJsonObject gridMinimum(const GridMinimum &m)
{
    // at_edge: the smallest value lies at an end of the grid, so it is not the curve's minimum.
    return {{QStringLiteral("w"), number(m.w)},
            {QStringLiteral("value"), number(m.value)},
            {QStringLiteral("at_edge"), m.atEdge}};
}

/// Whether an intercept is fitted (x and y centred) and, if so, the means and each fit's b.
QJsonObject interceptReport(const Scene &scene)
{
    const Intercepts &b = scene.intercepts;
    if (!scene.params.intercept)
        return {{QStringLiteral("fitted"), false}};
    return {{QStringLiteral("fitted"), true},
            {QStringLiteral("x_mean"), number(scene.moments.xMean)},
            {QStringLiteral("y_mean"), number(scene.moments.yMean)},
            {QStringLiteral("ols"), number(b.ols)},
            {QStringLiteral("ridge"), number(b.ridge)},
            {QStringLiteral("lasso"), number(b.lasso)},
            {QStringLiteral("elastic_net"), number(b.elasticNet)}};
}

/// The settings this trace's optimizer reads besides eta and w0 (none for gd, proximal, clip and fista).
QJsonObject optimizerParameters(const DescentTrace &trace, const DescentSettings &d)
{
    QJsonObject out;
    switch (trace.optimizer) {
    case Optimizer::Momentum:
    case Optimizer::Nesterov:
        out.insert(QStringLiteral("beta"), number(d.beta));
        break;
    case Optimizer::AdamW:
        out.insert(QStringLiteral("weight_decay"), number(d.weightDecay));
        [[fallthrough]];
    case Optimizer::Adam:
        out.insert(QStringLiteral("beta"), number(d.beta));
        out.insert(QStringLiteral("beta2"), number(d.beta2));
        out.insert(QStringLiteral("epsilon"), number(d.epsilon));
        break;
    case Optimizer::Sgd:
    case Optimizer::ProximalSgd:
        out.insert(QStringLiteral("batch"), trace.batchSize);
        out.insert(QStringLiteral("batch_seed"), static_cast<qint64>(d.batchSeed));
        break;
    case Optimizer::Gradient:
    case Optimizer::Proximal:
    case Optimizer::Clip:
    case Optimizer::Fista:
        break;
    }
    return out;
}

QJsonObject traceReport(const DescentTrace &trace, const DescentSettings &settings, bool withTrace)
{
    QJsonObject out{
        {QStringLiteral("penalty"), QString::fromLatin1(penaltyName(trace.penalty))},
        {QStringLiteral("optimizer"), QString::fromLatin1(optimizerName(trace.optimizer))},
        {QStringLiteral("parameters"), optimizerParameters(trace, settings)},
        {QStringLiteral("final_w"), number(trace.steps.back().w)},
        {QStringLiteral("final_value"), number(trace.steps.back().value)},
        {QStringLiteral("steps"), trace.stepCount()},
        {QStringLiteral("status"), QString::fromLatin1(statusName(trace.status))},
        {QStringLiteral("eta_max"), number(trace.etaMax)},
        {QStringLiteral("target"), number(trace.target)},
        // Where the update rule stands still: the target, except for AdamW (see adaptiveFixedPoint).
        {QStringLiteral("fixed_point"), number(trace.fixedPoint)},
    };
    if (trace.band)
        out.insert(QStringLiteral("band"),
                   QJsonObject{{QStringLiteral("low"), number(trace.band->low)},
                               {QStringLiteral("high"), number(trace.band->high)},
                               {QStringLiteral("width"), number(trace.band->width())}});
    if (trace.divergedAt)
        out.insert(QStringLiteral("diverged_at"), *trace.divergedAt);
    if (withTrace) {
        QJsonArray steps;
        for (const DescentStep &s : trace.steps)
            steps.append(QJsonObject{{QStringLiteral("w"), number(s.w)},
                                     {QStringLiteral("value"), number(s.value)},
                                     {QStringLiteral("loss_gradient"), number(s.lossGradient)},
                                     {QStringLiteral("penalty_gradient"), number(s.penaltyGradient)},
                                     {QStringLiteral("step"), number(s.step)}});
        out.insert(QStringLiteral("trace"), steps);
    }
    return out;
}

QJsonArray numbers(const Eigen::VectorXd &values)
{
    QJsonArray out;
    for (const double v : values)
        out.append(number(v));
    return out;
}

QJsonArray vector2(const Eigen::Vector2d &w)
{
    return {number(w.x()), number(w.y())};
}

QJsonObject pathReport(const Scene &scene)
{
    const RegularizationPath &path = scene.path;
    return {{QStringLiteral("lambda"), numbers(path.lambda)},
            {QStringLiteral("lasso"), numbers(path.lasso)},
            {QStringLiteral("ridge"), numbers(path.ridge)},
            {QStringLiteral("elastic_net"), numbers(path.elasticNet)},
            {QStringLiteral("lambda_c"), number(path.lambdaC)},
            {QStringLiteral("lambda_c_elastic"), number(path.lambdaCElastic)}};
}

QJsonObject twoDReport(const Scene &scene)
{
    const TwoDProblem &problem = scene.twoD.problem;
    const TwoDSolutions &s = scene.twoD.solutions;
    return {{QStringLiteral("correlation"), problem.correlation},
            {QStringLiteral("true_weights"), vector2(problem.trueWeights)},
            {QStringLiteral("ols"), vector2(s.ols)},
            {QStringLiteral("ridge"), vector2(s.ridge)},
            {QStringLiteral("lasso"), vector2(s.lasso)},
            {QStringLiteral("elastic_net"), vector2(s.elasticNet)},
            {QStringLiteral("lasso_budget"), number(s.lassoBudget)},
            {QStringLiteral("ridge_budget"), number(s.ridgeBudget)},
            {QStringLiteral("lasso_zeros"), s.lassoZeros}};
}

QJsonObject resamplingReport(const Resampling &r)
{
    QJsonArray lasso;
    QJsonArray ridge;
    for (const double v : r.lasso)
        lasso.append(number(v));
    for (const double v : r.ridge)
        ridge.append(number(v));
    return {{QStringLiteral("draws"), static_cast<qint64>(r.lasso.size())},
            {QStringLiteral("lasso_zeros"), r.lassoZeros},
            {QStringLiteral("lasso"), lasso},
            {QStringLiteral("ridge"), ridge}};
}

QJsonObject sklearnReport(const SklearnMapping &m, bool intercept)
{
    return {{QStringLiteral("fit_intercept"), intercept},
            {QStringLiteral("lasso_alpha"), number(m.lassoAlpha)},
            {QStringLiteral("ridge_alpha"), number(m.ridgeAlpha)},
            {QStringLiteral("elastic_net_alpha"), number(m.elasticAlpha)},
            {QStringLiteral("elastic_net_l1_ratio"), number(m.elasticL1Ratio)},
            {QStringLiteral("glmnet_lambda"), number(m.elasticAlpha)},
            {QStringLiteral("glmnet_alpha"), number(m.elasticL1Ratio)}};
}

} // namespace

namespace {
/// The scene's parameters; for imported data the generator's (true weight, noise, n, seed) do not apply
/// and are null, so no stale value passes for a property of the file.
QJsonObject paramsReport(const Scene &scene)
{
    QJsonObject params = paramsToJson(scene.params);
    if (scene.imported) {
        for (const char *key : {"true_weight", "noise", "samples", "seed"})
            params.insert(QLatin1String(key), QJsonValue(QJsonValue::Null));
    }
    return params;
}

QJsonObject dataReport(const Scene &scene)
{
    if (scene.imported)
        return {{QStringLiteral("source"), QStringLiteral("imported")},
                {QStringLiteral("file"), scene.importedName},
                {QStringLiteral("n"), static_cast<qint64>(scene.moments.n)},
                {QStringLiteral("not_applicable"),
                 QJsonArray{QStringLiteral("true_weight"), QStringLiteral("noise"), QStringLiteral("samples"),
                            QStringLiteral("seed")}}};
    return {{QStringLiteral("source"), QStringLiteral("generated")},
            {QStringLiteral("model"),
             QStringLiteral("y = true_weight x + noise e, x uniform on [-1, 1], e ~ N(0, 1)")},
            {QStringLiteral("n"), static_cast<qint64>(scene.moments.n)}};
}
} // namespace

QJsonObject buildReport(const Scene &scene, bool withTrace)
{
    const Moments &m = scene.moments;
    const Minimizers &s = scene.minimizers;

    QJsonObject descent{
        {QStringLiteral("optimizer"), QString::fromLatin1(optimizerName(scene.descent.optimizer))},
        {QStringLiteral("eta"), number(scene.descent.eta)},
        {QStringLiteral("w0"), number(scene.descent.w0)},
        {QStringLiteral("max_steps"), scene.descent.maxSteps},
        {QStringLiteral("beta"), number(scene.descent.beta)},
        {QStringLiteral("beta2"), number(scene.descent.beta2)},
        {QStringLiteral("epsilon"), number(scene.descent.epsilon)},
        {QStringLiteral("batch"), scene.descent.batch},
        {QStringLiteral("batch_seed"), static_cast<qint64>(scene.descent.batchSeed)},
        {QStringLiteral("weight_decay"), number(scene.descent.weightDecay)},
    };
    for (const Penalty kind : kAllPenalties)
        descent.insert(QString::fromLatin1(penaltyName(kind)),
                       traceReport(scene.trace(kind), scene.descent, withTrace));
    QJsonArray compared;
    for (const DescentTrace &trace : scene.compared)
        compared.append(traceReport(trace, scene.descent, withTrace));
    descent.insert(QStringLiteral("compare"),
                   QJsonObject{{QStringLiteral("objective"),
                                QString::fromLatin1(penaltyName(scene.comparison.objective))},
                               {QStringLiteral("runs"), compared}});

    return {
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("objective"), QStringLiteral("F(w) = (1/n) sum (y_i - w x_i)^2 + lambda P(w)")},
        {QStringLiteral("params"), paramsReport(scene)},
        {QStringLiteral("data"), dataReport(scene)},
        {QStringLiteral("moments"), QJsonObject{{QStringLiteral("n"), static_cast<qint64>(m.n)},
                                                {QStringLiteral("sxx"), number(m.sxx)},
                                                {QStringLiteral("sxy"), number(m.sxy)},
                                                {QStringLiteral("syy"), number(m.syy)},
                                                {QStringLiteral("sxe"), number(m.sxe)},
                                                {QStringLiteral("see"), number(m.see)}}},
        {QStringLiteral("identifiable"), s.identifiable},
        {QStringLiteral("minimizers"), QJsonObject{{QStringLiteral("ols"), number(s.ols)},
                                                   {QStringLiteral("ridge"), number(s.ridge)},
                                                   {QStringLiteral("lasso"), number(s.lasso)},
                                                   {QStringLiteral("elastic_net"), number(s.elasticNet)}}},
        {QStringLiteral("lambda_c"), number(s.lambdaC)},
        {QStringLiteral("lambda_c_elastic"), number(s.lambdaCElastic)},
        {QStringLiteral("lasso_at_zero"), s.lassoAtZero},
        {QStringLiteral("intercept"), interceptReport(scene)},
        {QStringLiteral("w_grid"), QJsonObject{{QStringLiteral("min"), number(scene.wGrid.min)},
                                               {QStringLiteral("max"), number(scene.wGrid.max)},
                                               {QStringLiteral("follows_data"), !scene.params.fixedGrid}}},
        {QStringLiteral("grid_minima"),
         QJsonObject{{QStringLiteral("mse"), gridMinimum(scene.minima.mse)},
                     {QStringLiteral("mse_l1"), gridMinimum(scene.minima.mseL1)},
                     {QStringLiteral("mse_l2"), gridMinimum(scene.minima.mseL2)},
                     {QStringLiteral("mse_elastic"), gridMinimum(scene.minima.mseElastic)}}},
        {QStringLiteral("descent"), descent},
        {QStringLiteral("path"), pathReport(scene)},
        {QStringLiteral("two_d"), twoDReport(scene)},
        {QStringLiteral("scikit_learn"), sklearnReport(scene.sklearn, scene.params.intercept)},
        {QStringLiteral("resampling"),
         scene.resampling ? QJsonValue(resamplingReport(*scene.resampling)) : QJsonValue(QJsonValue::Null)},
    };
}

QByteArray reportJson(const Scene &scene, bool withTrace)
{
    return QJsonDocument(buildReport(scene, withTrace)).toJson(QJsonDocument::Indented);
}

} // namespace regviz
