#pragma once

#include "model/scene.h"

#include <QByteArray>
#include <QJsonObject>

namespace regviz {

/// The scene as one JSON object: params, moments, every minimizer, lambda_c, the grid minima and the
/// descent runs (with every step when withTrace). Undefined or infinite numbers are written as null.
[[nodiscard]] QJsonObject buildReport(const Scene &scene, bool withTrace);

/// buildReport as indented UTF-8 JSON text.
[[nodiscard]] QByteArray reportJson(const Scene &scene, bool withTrace);

} // namespace regviz
