#pragma once

#include <QLatin1StringView>

namespace regviz::settings {

// Every QSettings key RegViz uses, in one place. Read in MainWindow's constructor, written on close.
inline constexpr QLatin1StringView windowGeometry{"window/geometry"};
inline constexpr QLatin1StringView windowState{"window/state"};
inline constexpr QLatin1StringView showElastic{"view/showElastic"};
inline constexpr QLatin1StringView playbackSpeed{"descent/speed"};

} // namespace regviz::settings
