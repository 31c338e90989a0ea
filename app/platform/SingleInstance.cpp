#include "platform/SingleInstance.h"

#include "base/Logging.h"
#include "platform/Platform.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>

namespace teahouse::app {

namespace {

// A start's arguments are a few short strings; anything bigger is not from Teahouse.
constexpr qint64 maxMessageBytes = 64 * 1024;
const QByteArray acknowledgement = QByteArrayLiteral("ok\n");

QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
{}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

QString SingleInstance::serverNameFor(const QString &profileDir)
{
    const QByteArray identity =
        userName().toUtf8() + '\0' + QDir(profileDir).absolutePath().toUtf8();
    const QByteArray digest =
        QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(20);
    return Platform::localServerName(QStringLiteral("teahouse-") + QString::fromLatin1(digest));
}

SingleInstance::Role SingleInstance::start(const QStringList &arguments, int timeoutMs)
{
    if (forward(arguments, timeoutMs) == Forward::Delivered)
        return Role::Forwarded;
    if (listen())
        return Role::Primary;
    // Two starts at once: the other one may have begun listening just now.
    const Forward second = forward(arguments, timeoutMs);
    if (second == Forward::Delivered)
        return Role::Forwarded;
    // Nobody listens behind the name: a socket file left by a crash; take it over. (An
    // instance that is there but slow to answer keeps its socket.)
    if (second == Forward::NoServer) {
        QLocalServer::removeServer(m_serverName);
        if (listen())
            return Role::Primary;
    }
    return Role::Failed;
}

SingleInstance::Forward SingleInstance::forward(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs)) {
        m_error = socket.errorString();
        const auto error = socket.error();
        return error == QLocalSocket::ConnectionRefusedError ||
                       error == QLocalSocket::ServerNotFoundError
                   ? Forward::NoServer
                   : Forward::Failed;
    }
    const QByteArray message =
        QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n';
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        m_error = socket.errorString();
        return Forward::Failed;
    }
    // Wait for the answer, so this process does not exit before the message was read.
    while (socket.bytesAvailable() < acknowledgement.size()) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            m_error = socket.errorString();
            return Forward::Failed;
        }
    }
    return socket.read(acknowledgement.size()) == acknowledgement ? Forward::Delivered
                                                                  : Forward::Failed;
}

bool SingleInstance::listen()
{
    auto server = std::make_unique<QLocalServer>();
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        m_error = server->errorString();
        return false;
    }
    m_server = std::move(server);
    connect(m_server.get(), &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    qCInfo(lcApp) << "single instance: listening";
    return true;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > maxMessageBytes)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(maxMessageBytes);
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !document.isArray()) {
                qCWarning(lcApp) << "single instance: ignored a malformed message";
                socket->abort();
                return;
            }
            QStringList arguments;
            for (const QJsonValue &value : document.array())
                arguments << value.toString();
            socket->write(acknowledgement);
            socket->flush();
            socket->disconnectFromServer();
            // The count only: an argument may be a link with a message text in it.
            qCInfo(lcApp) << "single instance: a later start sent" << arguments.size()
                          << "argument(s)";
            Q_EMIT argumentsReceived(arguments);
        });
    }
}

} // namespace teahouse::app
