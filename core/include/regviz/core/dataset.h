#pragma once

#include <Eigen/Core>
#include <cstdint>

namespace regviz {

/// The article's 1-D data before scaling: x uniform on [-1, 1] and unit noise e ~ N(0, 1).
///
/// Drawn once per (seed, n); y = w_true x + sigma e is formed on demand, so moving the true-weight or
/// noise slider rescales the same draw. x and e come from two independent streams, so the first k points
/// are the same for every n >= k: growing n adds points instead of redrawing the cloud, and any prefix
/// is a fair random subsample of the whole. Each stream is cut into blocks of kDatasetBlock points with
/// an engine of their own (block 0 seeded with the stream seed, later blocks with scattered seeds), so
/// a large draw is filled on several threads and still does not depend on their number.
struct Dataset
{
    std::uint64_t seed = 0;
    Eigen::VectorXd x;
    Eigen::VectorXd e;

    [[nodiscard]] Eigen::Index size() const { return x.size(); }
};

/// Points per independently seeded block of each stream.
inline constexpr Eigen::Index kDatasetBlock = 65'536;

/// Draws a dataset of n points (n >= 0) for the seed, with PortableRandom.
[[nodiscard]] Dataset generateDataset(std::uint64_t seed, Eigen::Index n);

/// y_i = trueWeight x_i + noise e_i for every point.
[[nodiscard]] Eigen::VectorXd responses(const Dataset &data, double trueWeight, double noise);

/// Measured (x, y) pairs, e.g. imported from a CSV file, used instead of a generated draw.
struct XYData
{
    Eigen::VectorXd x;
    Eigen::VectorXd y;

    [[nodiscard]] Eigen::Index size() const { return x.size(); }
};

/// The first min(n, maxPoints) points as (x, y): a fair random subsample, for drawing a large cloud.
struct PointSample
{
    Eigen::VectorXd x;
    Eigen::VectorXd y;
};
[[nodiscard]] PointSample displaySample(const Dataset &data, double trueWeight, double noise,
                                        Eigen::Index maxPoints);

/// At most maxPoints of measured data, evenly strided over the rows (their order may not be random, so
/// a prefix would not be a fair sample). All of them when there are no more than maxPoints.
[[nodiscard]] PointSample displaySample(const XYData &data, Eigen::Index maxPoints);

} // namespace regviz
