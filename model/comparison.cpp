#include "model/comparison.h"

#include <algorithm>
#include <iterator>

namespace regviz {

bool isValid(const Comparison &comparison)
{
    const std::vector<Optimizer> &list = comparison.optimizers;
    if (list.empty() || list.size() > Comparison::kMaxOptimizers)
        return false;
    for (auto it = list.begin(); it != list.end(); ++it) {
        if (std::find(std::next(it), list.end(), *it) != list.end())
            return false;
    }
    return true;
}

std::optional<Penalty> penaltyFromName(std::string_view name)
{
    for (const Penalty kind : kAllPenalties) {
        if (name == penaltyName(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace regviz
