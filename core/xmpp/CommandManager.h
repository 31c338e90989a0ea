#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/Command.h"
#include "xmpp/DataForm.h"
#include "xmpp/DiscoItem.h"

#include <QObject>
#include <chrono>
#include <functional>

namespace teahouse::xmpp {

class IqTracker;

// The requester side of XEP-0050 ad-hoc commands: lists a responder's commands (disco#items
// on the commands node) and drives a session through execute / next / prev / complete /
// cancel, with the data forms and notes the responder returns. Answers are checked: a reply
// must name the node asked for and, once a session exists, the same session id.
class CommandManager : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<Command> &)>;
    using ListCallback = std::function<void(const Result<QList<DiscoItem>> &)>;

    explicit CommandManager(IqTracker *tracker, QObject *parent = nullptr);

    // disco#items with node='http://jabber.org/protocol/commands' (XEP-0050 §2.2).
    void listCommands(const Jid &responder, QObject *context, ListCallback callback);

    // Starts a session. A form may go along when the requester already knows what to submit.
    void execute(const Jid &responder, const QString &node, QObject *context, Callback callback,
                 std::optional<DataForm> form = std::nullopt,
                 std::chrono::milliseconds timeout = std::chrono::milliseconds{0});
    // Continues the session `current` answered with; the form (if any) is submitted as is.
    void next(const Jid &responder, const Command &current, std::optional<DataForm> form,
              QObject *context, Callback callback);
    void prev(const Jid &responder, const Command &current, QObject *context, Callback callback);
    void complete(const Jid &responder, const Command &current, std::optional<DataForm> form,
                  QObject *context, Callback callback,
                  std::chrono::milliseconds timeout = std::chrono::milliseconds{0});
    void cancel(const Jid &responder, const Command &current, QObject *context, Callback callback);

    // Any action on an existing session (or a new one when current.sessionId is empty).
    void send(const Jid &responder, const QString &node, const QString &sessionId,
              Command::Action action, std::optional<DataForm> form, QObject *context,
              Callback callback, std::chrono::milliseconds timeout = std::chrono::milliseconds{0});

    // The XEP-0050 specific error condition (<bad-action/>, <bad-sessionid/>,
    // <session-expired/>, …) of an error iq, or empty.
    [[nodiscard]] static QString specificCondition(const Element &errorIq);

private:
    IqTracker *m_tracker;
};

} // namespace teahouse::xmpp
