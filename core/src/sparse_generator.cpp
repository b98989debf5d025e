#include "regviz/core/sparse_generator.h"

#include "regviz/core/random.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>
#include <vector>

namespace regviz {

namespace {

constexpr Eigen::Index kRowBlock = 4096;
constexpr std::uint64_t kWeightSalt = 0xD1B54A32D192ED03ULL;
constexpr std::uint64_t kBlockSalt = 0x9E3779B97F4A7C15ULL;

/// SplitMix64's finaliser (Steele, Lea and Flood 2014): a bijection that scatters nearby inputs.
constexpr std::uint64_t splitMix64(std::uint64_t z)
{
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
}

void fillBlock(const SparseDesign &design, const Eigen::VectorXd &w, Eigen::Index block, Table &table)
{
    const Eigen::Index p = design.features;
    const Eigen::Index begin = block * kRowBlock;
    const Eigen::Index end = std::min(begin + kRowBlock, design.samples);
    PortableRandom random(splitMix64(design.seed + static_cast<std::uint64_t>(block + 1) * kBlockSalt));
    const double rho = design.correlation;
    const bool equi = design.structure == CorrelationStructure::Equicorrelated;
    const double shared = equi ? std::sqrt(rho) : rho;
    const double own = equi ? std::sqrt(1.0 - rho) : std::sqrt(1.0 - rho * rho);
    const Eigen::Index n = design.samples;
    double *x = table.x.data();
    for (Eigen::Index i = begin; i < end; ++i) {
        const double common = equi ? random.nextNormal() : 0.0;
        double previous = 0.0;
        double y = 0.0;
        for (Eigen::Index j = 0; j < p; ++j) {
            const double z = random.nextNormal();
            double value = 0.0;
            if (equi)
                value = shared * common + own * z;
            else
                value = j == 0 ? z : shared * previous + own * z;
            previous = value;
            x[j * n + i] = value;
            y += w[j] * value;
        }
        table.y[i] = y + design.noise * random.nextNormal();
    }
}

} // namespace

std::optional<std::string> validate(const SparseDesign &design)
{
    if (design.features < 2 || design.features > 1000)
        return "the number of features must be 2..1000";
    if (design.nonZero < 0 || design.nonZero > design.features)
        return "the number of non-zero true weights must be 0..p";
    if (design.samples < 2 || design.samples > 1'000'000)
        return "the number of samples must be 2..1,000,000";
    if (!std::isfinite(design.noise) || design.noise < 0.0 || design.noise > 1e6)
        return "the noise must be finite and >= 0";
    const double rho = design.correlation;
    if (design.structure == CorrelationStructure::Equicorrelated && !(rho >= 0.0 && rho <= 0.99))
        return "an equicorrelated design needs 0 <= rho <= 0.99";
    if (design.structure == CorrelationStructure::AutoRegressive && !(rho >= -0.99 && rho <= 0.99))
        return "an AR(1) design needs -0.99 <= rho <= 0.99";
    return std::nullopt;
}

Eigen::VectorXd sparseTrueWeights(const SparseDesign &design)
{
    Eigen::VectorXd w = Eigen::VectorXd::Zero(design.features);
    PortableRandom random(design.seed ^ kWeightSalt);
    for (Eigen::Index j = 0; j < design.nonZero; ++j) {
        const double size = random.nextUniform(0.5, 2.0);
        w[j] = random.nextUnit() < 0.5 ? -size : size;
    }
    return w;
}

SparseData generateSparseData(const SparseDesign &design)
{
    SparseData data;
    data.trueWeights = sparseTrueWeights(design);
    Table &table = data.table;
    for (int j = 0; j < design.features; ++j)
        table.featureNames.push_back("x" + std::to_string(j + 1));
    table.targetName = "y";
    table.x.resize(design.samples, design.features);
    table.y.resize(design.samples);
    const Eigen::Index blocks = (design.samples + kRowBlock - 1) / kRowBlock;
    const auto cores = static_cast<Eigen::Index>(std::max(1U, std::thread::hardware_concurrency()));
    const Eigen::Index workers = std::min({blocks, cores, Eigen::Index{8}});
    std::atomic<Eigen::Index> next{0};
    const auto work = [&] {
        for (Eigen::Index b = next++; b < blocks; b = next++)
            fillBlock(design, data.trueWeights, b, table);
    };
    {
        std::vector<std::jthread> helpers;
        for (Eigen::Index t = 1; t < workers; ++t)
            helpers.emplace_back(work);
        work();
    }
    return data;
}

} // namespace regviz
