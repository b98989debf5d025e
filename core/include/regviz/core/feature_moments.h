#pragma once

#include "regviz/core/table.h"

#include <Eigen/Core>
#include <span>
#include <vector>

namespace regviz {

/// The moments of a table [X y] that every many-feature fit comes from: once they are known, nothing
/// else needs the n rows.
///
/// Stored centred (means and the population covariance, both over the n rows) because that is what
/// the subtraction-free merge of blocks gives; the raw moments X'X/n, X'y/n and y'y/n follow as
/// covariance + mean mean^T. Index p (the last) is the target y; 0..p-1 are the features.
struct FeatureMoments
{
    Eigen::Index n = 0;
    Eigen::VectorXd mean;       ///< p + 1 column means
    Eigen::MatrixXd covariance; ///< (p + 1) x (p + 1): (1/n) sum (z_i - mean)(z_i - mean)^T, symmetric
    Eigen::VectorXd minimum;    ///< p + 1 column minima
    Eigen::VectorXd maximum;    ///< p + 1 column maxima
    /// The point the rows were accumulated about (the table's first row) and the mean relative to it,
    /// mean = origin + offsetMean: differences of means (merging, removing a fold) are taken on
    /// offsetMean, so a large common mean costs no precision.
    Eigen::VectorXd origin;
    Eigen::VectorXd offsetMean;

    [[nodiscard]] Eigen::Index features() const { return mean.size() - 1; }
    /// Every value of column j is the same; its mean is then exactly that value and its covariance
    /// row and column exactly 0.
    [[nodiscard]] bool isConstant(Eigen::Index j) const { return minimum[j] == maximum[j]; }
    /// Population variances of the features (p).
    [[nodiscard]] Eigen::VectorXd variances() const;
    /// X'X / n (p x p).
    [[nodiscard]] Eigen::MatrixXd gram() const;
    /// X'y / n (p).
    [[nodiscard]] Eigen::VectorXd crossMoment() const;
    /// y'y / n.
    [[nodiscard]] double targetMoment() const;
};

/// The moments of the whole table in one pass over its rows: the rows shifted by the first row, then
/// blocks of rows that fit in cache, each centred on its own mean and merged by Chan, Golub and LeVeque's
/// update (no subtraction of large sums, so no cancellation), shared out over up to `threads` cores (0: all,
/// at most 4 partitions). Only one block of rows is ever copied. The result does not depend on the number of
/// threads.
[[nodiscard]] FeatureMoments computeFeatureMoments(const Table &table, unsigned threads = 0);

/// The moments of each of k folds and of the whole table, from the same single pass.
struct FoldMoments
{
    FeatureMoments total;
    std::vector<FeatureMoments> folds; ///< k; a fold without rows has n = 0
};

/// fold[i] in 0..k-1 is the fold of row i (fold.size() == table.rows(), k >= 1).
[[nodiscard]] FoldMoments computeFoldMoments(const Table &table, std::span<const int> fold, int k,
                                             unsigned threads = 0);

/// The moments of the rows of a and b together.
[[nodiscard]] FeatureMoments mergeMoments(const FeatureMoments &a, const FeatureMoments &b);

/// The moments of every row outside fold f: the total minus the fold, O(p^2) (the minima and maxima
/// from the other folds, so a column constant on the training rows is recognised as such).
[[nodiscard]] FeatureMoments trainingMoments(const FoldMoments &moments, int f);

} // namespace regviz
