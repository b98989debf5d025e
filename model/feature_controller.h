#pragma once

#include "model/feature_analysis.h"
#include "model/feature_data.h"
#include "model/feature_session.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace regviz {

/// Everything the feature page shows, computed by core and never changed once published.
struct FeatureState
{
    std::shared_ptr<const FeatureAnalysis> analysis; ///< null before the first table is analysed
    QString source;                                  ///< the file name or the generator's description
    FeatureFit fit;                                  ///< the three fits at lambda, exact
    double lambda = 0.0;
    std::optional<Eigen::Index> feature; ///< the one shown in the article's picture
    FeatureMethod method = FeatureMethod::Lasso;
};
using FeatureSnapshot = std::shared_ptr<const FeatureState>;

/// The one owner of the feature page's state: the table's analysis (computed off the GUI thread), lambda,
/// the chosen feature and the path shown. Changes made in one event-loop turn cost one refit
/// (fitFeaturesAt, O(p^2), never a pass over the data) and one snapshotChanged.
class FeatureController : public QObject
{
    Q_OBJECT

public:
    explicit FeatureController(QObject *parent = nullptr);
    ~FeatureController() override;

    [[nodiscard]] const FeatureSnapshot &snapshot() const { return m_snapshot; }
    [[nodiscard]] const FeatureSource &source() const { return m_source; }
    [[nodiscard]] const FeatureOptions &options() const { return m_options; }
    [[nodiscard]] double lambda() const { return m_lambda; }
    [[nodiscard]] std::optional<Eigen::Index> feature() const { return m_feature; }
    [[nodiscard]] FeatureMethod method() const { return m_method; }
    /// An analysis is running in the background (the last snapshot stays on screen meanwhile).
    [[nodiscard]] bool busy() const { return m_running > 0; }
    /// Computes every pending change now (tests and the command line).
    void flush();
    /// What a session keeps of the page.
    [[nodiscard]] FeatureSession session() const;
    /// Nothing changed since markPristine(): the page shows what every window starts with, and a
    /// session need not keep it.
    [[nodiscard]] bool pristine() const { return m_pristine; }
    void markPristine() { m_pristine = true; }
    /// Opens the session's table (in the background) with its options, lambda, feature and path.
    void restore(const FeatureSession &session);

public Q_SLOTS:
    /// Loads and analyses a table in the background; lambda goes to the CV's lambda_1se unless `lambda`
    /// is given, the chosen feature to `feature` (by name) if it exists.
    void open(const regviz::FeatureSource &source, const regviz::FeatureOptions &options,
              std::optional<double> lambda = std::nullopt, const QString &feature = QString());
    /// The same, done before it returns (small tables, the command line, tests).
    void openNow(const regviz::FeatureSource &source, const regviz::FeatureOptions &options,
                 std::optional<double> lambda = std::nullopt, const QString &feature = QString());
    void setOptions(const regviz::FeatureOptions &options);
    void setLambda(double lambda);
    void setFeature(Eigen::Index feature);
    void setMethod(regviz::FeatureMethod method);

Q_SIGNALS:
    void snapshotChanged(const regviz::FeatureSnapshot &snapshot);
    void busyChanged(bool busy);
    /// Loading or analysing failed; the previous table stays.
    void failed(const QString &message);

private:
    struct Result;
    void start(const FeatureSource &source, const FeatureOptions &options, std::optional<double> lambda,
               const QString &feature, bool background);
    static void analyse(Result &result);
    void finish(const std::shared_ptr<Result> &result);
    void schedule();
    void publish();

    FeatureSource m_source;
    FeatureOptions m_options;
    double m_lambda = 0.0;
    std::optional<Eigen::Index> m_feature;
    FeatureMethod m_method = FeatureMethod::Lasso;
    std::shared_ptr<const FeatureAnalysis> m_analysis;
    QString m_sourceName;
    FeatureSnapshot m_snapshot;
    std::optional<FeatureSession> m_restoring; ///< a session being opened: what session() says meanwhile
    int m_generation = 0;                      ///< only the newest background analysis is kept
    int m_running = 0;
    bool m_pending = false;
    bool m_pristine = false;
};

/// The lambda control's range for an analysis: lambda_max x 1e-4 to lambda_max x 2.
struct LambdaRange
{
    double low = 1e-4;
    double high = 2.0;
};
[[nodiscard]] LambdaRange featureLambdaRange(const FeatureAnalysis &analysis);

} // namespace regviz
