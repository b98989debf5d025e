// The minibatches of stochastic descent (declared in descent.h): a seeded split of the rows, each
// batch's moments, and the order the batches are visited in.

#include "regviz/core/descent.h"
#include "regviz/core/random.h"

#include <algorithm>
#include <numeric>

namespace regviz {

namespace {

// Salts that keep the row shuffle and the per-epoch visiting order apart.
constexpr std::uint64_t kRowSalt = 0x5851F42D4C957F2DULL;
constexpr std::uint64_t kOrderSalt = 0x14057B7EF767814FULL;

/// Fisher-Yates with PortableRandom, so the same seed gives the same order everywhere.
void shuffle(std::vector<std::size_t> &items, PortableRandom &random)
{
    for (std::size_t i = items.size(); i > 1; --i) {
        const auto j = static_cast<std::size_t>(random.nextUnit() * static_cast<double>(i));
        std::swap(items[i - 1], items[std::min(j, i - 1)]);
    }
}

/// The rows of each batch: a seeded shuffle cut into consecutive pieces, each sorted.
std::vector<std::vector<Eigen::Index>> batchRows(Eigen::Index n, int batchSize, std::uint64_t seed)
{
    std::vector<std::vector<Eigen::Index>> rows;
    if (n <= 0)
        return rows;
    const auto b = static_cast<std::size_t>(std::clamp<Eigen::Index>(batchSize, 1, n));
    std::vector<std::size_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (b < order.size()) {
        PortableRandom random(seed ^ kRowSalt);
        shuffle(order, random);
    }
    for (std::size_t begin = 0; begin < order.size(); begin += b) {
        const std::size_t end = std::min(begin + b, order.size());
        std::vector<Eigen::Index> batch(order.begin() + static_cast<std::ptrdiff_t>(begin),
                                        order.begin() + static_cast<std::ptrdiff_t>(end));
        std::sort(batch.begin(), batch.end());
        rows.push_back(std::move(batch));
    }
    return rows;
}

Eigen::VectorXd gather(const Eigen::VectorXd &v, const std::vector<Eigen::Index> &rows)
{
    Eigen::VectorXd out(static_cast<Eigen::Index>(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        out[static_cast<Eigen::Index>(i)] = v[rows[i]];
    return out;
}

} // namespace

Minibatches makeMinibatches(const XYData &data, int batchSize, std::uint64_t seed)
{
    Minibatches out;
    out.seed = seed;
    out.batchSize =
        static_cast<int>(std::clamp<Eigen::Index>(batchSize, 1, std::max<Eigen::Index>(data.size(), 1)));
    out.rows = batchRows(data.size(), batchSize, seed);
    for (const auto &rows : out.rows)
        out.moments.push_back(computeMoments(XYData{gather(data.x, rows), gather(data.y, rows)}));
    return out;
}

Minibatches makeMinibatches(const Dataset &data, int batchSize, std::uint64_t seed)
{
    Minibatches out;
    out.seed = seed;
    out.batchSize =
        static_cast<int>(std::clamp<Eigen::Index>(batchSize, 1, std::max<Eigen::Index>(data.size(), 1)));
    out.rows = batchRows(data.size(), batchSize, seed);
    for (const auto &rows : out.rows) {
        Dataset part;
        part.seed = data.seed;
        part.x = gather(data.x, rows);
        part.e = gather(data.e, rows);
        out.moments.push_back(computeMoments(part, 0.0, 0.0));
    }
    return out;
}

Minibatches rescaleMinibatches(const Minibatches &sameDraw, double trueWeight, double noise)
{
    Minibatches out = sameDraw;
    for (Moments &m : out.moments)
        m = rescaleMoments(m, trueWeight, noise);
    return out;
}

std::vector<std::size_t> minibatchSchedule(const Minibatches &batches, int steps)
{
    std::vector<std::size_t> schedule;
    const std::size_t count = batches.count();
    if (count == 0 || steps <= 0)
        return schedule;
    schedule.reserve(static_cast<std::size_t>(steps));
    PortableRandom random(batches.seed ^ kOrderSalt);
    std::vector<std::size_t> order(count);
    while (schedule.size() < static_cast<std::size_t>(steps)) {
        std::iota(order.begin(), order.end(), std::size_t{0});
        shuffle(order, random);
        for (const std::size_t b : order) {
            if (schedule.size() == static_cast<std::size_t>(steps))
                break;
            schedule.push_back(b);
        }
    }
    return schedule;
}

} // namespace regviz
