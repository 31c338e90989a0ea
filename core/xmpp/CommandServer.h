#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/Command.h"
#include "xmpp/DiscoInfo.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>
#include <chrono>
#include <functional>
#include <memory>

namespace teahouse::xmpp {

class IqTracker;

// The responder side of XEP-0050 ad-hoc commands, for services (the provider's payment service,
// city services): commands are registered per node, listed through disco#items on the commands
// node (only those the requester may run), described through disco#info, and driven through
// multi-stage sessions. The server owns session ids, checks that a session is continued only
// by the full JID that started it and only with an action the last answer offered, expires idle
// sessions, and handles cancel; a handler only decides what each stage shows and does.
//
// The server answers disco#info and disco#items for its IqTracker (it replaces the handlers a
// DiscoManager on the same tracker registered): an account that serves commands is a service,
// not a chat client.
class CommandServer : public QObject
{
    Q_OBJECT
public:
    // One incoming request, after the server resolved "execute" to the action it stands for.
    struct Request
    {
        Jid from;
        QString node;
        Command::Action action = Command::Action::Execute;
        std::optional<DataForm> form; // the submitted form, if any
        Command command;              // everything the requester sent
        bool isNewSession = true;
    };

    // A session's state between stages; handlers keep what they need in `data` and `stage`.
    struct Session
    {
        QString id;
        QString node;
        Jid owner;
        int stage = 0;
        QVariantMap data;
        Command lastAnswer;
        QDateTime lastActivity;
        bool busy = false; // a handler has not answered yet
    };

    // Answers a request once. An Error becomes an iq error: Error.condition is the RFC 6120
    // condition ("bad-request", "forbidden", "not-acceptable", …; "bad-request" when empty),
    // optionally followed by "/" and a XEP-0050 condition ("bad-request/bad-payload");
    // Error.message is sent as the error text.
    using Reply = std::function<void(Result<Command>)>;
    using Handler = std::function<void(Session &session, const Request &request, Reply reply)>;
    // Whether this requester may see and run the command; null allows everyone.
    using AccessCheck = std::function<bool(const Jid &requester)>;

    struct Definition
    {
        QString node;
        QString name;
        Handler handler;
        AccessCheck allowed;
    };

    static constexpr std::chrono::seconds kDefaultSessionTimeout{600};

    explicit CommandServer(IqTracker *tracker, QObject *parent = nullptr);
    ~CommandServer() override;

    void registerCommand(Definition definition);
    void unregisterCommand(const QString &node);
    [[nodiscard]] QStringList nodes() const { return m_order; }

    // What disco#info without a node reports (besides the commands feature).
    void setIdentity(const DiscoInfo::Identity &identity) { m_identity = identity; }
    void addFeature(const QString &feature);

    void setSessionTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] int sessionCount() const { return static_cast<int>(m_sessions.size()); }

    // An Error for Reply with a stanza condition and optionally a XEP-0050 one.
    [[nodiscard]] static Error error(const QString &condition, const QString &text,
                                     const QString &commandCondition = {});

Q_SIGNALS:
    // A session ended (completed, canceled or expired).
    void sessionFinished(const QString &node, const QString &sessionId);

private:
    bool handleCommand(const Element &iq);
    bool handleDiscoItems(const Element &iq);
    bool handleDiscoInfo(const Element &iq);
    void sendCommandError(const Element &iq, const Error &error);
    void answer(const Element &iq, const QString &sessionId, Result<Command> result);
    void expireIdle();
    [[nodiscard]] bool isExpired(const Session &session) const;
    [[nodiscard]] const Definition *definition(const QString &node) const;

    IqTracker *m_tracker;
    QHash<QString, Definition> m_commands;
    QStringList m_order;
    QHash<QString, std::shared_ptr<Session>> m_sessions;
    // Sessions that expired recently: their ids get session-expired rather than bad-sessionid.
    QHash<QString, QDateTime> m_expired;
    DiscoInfo::Identity m_identity;
    QStringList m_features;
    std::chrono::milliseconds m_timeout = kDefaultSessionTimeout;
    QTimer m_sweep;
};

} // namespace teahouse::xmpp
