#include <QColor>
#include <QImage>
#include <QString>
#include <gtest/gtest.h>

namespace {

QString iconPath(int size)
{
    return QStringLiteral(REGVIZ_ICON_DIR "/%1x%1/apps/" REGVIZ_APP_ID ".png").arg(size);
}

/// Pixels within a small distance of the colour, ignoring those that are mostly transparent.
int pixelsNear(const QImage &image, const QColor &colour, int tolerance)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 200 && std::abs(pixel.red() - colour.red()) <= tolerance &&
                std::abs(pixel.green() - colour.green()) <= tolerance &&
                std::abs(pixel.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

class IconSize : public ::testing::TestWithParam<int>
{
};

} // namespace

TEST_P(IconSize, IsASquareOfThatSizeWithTransparentCornersAndADrawing)
{
    const int size = GetParam();
    QImage image(iconPath(size));
    ASSERT_FALSE(image.isNull()) << iconPath(size).toStdString();
    EXPECT_EQ(image.size(), QSize(size, size));
    image = image.convertToFormat(QImage::Format_ARGB32);
    // The tile has round corners: the very corner pixels are empty.
    for (const QPoint corner :
         {QPoint(0, 0), QPoint(size - 1, 0), QPoint(0, size - 1), QPoint(size - 1, size - 1)})
        EXPECT_EQ(image.pixelColor(corner).alpha(), 0) << corner.x() << "," << corner.y();
    // The middle is covered (the tile), not a blank render.
    EXPECT_EQ(image.pixelColor(size / 2, size / 2).alpha(), 255);
}

INSTANTIATE_TEST_SUITE_P(Hicolor, IconSize, ::testing::Values(16, 22, 24, 32, 48, 64, 128, 256));

TEST(Icon, ShowsTheL1DiamondInBlueAndTheL2CircleInRed)
{
    const QImage image = QImage(iconPath(256)).convertToFormat(QImage::Format_ARGB32);
    ASSERT_FALSE(image.isNull());
    // The plots' colours (ui/plot_style.cpp): a solid stroke of each covers well over a thousand pixels.
    EXPECT_GT(pixelsNear(image, QColor(0x1f, 0x77, 0xb4), 12), 1000);
    EXPECT_GT(pixelsNear(image, QColor(0xd6, 0x27, 0x28), 12), 1000);
}
