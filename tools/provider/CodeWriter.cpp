#include "CodeWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <exception>

namespace teahouse::provider {

Result<QImage> CodeWriter::render(const QString &text, int size)
{
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEncoding(ZXing::CharacterSet::UTF8).setMargin(4).setEccLevel(4);
        const ZXing::BitMatrix matrix = writer.encode(text.toStdWString(), size, size);
        QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
        for (int y = 0; y < matrix.height(); ++y) {
            uchar *line = image.scanLine(y);
            for (int x = 0; x < matrix.width(); ++x)
                line[x] = matrix.get(x, y) ? 0 : 255;
        }
        return image;
    } catch (const std::exception &e) {
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("QR encoding failed: ") + QString::fromUtf8(e.what()));
    }
}

Result<QStringList> CodeWriter::writeMerchantCodes(const QList<Merchant> &merchants,
                                                   const QString &directory)
{
    if (!QDir().mkpath(directory))
        return Error::make(Error::Code::Io, QStringLiteral("cannot create ") + directory);
    QStringList files;
    QJsonArray index;
    for (const Merchant &m : merchants) {
        for (bool dynamic : {false, true}) {
            const QString text = m.emvco(dynamic);
            auto image = render(text);
            if (!image.ok())
                return image.error();
            const QString file = QDir(directory).filePath(
                m.key + (dynamic ? QStringLiteral("-dynamic.png") : QStringLiteral("-static.png")));
            if (!image->save(file, "PNG"))
                return Error::make(Error::Code::Io, QStringLiteral("cannot write ") + file);
            files.append(file);
            index.append(QJsonObject{{QStringLiteral("merchant"), m.jid.bareString()},
                                     {QStringLiteral("name"), m.name},
                                     {QStringLiteral("kind"), dynamic ? QStringLiteral("dynamic")
                                                                      : QStringLiteral("static")},
                                     {QStringLiteral("file"), QFileInfo(file).fileName()},
                                     {QStringLiteral("text"), text}});
        }
    }
    QFile json(QDir(directory).filePath(QStringLiteral("codes.json")));
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::make(Error::Code::Io, QStringLiteral("cannot write codes.json"));
    json.write(QJsonDocument(index).toJson());
    files.append(json.fileName());
    return files;
}

} // namespace teahouse::provider
