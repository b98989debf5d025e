#pragma once

#include <QString>

namespace regviz {

/// What --version prints: the RegViz version, the Qt it was compiled against and the Qt it runs on,
/// QCustomPlot, the compiler and the build type, one item a line.
[[nodiscard]] QString versionText();

} // namespace regviz
