// Google Benchmark for the many-feature engine, and the data scripts/bench_sklearn_peer.py times
// scikit-learn and numpy on (`regviz_features_bench --write-peer-data=DIR` writes it and exits).

#include "regviz/core/cross_validation.h"
#include "regviz/core/csv.h"
#include "regviz/core/feature_moments.h"
#include "regviz/core/lasso_path.h"
#include "regviz/core/path_events.h"
#include "regviz/core/sparse_generator.h"
#include "regviz/core/standardize.h"
#include "regviz/core/table_csv.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

namespace {

/// The benchmark data: p features, 10 of them (or p/2) non-zero, equicorrelated 0.5, noise 1, seed 2024.
regviz::SparseDesign designOf(Eigen::Index n, Eigen::Index p)
{
    regviz::SparseDesign d;
    d.features = static_cast<int>(p);
    d.nonZero = static_cast<int>(std::min<Eigen::Index>(10, p / 2));
    d.correlation = 0.5;
    d.noise = 1.0;
    d.samples = n;
    d.seed = 2024;
    return d;
}

/// Generated once per size and kept for every benchmark that uses it.
const regviz::Table &tableOf(Eigen::Index n, Eigen::Index p)
{
    static std::map<std::pair<Eigen::Index, Eigen::Index>, regviz::Table> cache;
    auto found = cache.find({n, p});
    if (found == cache.end())
        found = cache.emplace(std::make_pair(n, p), regviz::generateSparseData(designOf(n, p)).table).first;
    return found->second;
}

std::string csvOf(const regviz::Table &t)
{
    std::string text;
    text.reserve(static_cast<std::size_t>(t.rows() * (t.features() + 1)) * 20U);
    for (const std::string &name : t.featureNames)
        text += name + ",";
    text += t.targetName + "\n";
    for (Eigen::Index i = 0; i < t.rows(); ++i) {
        for (Eigen::Index j = 0; j < t.features(); ++j)
            text += regviz::shortestDecimal(t.x(i, j)) + ",";
        text += regviz::shortestDecimal(t.y[i]) + "\n";
    }
    return text;
}

std::string peerFileName(Eigen::Index n, Eigen::Index p)
{
    return "features_" + std::to_string(n) + "x" + std::to_string(p) + ".csv";
}

/// The lasso fit a table gets: moments (one pass), lambda_max, the 100-point grid, the path.
regviz::CoefficientPath lassoPath(const regviz::Table &t, regviz::FeatureProblem &problem)
{
    problem = regviz::makeFeatureProblem(regviz::computeFeatureMoments(t));
    return regviz::elasticNetPath(problem, 1.0,
                                  regviz::lambdaGrid(regviz::lambdaMax(problem), t.rows(), t.features()));
}

/// Moments + full 100-lambda lasso path + every event refined to 1e-9 (wall time: the moments pass is
/// threaded).
void LassoPathWithEvents(benchmark::State &state)
{
    const regviz::Table &t = tableOf(state.range(0), state.range(1));
    std::size_t events = 0;
    for (auto _ : state) {
        regviz::FeatureProblem problem;
        const regviz::CoefficientPath path = lassoPath(t, problem);
        events = regviz::pathEvents(problem, path).size();
        benchmark::DoNotOptimize(path.weights.data());
    }
    state.counters["events"] = static_cast<double>(events);
}
BENCHMARK(LassoPathWithEvents)
    ->Args({2'000, 20})
    ->Args({100'000, 100})
    ->Args({1'000'000, 20})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// The moments pass alone.
void FeatureMomentsPass(benchmark::State &state)
{
    const regviz::Table &t = tableOf(state.range(0), state.range(1));
    for (auto _ : state)
        benchmark::DoNotOptimize(regviz::computeFeatureMoments(t).covariance.data());
    state.SetBytesProcessed(state.iterations() * state.range(0) * (state.range(1) + 1) * 8);
}
BENCHMARK(FeatureMomentsPass)
    ->Args({2'000, 20})
    ->Args({100'000, 100})
    ->Args({1'000'000, 20})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// 5-fold CV as LassoCV does it: the path on all rows for the grid and the final fit, then every fold's
/// path and test MSE, from one pass over the rows.
void CrossValidation5Fold(benchmark::State &state)
{
    const regviz::Table &t = tableOf(state.range(0), state.range(1));
    const std::vector<int> fold = regviz::makeFolds(t.rows(), 5, 42);
    for (auto _ : state) {
        const regviz::FoldMoments moments = regviz::computeFoldMoments(t, fold, 5);
        const regviz::FeatureProblem problem = regviz::makeFeatureProblem(moments.total);
        const std::vector<double> grid =
            regviz::lambdaGrid(regviz::lambdaMax(problem), t.rows(), t.features());
        const regviz::CoefficientPath path = regviz::elasticNetPath(problem, 1.0, grid);
        const regviz::CrossValidation cv = regviz::crossValidate(moments, {}, 1.0, grid);
        benchmark::DoNotOptimize(path.weights.data());
        benchmark::DoNotOptimize(cv.lambdaMin);
    }
}
BENCHMARK(CrossValidation5Fold)
    ->Args({2'000, 20})
    ->Args({100'000, 100})
    ->Args({1'000'000, 20})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// A drag between grid points: an exact refit at a new lambda, warm-started from the nearest grid point.
void RefitAtNewLambda(benchmark::State &state)
{
    const regviz::Table &t = tableOf(state.range(0), state.range(1));
    regviz::FeatureProblem problem;
    const regviz::CoefficientPath path = lassoPath(t, problem);
    std::size_t step = 0;
    for (auto _ : state) {
        // Geometric midpoints between neighbouring grid points, walking down the path and back.
        const std::size_t l = 1 + step % (path.lambda.size() - 2);
        const double lambda = std::sqrt(path.lambda[l] * path.lambda[l + 1]);
        benchmark::DoNotOptimize(regviz::refitAt(problem, path, lambda).solution.weights.data());
        ++step;
    }
}
BENCHMARK(RefitAtNewLambda)->Args({2'000, 20})->Args({100'000, 100})->Unit(benchmark::kMicrosecond);

/// Reading a CSV file and parsing it into a table (the file is in the page cache after the first run),
/// with the given number of parser threads (0: all cores).
void TableCsvImport(benchmark::State &state)
{
    const Eigen::Index n = state.range(0);
    const Eigen::Index p = state.range(1);
    regviz::TableCsvOptions options;
    options.threads = static_cast<unsigned>(state.range(2));
    const std::string path = "/tmp/regviz_bench_" + peerFileName(n, p);
    {
        std::ofstream out(path, std::ios::binary);
        out << csvOf(tableOf(n, p));
    }
    std::int64_t bytes = 0;
    for (auto _ : state) {
        std::ifstream in(path, std::ios::binary | std::ios::ate);
        std::string text(static_cast<std::size_t>(in.tellg()), '\0');
        in.seekg(0);
        in.read(text.data(), static_cast<std::streamsize>(text.size()));
        const regviz::TableCsvResult r = regviz::parseTableCsv(text, options);
        if (!r.table)
            state.SkipWithError(r.error->message.c_str());
        bytes = static_cast<std::int64_t>(text.size());
        benchmark::DoNotOptimize(r.table->x.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    std::remove(path.c_str());
}
BENCHMARK(TableCsvImport)
    ->Args({2'000, 20, 0})
    ->Args({1'000'000, 20, 1})
    ->Args({1'000'000, 20, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

int writePeerData(const std::string &directory)
{
    for (const auto &[n, p] : {std::pair<Eigen::Index, Eigen::Index>{100'000, 100}, {1'000'000, 20}}) {
        const std::string file = directory + "/" + peerFileName(n, p);
        std::ofstream out(file, std::ios::binary);
        out << csvOf(tableOf(n, p));
        if (!out) {
            std::cerr << "cannot write " << file << "\n";
            return 1;
        }
        std::cout << file << "\n";
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    constexpr std::string_view kWrite = "--write-peer-data=";
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg.substr(0, kWrite.size()) == kWrite)
            return writePeerData(std::string(arg.substr(kWrite.size())));
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
