// The names of optimizers and statuses (declared in descent.h), as sessions, the command line and the
// report spell them.

#include "regviz/core/descent.h"

namespace regviz {

const char *optimizerName(Optimizer optimizer)
{
    switch (optimizer) {
    case Optimizer::Gradient:
        return "gd";
    case Optimizer::Proximal:
        return "proximal";
    case Optimizer::Clip:
        return "clip";
    case Optimizer::Momentum:
        return "momentum";
    case Optimizer::Nesterov:
        return "nesterov";
    case Optimizer::Adam:
        return "adam";
    case Optimizer::AdamW:
        return "adamw";
    case Optimizer::Sgd:
        return "sgd";
    case Optimizer::Fista:
        return "fista";
    case Optimizer::ProximalSgd:
        return "proximal-sgd";
    }
    return "gd";
}

std::optional<Optimizer> optimizerFromName(const std::string_view &name)
{
    for (const Optimizer o : kAllOptimizers) {
        if (name == optimizerName(o))
            return o;
    }
    return std::nullopt;
}

const char *statusName(DescentStatus status)
{
    switch (status) {
    case DescentStatus::Converged:
        return "converged";
    case DescentStatus::Running:
        return "running";
    case DescentStatus::Oscillating:
        return "oscillating";
    case DescentStatus::Diverged:
        return "diverged";
    }
    return "running";
}

} // namespace regviz
