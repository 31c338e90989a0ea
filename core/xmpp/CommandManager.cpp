#include "xmpp/CommandManager.h"

#include "xmpp/IqTracker.h"

namespace teahouse::xmpp {

CommandManager::CommandManager(IqTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
{}

void CommandManager::listCommands(const Jid &responder, QObject *context, ListCallback callback)
{
    Element query(QStringLiteral("query"), DiscoItem::kNamespace.toString());
    query.setAttribute(QStringLiteral("node"), Command::kNamespace.toString());
    m_tracker->get(responder, query, context,
                   [callback = std::move(callback)](const Result<Element> &result) {
                       if (!result.ok()) {
                           callback(result.error());
                           return;
                       }
                       const Element *q = result.value().findChild(u"query", DiscoItem::kNamespace);
                       if (!q) {
                           callback(QList<DiscoItem>());
                           return;
                       }
                       callback(DiscoItem::listFromQuery(*q));
                   });
}

void CommandManager::execute(const Jid &responder, const QString &node, QObject *context,
                             Callback callback, std::optional<DataForm> form,
                             std::chrono::milliseconds timeout)
{
    send(responder, node, QString(), Command::Action::Execute, std::move(form), context,
         std::move(callback), timeout);
}

void CommandManager::next(const Jid &responder, const Command &current,
                          std::optional<DataForm> form, QObject *context, Callback callback)
{
    send(responder, current.node, current.sessionId, Command::Action::Next, std::move(form),
         context, std::move(callback));
}

void CommandManager::prev(const Jid &responder, const Command &current, QObject *context,
                          Callback callback)
{
    send(responder, current.node, current.sessionId, Command::Action::Prev, std::nullopt, context,
         std::move(callback));
}

void CommandManager::complete(const Jid &responder, const Command &current,
                              std::optional<DataForm> form, QObject *context, Callback callback,
                              std::chrono::milliseconds timeout)
{
    send(responder, current.node, current.sessionId, Command::Action::Complete, std::move(form),
         context, std::move(callback), timeout);
}

void CommandManager::cancel(const Jid &responder, const Command &current, QObject *context,
                            Callback callback)
{
    send(responder, current.node, current.sessionId, Command::Action::Cancel, std::nullopt, context,
         std::move(callback));
}

void CommandManager::send(const Jid &responder, const QString &node, const QString &sessionId,
                          Command::Action action, std::optional<DataForm> form, QObject *context,
                          Callback callback, std::chrono::milliseconds timeout)
{
    Command request;
    request.node = node;
    request.sessionId = sessionId;
    request.action = action;
    if (form) {
        // What goes back is always a submission (or a cancel form).
        if (form->type() == DataForm::Type::Form)
            form = form->toSubmission();
        request.form = std::move(form);
    }
    m_tracker->set(
        responder, request.toElement(), context,
        [node, sessionId, callback = std::move(callback)](const Result<Element> &result) {
            if (!result.ok()) {
                callback(result.error());
                return;
            }
            const Element *c = result.value().findChild(u"command", Command::kNamespace);
            if (!c) {
                callback(Error::make(Error::Code::Protocol,
                                     QStringLiteral("The service answered without a command.")));
                return;
            }
            auto command = Command::fromElement(*c);
            if (!command.ok()) {
                callback(command.error());
                return;
            }
            if (command->node != node ||
                (!sessionId.isEmpty() && command->sessionId != sessionId)) {
                callback(Error::make(Error::Code::Protocol,
                                     QStringLiteral("The service answered for another command "
                                                    "session.")));
                return;
            }
            if (command->status == Command::Status::None) {
                callback(Error::make(Error::Code::Protocol,
                                     QStringLiteral("The service's answer has no status.")));
                return;
            }
            callback(std::move(command).value());
        },
        timeout);
}

QString CommandManager::specificCondition(const Element &errorIq)
{
    const Element *error = errorIq.findChild(u"error");
    if (!error)
        return {};
    for (const Element &child : error->children()) {
        if (child.xmlns() == Command::kNamespace)
            return child.name();
    }
    return {};
}

} // namespace teahouse::xmpp
