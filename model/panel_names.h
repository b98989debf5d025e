#pragma once

#include <QStringList>

namespace regviz {

/// The command-line name of every panel, in the order the window shows them: data, mse, l1, l2,
/// regularized, descent, gradient, path, shrinkage, sampling, twod, compare. Each plot panel carries its name
/// as its object name; the export dialog, --panel, the man page and the completion all list these.
[[nodiscard]] QStringList panelNames();

} // namespace regviz
