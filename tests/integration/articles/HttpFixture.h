#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace teahouse::test {

// A tiny HTTP/1.0 server on 127.0.0.1 for feed and image tests: fixed responses by path, ETag
// and Last-Modified validators answered with 304, and a log of every request (path and the
// conditional headers it carried).
class HttpFixture : public QObject
{
public:
    struct Resource
    {
        QByteArray contentType;
        QByteArray body;
        QByteArray etag;
        QByteArray lastModified;
    };
    struct Request
    {
        QByteArray path;
        QByteArray ifNoneMatch;
        QByteArray ifModifiedSince;
        int status = 0;
    };

    HttpFixture()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QByteArray url(const QByteArray &path) const
    {
        return "http://127.0.0.1:" + QByteArray::number(port()) + path;
    }
    void set(const QByteArray &path, Resource r) { m_resources.insert(path, std::move(r)); }
    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        m_buffers.remove(socket);
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.path = first.value(1);
        for (const QByteArray &raw : lines.mid(1)) {
            const QByteArray line = raw.trimmed();
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "if-none-match")
                request.ifNoneMatch = value;
            else if (name == "if-modified-since")
                request.ifModifiedSince = value;
        }
        QByteArray response;
        const auto it = m_resources.constFind(request.path);
        if (it == m_resources.constEnd()) {
            request.status = 404;
            response = "HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n";
        } else if ((!it->etag.isEmpty() && request.ifNoneMatch == it->etag)
                   || (!it->lastModified.isEmpty() && request.ifModifiedSince == it->lastModified)) {
            request.status = 304;
            response = "HTTP/1.0 304 Not Modified\r\n";
            if (!it->etag.isEmpty())
                response += "ETag: " + it->etag + "\r\n";
            response += "\r\n";
        } else {
            request.status = 200;
            response = "HTTP/1.0 200 OK\r\nContent-Type: " + it->contentType
                       + "\r\nContent-Length: " + QByteArray::number(it->body.size()) + "\r\n";
            if (!it->etag.isEmpty())
                response += "ETag: " + it->etag + "\r\n";
            if (!it->lastModified.isEmpty())
                response += "Last-Modified: " + it->lastModified + "\r\n";
            response += "\r\n" + it->body;
        }
        m_requests.append(request);
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, Resource> m_resources;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
};

} // namespace teahouse::test
