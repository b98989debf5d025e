#pragma once

// Internal to regviz_core: the inner loop of the moments pass.

#include <Eigen/Core>

namespace regviz::detail {

/// c(a, b) += alpha sum_r z(r, a) z(r, b) for every a >= b (entries above the diagonal may be written
/// too; callers read the lower triangle only). z is m x q column-major with leading dimension ldz, c is
/// q x q column-major with leading dimension ldc. Uses AVX2 and FMA when the processor has them (chosen
/// at run time, so the library still runs on any x86-64), Eigen's rank update otherwise.
void addScaledGram(const double *z, Eigen::Index ldz, Eigen::Index m, Eigen::Index q, double alpha, double *c,
                   Eigen::Index ldc);

} // namespace regviz::detail
