#pragma once

#include "base/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <functional>
#include <optional>

namespace teahouse::test {

class TestServer;

// The independent XMPP peer (tests/support/peer.py on python3-slixmpp) driven from a test:
// commands go out as JSON lines, events come back as JSON objects. Waiting spins the event
// loop, so client code under test keeps running meanwhile.
class Peer
{
public:
    using Predicate = std::function<bool(const QJsonObject &)>;

    explicit Peer(QString name = QStringLiteral("peer"));
    ~Peer();
    Peer(const Peer &) = delete;
    Peer &operator=(const Peer &) = delete;

    // Launches the python process and waits for its "ready".
    [[nodiscard]] Status start(int timeoutMs = 15000);
    // Fire and forget; replies and events arrive through waitForEvent.
    void command(const QJsonObject &command);
    // Sends with a fresh tag and waits for the reply carrying it ("done", "roster",
    // "iq_result"); an "error" reply becomes an Error.
    [[nodiscard]] Result<QJsonObject> request(QJsonObject command, int timeoutMs = 10000);
    // First not yet consumed event matching the predicate (consumed by this call), in arrival
    // order; nullopt on timeout or when the peer died.
    [[nodiscard]] std::optional<QJsonObject> waitForEvent(const Predicate &predicate,
                                                          int timeoutMs = 10000);
    [[nodiscard]] std::optional<QJsonObject> waitForEvent(const QString &event,
                                                          int timeoutMs = 10000);

    // connect + wait for session_start. extra is merged into the connect command
    // (e.g. {"mechanism":"SCRAM-SHA-1"}, {"direct_tls":true}, {"auto_accept":false}).
    [[nodiscard]] Status signIn(const TestServer &server, const QString &user,
                                const QString &password, const QJsonObject &extra = {},
                                int timeoutMs = 15000);
    void sendMessage(const QString &to, const QString &body,
                     const QString &type = QStringLiteral("chat"));
    void sendPresence(const QString &to, const QString &type);
    // The roster as the server has it now (a roster get).
    [[nodiscard]] Result<QJsonArray> roster(int timeoutMs = 10000);
    // Subscription state ("none", "to", "from", "both") of jid in the server's roster, or "".
    [[nodiscard]] QString subscription(const QString &jid, int timeoutMs = 10000);

    [[nodiscard]] QString boundJid() const { return m_boundJid; }
    [[nodiscard]] const QList<QJsonObject> &history() const { return m_history; }
    // Everything the peer printed on stderr plus the events seen: for failure messages.
    [[nodiscard]] QString diagnostics() const;

    [[nodiscard]] static QString scriptPath();

private:
    void readLines();

    QString m_name;
    QProcess m_process;
    QByteArray m_buffer;
    QByteArray m_stderr;
    QList<QJsonObject> m_pending; // received, not consumed by a wait
    QList<QJsonObject> m_history; // everything received
    QString m_boundJid;
    int m_nextTag = 1;
};

} // namespace teahouse::test
