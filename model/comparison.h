#pragma once

#include "regviz/core/descent.h"
#include "regviz/core/objective.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace regviz {

/// The optimizers the "Compare optimizers" panel runs side by side on one objective, each from the scene's
/// start with its step size and parameters (DescentSettings) and only the optimizer changed. The
/// SceneController owns it, as it owns the descent settings, because it decides which traces the scene holds.
struct Comparison
{
    static constexpr std::size_t kMaxOptimizers = 4;

    Penalty objective = Penalty::L1;
    /// 1 to kMaxOptimizers, no repeats, in the order the legend lists them.
    std::vector<Optimizer> optimizers{Optimizer::Gradient, Optimizer::Proximal, Optimizer::Adam,
                                      Optimizer::Sgd};

    friend bool operator==(const Comparison &, const Comparison &) = default;
};

/// 1 to Comparison::kMaxOptimizers optimizers, none of them twice.
[[nodiscard]] bool isValid(const Comparison &comparison);

/// The penalty core names "none", "l1", "l2" or "elastic" (penaltyName), or nothing.
[[nodiscard]] std::optional<Penalty> penaltyFromName(std::string_view name);

} // namespace regviz
