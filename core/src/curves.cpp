#include "regviz/core/curves.h"

namespace regviz {

Curves computeCurves(const Moments &m, const Regularization &reg, double wMin, double wMax,
                     Eigen::Index gridSize)
{
    Curves c;
    computeCurves(m, reg, wMin, wMax, gridSize, c);
    return c;
}

void computeCurves(const Moments &m, const Regularization &reg, double wMin, double wMax,
                   Eigen::Index gridSize, Curves &c)
{
    // Assigning to a vector of the same size reuses its storage.
    c.w = Eigen::VectorXd::LinSpaced(gridSize, wMin, wMax);
    const auto w = c.w.array();
    const double l1 = l1Weight(Penalty::ElasticNet, reg);
    const double l2 = l2Weight(Penalty::ElasticNet, reg);

    // Same expansion as regviz::mse(), clamped for the same reason.
    c.mse = (m.syy - 2.0 * m.sxy * w + m.sxx * w.square()).max(0.0).matrix();
    c.l1 = (reg.lambda * w.abs()).matrix();
    c.l2 = (reg.lambda * w.square()).matrix();
    c.elastic = (l1 * w.abs() + l2 * w.square()).matrix();
    c.mseL1 = c.mse + c.l1;
    c.mseL2 = c.mse + c.l2;
    c.mseElastic = c.mse + c.elastic;

    // Eigen's sign(0) is 0, as the convention wants.
    c.dMse = (2.0 * (m.sxx * w - m.sxy)).matrix();
    c.dL1 = (reg.lambda * w.sign()).matrix();
    c.dL2 = (2.0 * reg.lambda * w).matrix();
    c.dElastic = (l1 * w.sign() + 2.0 * l2 * w).matrix();
    c.dMseL1 = c.dMse + c.dL1;
    c.dMseL2 = c.dMse + c.dL2;
    c.dMseElastic = c.dMse + c.dElastic;
}

GridMinimum gridMinimum(const Eigen::VectorXd &grid, const Eigen::VectorXd &values)
{
    GridMinimum best;
    best.value = values.minCoeff(&best.index);
    best.w = grid[best.index];
    best.atEdge = best.index == 0 || best.index == grid.size() - 1;
    return best;
}

GridMinima gridMinima(const Curves &curves)
{
    return {gridMinimum(curves.w, curves.mse), gridMinimum(curves.w, curves.mseL1),
            gridMinimum(curves.w, curves.mseL2), gridMinimum(curves.w, curves.mseElastic)};
}

CurveValues evaluateCurves(const Moments &m, const Regularization &reg, double w)
{
    CurveValues v;
    v.w = w;
    v.mse = mse(m, w);
    v.l1 = penalty(Penalty::L1, reg, w);
    v.l2 = penalty(Penalty::L2, reg, w);
    v.elastic = penalty(Penalty::ElasticNet, reg, w);
    v.mseL1 = v.mse + v.l1;
    v.mseL2 = v.mse + v.l2;
    v.mseElastic = v.mse + v.elastic;
    return v;
}

} // namespace regviz
