#pragma once

#include "regviz/core/lasso_path.h"

#include <vector>

namespace regviz {

enum class PathEventKind
{
    Enter, ///< the coefficient leaves 0 as lambda decreases
    Leave  ///< the coefficient returns to 0 as lambda decreases
};

/// "enter" or "leave", as the report writes them.
[[nodiscard]] const char *pathEventName(PathEventKind kind);

/// Where one feature's coefficient changes between zero and non-zero.
struct PathEvent
{
    Eigen::Index feature = 0;
    double lambda = 0.0; ///< within relativeTolerance of the exact change point
    PathEventKind kind = PathEventKind::Enter;
};

/// Every entry and exit along a path (lasso or elastic net), in decreasing lambda.
///
/// Each change of a coefficient between zero and non-zero between neighbouring grid points is bracketed
/// by them and refined until the bracket is narrower than relativeTolerance x lambda; every probe is a
/// warm-started refit. The probes follow the margin m(lambda) = |z_j| - lambda alpha / 2 (positive exactly
/// when the coefficient is non-zero): a secant step on it (exact for the lasso, whose path is linear in
/// lambda between knots) guarded by the bracket and falling back to bisection, then a probe on each side
/// to close the bracket. Changes that happen and undo themselves between two grid points are not seen.
[[nodiscard]] std::vector<PathEvent> pathEvents(const FeatureProblem &problem, const CoefficientPath &path,
                                                double relativeTolerance = 1e-9,
                                                const SolverSettings &settings = {});

} // namespace regviz
