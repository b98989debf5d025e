#pragma once

#include <QLatin1StringView>

namespace regviz::settings {

// Every QSettings key RegViz uses, in one place.
inline constexpr QLatin1StringView windowGeometry{"window/geometry"};
inline constexpr QLatin1StringView windowState{"window/state"};
inline constexpr QLatin1StringView lastSession{"session/last"};
inline constexpr QLatin1StringView recentFiles{"files/recent"};
inline constexpr QLatin1StringView lastFolder{"files/lastFolder"};
inline constexpr QLatin1StringView playbackSpeed{"descent/speed"};
inline constexpr QLatin1StringView exportPanel{"export/panel"};
inline constexpr QLatin1StringView exportSize{"export/size"};
inline constexpr QLatin1StringView exportScale{"export/scale"};
inline constexpr QLatin1StringView exportFrames{"export/frames"};
inline constexpr QLatin1StringView exportDelay{"export/delay"};
inline constexpr QLatin1StringView exportScreenColors{"export/screenColors"};
inline constexpr QLatin1StringView theme{"view/theme"};
inline constexpr QLatin1StringView colorBlindSafe{"view/colorBlindSafe"};
inline constexpr QLatin1StringView firstRunHintSeen{"hints/firstRunSeen"};

} // namespace regviz::settings
