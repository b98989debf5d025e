#include "regviz/core/feature_moments.h"

#include "gram_kernel.h"

#include <Eigen/Core>
#include <algorithm>
#include <atomic>
#include <thread>

namespace regviz {

namespace {

constexpr Eigen::Index kBlockBytes = Eigen::Index{512} * 1024;      // one block of rows, copied and centred
constexpr Eigen::Index kMinPartitionRows = Eigen::Index{32} * 1024; // rows worth a thread of their own
constexpr Eigen::Index kMaxPartitions = 4;
constexpr double kPartitionBudgetBytes = 256.0 * 1024 * 1024; // accumulators of all partitions together

/// Running moments with only the lower triangle of the covariance kept up to date.
struct Accumulator
{
    Eigen::Index n = 0;
    Eigen::VectorXd mean;
    Eigen::MatrixXd covariance;
    Eigen::VectorXd minimum;
    Eigen::VectorXd maximum;

    explicit Accumulator(Eigen::Index q)
        : mean(Eigen::VectorXd::Zero(q)), covariance(Eigen::MatrixXd::Zero(q, q)),
          minimum(Eigen::VectorXd::Constant(q, std::numeric_limits<double>::infinity())),
          maximum(Eigen::VectorXd::Constant(q, -std::numeric_limits<double>::infinity()))
    {}

    /// Adds m rows of z, already shifted by the origin and with these column sums; z is centred in place.
    void addRows(Eigen::Ref<Eigen::MatrixXd> z, const Eigen::VectorXd &sums)
    {
        const Eigen::Index m = z.rows();
        if (m == 0)
            return;
        const Eigen::VectorXd blockMean = sums / static_cast<double>(m);
        z.rowwise() -= blockMean.transpose();
        const Eigen::Index total = n + m;
        const double wa = static_cast<double>(n) / static_cast<double>(total);
        const double wb = static_cast<double>(m) / static_cast<double>(total);
        const Eigen::VectorXd d = blockMean - mean;
        covariance *= wa;
        detail::addScaledGram(z.data(), z.outerStride(), m, z.cols(), 1.0 / static_cast<double>(total),
                              covariance.data(), covariance.outerStride());
        covariance.selfadjointView<Eigen::Lower>().rankUpdate(d, wa * wb);
        mean += wb * d;
        n = total;
    }

    void merge(const Accumulator &other)
    {
        if (other.n == 0)
            return;
        const Eigen::Index total = n + other.n;
        const double wa = static_cast<double>(n) / static_cast<double>(total);
        const double wb = static_cast<double>(other.n) / static_cast<double>(total);
        const Eigen::VectorXd d = other.mean - mean;
        covariance = wa * covariance + wb * other.covariance;
        covariance.selfadjointView<Eigen::Lower>().rankUpdate(d, wa * wb);
        mean += wb * d;
        minimum = minimum.cwiseMin(other.minimum);
        maximum = maximum.cwiseMax(other.maximum);
        n = total;
    }
};

/// Constant columns get their exact mean and exactly zero covariance (a block mean of equal values
/// can differ from them in the last bit).
void settleConstantColumns(FeatureMoments &m)
{
    for (Eigen::Index j = 0; j < m.mean.size(); ++j) {
        if (m.n > 0 && m.isConstant(j)) {
            m.mean[j] = m.minimum[j];
            m.offsetMean[j] = m.minimum[j] - m.origin[j];
            m.covariance.row(j).setZero();
            m.covariance.col(j).setZero();
        }
    }
}

FeatureMoments finish(const Accumulator &a, const Eigen::VectorXd &origin)
{
    FeatureMoments m;
    m.n = a.n;
    m.origin = origin;
    m.offsetMean = a.mean;
    m.mean = origin + a.mean;
    m.covariance = a.covariance.selfadjointView<Eigen::Lower>();
    m.minimum = a.minimum;
    m.maximum = a.maximum;
    settleConstantColumns(m);
    return m;
}

Accumulator accumulatorOf(const FeatureMoments &m)
{
    Accumulator a(m.mean.size());
    a.n = m.n;
    a.covariance = m.covariance;
    a.minimum = m.minimum;
    a.maximum = m.maximum;
    a.mean = m.offsetMean;
    return a;
}

/// Copies rows of the table into z (row r of z from table row rowOf(r)), shifted by the origin, in one
/// pass per column that also takes the column minima and maxima (of the raw values) and the sums.
template <typename RowOf>
void gatherRows(const Table &table, const Eigen::RowVectorXd &origin, Eigen::Index m, RowOf rowOf,
                Eigen::Ref<Eigen::MatrixXd> z, Accumulator &range, Eigen::VectorXd &sums)
{
    const Eigen::Index p = table.features();
    for (Eigen::Index j = 0; j <= p; ++j) {
        const double *source = j < p ? table.x.col(j).data() : table.y.data();
        double *target = z.col(j).data();
        const double shift = origin[j];
        double low = range.minimum[j];
        double high = range.maximum[j];
        double sum = 0.0;
        for (Eigen::Index r = 0; r < m; ++r) {
            const double value = source[rowOf(r)];
            low = value < low ? value : low;
            high = value > high ? value : high;
            const double shifted = value - shift;
            target[r] = shifted;
            sum += shifted;
        }
        range.minimum[j] = low;
        range.maximum[j] = high;
        sums[j] = sum;
    }
}

/// Accumulates rows [begin, end) into one accumulator per fold (k = 1 and fold empty: all rows in one).
void accumulateRows(const Table &table, std::span<const int> fold, const Eigen::RowVectorXd &origin,
                    Eigen::Index begin, Eigen::Index end, std::vector<Accumulator> &folds)
{
    const Eigen::Index q = table.features() + 1;
    const Eigen::Index blockRows = std::clamp<Eigen::Index>(kBlockBytes / (8 * q), 64, 4096);
    Eigen::MatrixXd block(blockRows, q);
    Eigen::VectorXd sums(q);
    std::vector<std::vector<Eigen::Index>> members(folds.size());
    for (Eigen::Index r0 = begin; r0 < end; r0 += blockRows) {
        const Eigen::Index m = std::min(blockRows, end - r0);
        if (folds.size() == 1) {
            auto z = block.topRows(m);
            gatherRows(
                table, origin, m, [r0](Eigen::Index r) { return r0 + r; }, z, folds[0], sums);
            folds[0].addRows(z, sums);
            continue;
        }
        for (auto &list : members)
            list.clear();
        for (Eigen::Index i = 0; i < m; ++i)
            members[static_cast<std::size_t>(fold[static_cast<std::size_t>(r0 + i)])].push_back(r0 + i);
        for (std::size_t f = 0; f < members.size(); ++f) {
            const std::vector<Eigen::Index> &rows = members[f];
            const auto count = static_cast<Eigen::Index>(rows.size());
            if (count == 0)
                continue;
            auto z = block.topRows(count);
            gatherRows(
                table, origin, count, [&rows](Eigen::Index r) { return rows[static_cast<std::size_t>(r)]; },
                z, folds[f], sums);
            folds[f].addRows(z, sums);
        }
    }
}

Eigen::RowVectorXd originOf(const Table &table)
{
    Eigen::RowVectorXd origin = Eigen::RowVectorXd::Zero(table.features() + 1);
    if (table.rows() > 0) {
        origin.head(table.features()) = table.x.row(0);
        origin[table.features()] = table.y[0];
    }
    return origin;
}

std::vector<Accumulator> accumulate(const Table &table, std::span<const int> fold, int k,
                                    const Eigen::RowVectorXd &origin, unsigned threads)
{
    const Eigen::Index n = table.rows();
    const Eigen::Index q = table.features() + 1;
    const double perPartition = 8.0 * static_cast<double>(k) * static_cast<double>(q * q);
    const auto byMemory = static_cast<Eigen::Index>(std::max(1.0, kPartitionBudgetBytes / perPartition));
    // The partitions, and so the rounding, depend on the data's shape only, never on the machine.
    const Eigen::Index partitions =
        std::clamp<Eigen::Index>(std::min(n / kMinPartitionRows, byMemory), 1, kMaxPartitions);
    std::vector<std::vector<Accumulator>> parts(
        static_cast<std::size_t>(partitions),
        std::vector<Accumulator>(static_cast<std::size_t>(k), Accumulator(q)));
    const auto work = [&](Eigen::Index part) {
        const Eigen::Index begin = n * part / partitions;
        const Eigen::Index end = n * (part + 1) / partitions;
        accumulateRows(table, fold, origin, begin, end, parts[static_cast<std::size_t>(part)]);
    };
    const unsigned hardware = std::max(1U, std::thread::hardware_concurrency());
    const auto workers = std::min<Eigen::Index>(partitions, threads == 0 ? hardware : threads);
    if (workers <= 1) {
        for (Eigen::Index part = 0; part < partitions; ++part)
            work(part);
    } else {
        std::atomic<Eigen::Index> next{0};
        const auto loop = [&] {
            for (Eigen::Index part = next++; part < partitions; part = next++)
                work(part);
        };
        std::vector<std::jthread> helpers;
        for (Eigen::Index t = 1; t < workers; ++t)
            helpers.emplace_back(loop);
        loop();
    }
    std::vector<Accumulator> merged = std::move(parts.front());
    for (std::size_t part = 1; part < parts.size(); ++part) {
        for (std::size_t f = 0; f < merged.size(); ++f)
            merged[f].merge(parts[part][f]);
    }
    return merged;
}

} // namespace

Eigen::VectorXd FeatureMoments::variances() const
{
    const Eigen::Index p = features();
    return covariance.diagonal().head(p);
}

Eigen::MatrixXd FeatureMoments::gram() const
{
    const Eigen::Index p = features();
    return covariance.topLeftCorner(p, p) + mean.head(p) * mean.head(p).transpose();
}

Eigen::VectorXd FeatureMoments::crossMoment() const
{
    const Eigen::Index p = features();
    return covariance.col(p).head(p) + mean[p] * mean.head(p);
}

double FeatureMoments::targetMoment() const
{
    const Eigen::Index p = features();
    return covariance(p, p) + mean[p] * mean[p];
}

FeatureMoments computeFeatureMoments(const Table &table, unsigned threads)
{
    const Eigen::RowVectorXd origin = originOf(table);
    std::vector<Accumulator> all = accumulate(table, {}, 1, origin, threads);
    return finish(all.front(), origin.transpose());
}

FoldMoments computeFoldMoments(const Table &table, std::span<const int> fold, int k, unsigned threads)
{
    const Eigen::RowVectorXd origin = originOf(table);
    std::vector<Accumulator> folds = accumulate(table, fold, std::max(1, k), origin, threads);
    FoldMoments result;
    Accumulator total(table.features() + 1);
    for (const Accumulator &f : folds) {
        total.merge(f);
        result.folds.push_back(finish(f, origin.transpose()));
    }
    result.total = finish(total, origin.transpose());
    return result;
}

FeatureMoments mergeMoments(const FeatureMoments &a, const FeatureMoments &b)
{
    if (a.n == 0)
        return b;
    Accumulator merged = accumulatorOf(a);
    Accumulator other = accumulatorOf(b);
    other.mean += b.origin - a.origin; // about a's origin
    merged.merge(other);
    return finish(merged, a.origin);
}

FeatureMoments trainingMoments(const FoldMoments &moments, int f)
{
    const FeatureMoments &all = moments.total;
    const FeatureMoments &out = moments.folds[static_cast<std::size_t>(f)];
    FeatureMoments m;
    m.n = all.n - out.n;
    if (out.n == 0) {
        m = all;
        return m;
    }
    const auto n = static_cast<double>(all.n);
    const auto nf = static_cast<double>(out.n);
    const auto nt = static_cast<double>(m.n);
    // Chan's merge run backwards: with e = mean_f - mean,
    // C_t = (n / n_t) C - (n_f / n_t) C_f - (n_f n / n_t^2) e e^T and mean_t = mean - (n_f / n_t) e.
    const Eigen::VectorXd e = out.offsetMean - all.offsetMean; // the same origin: no cancellation
    m.origin = all.origin;
    m.offsetMean = all.offsetMean - (nf / nt) * e;
    m.mean = m.origin + m.offsetMean;
    m.covariance =
        (n / nt) * all.covariance - (nf / nt) * out.covariance - (nf * n / (nt * nt)) * (e * e.transpose());
    const Eigen::Index q = all.mean.size();
    m.minimum = Eigen::VectorXd::Constant(q, std::numeric_limits<double>::infinity());
    m.maximum = Eigen::VectorXd::Constant(q, -std::numeric_limits<double>::infinity());
    for (std::size_t g = 0; g < moments.folds.size(); ++g) {
        if (static_cast<int>(g) == f || moments.folds[g].n == 0)
            continue;
        m.minimum = m.minimum.cwiseMin(moments.folds[g].minimum);
        m.maximum = m.maximum.cwiseMax(moments.folds[g].maximum);
    }
    settleConstantColumns(m);
    return m;
}

} // namespace regviz
