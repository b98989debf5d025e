#pragma once

#include "model/scene.h"

#include <QObject>
#include <QTimer>
#include <vector>

namespace regviz {

/// Owns the parameters and the drawn dataset, turns every burst of changes into one core computation per
/// event-loop turn, and publishes the result as an immutable Scene.
class SceneController : public QObject
{
    Q_OBJECT

public:
    /// The scatter shows at most this many points: a prefix of the draw, which is a fair subsample.
    static constexpr Eigen::Index kMaxDisplayPoints = 5000;

    explicit SceneController(QObject *parent = nullptr);

    [[nodiscard]] const Params &params() const { return m_params; }
    [[nodiscard]] const DescentSettings &descentSettings() const { return m_descent; }
    [[nodiscard]] const Comparison &comparison() const { return m_comparison; }
    /// The scene for the current parameters (computed now if a change is pending).
    [[nodiscard]] SceneSnapshot scene();
    /// The (x, y) data of the current scene: the imported rows or the generated draw: O(n).
    [[nodiscard]] XYData currentData();
    [[nodiscard]] bool hasImportedData() const { return m_imported != nullptr; }
    /// The imported rows, shared; null for generated data.
    [[nodiscard]] std::shared_ptr<const XYData> importedData() const { return m_imported; }
    [[nodiscard]] QString importedPath() const { return m_importedPath; }

    /// Computes and publishes now if a change is pending (tests and headless export use it).
    void flush();

public Q_SLOTS:
    void setParams(const regviz::Params &params);
    void setLambda(double lambda);
    void setTrueWeight(double trueWeight);
    void setNoise(double noise);
    void setSamples(int samples);
    void setSeed(quint64 seed);
    void setAlpha(double alpha);
    void setCorrelation(double correlation);
    void setSecondWeight(double weight);
    /// Fit an intercept (centre x and y) or not: every closed form, curve and descent run follows.
    void setIntercept(bool intercept);
    void drawNewSample(); ///< the next seed

    /// Draws from measured data instead of the generator until clearImportedData().
    /// `path` is the file the data came from (kept for sessions; its name labels the scene).
    /// With `pickStableStep` (a file the user imports), a step size eta the new data make unstable is
    /// replaced by a stable one (stepAdvised says so); a session or an undo keeps its own eta.
    void setImportedData(std::shared_ptr<const regviz::XYData> data, const QString &path,
                         bool pickStableStep = false);
    void clearImportedData();

    /// Draws `draws` fresh datasets (same n, next seeds) whose lasso and ridge estimates then follow every
    /// change of lambda, true weight and noise live. Cleared when n, the seed or the data source change.
    void resample(int draws);

    void setDescentSettings(const regviz::DescentSettings &settings);
    void setOptimizer(regviz::Optimizer optimizer);
    void setEta(double eta);
    void setStart(double w0);
    void setMaxSteps(int steps);
    void setBeta(double beta);
    void setBeta2(double beta2);
    void setEpsilon(double epsilon);
    void setBatch(int batch);
    void setBatchSeed(quint64 seed);
    void setWeightDecay(double decay);

    /// The optimizers compared side by side; a comparison of none, of more than Comparison::kMaxOptimizers
    /// or with a repeat is ignored.
    void setComparison(const regviz::Comparison &comparison);
    void setComparedObjective(regviz::Penalty objective);

Q_SIGNALS:
    void sceneChanged(const regviz::SceneSnapshot &scene);
    void paramsChanged(const regviz::Params &params);
    void descentSettingsChanged(const regviz::DescentSettings &settings);
    void comparisonChanged(const regviz::Comparison &comparison);
    /// Imported data replaced the generated draw (true) or the generator is back (false).
    void dataSourceChanged(bool imported);
    /// A new dataset made the step size eta unstable (at or above `limit`, the smallest stability limit
    /// of the four objectives): `stable` was set in its place (`applied`, imported data) or is offered.
    void stepAdvised(double eta, double limit, double stable, bool applied);

private:
    /// One parameter, clamped to its range, then setParams; a non-finite value is ignored.
    template <typename T> void setField(T Params::*field, T value, const Range<T> &range);
    void schedule();
    void recompute();
    /// The path, shrinkage and 2-D views of the scene (O(grid), independent of n).
    static void computeViews(Scene &scene);
    /// The grid, the start and lambda ranges of the scene, from its minimizers (O(1)).
    void computeRanges(Scene &scene) const;
    /// On a new dataset, checks eta against the data's stability limit: picks a stable step for data the
    /// user just imported, and offers one otherwise (stepAdvised).
    void adviseStep(const Moments &moments, const Regularization &reg);
    /// The minibatches of the current data for the stochastic optimizers: split once per data source,
    /// batch size and seed (O(n)), then rescaled for the true weight and noise in O(batches).
    [[nodiscard]] std::shared_ptr<const Minibatches> currentMinibatches();
    /// One setting of m_descent changed, then setDescentSettings.
    template <typename T> void setDescentField(T DescentSettings::*field, T value);

    Params m_params;
    DescentSettings m_descent;
    Dataset m_dataset;
    Moments m_drawMoments; ///< moments of m_dataset; rescaled in O(1) when only weight or noise move
    Moments m_drawCentred; ///< the same of the centred draw, for a fit with an intercept
    bool m_datasetStale = true;
    std::shared_ptr<const XYData> m_imported;
    QString m_importedPath;
    Moments m_importedMoments;
    Moments m_importedCentred; ///< of the centred rows, for a fit with an intercept
    bool m_sourceChanged = false;
    bool m_newDataset = false;     ///< the next scene is of new data: check eta against them
    bool m_pickStableStep = false; ///< and replace an unstable eta (data the user imported)
    struct StepAdvice
    {
        double eta;
        double limit;
        double stable;
        bool applied;
    };
    std::optional<StepAdvice> m_advice; ///< said once the scene it belongs to is published
    Comparison m_comparison;
    /// The split of the current data (moments of the draw itself for generated data; rows dropped, as
    /// descent reads only the moments and the seed); valid while m_batchesStale is false.
    Minibatches m_batches;
    bool m_batchesStale = true;
    std::shared_ptr<const Minibatches> m_scaledBatches; ///< m_batches for the weight and noise below
    std::pair<double, double> m_scaledFor{0.0, 0.0};
    std::vector<Moments> m_resamplingDraws;
    std::uint64_t m_resamplingSeed = 0; ///< the seed and n the draws were made for
    int m_resamplingSamples = 0;
    QTimer m_coalesce;
    SceneSnapshot m_scene;
    /// The scene before m_scene: once no panel holds it any more, its curve storage is reused.
    std::shared_ptr<Scene> m_older;
    std::shared_ptr<Scene> m_current; ///< m_scene, writable for that reuse
    std::uint64_t m_revision = 0;
};

} // namespace regviz
