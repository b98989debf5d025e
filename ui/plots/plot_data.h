#pragma once

// Eigen to Qt at the ui boundary: the one place core's vectors become what QCustomPlot draws.

#include <Eigen/Core>
#include <QVector>
#include <vector>

namespace regviz {

/// Eigen to Qt at the ui boundary: the one conversion every panel uses.
QVector<double> toQVector(const Eigen::VectorXd &values);

/// The grid points worth drawing: about maxPoints of them, evenly strided, always both ends and the
/// points on either side of w = 0 (where |w| has its kink). A 2,001-point grid is exact for the numbers
/// but several points per pixel for the eye; drawing fewer keeps a replot cheap without changing the shape.
/// Between kinks every curve drawn is at most quadratic, a w² + b w + c, and a chord of width h strays
/// a h²/4 from it: at 200 points over the default range (h = 0.0125) that is 4e-5 a, far under a pixel
/// even at scale 4. Stroking cost grows with the segment count, so more points only cost time.
inline constexpr Eigen::Index kCurvePoints = 200;
std::vector<Eigen::Index> displayIndices(const Eigen::VectorXd &grid, Eigen::Index maxPoints = kCurvePoints);

/// values at the given indices, as Qt wants them.
QVector<double> pick(const Eigen::VectorXd &values, const std::vector<Eigen::Index> &indices);

} // namespace regviz
