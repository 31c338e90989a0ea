#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace teahouse::app {

// One running Teahouse per user and profile: the first start listens on a local socket
// (QLocalServer); a later start with the same profile hands its arguments (an xmpp: link) to it
// and exits, so a link opened from the browser lands in the window that is already open.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role
    {
        Primary,   // no other instance: this one listens and runs
        Forwarded, // another instance took the arguments: exit now
        Failed     // neither worked (see errorString()); run anyway
    };

    // serverName from serverNameFor(); tests pass their own.
    explicit SingleInstance(QString serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket name for this user and profile directory (a digest, so it stays short and
    // reveals neither), placed where only this user can reach it (Platform::localServerName).
    [[nodiscard]] static QString serverNameFor(const QString &profileDir);

    // Tries to hand arguments to a running instance; failing that, becomes the one that runs.
    [[nodiscard]] Role start(const QStringList &arguments, int timeoutMs = 3000);
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString serverName() const { return m_serverName; }

Q_SIGNALS:
    // A later start sent these arguments (the primary raises its window and acts on them).
    void argumentsReceived(const QStringList &arguments);

private:
    enum class Forward
    {
        Delivered,
        NoServer, // nothing listens on the name (none ever did, or it crashed)
        Failed    // something is there but did not take the message
    };
    [[nodiscard]] Forward forward(const QStringList &arguments, int timeoutMs);
    [[nodiscard]] bool listen();
    void acceptConnections();

    QString m_serverName;
    QString m_error;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace teahouse::app
