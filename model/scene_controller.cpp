#include "model/scene_controller.h"

#include "regviz/core/resampling.h"

#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>
#include <utility>

namespace regviz {

int Scene::lastFrame() const
{
    int last = 0;
    for (const DescentTrace &trace : traces)
        last = std::max(last, trace.stepCount());
    for (const DescentTrace &trace : compared)
        last = std::max(last, trace.stepCount());
    return last;
}

SceneController::SceneController(QObject *parent) : QObject(parent)
{
    // A zero-interval single-shot timer fires once the event loop has drained the current burst of
    // slider and spin box signals: one computation and one replot per turn, however many signals came.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &SceneController::recompute);
}

SceneSnapshot SceneController::scene()
{
    flush();
    return m_scene;
}

void SceneController::flush()
{
    if (m_coalesce.isActive() || !m_scene) {
        m_coalesce.stop();
        recompute();
    }
}

void SceneController::setParams(const Params &params)
{
    if (params == m_params || validate(params))
        return;
    m_datasetStale = m_datasetStale || params.seed != m_params.seed || params.samples != m_params.samples;
    m_batchesStale = m_batchesStale || params.intercept != m_params.intercept; // batches of centred rows
    m_params = params;
    schedule();
}

template <typename T> void SceneController::setField(T Params::*field, T value, const Range<T> &range)
{
    // Out of range is clamped, but a NaN or an infinity is no value at all: ignored, like a bad eta.
    if constexpr (std::is_floating_point_v<T>) {
        if (!std::isfinite(value))
            return;
    }
    Params p = m_params;
    p.*field = std::clamp(value, range.min, range.max);
    setParams(p);
}

void SceneController::setLambda(double lambda)
{
    // The slider's end follows the data (Scene::lambdaEnd); the controller holds any lambda >= 0.
    setField(&Params::lambda, lambda, Range<double>{limits::lambda.min, limits::lambdaCeiling, 0.0});
}

void SceneController::setTrueWeight(double trueWeight)
{
    setField(&Params::trueWeight, trueWeight, limits::trueWeight);
}

void SceneController::setNoise(double noise)
{
    setField(&Params::noise, noise, limits::noise);
}

void SceneController::setSamples(int samples)
{
    setField(&Params::samples, samples, limits::samples);
}

void SceneController::setSeed(quint64 seed)
{
    setField<std::uint64_t>(&Params::seed, seed, limits::seed);
}

void SceneController::setAlpha(double alpha)
{
    setField(&Params::alpha, alpha, limits::alpha);
}

void SceneController::setCorrelation(double correlation)
{
    setField(&Params::correlation, correlation, limits::correlation);
}

void SceneController::setSecondWeight(double weight)
{
    setField(&Params::secondWeight, weight, limits::secondWeight);
}

void SceneController::setIntercept(bool intercept)
{
    Params p = m_params;
    p.intercept = intercept;
    setParams(p);
}

void SceneController::drawNewSample()
{
    setSeed(m_params.seed >= limits::seed.max ? limits::seed.min : m_params.seed + 1);
}

void SceneController::resample(int draws)
{
    if (m_imported || draws <= 0)
        return;
    m_resamplingDraws = resamplingDraws(m_params.seed, m_params.samples, draws);
    m_resamplingSeed = m_params.seed;
    m_resamplingSamples = m_params.samples;
    schedule();
}

void SceneController::setImportedData(std::shared_ptr<const XYData> data, const QString &path,
                                      bool pickStableStep)
{
    if (!data || data->size() < 2)
        return;
    m_importedMoments = computeMoments(*data);
    m_importedCentred = centredMoments(*data);
    m_imported = std::move(data);
    m_batchesStale = true;
    // Absolute, so a session saved now opens from any working folder.
    m_importedPath = path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
    m_sourceChanged = true;
    m_newDataset = true;
    m_pickStableStep = pickStableStep;
    schedule();
}

void SceneController::clearImportedData()
{
    if (!m_imported)
        return;
    m_imported.reset();
    m_importedPath.clear();
    m_batchesStale = true;
    m_sourceChanged = true;
    m_newDataset = true;
    m_pickStableStep = false;
    schedule();
}

XYData SceneController::currentData()
{
    if (m_imported)
        return *m_imported;
    flush();
    return {m_dataset.x, responses(m_dataset, m_params.trueWeight, m_params.noise)};
}

void SceneController::setDescentSettings(const DescentSettings &settings)
{
    // A NaN or an infinity is no value at all: the whole change is ignored rather than half applied.
    for (const double v : {settings.eta, settings.w0, settings.tolerance, settings.beta, settings.beta2,
                           settings.epsilon, settings.weightDecay}) {
        if (!std::isfinite(v))
            return;
    }
    DescentSettings s = settings;
    s.eta = std::clamp(s.eta, limits::etaMin, limits::etaMax);
    s.w0 = std::clamp(s.w0, -limits::wLimit, limits::wLimit);
    s.maxSteps = std::clamp(s.maxSteps, limits::stepsMin, limits::stepsMax);
    s.beta = std::clamp(s.beta, limits::betaMin, limits::betaMax);
    s.beta2 = std::clamp(s.beta2, limits::beta2Min, limits::beta2Max);
    s.epsilon = std::clamp(s.epsilon, limits::epsilonMin, limits::epsilonMax);
    // Core clamps the batch to n; keeping the asked size lets it follow n back up.
    s.batch = std::clamp(s.batch, limits::batchMin, limits::samples.max);
    s.weightDecay = std::clamp(s.weightDecay, limits::weightDecayMin, limits::weightDecayMax);
    s.batchSeed = std::clamp(s.batchSeed, limits::seed.min, limits::seed.max);
    if (s == m_descent)
        return;
    m_batchesStale = m_batchesStale || s.batch != m_descent.batch || s.batchSeed != m_descent.batchSeed;
    m_descent = s;
    schedule();
}

template <typename T> void SceneController::setDescentField(T DescentSettings::*field, T value)
{
    DescentSettings s = m_descent;
    s.*field = value;
    setDescentSettings(s);
}

void SceneController::setBeta(double beta)
{
    setDescentField(&DescentSettings::beta, beta);
}

void SceneController::setBeta2(double beta2)
{
    setDescentField(&DescentSettings::beta2, beta2);
}

void SceneController::setEpsilon(double epsilon)
{
    setDescentField(&DescentSettings::epsilon, epsilon);
}

void SceneController::setBatch(int batch)
{
    setDescentField(&DescentSettings::batch, batch);
}

void SceneController::setBatchSeed(quint64 seed)
{
    setDescentField<std::uint64_t>(&DescentSettings::batchSeed, seed);
}

void SceneController::setWeightDecay(double decay)
{
    setDescentField(&DescentSettings::weightDecay, decay);
}

void SceneController::setComparison(const Comparison &comparison)
{
    if (!isValid(comparison) || comparison == m_comparison)
        return;
    m_comparison = comparison;
    schedule();
}

void SceneController::setComparedObjective(Penalty objective)
{
    Comparison c = m_comparison;
    c.objective = objective;
    setComparison(c);
}

void SceneController::setOptimizer(Optimizer optimizer)
{
    DescentSettings s = m_descent;
    s.optimizer = optimizer;
    setDescentSettings(s);
}

void SceneController::setEta(double eta)
{
    DescentSettings s = m_descent;
    s.eta = eta;
    setDescentSettings(s);
}

void SceneController::setStart(double w0)
{
    DescentSettings s = m_descent;
    s.w0 = w0;
    setDescentSettings(s);
}

void SceneController::setMaxSteps(int steps)
{
    DescentSettings s = m_descent;
    s.maxSteps = steps;
    setDescentSettings(s);
}

void SceneController::schedule()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void SceneController::computeViews(Scene &scene)
{
    PathOptions linear;
    linear.lambdaMax = scene.lambdaEnd;
    scene.path = computePath(scene.moments, scene.params.alpha, linear);
    PathOptions logarithmic = linear;
    logarithmic.logarithmic = true;
    scene.logPath = computePath(scene.moments, scene.params.alpha, logarithmic);
    // Every OLS value the true-weight slider gives without noise, and the current one with a margin.
    constexpr double kTrueWeightReach = 2.5;
    constexpr int kShrinkagePoints = 801;
    scene.shrinkageReach = std::max(kTrueWeightReach, 1.1 * std::abs(scene.minimizers.ols.value_or(0.0)));
    scene.shrinkage = computeShrinkage(scene.moments, scene.regularization(), -scene.shrinkageReach,
                                       scene.shrinkageReach, kShrinkagePoints);
    scene.twoD = computeTwoDPicture(scene.params, scene.descent.w0, scene.descent.eta);
}

void SceneController::computeRanges(Scene &scene) const
{
    const std::optional<double> truth =
        m_imported ? std::nullopt : std::optional<double>(m_params.trueWeight);
    const double w0 = m_descent.w0;
    const WRange frame = m_params.fixedGrid
                             ? WRange{m_params.wMin, m_params.wMax}
                             : automaticWRange(scene.minimizers, truth, std::nullopt, !m_imported);
    // A start inside the frame leaves the axes alone, so dragging w0 never rescales them under the pointer.
    scene.wGrid = m_params.fixedGrid || frame.contains(w0)
                      ? frame
                      : automaticWRange(scene.minimizers, truth, w0, !m_imported);
    scene.startRange = {std::min(frame.min, w0), std::max(frame.max, w0)};
    scene.lambdaEnd = lambdaRangeEnd(scene.minimizers, m_params.lambda);
}

void SceneController::adviseStep(const Moments &moments, const Regularization &reg)
{
    const bool pick = std::exchange(m_pickStableStep, false);
    if (!std::exchange(m_newDataset, false))
        return;
    double limit = std::numeric_limits<double>::infinity();
    for (const Penalty kind : kAllPenalties)
        limit = std::min(limit, stabilityLimit(moments, kind, reg));
    if (!(m_descent.eta >= limit) || !std::isfinite(limit))
        return;
    const double stable = std::max(limits::etaMin, stableStep(limit));
    if (!(stable < limit))
        return; // no step in the slider's range is stable: the run's status says it diverges
    const double eta = m_descent.eta;
    if (pick)
        m_descent.eta = stable;
    m_advice = StepAdvice{eta, limit, stable, pick};
}

std::shared_ptr<const Minibatches> SceneController::currentMinibatches()
{
    if (m_batchesStale) {
        // With an intercept the batches are of the rows centred on the whole sample's means, so each
        // batch gradient estimates the centred one the other optimizers follow.
        const int batch = m_descent.batch;
        const std::uint64_t seed = m_descent.batchSeed;
        if (m_imported)
            m_batches = m_params.intercept ? makeMinibatches(centred(*m_imported), batch, seed)
                                           : makeMinibatches(*m_imported, batch, seed);
        else
            m_batches = m_params.intercept ? makeMinibatches(centred(m_dataset), batch, seed)
                                           : makeMinibatches(m_dataset, batch, seed);
        // Descent reads only the batches' moments and the seed; the rows would make every rescale an
        // O(n) copy.
        m_batches.rows.clear();
        m_batchesStale = false;
        m_scaledBatches.reset();
    }
    const std::pair<double, double> scale =
        m_imported ? std::pair{0.0, 0.0} : std::pair{m_params.trueWeight, m_params.noise};
    if (!m_scaledBatches || scale != m_scaledFor) {
        m_scaledBatches = std::make_shared<const Minibatches>(
            m_imported ? m_batches : rescaleMinibatches(m_batches, scale.first, scale.second));
        m_scaledFor = scale;
    }
    return m_scaledBatches;
}

void SceneController::recompute()
{
    const bool sourceChanged = std::exchange(m_sourceChanged, false);
    const bool pointsStale = !m_scene || sourceChanged || m_datasetStale ||
                             (!m_imported && (m_scene->params.trueWeight != m_params.trueWeight ||
                                              m_scene->params.noise != m_params.noise));
    if (m_imported || m_resamplingSeed != m_params.seed || m_resamplingSamples != m_params.samples)
        m_resamplingDraws.clear(); // they were drawn for another seed, n or data source
    if (m_datasetStale && !m_imported) {
        m_newDataset = m_newDataset || m_scene != nullptr; // the first draw is the one the window opens on
        m_dataset = generateDataset(m_params.seed, m_params.samples);
        m_drawMoments = computeMoments(m_dataset, 0.0, 0.0);
        m_drawCentred = centredMoments(m_dataset);
        m_datasetStale = false;
        m_batchesStale = true;
    }

    auto scene = std::make_shared<Scene>();
    scene->params = m_params;
    scene->imported = m_imported;
    scene->importedName = QFileInfo(m_importedPath).fileName();
    scene->moments = m_imported ? (m_params.intercept ? m_importedCentred : m_importedMoments)
                                : rescaleMoments(m_params.intercept ? m_drawCentred : m_drawMoments,
                                                 m_params.trueWeight, m_params.noise);
    const Regularization reg = scene->regularization();
    scene->minimizers = computeMinimizers(scene->moments, reg);
    scene->intercepts = computeIntercepts(scene->moments, scene->minimizers);
    adviseStep(scene->moments, reg);
    scene->descent = m_descent;
    computeRanges(*scene);
    // Reuse the curve storage of a scene nobody holds any more: a slider event then allocates nothing
    // for its curves (fresh memory costs a page fault per 4 KiB, more than the arithmetic).
    if (m_older && m_older.use_count() == 1)
        scene->curves = std::move(m_older->curves);
    computeCurves(scene->moments, reg, scene->wGrid.min, scene->wGrid.max, m_params.gridSize, scene->curves);
    scene->minima = gridMinima(scene->curves);
    if (!pointsStale)
        scene->points = m_scene->points;
    else if (m_imported)
        scene->points = std::make_shared<const PointSample>(displaySample(*m_imported, kMaxDisplayPoints));
    else
        scene->points = std::make_shared<const PointSample>(
            displaySample(m_dataset, m_params.trueWeight, m_params.noise, kMaxDisplayPoints));
    // Always split, so every stochastic run (the explanations run each optimizer too) draws from the same
    // batches; they are reused while nothing they depend on moves.
    scene->minibatches = currentMinibatches();
    const Minibatches &batches = *scene->minibatches;
    scene->traces = computeDescents(scene->moments, reg, m_descent, batches);
    scene->comparison = m_comparison;
    for (const Optimizer optimizer : m_comparison.optimizers) {
        DescentSettings settings = m_descent;
        settings.optimizer = optimizer;
        scene->compared.push_back(
            computeDescent(scene->moments, m_comparison.objective, reg, settings, batches));
    }
    scene->sklearn = toSklearn(m_params.lambda, m_params.alpha, scene->moments.n);
    computeViews(*scene);
    if (!m_resamplingDraws.empty())
        scene->resampling = resampleFromDraws(m_resamplingDraws, m_params);
    scene->revision = ++m_revision;

    const bool paramsMoved = !m_scene || m_scene->params != m_params;
    m_older = std::move(m_current);
    m_current = scene;
    m_scene = std::move(scene);
    if (sourceChanged)
        Q_EMIT dataSourceChanged(m_imported != nullptr);
    if (paramsMoved)
        Q_EMIT paramsChanged(m_params);
    Q_EMIT descentSettingsChanged(m_descent);
    Q_EMIT comparisonChanged(m_comparison);
    Q_EMIT sceneChanged(m_scene);
    if (const std::optional<StepAdvice> advice = std::exchange(m_advice, std::nullopt))
        Q_EMIT stepAdvised(advice->eta, advice->limit, advice->stable, advice->applied);
}

} // namespace regviz
