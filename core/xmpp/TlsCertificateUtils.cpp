#include "xmpp/TlsCertificateUtils.h"

#include <QCryptographicHash>

namespace teahouse::xmpp::tls {

QString sha256Fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString normalizedFingerprint(QStringView fingerprint)
{
    QString out;
    out.reserve(64);
    for (QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

} // namespace teahouse::xmpp::tls
