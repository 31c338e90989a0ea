#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace teahouse::xmpp {

// What the client says about TLS channel binding in the GS2 header (RFC 5802 §6, §7):
// 'n' it cannot bind, 'y' it could but the server offered no -PLUS mechanism (so a server
// that does support binding sees the downgrade and fails the exchange), 'p' binding used.
struct SaslChannelBinding
{
    enum class Mode
    {
        NotSupported,
        SupportedButNotUsed,
        Used
    };

    Mode mode = Mode::NotSupported;
    QString type;    // with Mode::Used: "tls-server-end-point" (RFC 5929) or "tls-exporter"
    QByteArray data; // with Mode::Used: the binding data for that type

    [[nodiscard]] static SaslChannelBinding none() { return {}; }
    [[nodiscard]] static SaslChannelBinding supportedButNotUsed()
    {
        return {Mode::SupportedButNotUsed, {}, {}};
    }
    [[nodiscard]] static SaslChannelBinding use(QString type, QByteArray data)
    {
        return {Mode::Used, std::move(type), std::move(data)};
    }

    // The GS2 header without authzid: "n,,", "y,," or "p=<type>,,".
    [[nodiscard]] QByteArray gs2Header(const QByteArray &escapedAuthzid = {}) const;
};

inline const QString kTlsServerEndPoint = QStringLiteral("tls-server-end-point");
inline const QString kTlsExporter = QStringLiteral("tls-exporter");

// tls-server-end-point binding data (RFC 5929 §4.1) for the server's certificate (DER): its
// hash with the certificate's signature hash, SHA-256 where that is MD5 or SHA-1. A
// signature without a single hash (Ed25519) has no defined binding: an error, and the caller
// then does without binding.
[[nodiscard]] Result<QByteArray> tlsServerEndPointData(QByteArrayView certificateDer);

// tls-exporter (RFC 9266) data is 32 bytes of SSL_export_keying_material with the label
// "EXPORTER-Channel-Binding" and no context, TLS 1.3 only; Qt 6.4's QSslSocket does not expose
// it, so a caller that has it passes it to SaslChannelBinding::use(kTlsExporter, data).
inline constexpr qsizetype kTlsExporterLength = 32;

} // namespace teahouse::xmpp
