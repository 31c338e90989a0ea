#include "TcpProxy.h"

#include <QHostAddress>

TcpProxy::TcpProxy(QString targetHost, quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

TcpProxy::~TcpProxy()
{
    sever();
}

bool TcpProxy::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = m_server.serverPort();
    return true;
}

int TcpProxy::openConnections() const
{
    int open = 0;
    for (const Pair *pair : m_pairs) {
        if (pair->client && pair->client->state() == QAbstractSocket::ConnectedState)
            ++open;
    }
    return open;
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        if (m_refuseNew) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *pair = new Pair;
        pair->client = client;
        pair->server = new QTcpSocket(this);
        m_pairs.append(pair);
        client->setParent(this);

        connect(client, &QTcpSocket::readyRead, this, [this, pair] {
            const QByteArray bytes = pair->client->readAll();
            if (m_dropUpstream) {
                m_droppedUp += bytes.size();
                return;
            }
            m_upstream += bytes;
            if (pair->server && pair->server->state() == QAbstractSocket::ConnectedState)
                pair->server->write(bytes);
            else
                pair->pendingUp += bytes;
        });
        connect(pair->server, &QTcpSocket::connected, this, [pair] {
            if (!pair->pendingUp.isEmpty())
                pair->server->write(std::exchange(pair->pendingUp, {}));
        });
        connect(pair->server, &QTcpSocket::readyRead, this, [this, pair] {
            const QByteArray bytes = pair->server->readAll();
            if (m_dropDownstream) {
                m_droppedDown += bytes.size();
                return;
            }
            if (pair->client)
                pair->client->write(bytes);
        });
        connect(client, &QTcpSocket::disconnected, this, [this, pair] { closePair(pair); });
        connect(pair->server, &QTcpSocket::disconnected, this, [this, pair] { closePair(pair); });
        connect(pair->server, &QTcpSocket::errorOccurred, this,
                [this, pair](QAbstractSocket::SocketError) { closePair(pair); });
        pair->server->connectToHost(m_targetHost, m_targetPort);
    }
}

void TcpProxy::closePair(Pair *pair)
{
    if (!m_pairs.removeOne(pair))
        return;
    // Deliver what is already in flight, then close, like a normal TCP close would.
    for (QTcpSocket *socket : {pair->client.data(), pair->server.data()}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        socket->disconnectFromHost();
        socket->deleteLater();
    }
    delete pair;
}

void TcpProxy::sever()
{
    const QList<Pair *> pairs = std::exchange(m_pairs, {});
    for (Pair *pair : pairs) {
        for (QTcpSocket *socket : {pair->client.data(), pair->server.data()}) {
            if (!socket)
                continue;
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
        delete pair;
    }
}
