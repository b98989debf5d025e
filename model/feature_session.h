#pragma once

#include "model/feature_analysis.h"
#include "regviz/core/sparse_generator.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace regviz {

/// Which path the feature page draws.
enum class FeatureMethod
{
    Lasso,
    Ridge,
    ElasticNet
};

/// Where the feature page's table comes from.
struct FeatureSource
{
    QString file;                       ///< an absolute CSV path (or kDiabetesResource); empty with a design
    QString target;                     ///< the target column (empty: the last)
    std::optional<SparseDesign> design; ///< the sparse generator

    friend bool operator==(const FeatureSource &, const FeatureSource &) = default;
};

/// What a session keeps of the feature page: the table's source, the options, lambda, the chosen
/// feature (by name, so that it survives a change of target) and the path shown.
struct FeatureSession
{
    FeatureSource source;
    FeatureOptions options;
    double lambda = 0.0;
    QString feature;
    FeatureMethod method = FeatureMethod::Lasso;

    friend bool operator==(const FeatureSession &, const FeatureSession &) = default;
};

[[nodiscard]] QJsonObject featureSessionToJson(const FeatureSession &session);
/// The feature page's state, or a message naming the first field that is wrong.
[[nodiscard]] std::optional<FeatureSession> featureSessionFromJson(const QJsonObject &json, QString *error);

} // namespace regviz
