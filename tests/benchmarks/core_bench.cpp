#include "app/heap_policy.h"
#include "regviz/core/curves.h"
#include "regviz/core/dataset.h"
#include "regviz/core/descent.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"

#include <benchmark/benchmark.h>

namespace {

regviz::Moments defaultMoments()
{
    const regviz::Dataset data = regviz::generateDataset(42, 200);
    return regviz::computeMoments(data, 0.5, 0.3);
}

/// Everything a lambda change costs in core: curves on the 2,001-point grid, minima, closed forms.
void CurvesAndMinimizers(benchmark::State &state)
{
    const regviz::Moments m = defaultMoments();
    double lambda = 0.1;
    regviz::Curves curves; // reused, as the scene controller reuses a released scene's curves
    for (auto _ : state) {
        const regviz::Regularization reg{lambda, 0.5};
        regviz::computeCurves(m, reg, -1.0, 1.5, 2001, curves);
        const regviz::GridMinima minima = regviz::gridMinima(curves);
        const regviz::Minimizers exact = regviz::computeMinimizers(m, reg);
        benchmark::DoNotOptimize(minima);
        benchmark::DoNotOptimize(exact);
        lambda = lambda > 4.0 ? 0.1 : lambda + 0.01;
    }
}
BENCHMARK(CurvesAndMinimizers)->Unit(benchmark::kMicrosecond);

/// The same with fresh curves each time: what allocation and first-touch page faults add.
void CurvesAllocatingEachTime(benchmark::State &state)
{
    const regviz::Moments m = defaultMoments();
    for (auto _ : state)
        benchmark::DoNotOptimize(regviz::computeCurves(m, {0.5, 0.5}, -1.0, 1.5, 2001));
}
BENCHMARK(CurvesAllocatingEachTime)->Unit(benchmark::kMicrosecond);

/// A new draw: x and e for n points, then their moments (what changing n or the seed costs). Wall time:
/// a large draw is filled on several threads.
void NewDataset(benchmark::State &state)
{
    const auto n = static_cast<Eigen::Index>(state.range(0));
    std::uint64_t seed = 1;
    for (auto _ : state) {
        const regviz::Dataset data = regviz::generateDataset(seed++, n);
        const regviz::Moments m = regviz::computeMoments(data, 0.0, 0.0);
        benchmark::DoNotOptimize(m);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(NewDataset)->Arg(100)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

/// What a true-weight or noise change costs: O(1), whatever n is.
void RescaleMoments(benchmark::State &state)
{
    const regviz::Moments base = defaultMoments();
    double w = -2.0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(regviz::rescaleMoments(base, w, 0.7));
        w = w > 2.0 ? -2.0 : w + 0.001;
    }
}
BENCHMARK(RescaleMoments)->Unit(benchmark::kNanosecond);

/// One trace of the given number of steps (the run is computed eagerly, never stepped live).
void Descent(benchmark::State &state)
{
    const regviz::Moments m = defaultMoments();
    regviz::DescentSettings settings;
    settings.maxSteps = static_cast<int>(state.range(0));
    settings.tolerance = 0.0; // never stop early: measure the full length
    settings.optimizer = regviz::Optimizer::Gradient;
    for (auto _ : state) {
        const regviz::DescentTrace trace =
            regviz::computeDescent(m, regviz::Penalty::L1, {0.5, 0.5}, settings);
        benchmark::DoNotOptimize(trace.steps.data());
    }
}
BENCHMARK(Descent)->Arg(200)->Arg(10'000)->Unit(benchmark::kMicrosecond);

/// All four traces at the default cap, as every scene computes them.
void AllDescents(benchmark::State &state)
{
    const regviz::Moments m = defaultMoments();
    const regviz::DescentSettings settings;
    for (auto _ : state)
        benchmark::DoNotOptimize(regviz::computeDescents(m, {0.5, 0.5}, settings));
}
BENCHMARK(AllDescents)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    regviz::keepFreedMemory(); // as the app's main() does
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
