#include "ui/plots/plot_data.h"

#include <algorithm>

namespace regviz {

QVector<double> toQVector(const Eigen::VectorXd &values)
{
    return QVector<double>(values.data(), values.data() + values.size());
}

std::vector<Eigen::Index> displayIndices(const Eigen::VectorXd &grid, Eigen::Index maxPoints)
{
    const Eigen::Index n = grid.size();
    std::vector<Eigen::Index> indices;
    if (n == 0)
        return indices;
    const Eigen::Index stride =
        std::max<Eigen::Index>(1, (n + maxPoints - 1) / std::max<Eigen::Index>(maxPoints, 1));
    indices.reserve(static_cast<std::size_t>(n / stride + 4));
    for (Eigen::Index i = 0; i < n; i += stride)
        indices.push_back(i);
    indices.push_back(n - 1);
    // Keep the kink: the last point at or below 0 and the first above it.
    for (Eigen::Index i = 0; i + 1 < n; ++i) {
        if (grid[i] <= 0.0 && grid[i + 1] > 0.0) {
            indices.push_back(i);
            indices.push_back(i + 1);
            break;
        }
    }
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    return indices;
}

QVector<double> pick(const Eigen::VectorXd &values, const std::vector<Eigen::Index> &indices)
{
    QVector<double> out;
    out.reserve(static_cast<qsizetype>(indices.size()));
    for (const Eigen::Index i : indices)
        out.append(values[i]);
    return out;
}

} // namespace regviz
