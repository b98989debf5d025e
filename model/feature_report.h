#pragma once

#include "model/feature_analysis.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace regviz {

/// The many-feature fit as the report's `features` object: names, n, p, the options, lambda_max, the
/// three paths (one row of p original-scale coefficients per lambda) with their intercepts, the fits at
/// `fit.lambda` keyed by feature name, the events, the cross-validation curve, the same fit in
/// scikit-learn's parameters and, when a feature was chosen, its 1-D coordinate problem.
[[nodiscard]] QJsonObject featuresReport(const FeatureAnalysis &analysis, const FeatureFit &fit);

/// The whole report for many-feature data (`source` names the file or the generator) as indented JSON.
[[nodiscard]] QByteArray featureReportJson(const FeatureAnalysis &analysis, const FeatureFit &fit,
                                           const QString &source);

/// lambda, then each feature's lasso, elastic-net and ridge coefficient, one row per grid lambda.
[[nodiscard]] QByteArray featurePathCsv(const FeatureAnalysis &analysis);

/// lambda, mean test MSE, its standard error and each fold's MSE, one row per grid lambda.
[[nodiscard]] QByteArray featureCvCsv(const FeatureAnalysis &analysis);

} // namespace regviz
