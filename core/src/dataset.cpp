#include "regviz/core/dataset.h"

#include "regviz/core/random.h"

#include <algorithm>
#include <thread>

namespace regviz {

namespace {
// Splits one user seed into two independent engine seeds (x and e streams). The constant is the
// 64-bit golden ratio, a common choice for decorrelating nearby seeds.
constexpr std::uint64_t kNoiseStreamSalt = 0x9E3779B97F4A7C15ULL;
} // namespace

Dataset generateDataset(std::uint64_t seed, Eigen::Index n)
{
    Dataset data;
    data.seed = seed;
    data.x.resize(std::max<Eigen::Index>(n, 0));
    data.e.resize(data.x.size());
    // x and e come from independent streams, so a large draw fills them on two threads at once.
    const auto fillNoise = [&data, seed] {
        PortableRandom source(seed ^ kNoiseStreamSalt);
        for (Eigen::Index i = 0; i < data.e.size(); ++i)
            data.e[i] = source.nextNormal();
    };
    constexpr Eigen::Index kThreadWorthIt = 50'000;
    std::thread noise;
    if (data.e.size() >= kThreadWorthIt)
        noise = std::thread(fillNoise);
    PortableRandom xSource(seed);
    for (Eigen::Index i = 0; i < data.x.size(); ++i)
        data.x[i] = xSource.nextUniform(-1.0, 1.0);
    if (noise.joinable())
        noise.join();
    else
        fillNoise();
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
