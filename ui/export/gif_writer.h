#pragma once

#include <QImage>
#include <QString>
#include <optional>

class QIODevice;
struct GifFileType;

namespace regviz {

/// Writes an animated, looping GIF with giflib: each frame is quantized to its own 256-colour palette
/// (giflib's GifQuantizeBuffer) and shown for the given delay.
class GifWriter
{
public:
    GifWriter() = default;
    ~GifWriter();
    GifWriter(const GifWriter &) = delete;
    GifWriter &operator=(const GifWriter &) = delete;

    /// Starts a GIF of the given pixel size on the device. Returns an error message or nothing.
    [[nodiscard]] std::optional<QString> open(QIODevice *device, QSize size, int delayMs);
    /// Appends one frame (scaled to the size given to open() if it differs), shown for the delay given
    /// to open(), or for `delayMs` when given.
    [[nodiscard]] std::optional<QString> addFrame(const QImage &frame,
                                                  std::optional<int> delayMs = std::nullopt);
    /// Writes the trailer. The GIF is complete only once this returns nothing.
    [[nodiscard]] std::optional<QString> close();

private:
    [[nodiscard]] QString lastError() const;

    GifFileType *m_gif = nullptr;
    QSize m_size;
    int m_delayCentiseconds = 10;
    int m_errorCode = 0;
};

} // namespace regviz
