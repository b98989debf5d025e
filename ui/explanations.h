#pragma once

#include "scene.h"

#include <QString>

namespace regviz {

/// "What am I looking at?": a short explanation of every panel in the app's own words, bound to the
/// current numbers (rich text).
[[nodiscard]] QString explainScene(const Scene &scene);

} // namespace regviz
