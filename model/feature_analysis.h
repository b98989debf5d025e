#pragma once

#include "regviz/core/coordinate_view.h"
#include "regviz/core/cross_validation.h"
#include "regviz/core/feature_moments.h"
#include "regviz/core/lasso_path.h"
#include "regviz/core/path_events.h"
#include "regviz/core/ridge_path.h"
#include "regviz/core/standardize.h"
#include "regviz/core/table.h"

#include <Eigen/Core>
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace regviz {

/// How a table is analysed: the fit options (standardize, intercept), the elastic-net mix and the
/// cross-validation folds.
struct FeatureOptions
{
    FitOptions fit;
    double alpha = 0.5;          ///< elastic-net mix, as in the 1-D views
    int folds = 5;               ///< k of k-fold cross-validation
    std::uint64_t foldSeed = 42; ///< the folds are fixed by it
    int gridSize = 100;          ///< lambdas from lambda_max down

    friend bool operator==(const FeatureOptions &, const FeatureOptions &) = default;
};

inline constexpr int kMinFolds = 2;
inline constexpr int kMaxFolds = 20;
/// The lambda of the many-feature mode goes from 0 to this many times lambda_max.
inline constexpr double kFeatureLambdaReach = 10.0;

/// A message naming the first invalid option for a table of n rows, or nothing.
[[nodiscard]] std::optional<QString> checkFeatureOptions(const FeatureOptions &options, Eigen::Index rows);

/// Everything computed once per table and options: one pass over the data for the moments (and the
/// folds' moments), then the paths, events and cross-validation on the Gram matrix alone. What a
/// lambda change needs afterwards (fitFeaturesAt) costs O(p^2).
struct FeatureAnalysis
{
    std::shared_ptr<const Table> table;
    std::optional<Eigen::VectorXd> trueWeights; ///< known when the data came from the generator
    FeatureOptions options;
    FeatureMoments moments;
    FeatureProblem problem;
    double lambdaMax = 0.0; ///< the smallest lambda at which every lasso coefficient is 0
    std::vector<double> grid;
    CoefficientPath lasso;
    CoefficientPath elasticNet;
    CoefficientPath ridge;
    std::vector<PathEvent> events; ///< of the lasso path, in decreasing lambda
    CrossValidation cv;            ///< of the lasso
    std::shared_ptr<const RidgeSolver> ridgeSolver;

    [[nodiscard]] Eigen::Index features() const { return table->features(); }
    /// The column of the feature with this name, if any.
    [[nodiscard]] std::optional<Eigen::Index> featureIndex(const QString &name) const;
    [[nodiscard]] QString featureName(Eigen::Index j) const;
};

/// Analyses the table (which must have at least 2 rows, at least `folds` rows and valid options).
[[nodiscard]] FeatureAnalysis analyzeFeatures(std::shared_ptr<const Table> table,
                                              const FeatureOptions &options,
                                              std::optional<Eigen::VectorXd> trueWeights = std::nullopt);

/// The three fits at one lambda, exact (refits warm-started from the path, never interpolated), and
/// the article's 1-D picture for one feature.
struct FeatureFit
{
    double lambda = 0.0;
    OriginalFit lasso;
    OriginalFit elasticNet;
    std::optional<OriginalFit> ridge;   ///< empty at lambda 0 with a singular Gram matrix
    Eigen::VectorXd lassoSolverWeights; ///< the lasso on the solver's scale (what the coordinate view reads)
    int lassoNonZero = 0;
    std::optional<CoordinateView> coordinate; ///< of the chosen feature, at the lasso solution
};

[[nodiscard]] FeatureFit fitFeaturesAt(const FeatureAnalysis &analysis, double lambda,
                                       std::optional<Eigen::Index> feature = std::nullopt);

} // namespace regviz
