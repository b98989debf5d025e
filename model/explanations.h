#pragma once

#include "model/scene.h"

#include <QString>

namespace regviz {

/// "What am I looking at?": a short explanation of every panel in the app's own words, bound to the
/// current numbers (rich text).
[[nodiscard]] QString explainScene(const Scene &scene);

/// The caption of an animation frame: "step 12 of 200 · gradient (subgradient) · λ = 0.5 · L1 w = 0.031,
/// L2 w = 0.214, MSE w = 0.49" (the elastic net too when shown).
[[nodiscard]] QString frameCaption(const Scene &scene, int frame, bool withElastic);

/// The first-run tip for this scene (rich text): where to drag lambda to see the L1 minimum snap to 0,
/// or leave it, given which side of lambda_c the scene is on.
[[nodiscard]] QString firstRunTip(const Scene &scene);

/// What the status bar says when new data make the step size eta unstable (SceneController::stepAdvised):
/// the stable step that was picked (`applied`) or that is offered.
[[nodiscard]] QString stepAdvice(double eta, double limit, double stable, bool applied);

/// Whether the L1 minimum is exactly 0 and why, in one sentence: "λ = 0.5 ≥ λc = 0.28: ...".
[[nodiscard]] QString snapSentence(const Scene &scene);

/// A descent run's status in a few words: "converged in 22 steps", "oscillating in [-0.01, 0.01]".
[[nodiscard]] QString describeTrace(const DescentTrace &trace);

/// The optimizer as the legends and explanations name it: "ISTA (proximal)", "Adam", ...
[[nodiscard]] QString optimizerTitle(Optimizer optimizer);

/// The first step from which every iterate is exactly 0.0, or nothing when the run does not end on 0.
[[nodiscard]] std::optional<int> zeroFromStep(const DescentTrace &trace);

/// Whether a run lands on exactly 0, in a few words: "exactly 0 from step 22", "never exactly 0 (last
/// w = 0.0012)", or "ends at w = 0.61" when the minimum is not 0.
[[nodiscard]] QString describeLanding(const DescentTrace &trace);

/// One or two sentences on what the optimizer does on L1 here, with the run's own numbers.
[[nodiscard]] QString explainOptimizerOnL1(const DescentTrace &trace, const DescentSettings &settings);

} // namespace regviz
