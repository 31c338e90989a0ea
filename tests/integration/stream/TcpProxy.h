#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// A loopback TCP forwarder between the client under test and the server, so a test can cut
// the link at a moment of its choosing: drop one direction silently (a dead route), sever
// every connection, or refuse new ones. It forwards bytes only, so TLS stays end to end;
// on a plaintext link, upstreamBytes() shows what the client really sent.
class TcpProxy : public QObject
{
    Q_OBJECT
public:
    TcpProxy(QString targetHost, quint16 targetPort, QObject *parent = nullptr);
    ~TcpProxy() override;

    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const { return m_port; }

    // Bytes in that direction are read and thrown away (the peer does not notice).
    void setDropUpstream(bool drop) { m_dropUpstream = drop; }
    void setDropDownstream(bool drop) { m_dropDownstream = drop; }
    // New connections are accepted and closed at once (server unreachable).
    void setRefuseNew(bool refuse) { m_refuseNew = refuse; }
    // Aborts every open connection on both sides, as a broken route would end up doing.
    void sever();

    [[nodiscard]] int connectionCount() const { return m_connections; }
    [[nodiscard]] int openConnections() const;
    [[nodiscard]] const QByteArray &upstreamBytes() const { return m_upstream; }
    [[nodiscard]] qint64 droppedUpstreamBytes() const { return m_droppedUp; }
    [[nodiscard]] qint64 droppedDownstreamBytes() const { return m_droppedDown; }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        QByteArray pendingUp; // client bytes before the server side is connected
    };
    void onNewConnection();
    void closePair(Pair *pair);

    QString m_targetHost;
    quint16 m_targetPort;
    QTcpServer m_server;
    quint16 m_port = 0;
    QList<Pair *> m_pairs;
    QByteArray m_upstream;
    qint64 m_droppedUp = 0;
    qint64 m_droppedDown = 0;
    int m_connections = 0;
    bool m_dropUpstream = false;
    bool m_dropDownstream = false;
    bool m_refuseNew = false;
};
