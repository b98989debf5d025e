#include "model/feature_analysis.h"

#include <QCoreApplication>
#include <utility>

namespace regviz {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FeatureAnalysis)
};

int nonZero(const Eigen::VectorXd &v)
{
    return static_cast<int>((v.array() != 0.0).count());
}
} // namespace

std::optional<QString> checkFeatureOptions(const FeatureOptions &options, Eigen::Index rows)
{
    if (options.folds < kMinFolds || options.folds > kMaxFolds)
        return Text::tr("the number of folds %1 is outside %2 to %3")
            .arg(options.folds)
            .arg(kMinFolds)
            .arg(kMaxFolds);
    if (options.folds > rows)
        return Text::tr("%1 folds need at least %1 rows; the data have %2").arg(options.folds).arg(rows);
    if (!(options.alpha >= 0.0 && options.alpha <= 1.0))
        return Text::tr("the elastic-net mix α = %1 is outside 0 to 1").arg(options.alpha);
    if (options.gridSize < 2)
        return Text::tr("the lambda grid needs at least 2 points");
    return std::nullopt;
}

std::optional<Eigen::Index> FeatureAnalysis::featureIndex(const QString &name) const
{
    const std::string wanted = name.toStdString();
    for (std::size_t j = 0; j < table->featureNames.size(); ++j) {
        if (table->featureNames[j] == wanted)
            return static_cast<Eigen::Index>(j);
    }
    return std::nullopt;
}

QString FeatureAnalysis::featureName(Eigen::Index j) const
{
    return QString::fromStdString(table->featureNames[static_cast<std::size_t>(j)]);
}

FeatureAnalysis analyzeFeatures(std::shared_ptr<const Table> table, const FeatureOptions &options,
                                std::optional<Eigen::VectorXd> trueWeights)
{
    FeatureAnalysis a;
    a.options = options;
    a.trueWeights = std::move(trueWeights);
    // One pass gives the total and every fold's moments.
    const std::vector<int> folds = makeFolds(table->rows(), options.folds, options.foldSeed);
    const FoldMoments foldMoments = computeFoldMoments(*table, folds, options.folds);
    a.moments = foldMoments.total;
    a.problem = makeFeatureProblem(a.moments, options.fit);
    a.lambdaMax = lambdaMax(a.problem);
    a.grid = lambdaGrid(a.lambdaMax, table->rows(), table->features(), options.gridSize);
    a.lasso = elasticNetPath(a.problem, 1.0, a.grid);
    a.elasticNet = elasticNetPath(a.problem, options.alpha, a.grid);
    a.ridgeSolver = std::make_shared<const RidgeSolver>(a.problem);
    a.ridge = ridgePath(a.problem, *a.ridgeSolver, a.grid);
    a.events = pathEvents(a.problem, a.lasso);
    a.cv = crossValidate(foldMoments, options.fit, 1.0, a.grid);
    a.table = std::move(table);
    return a;
}

FeatureFit fitFeaturesAt(const FeatureAnalysis &analysis, double lambda, std::optional<Eigen::Index> feature)
{
    FeatureFit fit;
    fit.lambda = lambda;
    const Refit lasso = refitAt(analysis.problem, analysis.lasso, lambda);
    fit.lasso = lasso.original;
    fit.lassoSolverWeights = lasso.solution.weights;
    fit.lassoNonZero = nonZero(lasso.solution.weights);
    fit.elasticNet = refitAt(analysis.problem, analysis.elasticNet, lambda).original;
    if (const std::optional<Eigen::VectorXd> ridge = analysis.ridgeSolver->solve(lambda))
        fit.ridge = toOriginalScale(analysis.problem, *ridge);
    if (feature && *feature >= 0 && *feature < analysis.features())
        fit.coordinate = coordinateView(analysis.problem, lasso.solution.weights, *feature, lambda, 1.0);
    return fit;
}

} // namespace regviz
