#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QString>

// Certificate fingerprints people can compare and pin (shown when a certificate is refused).
namespace teahouse::xmpp::tls {

// SHA-256 of the certificate's DER, upper-case hex pairs joined by colons ("AB:01:…").
[[nodiscard]] QString sha256Fingerprint(const QSslCertificate &certificate);
// Upper-case hex without separators or spaces, so pins written either way compare equal.
[[nodiscard]] QString normalizedFingerprint(QStringView fingerprint);

} // namespace teahouse::xmpp::tls
