#include "xmpp/CommandServer.h"

#include "base/Logging.h"
#include "xmpp/DiscoItem.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"

#include <QPointer>
#include <QRandomGenerator>

namespace teahouse::xmpp {

namespace {

QString newSessionId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

} // namespace

CommandServer::CommandServer(IqTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_identity{QStringLiteral("automation"),
                 QStringLiteral("command-list"),
                 QStringLiteral("Commands"),
                 {}}
{
    m_tracker->registerHandler(QStringLiteral("command"), Command::kNamespace.toString(), this,
                               [this](const Element &iq) { return handleCommand(iq); });
    m_tracker->registerHandler(QStringLiteral("query"), DiscoItem::kNamespace.toString(), this,
                               [this](const Element &iq) { return handleDiscoItems(iq); });
    m_tracker->registerHandler(QStringLiteral("query"), DiscoInfo::kNamespace.toString(), this,
                               [this](const Element &iq) { return handleDiscoInfo(iq); });
    m_sweep.setInterval(30'000);
    connect(&m_sweep, &QTimer::timeout, this, &CommandServer::expireIdle);
    m_sweep.start();
}

CommandServer::~CommandServer() = default;

void CommandServer::registerCommand(Definition definition)
{
    const QString node = definition.node;
    if (!m_commands.contains(node))
        m_order.append(node);
    m_commands.insert(node, std::move(definition));
}

void CommandServer::unregisterCommand(const QString &node)
{
    m_commands.remove(node);
    m_order.removeAll(node);
}

void CommandServer::addFeature(const QString &feature)
{
    if (!m_features.contains(feature))
        m_features.append(feature);
}

Error CommandServer::error(const QString &condition, const QString &text,
                           const QString &commandCondition)
{
    QString c = condition;
    if (!commandCondition.isEmpty())
        c += u'/' + commandCondition;
    return Error::make(Error::Code::Protocol, text, c);
}

const CommandServer::Definition *CommandServer::definition(const QString &node) const
{
    const auto it = m_commands.constFind(node);
    return it == m_commands.constEnd() ? nullptr : &it.value();
}

bool CommandServer::isExpired(const Session &session) const
{
    return !session.busy &&
           session.lastActivity.msecsTo(QDateTime::currentDateTimeUtc()) > m_timeout.count();
}

void CommandServer::expireIdle()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (isExpired(**it)) {
            const QString node = (*it)->node;
            const QString id = it.key();
            m_expired.insert(id, now);
            it = m_sessions.erase(it);
            Q_EMIT sessionFinished(node, id);
        } else {
            ++it;
        }
    }
    // Remember expired ids for one more timeout, then forget them.
    for (auto it = m_expired.begin(); it != m_expired.end();) {
        if (it.value().msecsTo(now) > m_timeout.count() + 60'000)
            it = m_expired.erase(it);
        else
            ++it;
    }
}

void CommandServer::sendCommandError(const Element &iq, const Error &error)
{
    QString condition = error.condition.isEmpty() ? QStringLiteral("bad-request") : error.condition;
    QString specific;
    const qsizetype slash = condition.indexOf(u'/');
    if (slash >= 0) {
        specific = condition.mid(slash + 1);
        condition.truncate(slash);
    }
    // The type that goes with each condition (RFC 6120 §8.3.3).
    QString type = QStringLiteral("cancel");
    if (condition == u"bad-request" || condition == u"not-acceptable" ||
        condition == u"policy-violation")
        type = QStringLiteral("modify");
    else if (condition == u"forbidden" || condition == u"not-authorized")
        type = QStringLiteral("auth");
    else if (condition == u"resource-constraint")
        type = QStringLiteral("wait");

    Element reply = IqTracker::makeIq(u"error", Jid());
    reply.setAttribute(QStringLiteral("id"), iq.attribute(u"id"));
    if (iq.hasAttribute(u"from"))
        reply.setAttribute(QStringLiteral("to"), iq.attribute(u"from"));
    Element &e = reply.addChild(QStringLiteral("error"));
    e.setAttribute(QStringLiteral("type"), type);
    e.addChild(condition, IqTracker::kStanzaErrorNs.toString());
    if (!error.message.isEmpty())
        e.addTextChild(QStringLiteral("text"), error.message, IqTracker::kStanzaErrorNs.toString());
    if (!specific.isEmpty())
        e.addChild(specific, Command::kNamespace.toString());
    m_tracker->channel()->sendStanza(reply);
}

bool CommandServer::handleCommand(const Element &iq)
{
    if (iq.attribute(u"type") != u"set")
        return false;
    const Jid from = Jid::parse(iq.attribute(u"from"));
    if (!from.isValid())
        return false;
    const Element *c = iq.findChild(u"command", Command::kNamespace);
    auto parsed = Command::fromElement(*c);
    if (!parsed.ok()) {
        sendCommandError(iq, error(QStringLiteral("bad-request"), parsed.error().message,
                                   QStringLiteral("malformed-action")));
        return true;
    }
    const Command command = std::move(parsed).value();
    const Definition *def = definition(command.node);
    if (!def) {
        sendCommandError(
            iq, error(QStringLiteral("item-not-found"), QStringLiteral("No such command.")));
        return true;
    }
    if (def->allowed && !def->allowed(from)) {
        sendCommandError(iq, error(QStringLiteral("forbidden"),
                                   QStringLiteral("You may not run this command.")));
        return true;
    }

    Request request;
    request.from = from;
    request.node = command.node;
    request.form = command.form;
    request.command = command;

    std::shared_ptr<Session> session;
    if (command.sessionId.isEmpty()) {
        if (command.action != Command::Action::None && command.action != Command::Action::Execute) {
            sendCommandError(iq, error(QStringLiteral("bad-request"),
                                       QStringLiteral("A new session starts with execute."),
                                       QStringLiteral("bad-action")));
            return true;
        }
        session = std::make_shared<Session>();
        session->id = newSessionId();
        session->node = command.node;
        session->owner = from;
        request.action = Command::Action::Execute;
        request.isNewSession = true;
        m_sessions.insert(session->id, session);
    } else {
        const auto it = m_sessions.constFind(command.sessionId);
        if (it != m_sessions.constEnd() && isExpired(**it)) {
            m_expired.insert(it.key(), QDateTime::currentDateTimeUtc());
            const QString node = (*it)->node;
            m_sessions.erase(it);
            Q_EMIT sessionFinished(node, command.sessionId);
        }
        session = m_sessions.value(command.sessionId);
        if (!session) {
            if (m_expired.contains(command.sessionId)) {
                sendCommandError(iq, error(QStringLiteral("not-allowed"),
                                           QStringLiteral("This session has expired."),
                                           QStringLiteral("session-expired")));
            } else {
                sendCommandError(iq, error(QStringLiteral("bad-request"),
                                           QStringLiteral("Unknown session."),
                                           QStringLiteral("bad-sessionid")));
            }
            return true;
        }
        // Only the full JID that started a session continues it.
        if (session->owner != from || session->node != command.node) {
            sendCommandError(iq, error(QStringLiteral("bad-request"),
                                       QStringLiteral("Unknown session."),
                                       QStringLiteral("bad-sessionid")));
            return true;
        }
        if (session->busy) {
            sendCommandError(iq, error(QStringLiteral("unexpected-request"),
                                       QStringLiteral("The previous step is still running.")));
            return true;
        }
        if (command.action == Command::Action::Cancel) {
            Command canceled;
            canceled.node = session->node;
            canceled.sessionId = session->id;
            canceled.status = Command::Status::Canceled;
            m_sessions.remove(session->id);
            m_tracker->sendResult(iq, canceled.toElement());
            Q_EMIT sessionFinished(canceled.node, canceled.sessionId);
            return true;
        }
        Command::Action action = command.action;
        if (action == Command::Action::None || action == Command::Action::Execute)
            action = session->lastAnswer.defaultAction != Command::Action::None
                         ? session->lastAnswer.defaultAction
                         : Command::Action::Complete;
        if (!session->lastAnswer.allows(action)) {
            sendCommandError(iq, error(QStringLiteral("bad-request"),
                                       QStringLiteral("This step does not offer '%1'.")
                                           .arg(Command::actionName(action)),
                                       QStringLiteral("bad-action")));
            return true;
        }
        request.action = action;
        request.isNewSession = false;
    }

    session->busy = true;
    session->lastActivity = QDateTime::currentDateTimeUtc();
    QPointer<CommandServer> self(this);
    const QString id = session->id;
    auto replied = std::make_shared<bool>(false);
    def->handler(*session, request, [self, iq, id, replied](Result<Command> result) {
        if (!self || *replied)
            return;
        *replied = true;
        self->answer(iq, id, std::move(result));
    });
    return true;
}

void CommandServer::answer(const Element &iq, const QString &sessionId, Result<Command> result)
{
    const std::shared_ptr<Session> session = m_sessions.value(sessionId);
    if (!session)
        return; // dropped meanwhile (cannot happen while busy, but be safe)
    session->busy = false;
    session->lastActivity = QDateTime::currentDateTimeUtc();
    if (!result.ok()) {
        // A failed first step leaves no session behind; a failed later step keeps the
        // session at the stage it was, so the requester can correct and resubmit.
        if (session->lastAnswer.status == Command::Status::None)
            m_sessions.remove(sessionId);
        sendCommandError(iq, result.error());
        return;
    }
    Command command = std::move(result).value();
    command.node = session->node;
    command.sessionId = session->id;
    command.action = Command::Action::None;
    if (command.status == Command::Status::None)
        command.status = Command::Status::Completed;
    if (command.status != Command::Status::Executing) {
        command.actions.clear();
        command.defaultAction = Command::Action::None;
    }
    session->lastAnswer = command;
    m_tracker->sendResult(iq, command.toElement());
    if (command.status != Command::Status::Executing) {
        m_sessions.remove(sessionId);
        Q_EMIT sessionFinished(command.node, sessionId);
    }
}

bool CommandServer::handleDiscoItems(const Element &iq)
{
    if (iq.attribute(u"type") != u"get")
        return false;
    const Jid from = Jid::parse(iq.attribute(u"from"));
    const QString node = iq.children().front().attribute(u"node");
    Element query(QStringLiteral("query"), DiscoItem::kNamespace.toString());
    if (!node.isEmpty())
        query.setAttribute(QStringLiteral("node"), node);
    if (node == Command::kNamespace) {
        const QString own = m_tracker->channel()->boundJid().toString();
        for (const QString &n : std::as_const(m_order)) {
            const Definition &def = m_commands[n];
            if (def.allowed && !def.allowed(from))
                continue;
            Element &item = query.addChild(QStringLiteral("item"));
            item.setAttribute(QStringLiteral("jid"), own);
            item.setAttribute(QStringLiteral("node"), def.node);
            item.setAttribute(QStringLiteral("name"), def.name);
        }
    } else if (!node.isEmpty()) {
        m_tracker->sendError(iq, QStringLiteral("cancel"), QStringLiteral("item-not-found"));
        return true;
    }
    m_tracker->sendResult(iq, query);
    return true;
}

bool CommandServer::handleDiscoInfo(const Element &iq)
{
    if (iq.attribute(u"type") != u"get")
        return false;
    const Jid from = Jid::parse(iq.attribute(u"from"));
    const QString node = iq.children().front().attribute(u"node");
    DiscoInfo info;
    info.node = node;
    if (node.isEmpty()) {
        info.identities = {m_identity};
        info.features = {DiscoInfo::kNamespace.toString(), DiscoItem::kNamespace.toString(),
                         Command::kNamespace.toString()};
        for (const QString &f : std::as_const(m_features)) {
            if (!info.features.contains(f))
                info.features.append(f);
        }
    } else if (node == Command::kNamespace) {
        info.identities = {
            {QStringLiteral("automation"), QStringLiteral("command-list"), QString(), QString()}};
        info.features = {DiscoInfo::kNamespace.toString(), DiscoItem::kNamespace.toString()};
    } else {
        const Definition *def = definition(node);
        if (!def || (def->allowed && !def->allowed(from))) {
            m_tracker->sendError(iq, QStringLiteral("cancel"), QStringLiteral("item-not-found"));
            return true;
        }
        // XEP-0050 §2.3.
        info.identities = {
            {QStringLiteral("automation"), QStringLiteral("command-node"), def->name, QString()}};
        info.features = {Command::kNamespace.toString(), DataForm::kNamespace.toString()};
    }
    m_tracker->sendResult(iq, info.toQuery());
    return true;
}

} // namespace teahouse::xmpp
