#pragma once

#include <Eigen/Core>
#include <string>
#include <vector>

namespace regviz {

/// A table of many features and one target: the data of the many-feature mode.
///
/// x is n x p and column-major, so each feature's n values are contiguous (what the moments pass and a
/// column export read); y holds the n target values. featureNames has p entries, in column order.
struct Table
{
    std::vector<std::string> featureNames;
    std::string targetName;
    Eigen::MatrixXd x;
    Eigen::VectorXd y;

    [[nodiscard]] Eigen::Index rows() const { return x.rows(); }
    [[nodiscard]] Eigen::Index features() const { return x.cols(); }
};

} // namespace regviz
