#pragma once

#include <QSize>
#include <QString>
#include <optional>

namespace regviz {

enum class FigureFormat
{
    Png,
    Pdf,
    Svg
};

/// The format a file name asks for by its extension (.png, .pdf, .svg), if any.
[[nodiscard]] std::optional<FigureFormat> figureFormatFor(const QString &path);

/// What to draw and how large. The size is in logical pixels (points for PDF); a PNG gets size * scale
/// device pixels, so scale 2 gives a crisp figure for high-density screens and slides.
struct FigureOptions
{
    QString panel; ///< a panelNames() entry, or empty for the whole dashboard
    QSize size{1600, 1000};
    double scale = 1.0;
    /// The window's colours (a dark theme exports dark); otherwise black on white, for print and slides.
    bool screenColors = false;

    friend bool operator==(const FigureOptions &, const FigureOptions &) = default;
};

inline constexpr int kMinFigureSide = 100;
inline constexpr int kMaxFigureSide = 8000;
inline constexpr double kMinFigureScale = 0.5;
inline constexpr double kMaxFigureScale = 4.0;

/// An error message when the options cannot be drawn (unknown panel, size or scale out of range).
[[nodiscard]] std::optional<QString> checkFigureOptions(const FigureOptions &options);

} // namespace regviz
