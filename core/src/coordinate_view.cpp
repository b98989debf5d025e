#include "regviz/core/coordinate_view.h"

#include <algorithm>

namespace regviz {

CoordinateView coordinateView(const FeatureProblem &problem, const Eigen::VectorXd &v, Eigen::Index j,
                              double lambda, double alpha)
{
    CoordinateView view;
    view.feature = j;
    view.fixedAtZero = problem.fixedAtZero[static_cast<std::size_t>(j)];
    view.weight = v[j];
    view.scale = problem.scale[j];
    view.originalWeight = view.fixedAtZero ? 0.0 : v[j] / problem.scale[j];
    view.sxx = problem.gram(j, j);
    // z_j = xy_j - sum_{k != j} gram_jk v_k: the same expression the solver's update uses.
    view.sxy = problem.xy[j] - problem.gram.col(j).dot(v) + view.sxx * v[j];
    view.threshold = lambda / 2.0;
    // mean(r_j^2) with r_j = t - U v + u_j v_j: yy - 2 xy^T v + v^T G v + 2 v_j (xy_j - (G v)_j) + G_jj
    // v_j^2.
    const Eigen::VectorXd gv = problem.gram * v;
    const double residual = problem.yy - 2.0 * problem.xy.dot(v) + v.dot(gv);
    const double syy = residual + 2.0 * v[j] * (problem.xy[j] - gv[j]) + view.sxx * v[j] * v[j];
    view.moments.sxx = view.sxx;
    view.moments.sxy = view.sxy;
    view.moments.syy = std::max(syy, view.sxy * view.sxy / std::max(view.sxx, 1e-300)); // MSE never < 0
    view.moments.n = problem.n;
    Regularization reg;
    reg.lambda = lambda;
    reg.alpha = alpha;
    view.minimizers = computeMinimizers(view.moments, reg);
    return view;
}

} // namespace regviz
