#include "model/feature_controller.h"

#include <QCoreApplication>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <map>
#include <thread>
#include <utility>

namespace regviz {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FeatureController)
};
} // namespace

/// What a background analysis hands back to the GUI thread.
struct FeatureController::Result
{
    int generation = 0;
    FeatureSource source;
    FeatureOptions options;
    std::optional<double> lambda;
    QString feature;
    std::shared_ptr<const FeatureAnalysis> analysis;
    QString sourceName;
    QString error;
};

namespace {
/// The worker threads, joined once their result is in (or when the controller goes).
std::map<const FeatureController *, std::map<int, std::thread>> &workers()
{
    static std::map<const FeatureController *, std::map<int, std::thread>> all;
    return all;
}

FeatureData loadSource(const FeatureSource &source)
{
    if (source.design) {
        if (const auto problem = validate(*source.design)) {
            FeatureData refused;
            refused.error = QString::fromStdString(*problem);
            return refused;
        }
        return generateFeatureTable(*source.design);
    }
    return loadFeatureTable(source.file, source.target);
}
} // namespace

LambdaRange featureLambdaRange(const FeatureAnalysis &analysis)
{
    const double top = analysis.lambdaMax > 0.0 ? analysis.lambdaMax : 1.0;
    return {top * 1e-4, top * 2.0};
}

FeatureController::FeatureController(QObject *parent) : QObject(parent)
{}

FeatureController::~FeatureController()
{
    // A running analysis cannot be stopped half-way; wait for it so that it never posts to a dead object.
    auto found = workers().find(this);
    if (found == workers().end())
        return;
    for (auto &[generation, thread] : found->second) {
        if (thread.joinable())
            thread.join();
    }
    workers().erase(found);
}

void FeatureController::open(const FeatureSource &source, const FeatureOptions &options,
                             std::optional<double> lambda, const QString &feature)
{
    start(source, options, lambda, feature, true);
}

void FeatureController::openNow(const FeatureSource &source, const FeatureOptions &options,
                                std::optional<double> lambda, const QString &feature)
{
    start(source, options, lambda, feature, false);
}

void FeatureController::start(const FeatureSource &source, const FeatureOptions &options,
                              std::optional<double> lambda, const QString &feature, bool background)
{
    m_restoring.reset();
    m_pristine = false;
    auto result = std::make_shared<Result>();
    result->generation = ++m_generation;
    result->source = source;
    result->options = options;
    result->lambda = lambda;
    result->feature = feature;
    if (m_running++ == 0)
        Q_EMIT busyChanged(true);
    if (!background) {
        analyse(*result);
        finish(result);
        return;
    }
    workers()[this][result->generation] = std::thread([this, result] {
        analyse(*result);
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
    });
}

void FeatureController::analyse(Result &result)
{
    FeatureData data = loadSource(result.source);
    if (!data.table) {
        result.error = data.error;
    } else if (const auto problem = checkFeatureOptions(result.options, data.table->rows())) {
        result.error = *problem;
    } else if (data.table->features() < 1) {
        result.error = Text::tr("%1 has no feature column").arg(data.source);
    } else {
        result.analysis = std::make_shared<const FeatureAnalysis>(
            analyzeFeatures(data.table, result.options, std::move(data.trueWeights)));
        result.sourceName = data.source;
    }
}

void FeatureController::finish(const std::shared_ptr<Result> &result)
{
    auto &mine = workers()[this];
    if (auto found = mine.find(result->generation); found != mine.end()) {
        found->second.join();
        mine.erase(found);
    }
    const bool newest = result->generation == m_generation;
    if (--m_running == 0)
        Q_EMIT busyChanged(false);
    if (!newest)
        return; // a later open() supersedes it
    m_restoring.reset();
    if (!result->analysis) {
        Q_EMIT failed(result->error);
        return;
    }
    m_analysis = result->analysis;
    m_source = result->source;
    m_options = result->options;
    m_sourceName = result->sourceName;
    m_lambda = result->lambda.value_or(m_analysis->cv.lambda1se);
    m_feature = m_analysis->featureIndex(result->feature);
    if (!m_feature)
        m_feature = Eigen::Index{0};
    publish();
}

FeatureSession FeatureController::session() const
{
    if (m_restoring)
        return *m_restoring;
    FeatureSession s;
    s.source = m_source;
    s.options = m_options;
    s.lambda = m_lambda;
    s.method = m_method;
    if (m_analysis && m_feature)
        s.feature = m_analysis->featureName(*m_feature);
    return s;
}

void FeatureController::restore(const FeatureSession &session)
{
    setMethod(session.method);
    open(session.source, session.options, session.lambda, session.feature);
    m_restoring = session;
}

void FeatureController::setOptions(const FeatureOptions &options)
{
    if (options == m_options || !m_analysis)
        return;
    open(m_source, options, m_lambda, m_analysis->featureName(m_feature.value_or(0)));
}

void FeatureController::setLambda(double lambda)
{
    if (!(lambda >= 0.0) || !std::isfinite(lambda) || lambda == m_lambda)
        return;
    m_pristine = false;
    m_lambda = lambda;
    schedule();
}

void FeatureController::setFeature(Eigen::Index feature)
{
    if (!m_analysis || feature < 0 || feature >= m_analysis->features() || m_feature == feature)
        return;
    m_pristine = false;
    m_feature = feature;
    schedule();
}

void FeatureController::setMethod(FeatureMethod method)
{
    if (method == m_method)
        return;
    m_pristine = false;
    m_method = method;
    schedule();
}

void FeatureController::schedule()
{
    if (!m_analysis || m_pending)
        return;
    // A burst of changes in one event-loop turn (a drag, a session) makes one refit.
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_pending)
            publish();
    });
}

void FeatureController::flush()
{
    if (m_pending)
        publish();
}

void FeatureController::publish()
{
    m_pending = false;
    if (!m_analysis)
        return;
    auto state = std::make_shared<FeatureState>();
    state->analysis = m_analysis;
    state->source = m_sourceName;
    state->lambda = m_lambda;
    state->feature = m_feature;
    state->method = m_method;
    state->fit = fitFeaturesAt(*m_analysis, m_lambda, m_feature);
    m_snapshot = std::move(state);
    Q_EMIT snapshotChanged(m_snapshot);
}

} // namespace regviz
