#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace regviz {

/// What --version prints: the RegViz version, the Qt it was compiled against and the Qt it runs on,
/// QCustomPlot, the compiler and the build type, one item a line.
[[nodiscard]] QString versionText();

/// The RegViz version this binary was built as, e.g. "0.1.0".
[[nodiscard]] QString regvizVersion();

/// The libraries RegViz is built on, with the versions compiled in (Qt: the one it runs on): name, version.
[[nodiscard]] QList<std::pair<QString, QString>> libraryVersions();

/// The About box: version, what RegViz is for, the licence and the libraries with their versions (rich text).
[[nodiscard]] QString aboutText();

} // namespace regviz
