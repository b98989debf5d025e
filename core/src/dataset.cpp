#include "regviz/core/dataset.h"

#include "regviz/core/random.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace regviz {

namespace {

// Splits one user seed into two independent engine seeds (x and e streams). The constant is the
// 64-bit golden ratio, a common choice for decorrelating nearby seeds.
constexpr std::uint64_t kNoiseStreamSalt = 0x9E3779B97F4A7C15ULL;

/// SplitMix64's finaliser (Steele, Lea and Flood 2014): a bijection that scatters nearby inputs.
constexpr std::uint64_t splitMix64(std::uint64_t z)
{
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
}

/// The engine seed of one block of a stream. Block 0 uses the stream seed itself, so draws of up to
/// kDatasetBlock points are the plain streams; later blocks get scattered seeds of their own.
std::uint64_t blockSeed(std::uint64_t streamSeed, Eigen::Index block)
{
    if (block == 0)
        return streamSeed;
    return splitMix64(streamSeed + static_cast<std::uint64_t>(block) * kNoiseStreamSalt);
}

void fillBlock(Dataset &data, Eigen::Index block)
{
    const Eigen::Index begin = block * kDatasetBlock;
    const Eigen::Index end = std::min(begin + kDatasetBlock, data.size());
    PortableRandom xSource(blockSeed(data.seed, block));
    for (Eigen::Index i = begin; i < end; ++i)
        data.x[i] = xSource.nextUniform(-1.0, 1.0);
    PortableRandom noiseSource(blockSeed(data.seed ^ kNoiseStreamSalt, block));
    for (Eigen::Index i = begin; i < end; ++i)
        data.e[i] = noiseSource.nextNormal();
}

} // namespace

Dataset generateDataset(std::uint64_t seed, Eigen::Index n)
{
    Dataset data;
    data.seed = seed;
    data.x.resize(std::max<Eigen::Index>(n, 0));
    data.e.resize(data.x.size());
    const Eigen::Index blocks = (data.size() + kDatasetBlock - 1) / kDatasetBlock;
    // Blocks are independent, so a large draw is shared out over the cores; each thread also takes the
    // first-touch page faults of the memory it fills.
    const auto cores = static_cast<Eigen::Index>(std::max(1U, std::thread::hardware_concurrency()));
    const Eigen::Index workers = std::min({blocks, cores, Eigen::Index{8}});
    if (workers <= 1) {
        for (Eigen::Index b = 0; b < blocks; ++b)
            fillBlock(data, b);
        return data;
    }
    std::atomic<Eigen::Index> next{0};
    const auto work = [&data, &next, blocks] {
        for (Eigen::Index b = next++; b < blocks; b = next++)
            fillBlock(data, b);
    };
    {
        std::vector<std::jthread> helpers;
        helpers.reserve(static_cast<std::size_t>(workers - 1));
        for (Eigen::Index t = 1; t < workers; ++t)
            helpers.emplace_back(work);
        work();
    } // every helper has joined: the draw is complete
    return data;
}

Eigen::VectorXd responses(const Dataset &data, double trueWeight, double noise)
{
    return trueWeight * data.x + noise * data.e;
}

PointSample displaySample(const Dataset &data, double trueWeight, double noise, Eigen::Index maxPoints)
{
    const Eigen::Index k = std::clamp<Eigen::Index>(maxPoints, 0, data.size());
    PointSample sample;
    sample.x = data.x.head(k);
    sample.y = trueWeight * data.x.head(k) + noise * data.e.head(k);
    return sample;
}

PointSample displaySample(const XYData &data, Eigen::Index maxPoints)
{
    const Eigen::Index n = data.size();
    const Eigen::Index k = std::clamp<Eigen::Index>(maxPoints, 0, n);
    PointSample sample;
    sample.x.resize(k);
    sample.y.resize(k);
    for (Eigen::Index i = 0; i < k; ++i) {
        // Row floor(i n / k): evenly spread, first row included, every row when k == n.
        const Eigen::Index row = i * n / k; // i n fits easily in 64 bits for any loadable file
        sample.x[i] = data.x[row];
        sample.y[i] = data.y[row];
    }
    return sample;
}

} // namespace regviz
