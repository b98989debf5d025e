#pragma once

#include "app/command_line.h"

namespace regviz {

/// Fits the many-feature request: reads or draws the table, checks the options against it (lambda
/// from 0 to 10 lambda_max, the target and the feature by name), then prints the JSON report and
/// writes the path and cross-validation CSV files asked for. Needs only a QCoreApplication. Returns
/// 0, 1 when a file could not be written, or 2 for bad input (the message is on stderr).
[[nodiscard]] int runFeatures(const FeatureRequest &request);

} // namespace regviz
