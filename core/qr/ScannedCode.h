#pragma once

#include "qr/QrPayload.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPolygonF>
#include <QString>

namespace teahouse::qr {

// One code found in an image by QrScanner: the symbology, the raw content, what the content
// means (QrPayload) and where the code sits in the image, so the scanner screen can mark it
// and let the user pick one of several.
struct ScannedCode
{
    QString format;     // ZXing's name of the symbology: "QRCode", "DataMatrix", "EAN-13", ...
    QByteArray bytes;   // the content as stored in the code
    QrPayload payload;  // payload.text is the content as text
    QPolygonF position; // corners in image pixels: top-left, top-right, bottom-right, bottom-left

    [[nodiscard]] QPointF centre() const;
    // {format, position: [[x, y] x4], kind, text, valid, error?, fields?}
    [[nodiscard]] QJsonObject toJson() const;
};

using ScannedCodes = QList<ScannedCode>;

} // namespace teahouse::qr

Q_DECLARE_METATYPE(teahouse::qr::ScannedCode)
Q_DECLARE_METATYPE(teahouse::qr::ScannedCodes)
