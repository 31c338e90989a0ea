#include "ScanCommand.h"

#include "qr/QrScanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace teahouse::app {

int ScanCommand::run(const QString &file, QTextStream &out, QTextStream &err)
{
    QJsonObject result{{QStringLiteral("file"), file}};
    const auto image = qr::QrScanner::readImage(file);
    if (!image.ok()) {
        result.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), image.error().codeName()},
                                  {QStringLiteral("message"), image.error().message}});
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        out.flush();
        err << "teahouse: " << image.error().message << Qt::endl;
        return BadFile;
    }
    const qr::ScannedCodes codes =
        qr::QrScanner(qr::QrScanner::Effort::Thorough).scan(image.value());
    QJsonArray list;
    for (const qr::ScannedCode &code : codes)
        list.append(code.toJson());
    result.insert(QStringLiteral("width"), image.value().width());
    result.insert(QStringLiteral("height"), image.value().height());
    result.insert(QStringLiteral("count"), list.size());
    result.insert(QStringLiteral("codes"), list);
    out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    out.flush();
    return codes.isEmpty() ? NothingFound : Found;
}

} // namespace teahouse::app
