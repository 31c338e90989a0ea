#include "xmpp/StreamSocketTransport.h"

#include "base/Logging.h"
#include "xmpp/SaslChannelBinding.h"
#include "xmpp/TlsCertificateUtils.h"

#include <QSslCipher>
#include <QSslConfiguration>

namespace teahouse::xmpp {

StreamSocketTransport::StreamSocketTransport(QObject *parent)
    : StreamTransport(parent)
{}

StreamSocketTransport::~StreamSocketTransport()
{
    dropSocket();
}

void StreamSocketTransport::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void StreamSocketTransport::connectToHost(const QString &host, quint16 port, bool directTls,
                                          const TlsOptions &tls)
{
    dropSocket();
    m_tls = tls;
    m_host = host;
    m_directTls = directTls;
    m_connected = false;
    m_handshaking = directTls;
    m_failed = false;
    m_lastFingerprint.clear();

    auto *socket = new QSslSocket(this);
    m_socket = socket;

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!tls.extraCaCertificates.isEmpty()) {
        QList<QSslCertificate> cas = config.caCertificates();
        cas += tls.extraCaCertificates;
        config.setCaCertificates(cas);
    }
    if (directTls) // XEP-0368 §3: ALPN tells a multiplexing front end what we speak.
        config.setAllowedNextProtocols({QByteArrayLiteral("xmpp-client")});
    socket->setSslConfiguration(config);
    socket->setPeerVerifyName(tls.peerName);
    socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    connect(socket, &QSslSocket::connected, this, [this] {
        if (!m_directTls) {
            m_connected = true;
            Q_EMIT connected();
        }
    });
    connect(socket, &QSslSocket::encrypted, this, [this] {
        m_handshaking = false;
        m_lastFingerprint = tls::sha256Fingerprint(m_socket->peerCertificate());
        m_connected = true;
        qCDebug(lcXmpp) << "TLS established with" << m_host << m_socket->sessionProtocol()
                        << m_socket->sessionCipher().name();
        Q_EMIT encrypted();
    });
    connect(socket, &QSslSocket::sslErrors, this, &StreamSocketTransport::onSslErrors);
    connect(socket, &QSslSocket::errorOccurred, this, &StreamSocketTransport::onSocketError);
    connect(socket, &QSslSocket::readyRead, this, [this] {
        if (m_socket)
            Q_EMIT dataReceived(m_socket->readAll());
    });
    connect(socket, &QSslSocket::disconnected, this, [this] {
        if (m_failed)
            return;
        if (!m_connected) {
            fail(Failure::Network, tr("The connection was closed before it was established"));
            return;
        }
        m_connected = false;
        Q_EMIT disconnected();
    });

    if (directTls)
        socket->connectToHostEncrypted(host, port, tls.peerName);
    else
        socket->connectToHost(host, port);
}

void StreamSocketTransport::startTls()
{
    if (!m_socket)
        return;
    m_handshaking = true;
    m_socket->startClientEncryption();
}

void StreamSocketTransport::write(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

void StreamSocketTransport::close()
{
    if (!m_socket)
        return;
    m_socket->flush();
    m_socket->disconnectFromHost();
}

void StreamSocketTransport::abort()
{
    m_connected = false;
    // A closing </stream:stream> or stream error written just before is worth the attempt.
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->flush();
    dropSocket();
}

bool StreamSocketTransport::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QByteArray StreamSocketTransport::tlsServerEndPoint() const
{
    if (!isEncrypted())
        return {};
    const auto data = tlsServerEndPointData(m_socket->peerCertificate().toDer());
    return data.ok() ? data.value() : QByteArray();
}

QString StreamSocketTransport::peerCertificateFingerprint() const
{
    return m_lastFingerprint;
}

QString StreamSocketTransport::describeSslErrors(const QList<QSslError> &errors)
{
    // The most telling error first: people act on "not trusted" and "wrong name" differently.
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            return tr("The certificate was issued for a different server name");
        case QSslError::CertificateExpired:
            return tr("The certificate has expired");
        case QSslError::CertificateNotYetValid:
            return tr("The certificate is not valid yet");
        case QSslError::CertificateRevoked:
            return tr("The certificate has been revoked");
        default:
            break;
        }
    }
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            return tr("The certificate is not signed by an authority this computer trusts");
        default:
            break;
        }
    }
    return errors.isEmpty() ? tr("The certificate could not be verified")
                            : errors.constFirst().errorString();
}

void StreamSocketTransport::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate certificate = m_socket->peerCertificate();
    const QString fingerprint = tls::sha256Fingerprint(certificate);
    m_lastFingerprint = fingerprint;
    const QString normalized = tls::normalizedFingerprint(fingerprint);
    for (const QString &pin : std::as_const(m_tls.pinnedSha256Fingerprints)) {
        if (!certificate.isNull() && tls::normalizedFingerprint(pin) == normalized) {
            // The user looked at this exact certificate and chose to trust it for this server.
            qCInfo(lcXmpp) << "Accepting pinned certificate" << fingerprint << "for" << m_host;
            m_socket->ignoreSslErrors(errors);
            return;
        }
    }
    const QString reason = describeSslErrors(errors);
    qCWarning(lcXmpp) << "Refusing certificate of" << m_host << fingerprint << reason;
    fail(Failure::UntrustedCertificate, reason, fingerprint);
}

void StreamSocketTransport::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_failed || !m_socket)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError && m_connected)
        return; // disconnected() follows and reports it
    const QString text = m_socket->errorString();
    if (m_handshaking && error != QAbstractSocket::RemoteHostClosedError &&
        error != QAbstractSocket::NetworkError) {
        fail(Failure::Tls, text);
        return;
    }
    if (m_connected) {
        // A broken established link: report it the same way as a close.
        m_connected = false;
        dropSocket();
        Q_EMIT disconnected();
        return;
    }
    fail(Failure::Network, text);
}

void StreamSocketTransport::fail(Failure failure, const QString &reason, const QString &fingerprint)
{
    m_failed = true;
    m_connected = false;
    dropSocket();
    Q_EMIT failed(failure, reason, fingerprint);
}

} // namespace teahouse::xmpp
