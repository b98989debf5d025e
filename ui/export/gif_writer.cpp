#include "ui/export/gif_writer.h"

#include <QCoreApplication>
#include <QIODevice>
#include <algorithm>
#include <array>
#include <cstdint>
#include <gif_lib.h>
#include <vector>

namespace regviz {

namespace {

/// Median-cut quantization gives each palette entry the mean of the colours it stands for, so a white
/// background shared with the lightest antialiased pixels comes out off-white (253, 253, 254, say).
/// Entries whose pixels all have one colour get that colour exactly, and so does the entry of the
/// background, the colour of the top-left corner: figures then match their PNG export and the page.
void keepExactColours(const std::vector<GifByteType> &red, const std::vector<GifByteType> &green,
                      const std::vector<GifByteType> &blue, const std::vector<GifByteType> &indices,
                      std::array<GifColorType, 256> &palette)
{
    if (indices.empty())
        return;
    std::array<GifColorType, 256> first{};
    std::array<std::uint8_t, 256> state{}; // 0 unused, 1 one colour so far, 2 several
    for (std::size_t i = 0; i < indices.size(); ++i) {
        const GifByteType index = indices[i];
        const GifColorType colour{red[i], green[i], blue[i]};
        if (state[index] == 0) {
            first[index] = colour;
            state[index] = 1;
        } else if (state[index] == 1 &&
                   (first[index].Red != colour.Red || first[index].Green != colour.Green ||
                    first[index].Blue != colour.Blue)) {
            state[index] = 2;
        }
    }
    for (std::size_t index = 0; index < palette.size(); ++index) {
        if (state[index] == 1)
            palette[index] = first[index];
    }
    palette[indices[0]] = GifColorType{red[0], green[0], blue[0]};
}

int writeToDevice(GifFileType *gif, const GifByteType *bytes, int length)
{
    auto *device = static_cast<QIODevice *>(gif->UserData);
    return static_cast<int>(device->write(reinterpret_cast<const char *>(bytes), length));
}

/// This file's translation context. A free tr() would do at run time, but lupdate would file its
/// strings under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GifWriter)
};

} // namespace

GifWriter::~GifWriter()
{
    if (m_gif)
        EGifCloseFile(m_gif, nullptr);
}

QString GifWriter::lastError() const
{
    const char *message = GifErrorString(m_errorCode);
    return Text::tr("GIF encoder: %1")
        .arg(message ? QString::fromLatin1(message) : Text::tr("unknown error"));
}

std::optional<QString> GifWriter::open(QIODevice *device, QSize size, int delayMs)
{
    m_size = size;
    m_delayCentiseconds = std::clamp((delayMs + 5) / 10, 2, 6000); // browsers treat < 2 cs as 10 cs
    m_gif = EGifOpen(device, writeToDevice, &m_errorCode);
    if (!m_gif)
        return lastError();
    EGifSetGifVersion(m_gif, true);
    if (EGifPutScreenDesc(m_gif, size.width(), size.height(), 8, 0, nullptr) == GIF_ERROR) {
        m_errorCode = m_gif->Error;
        return lastError();
    }
    // NETSCAPE2.0 application extension: loop forever.
    static const std::array<GifByteType, 11> appId{'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
    static const std::array<GifByteType, 3> loop{1, 0, 0};
    if (EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
        EGifPutExtensionBlock(m_gif, static_cast<int>(appId.size()), appId.data()) == GIF_ERROR ||
        EGifPutExtensionBlock(m_gif, static_cast<int>(loop.size()), loop.data()) == GIF_ERROR ||
        EGifPutExtensionTrailer(m_gif) == GIF_ERROR) {
        m_errorCode = m_gif->Error;
        return lastError();
    }
    return std::nullopt;
}

std::optional<QString> GifWriter::addFrame(const QImage &frame, std::optional<int> delayMs)
{
    if (!m_gif)
        return Text::tr("GIF encoder: not open");
    const QImage image =
        (frame.size() == m_size ? frame
                                : frame.scaled(m_size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation))
            .convertToFormat(QImage::Format_RGB888);
    const auto width = static_cast<unsigned>(m_size.width());
    const auto height = static_cast<unsigned>(m_size.height());
    const std::size_t pixels = std::size_t{width} * height;
    std::vector<GifByteType> red(pixels);
    std::vector<GifByteType> green(pixels);
    std::vector<GifByteType> blue(pixels);
    for (unsigned y = 0; y < height; ++y) {
        const uchar *line = image.constScanLine(static_cast<int>(y));
        for (unsigned x = 0; x < width; ++x) {
            const std::size_t i = std::size_t{y} * width + x;
            const std::size_t rgb = std::size_t{3} * x;
            red[i] = line[rgb];
            green[i] = line[rgb + 1];
            blue[i] = line[rgb + 2];
        }
    }
    int colorCount = 256;
    std::vector<GifByteType> indices(pixels);
    std::array<GifColorType, 256> palette{};
    if (GifQuantizeBuffer(width, height, &colorCount, red.data(), green.data(), blue.data(), indices.data(),
                          palette.data()) == GIF_ERROR)
        return Text::tr("GIF encoder: colour quantization failed");
    keepExactColours(red, green, blue, indices, palette);
    ColorMapObject *colorMap = GifMakeMapObject(256, palette.data());
    if (!colorMap)
        return Text::tr("GIF encoder: out of memory");

    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT;
    control.DelayTime = delayMs ? std::clamp((*delayMs + 5) / 10, 2, 65535) : m_delayCentiseconds;
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    std::array<GifByteType, 4> controlBytes{};
    EGifGCBToExtension(&control, controlBytes.data());

    bool ok = EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(controlBytes.size()),
                               controlBytes.data()) != GIF_ERROR &&
              EGifPutImageDesc(m_gif, 0, 0, m_size.width(), m_size.height(), false, colorMap) != GIF_ERROR;
    for (unsigned y = 0; ok && y < height; ++y)
        ok = EGifPutLine(m_gif, indices.data() + std::size_t{y} * width, m_size.width()) != GIF_ERROR;
    GifFreeMapObject(colorMap);
    if (!ok) {
        m_errorCode = m_gif->Error;
        return lastError();
    }
    return std::nullopt;
}

std::optional<QString> GifWriter::close()
{
    if (!m_gif)
        return Text::tr("GIF encoder: not open");
    GifFileType *gif = std::exchange(m_gif, nullptr);
    if (EGifCloseFile(gif, &m_errorCode) == GIF_ERROR)
        return lastError();
    return std::nullopt;
}

} // namespace regviz
