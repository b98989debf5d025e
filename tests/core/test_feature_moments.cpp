#include "regviz/core/feature_moments.h"
#include "regviz/core/sparse_generator.h"

#include <Eigen/Core>
#include <cmath>
#include <gtest/gtest.h>
#include <vector>

namespace {

/// The same moments in long double, two passes (mean, then centred products): the reference.
struct Reference
{
    std::vector<long double> mean;
    std::vector<std::vector<long double>> covariance;
};

Reference reference(const regviz::Table &t)
{
    const Eigen::Index n = t.rows();
    const Eigen::Index q = t.features() + 1;
    const auto value = [&t](Eigen::Index i, Eigen::Index j) {
        return static_cast<long double>(j < t.features() ? t.x(i, j) : t.y[i]);
    };
    Reference r;
    r.mean.assign(static_cast<std::size_t>(q), 0.0L);
    r.covariance.assign(static_cast<std::size_t>(q),
                        std::vector<long double>(static_cast<std::size_t>(q), 0.0L));
    for (Eigen::Index j = 0; j < q; ++j) {
        for (Eigen::Index i = 0; i < n; ++i)
            r.mean[static_cast<std::size_t>(j)] += value(i, j);
        r.mean[static_cast<std::size_t>(j)] /= static_cast<long double>(n);
    }
    for (Eigen::Index a = 0; a < q; ++a) {
        for (Eigen::Index b = 0; b < q; ++b) {
            long double sum = 0.0L;
            for (Eigen::Index i = 0; i < n; ++i)
                sum += (value(i, a) - r.mean[static_cast<std::size_t>(a)]) *
                       (value(i, b) - r.mean[static_cast<std::size_t>(b)]);
            r.covariance[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)] =
                sum / static_cast<long double>(n);
        }
    }
    return r;
}

regviz::Table shiftedTable(Eigen::Index n, int p, double shift)
{
    regviz::SparseDesign design;
    design.features = p;
    design.nonZero = 2;
    design.correlation = 0.4;
    design.samples = n;
    design.seed = 3;
    regviz::Table t = regviz::generateSparseData(design).table;
    // Large means over unit spreads: a naive sum of squares would lose most digits to cancellation.
    for (Eigen::Index j = 0; j < p; ++j)
        t.x.col(j).array() += shift * static_cast<double>(j + 1);
    t.y.array() += shift;
    return t;
}

void expectMatchesReference(const regviz::FeatureMoments &m, const regviz::Table &t)
{
    const Reference r = reference(t);
    const Eigen::Index q = t.features() + 1;
    ASSERT_EQ(m.n, t.rows());
    for (Eigen::Index a = 0; a < q; ++a) {
        const long double meanRef = r.mean[static_cast<std::size_t>(a)];
        // The mean is exact to rounding on the scale of the data: its size plus its spread.
        const double spread = std::sqrt(
            static_cast<double>(r.covariance[static_cast<std::size_t>(a)][static_cast<std::size_t>(a)]));
        EXPECT_NEAR(m.mean[a], static_cast<double>(meanRef),
                    1e-14 * (std::abs(static_cast<double>(meanRef)) + spread));
        for (Eigen::Index b = 0; b < q; ++b) {
            const auto cov =
                static_cast<double>(r.covariance[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)]);
            const double scale = std::sqrt(
                static_cast<double>(r.covariance[static_cast<std::size_t>(a)][static_cast<std::size_t>(a)] *
                                    r.covariance[static_cast<std::size_t>(b)][static_cast<std::size_t>(b)]));
            EXPECT_NEAR(m.covariance(a, b), cov, 1e-12 * scale) << a << "," << b;
        }
    }
    // The raw moments follow from the centred ones.
    const Eigen::Index p = t.features();
    const Eigen::MatrixXd gram = t.x.transpose() * t.x / static_cast<double>(t.rows());
    EXPECT_LT((m.gram() - gram).cwiseAbs().maxCoeff(), 1e-12 * gram.cwiseAbs().maxCoeff());
    const Eigen::VectorXd xy = t.x.transpose() * t.y / static_cast<double>(t.rows());
    EXPECT_LT((m.crossMoment() - xy).cwiseAbs().maxCoeff(), 1e-12 * xy.cwiseAbs().maxCoeff());
    EXPECT_NEAR(m.targetMoment(), t.y.squaredNorm() / static_cast<double>(t.rows()),
                1e-12 * m.targetMoment());
    EXPECT_EQ(m.covariance, m.covariance.transpose());
    EXPECT_EQ(m.features(), p);
}

TEST(FeatureMoments, OnePassEqualsLongDoubleRecomputation)
{
    for (const double shift : {0.0, 1e3, 1e6}) {
        const regviz::Table t = shiftedTable(5000, 4, shift);
        expectMatchesReference(regviz::computeFeatureMoments(t), t);
    }
}

TEST(FeatureMoments, PartitionsAndThreadsDoNotChangeTheResult)
{
    // 70,000 rows: two partitions of the pass, so two threads when the machine has them.
    const regviz::Table t = shiftedTable(70'000, 3, 1e4);
    const regviz::FeatureMoments one = regviz::computeFeatureMoments(t, 1);
    const regviz::FeatureMoments two = regviz::computeFeatureMoments(t, 2);
    EXPECT_EQ(one.mean, two.mean);
    EXPECT_EQ(one.covariance, two.covariance);
    expectMatchesReference(two, t);
}

TEST(FeatureMoments, FoldsMergeToTheTotalAndTrainingIsTheTotalMinusTheFold)
{
    const regviz::Table t = shiftedTable(1000, 3, 100.0);
    const int k = 4;
    std::vector<int> fold(1000);
    for (std::size_t i = 0; i < fold.size(); ++i)
        fold[i] = static_cast<int>((i * 7U) % 4U);
    const regviz::FoldMoments folds = regviz::computeFoldMoments(t, fold, k);
    expectMatchesReference(folds.total, t);
    for (int f = 0; f < k; ++f) {
        regviz::Table inside;
        regviz::Table outside;
        std::vector<Eigen::Index> in;
        std::vector<Eigen::Index> out;
        for (Eigen::Index i = 0; i < 1000; ++i)
            (fold[static_cast<std::size_t>(i)] == f ? in : out).push_back(i);
        inside.x = t.x(in, Eigen::all);
        inside.y = t.y(in);
        outside.x = t.x(out, Eigen::all);
        outside.y = t.y(out);
        expectMatchesReference(folds.folds[static_cast<std::size_t>(f)], inside);
        expectMatchesReference(regviz::trainingMoments(folds, f), outside);
    }
    const regviz::FeatureMoments merged = regviz::mergeMoments(folds.folds[0], folds.folds[1]);
    EXPECT_EQ(merged.n, folds.folds[0].n + folds.folds[1].n);
}

TEST(FeatureMoments, ConstantColumnsAreExactAndFlagged)
{
    regviz::Table t = shiftedTable(3000, 3, 0.0);
    t.x.col(1).setConstant(0.7);
    const regviz::FeatureMoments m = regviz::computeFeatureMoments(t);
    EXPECT_TRUE(m.isConstant(1));
    EXPECT_FALSE(m.isConstant(0));
    EXPECT_EQ(m.mean[1], 0.7);
    EXPECT_EQ(m.covariance.row(1).cwiseAbs().maxCoeff(), 0.0);
    EXPECT_EQ(m.covariance.col(1).cwiseAbs().maxCoeff(), 0.0);
    // A column constant on the training rows of a fold only is constant there.
    std::vector<int> fold(3000, 1);
    fold[5] = 0;
    t.x(5, 2) = 1e3;
    for (Eigen::Index i = 0; i < 3000; ++i) {
        if (i != 5)
            t.x(i, 2) = 2.5;
    }
    const regviz::FoldMoments folds = regviz::computeFoldMoments(t, fold, 2);
    EXPECT_FALSE(folds.total.isConstant(2));
    const regviz::FeatureMoments training = regviz::trainingMoments(folds, 0);
    EXPECT_TRUE(training.isConstant(2));
    EXPECT_EQ(training.mean[2], 2.5);
    EXPECT_EQ(training.covariance(2, 2), 0.0);
}

} // namespace
