#pragma once

#include "xmpp/StreamTransport.h"

#include <QPointer>
#include <QSslError>
#include <QSslSocket>

namespace teahouse::xmpp {

// The real transport: QSslSocket with TLS 1.2 or later, full certificate validation against
// the system store plus any extra CA certificates, host name checked against the account's
// domain. A certificate that fails validation is accepted only if its SHA-256 is pinned.
class StreamSocketTransport : public StreamTransport
{
    Q_OBJECT
public:
    explicit StreamSocketTransport(QObject *parent = nullptr);
    ~StreamSocketTransport() override;

    void connectToHost(const QString &host, quint16 port, bool directTls,
                       const TlsOptions &tls) override;
    void startTls() override;
    void write(const QByteArray &bytes) override;
    void close() override;
    void abort() override;

    [[nodiscard]] bool isEncrypted() const override;
    [[nodiscard]] QByteArray tlsServerEndPoint() const override;
    [[nodiscard]] QString peerCertificateFingerprint() const override;

    // Plain-language reason for a set of validation errors (the first that matters).
    [[nodiscard]] static QString describeSslErrors(const QList<QSslError> &errors);

private:
    void dropSocket();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError(QAbstractSocket::SocketError error);
    void fail(Failure failure, const QString &reason, const QString &fingerprint = {});

    QPointer<QSslSocket> m_socket;
    TlsOptions m_tls;
    QString m_host;
    QString m_lastFingerprint;
    bool m_directTls = false;
    bool m_connected = false; // connected() or encrypted() was emitted
    bool m_handshaking = false;
    bool m_failed = false;
};

} // namespace teahouse::xmpp
