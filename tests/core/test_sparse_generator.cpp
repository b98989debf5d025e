#include "regviz/core/feature_moments.h"
#include "regviz/core/sparse_generator.h"

#include <Eigen/Core>
#include <cmath>
#include <gtest/gtest.h>

namespace {

regviz::SparseDesign design(regviz::CorrelationStructure structure, double rho)
{
    regviz::SparseDesign d;
    d.features = 8;
    d.nonZero = 3;
    d.correlation = rho;
    d.structure = structure;
    d.noise = 0.5;
    d.samples = 20'000;
    d.seed = 11;
    return d;
}

Eigen::MatrixXd correlation(const regviz::Table &t)
{
    const regviz::FeatureMoments m = regviz::computeFeatureMoments(t);
    const Eigen::Index p = t.features();
    const Eigen::VectorXd sd = m.variances().cwiseSqrt();
    return sd.cwiseInverse().asDiagonal() * m.covariance.topLeftCorner(p, p) * sd.cwiseInverse().asDiagonal();
}

TEST(SparseGenerator, ReproducibleBySeedAndDifferentAcrossSeeds)
{
    const regviz::SparseDesign d = design(regviz::CorrelationStructure::Equicorrelated, 0.5);
    const regviz::SparseData a = regviz::generateSparseData(d);
    const regviz::SparseData b = regviz::generateSparseData(d);
    EXPECT_EQ(a.table.x, b.table.x);
    EXPECT_EQ(a.table.y, b.table.y);
    EXPECT_EQ(a.trueWeights, b.trueWeights);
    regviz::SparseDesign other = d;
    other.seed = 12;
    const regviz::SparseData c = regviz::generateSparseData(other);
    EXPECT_NE(a.table.x(0, 0), c.table.x(0, 0));
    EXPECT_NE(a.trueWeights, c.trueWeights);
    // A longer draw starts with the shorter one (rows are drawn in seeded blocks).
    other = d;
    other.samples = 30'000;
    EXPECT_EQ(regviz::generateSparseData(other).table.x.topRows(20'000), a.table.x);
}

TEST(SparseGenerator, ExactlyKNonZeroTruthsFirst)
{
    for (int k : {0, 1, 3, 8}) {
        regviz::SparseDesign d = design(regviz::CorrelationStructure::AutoRegressive, 0.3);
        d.nonZero = k;
        const Eigen::VectorXd w = regviz::sparseTrueWeights(d);
        for (Eigen::Index j = 0; j < w.size(); ++j) {
            if (j < k) {
                EXPECT_GE(std::abs(w[j]), 0.5);
                EXPECT_LT(std::abs(w[j]), 2.0);
            } else {
                EXPECT_EQ(w[j], 0.0);
            }
        }
    }
    // Signs come from the seed: over many seeds both appear.
    int negative = 0;
    for (std::uint64_t seed = 0; seed < 40; ++seed) {
        regviz::SparseDesign d = design(regviz::CorrelationStructure::Equicorrelated, 0.0);
        d.seed = seed;
        negative += regviz::sparseTrueWeights(d)[0] < 0.0 ? 1 : 0;
    }
    EXPECT_GT(negative, 5);
    EXPECT_LT(negative, 35);
}

TEST(SparseGenerator, CorrelationStructureAndNoiseAsSpecified)
{
    const regviz::SparseData equi =
        regviz::generateSparseData(design(regviz::CorrelationStructure::Equicorrelated, 0.6));
    const Eigen::MatrixXd c = correlation(equi.table);
    EXPECT_NEAR(c(0, 1), 0.6, 0.03);
    EXPECT_NEAR(c(2, 7), 0.6, 0.03);
    const regviz::SparseData ar =
        regviz::generateSparseData(design(regviz::CorrelationStructure::AutoRegressive, 0.7));
    const Eigen::MatrixXd a = correlation(ar.table);
    EXPECT_NEAR(a(0, 1), 0.7, 0.03);
    EXPECT_NEAR(a(3, 5), 0.49, 0.03);
    EXPECT_NEAR(a(0, 7), std::pow(0.7, 7), 0.03);
    // y - X w_true is the noise: sd 0.5.
    const Eigen::VectorXd e = ar.table.y - ar.table.x * ar.trueWeights;
    EXPECT_NEAR(std::sqrt(e.squaredNorm() / 20'000.0), 0.5, 0.02);
    EXPECT_EQ(ar.table.featureNames.front(), "x1");
    EXPECT_EQ(ar.table.featureNames.back(), "x8");
}

TEST(SparseGenerator, ValidationNamesTheField)
{
    regviz::SparseDesign d = design(regviz::CorrelationStructure::Equicorrelated, 0.5);
    EXPECT_FALSE(regviz::validate(d).has_value());
    d.features = 1;
    EXPECT_NE(regviz::validate(d)->find("features"), std::string::npos);
    d = design(regviz::CorrelationStructure::Equicorrelated, -0.2);
    EXPECT_NE(regviz::validate(d)->find("rho"), std::string::npos);
    d.structure = regviz::CorrelationStructure::AutoRegressive;
    EXPECT_FALSE(regviz::validate(d).has_value());
    d.nonZero = 9;
    EXPECT_NE(regviz::validate(d)->find("non-zero"), std::string::npos);
}

} // namespace
