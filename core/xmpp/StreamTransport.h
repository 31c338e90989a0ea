#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace teahouse::xmpp {

// The byte pipe under a Stream: TCP, optionally upgraded to TLS, or an in-memory fake in
// unit tests. The Stream speaks XMPP over it and never touches a socket directly, so its
// negotiation logic is tested without a network.
class StreamTransport : public QObject
{
    Q_OBJECT
public:
    struct TlsOptions
    {
        // Name the certificate must carry (the account's domain, RFC 6125), not the SRV target.
        QString peerName;
        // Trusted in addition to the system store (a private server's self-signed cert).
        QList<QSslCertificate> extraCaCertificates;
        // SHA-256 fingerprints (any separators) accepted even when validation fails.
        QStringList pinnedSha256Fingerprints;
    };

    using QObject::QObject;
    ~StreamTransport() override = default;

    // Opens the TCP connection; with directTls the TLS handshake starts at once (XEP-0368).
    // Emits connected() (plain) or encrypted() (direct TLS), or failed().
    virtual void connectToHost(const QString &host, quint16 port, bool directTls,
                               const TlsOptions &tls) = 0;
    // STARTTLS: upgrades the open connection; emits encrypted() or failed().
    virtual void startTls() = 0;
    virtual void write(const QByteArray &bytes) = 0;
    // Flushes and closes; emits disconnected().
    virtual void close() = 0;
    // Drops the connection at once without emitting signals.
    virtual void abort() = 0;

    [[nodiscard]] virtual bool isEncrypted() const = 0;
    // RFC 5929 tls-server-end-point data for the current TLS session; empty if none.
    [[nodiscard]] virtual QByteArray tlsServerEndPoint() const = 0;
    // Colon-separated SHA-256 of the server certificate of the current or last handshake.
    [[nodiscard]] virtual QString peerCertificateFingerprint() const = 0;

    enum class Failure
    {
        Network,
        UntrustedCertificate,
        Tls
    };
    Q_ENUM(Failure)

Q_SIGNALS:
    void connected();
    void encrypted();
    void dataReceived(const QByteArray &bytes);
    // The peer closed or the link broke after connected().
    void disconnected();
    // Could not connect, or TLS was refused. For UntrustedCertificate, fingerprint is the
    // server certificate's SHA-256 and reason says why it is not trusted, in plain words.
    void failed(teahouse::xmpp::StreamTransport::Failure failure, const QString &reason,
                const QString &fingerprint);
};

} // namespace teahouse::xmpp
