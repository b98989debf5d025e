#include "gram_kernel.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define REGVIZ_HAVE_AVX2_KERNEL 1
#endif

namespace regviz::detail {

namespace {

void addScaledGramPortable(const double *z, Eigen::Index ldz, Eigen::Index m, Eigen::Index q, double alpha,
                           double *c, Eigen::Index ldc)
{
    const Eigen::Map<const Eigen::MatrixXd, 0, Eigen::OuterStride<>> zm(z, m, q, Eigen::OuterStride<>(ldz));
    Eigen::Map<Eigen::MatrixXd, 0, Eigen::OuterStride<>> cm(c, q, q, Eigen::OuterStride<>(ldc));
    cm.selfadjointView<Eigen::Lower>().rankUpdate(zm.transpose(), alpha);
}

#ifdef REGVIZ_HAVE_AVX2_KERNEL

__attribute__((target("avx2,fma"))) double horizontalSum(__m256d v)
{
    const __m128d low = _mm256_castpd256_pd128(v);
    const __m128d high = _mm256_extractf128_pd(v, 1);
    const __m128d pair = _mm_add_pd(low, high);
    return _mm_cvtsd_f64(_mm_add_sd(pair, _mm_unpackhi_pd(pair, pair)));
}

/// One dot product of two columns.
__attribute__((target("avx2,fma"))) double columnDot(const double *x, const double *y, Eigen::Index m)
{
    __m256d acc0 = _mm256_setzero_pd();
    __m256d acc1 = _mm256_setzero_pd();
    Eigen::Index r = 0;
    for (; r + 8 <= m; r += 8) {
        acc0 = _mm256_fmadd_pd(_mm256_loadu_pd(x + r), _mm256_loadu_pd(y + r), acc0);
        acc1 = _mm256_fmadd_pd(_mm256_loadu_pd(x + r + 4), _mm256_loadu_pd(y + r + 4), acc1);
    }
    double sum = horizontalSum(_mm256_add_pd(acc0, acc1));
    for (; r < m; ++r)
        sum += x[r] * y[r];
    return sum;
}

/// The 2 x 4 tile of dot products of columns x0, x1 with y0..y3: 8 accumulators and 6 loads per 8 FMAs,
/// so the loop runs at the FMA units' rate out of L1/L2.
__attribute__((target("avx2,fma"))) void tile2x4(const double *x0, const double *x1, const double *y,
                                                 Eigen::Index ldz, Eigen::Index m, double (&out)[2][4])
{
    const double *y0 = y;
    const double *y1 = y + ldz;
    const double *y2 = y + 2 * ldz;
    const double *y3 = y + 3 * ldz;
    __m256d c00 = _mm256_setzero_pd();
    __m256d c01 = _mm256_setzero_pd();
    __m256d c02 = _mm256_setzero_pd();
    __m256d c03 = _mm256_setzero_pd();
    __m256d c10 = _mm256_setzero_pd();
    __m256d c11 = _mm256_setzero_pd();
    __m256d c12 = _mm256_setzero_pd();
    __m256d c13 = _mm256_setzero_pd();
    Eigen::Index r = 0;
    for (; r + 4 <= m; r += 4) {
        const __m256d a0 = _mm256_loadu_pd(x0 + r);
        const __m256d a1 = _mm256_loadu_pd(x1 + r);
        __m256d b = _mm256_loadu_pd(y0 + r);
        c00 = _mm256_fmadd_pd(a0, b, c00);
        c10 = _mm256_fmadd_pd(a1, b, c10);
        b = _mm256_loadu_pd(y1 + r);
        c01 = _mm256_fmadd_pd(a0, b, c01);
        c11 = _mm256_fmadd_pd(a1, b, c11);
        b = _mm256_loadu_pd(y2 + r);
        c02 = _mm256_fmadd_pd(a0, b, c02);
        c12 = _mm256_fmadd_pd(a1, b, c12);
        b = _mm256_loadu_pd(y3 + r);
        c03 = _mm256_fmadd_pd(a0, b, c03);
        c13 = _mm256_fmadd_pd(a1, b, c13);
    }
    out[0][0] = horizontalSum(c00);
    out[0][1] = horizontalSum(c01);
    out[0][2] = horizontalSum(c02);
    out[0][3] = horizontalSum(c03);
    out[1][0] = horizontalSum(c10);
    out[1][1] = horizontalSum(c11);
    out[1][2] = horizontalSum(c12);
    out[1][3] = horizontalSum(c13);
    for (; r < m; ++r) {
        for (int k = 0; k < 4; ++k) {
            const double yk = y[k * ldz + r];
            out[0][k] += x0[r] * yk;
            out[1][k] += x1[r] * yk;
        }
    }
}

__attribute__((target("avx2,fma"))) void addScaledGramAvx2(const double *z, Eigen::Index ldz, Eigen::Index m,
                                                           Eigen::Index q, double alpha, double *c,
                                                           Eigen::Index ldc)
{
    const auto at = [c, ldc](Eigen::Index a, Eigen::Index b) -> double & {
        return c[b * ldc + a];
    };
    Eigen::Index a = 0;
    for (; a + 2 <= q; a += 2) {
        const double *x0 = z + a * ldz;
        const double *x1 = x0 + ldz;
        const Eigen::Index end = a + 2; // rows a and a + 1 need b <= a + 1; (a, a + 1) lies above: harmless
        Eigen::Index b = 0;
        for (; b + 4 <= end; b += 4) {
            double out[2][4];
            tile2x4(x0, x1, z + b * ldz, ldz, m, out);
            for (int k = 0; k < 4; ++k) {
                at(a, b + k) += alpha * out[0][k];
                at(a + 1, b + k) += alpha * out[1][k];
            }
        }
        for (; b < end; ++b) {
            const double *y = z + b * ldz;
            at(a, b) += alpha * columnDot(x0, y, m);
            at(a + 1, b) += alpha * columnDot(x1, y, m);
        }
    }
    for (; a < q; ++a) { // the last column of an odd q
        for (Eigen::Index b = 0; b <= a; ++b)
            at(a, b) += alpha * columnDot(z + a * ldz, z + b * ldz, m);
    }
}

bool processorHasAvx2()
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

#endif

} // namespace

void addScaledGram(const double *z, Eigen::Index ldz, Eigen::Index m, Eigen::Index q, double alpha, double *c,
                   Eigen::Index ldc)
{
#ifdef REGVIZ_HAVE_AVX2_KERNEL
    static const bool avx2 = processorHasAvx2();
    if (avx2) {
        addScaledGramAvx2(z, ldz, m, q, alpha, c, ldc);
        return;
    }
#endif
    addScaledGramPortable(z, ldz, m, q, alpha, c, ldc);
}

} // namespace regviz::detail
