#pragma once

#include "regviz/core/table.h"

#include <Eigen/Core>
#include <cstdint>
#include <optional>
#include <string>

namespace regviz {

/// How the features of generated data are correlated (each has unit variance).
enum class CorrelationStructure
{
    Equicorrelated, ///< corr(x_j, x_k) = rho for every j != k (0 <= rho < 1)
    AutoRegressive  ///< AR(1): corr(x_j, x_k) = rho^|j - k| (-1 < rho < 1)
};

/// Data with a known sparse truth: y = X w_true + sigma e, the first nonZero of the p weights non-zero.
struct SparseDesign
{
    int features = 20;        ///< p, 2..1000
    int nonZero = 5;          ///< k, 0..p: w_true_j != 0 exactly for j < k
    double correlation = 0.0; ///< rho
    CorrelationStructure structure = CorrelationStructure::Equicorrelated;
    double noise = 1.0;         ///< sigma >= 0
    Eigen::Index samples = 200; ///< n, 2..1,000,000
    std::uint64_t seed = 42;

    friend bool operator==(const SparseDesign &, const SparseDesign &) = default;
};

/// A message naming the first invalid field, or nothing.
[[nodiscard]] std::optional<std::string> validate(const SparseDesign &design);

/// The generated table (features x1..xp, target y) and the truth behind it.
struct SparseData
{
    Table table;
    Eigen::VectorXd trueWeights; ///< p
};

/// The true weights for a design: magnitudes uniform on [0.5, 2) and random signs, from the seed alone.
[[nodiscard]] Eigen::VectorXd sparseTrueWeights(const SparseDesign &design);

/// Draws the data: per row, standard normals z_0..z_p and e from PortableRandom (rows in blocks of 4096,
/// each block with its own seed derived from the design's, filled by up to all cores), then
/// x_j = sqrt(rho) z_0 + sqrt(1 - rho) z_j (equicorrelated) or x_1 = z_1,
/// x_j = rho x_{j-1} + sqrt(1 - rho^2) z_j (AR(1)). The same design gives the same numbers everywhere.
/// The design must be valid.
[[nodiscard]] SparseData generateSparseData(const SparseDesign &design);

} // namespace regviz
