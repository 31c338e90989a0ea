// teahouse_render_icons: renders the app's SVG icon into what each system's packaging needs —
// the freedesktop hicolor PNG sizes, a Windows .ico and a macOS .iconset (for iconutil) — so
// the committed SVG is the only source and no PNG in git can drift from it.
//   teahouse_render_icons SVG OUTDIR
// writes OUTDIR/hicolor/<N>x<N>/apps/chat.teahouse.Teahouse.png, OUTDIR/teahouse.ico and
// OUTDIR/Teahouse.iconset/icon_<N>x<N>[@2x].png.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>
#include <QtEndian>

namespace {

const QString appId = QStringLiteral("chat.teahouse.Teahouse");
// The sizes the hicolor theme specification and the common desktops look for.
constexpr int hicolorSizes[] = {16, 22, 24, 32, 48, 64, 128, 256, 512};
// Windows picks from these for title bars, the taskbar, Explorer and the installer.
constexpr int icoSizes[] = {16, 24, 32, 48, 64, 256};

QImage render(const QString &svg, int size)
{
    QImageReader reader(svg);
    reader.setScaledSize(QSize(size, size));
    return reader.read().convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// An ICO with PNG-compressed entries (read by Windows Vista and later).
QByteArray ico(const QList<QImage> &images)
{
    QByteArray header(6, '\0');
    qToLittleEndian<quint16>(1, header.data() + 2); // type: icon
    qToLittleEndian<quint16>(quint16(images.size()), header.data() + 4);
    QByteArray directory;
    QByteArray data;
    quint32 offset = quint32(6 + 16 * images.size());
    for (const QImage &image : images) {
        const QByteArray bytes = png(image);
        QByteArray entry(16, '\0');
        entry[0] = char(image.width() >= 256 ? 0 : image.width()); // 0 means 256
        entry[1] = char(image.height() >= 256 ? 0 : image.height());
        qToLittleEndian<quint16>(1, entry.data() + 4);  // colour planes
        qToLittleEndian<quint16>(32, entry.data() + 6); // bits per pixel
        qToLittleEndian<quint32>(quint32(bytes.size()), entry.data() + 8);
        qToLittleEndian<quint32>(offset, entry.data() + 12);
        offset += quint32(bytes.size());
        directory += entry;
        data += bytes;
    }
    return header + directory + data;
}

bool save(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[])
{
    // Rendering needs no display, on a build machine least of all.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        err << "usage: teahouse_render_icons SVG OUTDIR\n";
        return 2;
    }
    const QString svg = arguments.at(1);
    const QDir out(arguments.at(2));

    for (int size : hicolorSizes) {
        const QImage image = render(svg, size);
        if (image.isNull() || image.width() != size) {
            err << "teahouse_render_icons: cannot render " << svg << " at " << size << "\n";
            return 1;
        }
        const QString path = out.filePath(
            QStringLiteral("hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));
        if (!save(path, png(image))) {
            err << "teahouse_render_icons: cannot write " << path << "\n";
            return 1;
        }
    }

    QList<QImage> icoImages;
    for (int size : icoSizes)
        icoImages << render(svg, size);
    if (!save(out.filePath(QStringLiteral("teahouse.ico")), ico(icoImages)))
        return 1;

    // iconutil's names: icon_16x16.png, icon_16x16@2x.png (32 px), ... icon_512x512@2x.png.
    for (int size : {16, 32, 128, 256, 512}) {
        const QString base = out.filePath(QStringLiteral("Teahouse.iconset/icon_%1x%1").arg(size));
        if (!save(base + QStringLiteral(".png"), png(render(svg, size)))
            || !save(base + QStringLiteral("@2x.png"), png(render(svg, size * 2))))
            return 1;
    }
    return 0;
}
