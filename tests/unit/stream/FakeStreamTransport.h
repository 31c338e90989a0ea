#pragma once

#include "xmpp/Element.h"
#include "xmpp/StreamTransport.h"

#include <QList>

// An in-memory StreamTransport: records what the Stream writes, and lets the test play the
// server (inject bytes, complete the TCP connect and the TLS upgrade, cut the link). TLS is a
// flag; channel binding data is whatever the test sets.
class FakeStreamTransport : public teahouse::xmpp::StreamTransport
{
    Q_OBJECT
public:
    using StreamTransport::StreamTransport;

    void connectToHost(const QString &host, quint16 port, bool directTls,
                       const TlsOptions &tls) override
    {
        m_host = host;
        m_port = port;
        m_directTls = directTls;
        m_tls = tls;
        m_connectCalled = true;
    }
    void startTls() override { m_startTlsCalled = true; }
    void write(const QByteArray &bytes) override { m_written.append(bytes); }
    void close() override { m_closed = true; }
    void abort() override { m_aborted = true; }
    [[nodiscard]] bool isEncrypted() const override { return m_encrypted; }
    [[nodiscard]] QByteArray tlsServerEndPoint() const override
    {
        return m_encrypted ? m_binding : QByteArray();
    }
    [[nodiscard]] QString peerCertificateFingerprint() const override { return {}; }

    // --- test side ---
    void completeConnect()
    {
        if (m_directTls) {
            m_encrypted = true;
            Q_EMIT encrypted();
        } else {
            Q_EMIT connected();
        }
    }
    void completeTls()
    {
        m_encrypted = true;
        Q_EMIT encrypted();
    }
    void inject(const QByteArray &bytes) { Q_EMIT dataReceived(bytes); }
    void cut() { Q_EMIT disconnected(); }
    void failWith(Failure failure, const QString &reason, const QString &fingerprint = {})
    {
        Q_EMIT failed(failure, reason, fingerprint);
    }

    QList<QByteArray> m_written;
    QString m_host;
    quint16 m_port = 0;
    bool m_directTls = false;
    TlsOptions m_tls;
    QByteArray m_binding;
    bool m_connectCalled = false;
    bool m_startTlsCalled = false;
    bool m_encrypted = false;
    bool m_closed = false;
    bool m_aborted = false;
};
