#pragma once

#include "regviz/core/sparse_generator.h"
#include "regviz/core/table.h"

#include <Eigen/Core>
#include <QString>
#include <memory>
#include <optional>

namespace regviz {

/// A table for the many-feature mode and where it came from, or why it could not be had.
struct FeatureData
{
    std::shared_ptr<const Table> table;
    std::optional<Eigen::VectorXd> trueWeights; ///< the generator's truth
    QString source;                             ///< the file name, or a description of the generator
    QString error;                              ///< why there is no table (file, line and column named)
};

/// The diabetes data of Efron, Hastie, Johnstone and Tibshirani, "Least Angle Regression" (2004): 442
/// patients, 10 measurements and the disease progression y, shipped inside the binary.
inline constexpr const char *kDiabetesResource = ":/data/diabetes.csv";

/// Reads a CSV table (header optional, any number of numeric columns) with `target` as y (empty: the
/// last column). There is no fixed size cap: only a table that would not fit in memory is refused.
[[nodiscard]] FeatureData loadFeatureTable(const QString &path, const QString &target = QString());

/// Draws the generator's data with its known sparse truth (the design must be valid).
[[nodiscard]] FeatureData generateFeatureTable(const SparseDesign &design);

/// How many columns the first non-blank line of a CSV file has (0 when it cannot be read): a file of
/// more than two opens in the many-feature mode.
[[nodiscard]] int csvColumnCount(const QString &path);

} // namespace regviz
