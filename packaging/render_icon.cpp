// Renders the app icon's SVG into the PNG sizes of the hicolor theme at build time, so the PNGs can never
// drift from the SVG and no rendered image is committed.
//
// Usage: regviz_render_icon ICON.svg OUTDIR SIZE...
// writes OUTDIR/SIZExSIZE/apps/ICON.png for each size.

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <cstdio>

namespace {

bool writePng(const QImage &image, const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fputs("usage: regviz_render_icon ICON.svg OUTDIR SIZE...\n", stderr);
        return 2;
    }
    // A build step has no display; the offscreen platform is enough to paint into an image.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    const QString source = arguments.at(1);
    const QString outputDir = arguments.at(2);

    QSvgRenderer renderer(source);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "regviz_render_icon: cannot read %s\n", qPrintable(source));
        return 1;
    }
    const QString name = QFileInfo(source).completeBaseName() + QStringLiteral(".png");
    for (qsizetype i = 3; i < arguments.size(); ++i) {
        bool ok = false;
        const int size = arguments.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "regviz_render_icon: '%s' is not a size\n", qPrintable(arguments.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString path = QStringLiteral("%1/%2x%2/apps/%3").arg(outputDir).arg(size).arg(name);
        if (!writePng(image, path)) {
            std::fprintf(stderr, "regviz_render_icon: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
