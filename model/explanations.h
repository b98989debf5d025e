#pragma once

#include "model/scene.h"

#include <QString>

namespace regviz {

/// "What am I looking at?": a short explanation of every panel in the app's own words, bound to the
/// current numbers (rich text).
[[nodiscard]] QString explainScene(const Scene &scene);

/// Whether the L1 minimum is exactly 0 and why, in one sentence: "λ = 0.5 ≥ λc = 0.28: ...".
[[nodiscard]] QString snapSentence(const Scene &scene);

/// A descent run's status in a few words: "converged in 22 steps", "oscillating in [-0.01, 0.01]".
[[nodiscard]] QString describeTrace(const DescentTrace &trace);

} // namespace regviz
