#include "xmpp/IqTracker.h"

#include "base/Logging.h"
#include "xmpp/StanzaChannel.h"
#include "xmpp/StanzaId.h"

#include <QTimer>
#include <array>

namespace teahouse::xmpp {

namespace {

QString handlerKey(QStringView name, QStringView xmlns)
{
    QString key = name.toString();
    key += u'\n';
    key += xmlns;
    return key;
}

// RFC 6120 §8.3.3, the defined conditions; errorCondition() only recognises these.
constexpr std::array<QStringView, 22> kConditions = {
    u"bad-request",
    u"conflict",
    u"feature-not-implemented",
    u"forbidden",
    u"gone",
    u"internal-server-error",
    u"item-not-found",
    u"jid-malformed",
    u"not-acceptable",
    u"not-allowed",
    u"not-authorized",
    u"policy-violation",
    u"recipient-unavailable",
    u"redirect",
    u"registration-required",
    u"remote-server-not-found",
    u"remote-server-timeout",
    u"resource-constraint",
    u"service-unavailable",
    u"subscription-required",
    u"undefined-condition",
    u"unexpected-request",
};

Error::Code codeForCondition(QStringView condition)
{
    if (condition == u"conflict")
        return Error::Code::Conflict;
    if (condition == u"item-not-found" || condition == u"gone")
        return Error::Code::NotFound;
    if (condition == u"not-authorized")
        return Error::Code::Authentication;
    if (condition == u"forbidden" || condition == u"not-allowed" ||
        condition == u"policy-violation" || condition == u"registration-required" ||
        condition == u"subscription-required")
        return Error::Code::PolicyViolation;
    if (condition == u"bad-request" || condition == u"not-acceptable" ||
        condition == u"jid-malformed")
        return Error::Code::InvalidArgument;
    if (condition == u"remote-server-timeout")
        return Error::Code::Timeout;
    if (condition == u"remote-server-not-found" || condition == u"recipient-unavailable")
        return Error::Code::Network;
    return Error::Code::Protocol;
}

} // namespace

IqTracker::IqTracker(StanzaChannel *channel, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
{
    connect(channel, &StanzaChannel::stanzaReceived, this, &IqTracker::onStanza);
    connect(channel, &StanzaChannel::sessionEnded, this, &IqTracker::onSessionEnded);
}

IqTracker::~IqTracker() = default;

Element IqTracker::makeIq(QStringView type, const Jid &to, Element payload)
{
    Element iq(QStringLiteral("iq"), kClientNs.toString());
    iq.setAttribute(QStringLiteral("type"), type.toString());
    if (to.isValid())
        iq.setAttribute(QStringLiteral("to"), to.toString());
    if (!payload.isNull())
        iq.appendChild(std::move(payload));
    return iq;
}

QString IqTracker::get(const Jid &to, Element payload, QObject *context, ResultHandler handler,
                       std::chrono::milliseconds timeout)
{
    return send(makeIq(u"get", to, std::move(payload)), context, std::move(handler), timeout);
}

QString IqTracker::set(const Jid &to, Element payload, QObject *context, ResultHandler handler,
                       std::chrono::milliseconds timeout)
{
    return send(makeIq(u"set", to, std::move(payload)), context, std::move(handler), timeout);
}

QString IqTracker::send(Element iq, QObject *context, ResultHandler handler,
                        std::chrono::milliseconds timeout)
{
    const QString id = StanzaId::generate();
    iq.setAttribute(QStringLiteral("id"), id);

    auto pending = std::make_shared<Pending>();
    const QString to = iq.attribute(u"to");
    pending->toGiven = !to.isEmpty();
    pending->to = Jid::parse(to);
    pending->context = context;
    pending->hasContext = context != nullptr;
    pending->handler = std::move(handler);
    pending->timer = new QTimer(this);
    pending->timer->setSingleShot(true);
    const auto limit = timeout.count() > 0 ? timeout : m_defaultTimeout;
    connect(pending->timer, &QTimer::timeout, this, [this, id, to, limit] {
        finish(id, Error::make(Error::Code::Timeout,
                               tr("No answer from %1 within %2 s")
                                   .arg(to.isEmpty() ? tr("the server") : to)
                                   .arg(static_cast<double>(limit.count()) / 1000.0)));
    });
    pending->timer->start(limit);
    m_pending.insert(id, pending);

    m_channel->sendStanza(iq);
    return id;
}

void IqTracker::cancel(const QString &id)
{
    const auto pending = m_pending.take(id);
    if (pending)
        pending->timer->deleteLater();
}

void IqTracker::registerHandler(const QString &name, const QString &xmlns, QObject *owner,
                                RequestHandler handler)
{
    m_handlers.insert(handlerKey(name, xmlns), Handler{owner, std::move(handler)});
}

void IqTracker::unregisterHandler(const QString &name, const QString &xmlns)
{
    m_handlers.remove(handlerKey(name, xmlns));
}

void IqTracker::sendResult(const Element &request, Element payload)
{
    Element iq = makeIq(u"result", Jid(), std::move(payload));
    iq.setAttribute(QStringLiteral("id"), request.attribute(u"id"));
    if (request.hasAttribute(u"from"))
        iq.setAttribute(QStringLiteral("to"), request.attribute(u"from"));
    m_channel->sendStanza(iq);
}

void IqTracker::sendError(const Element &request, const QString &type, const QString &condition,
                          const QString &text)
{
    Element iq = makeIq(u"error", Jid());
    iq.setAttribute(QStringLiteral("id"), request.attribute(u"id"));
    if (request.hasAttribute(u"from"))
        iq.setAttribute(QStringLiteral("to"), request.attribute(u"from"));
    Element &error = iq.addChild(QStringLiteral("error"));
    error.setAttribute(QStringLiteral("type"), type);
    error.addChild(condition, kStanzaErrorNs.toString());
    if (!text.isEmpty())
        error.addTextChild(QStringLiteral("text"), text, kStanzaErrorNs.toString());
    m_channel->sendStanza(iq);
}

Error IqTracker::errorFromStanza(const Element &stanza)
{
    const Element *error = stanza.findChild(u"error");
    QString condition;
    QString text;
    if (error) {
        for (const Element &child : error->children()) {
            if (child.xmlns() != kStanzaErrorNs)
                continue;
            if (child.name() == u"text")
                text = child.text().trimmed();
            else if (condition.isEmpty())
                condition = child.name();
        }
    }
    if (condition.isEmpty())
        condition = QStringLiteral("undefined-condition");
    QString message = condition;
    if (!text.isEmpty())
        message += QStringLiteral(": ") + text;
    // Only the defined conditions count as conditions; anything else is undefined-condition.
    const bool known = std::any_of(std::begin(kConditions), std::end(kConditions),
                                   [&](QStringView c) { return c == condition; });
    return Error::make(codeForCondition(condition), message,
                       known ? condition : QStringLiteral("undefined-condition"));
}

QString IqTracker::errorCondition(const Error &error)
{
    return error.condition;
}

QString IqTracker::errorText(const Error &error)
{
    if (errorCondition(error).isEmpty())
        return {};
    const qsizetype colon = error.message.indexOf(u':');
    return colon >= 0 ? error.message.mid(colon + 1).trimmed() : QString();
}

void IqTracker::onStanza(const Element &stanza)
{
    if (stanza.name() != u"iq")
        return;
    const QString type = stanza.attribute(u"type");
    if (type == u"result" || type == u"error")
        handleAnswer(stanza);
    else if (type == u"get" || type == u"set")
        handleRequest(stanza);
    else
        qCDebug(lcXmpp) << "Dropping iq with invalid type" << type;
}

bool IqTracker::senderMatches(const Pending &pending, const QString &fromText) const
{
    const Jid own = m_channel->boundJid();
    // RFC 6120 §8.1.2.1: a stanza without 'from' on a client stream comes from the server,
    // which answers for the account itself and for its own domain.
    if (fromText.isEmpty()) {
        if (!pending.toGiven)
            return true;
        if (!own.isValid())
            return pending.to.local().isEmpty() && pending.to.isBare(); // pre-bind: server
        return pending.to == own.bare() || pending.to == Jid(QString(), own.domain());
    }
    const Jid from = Jid::parse(fromText);
    if (!from.isValid())
        return false;
    if (pending.toGiven)
        return from == pending.to;
    // No 'to' means the request went to our own account (RFC 6120 §10.3.3).
    return own.isValid() && (from == own.bare() || from == Jid(QString(), own.domain()));
}

void IqTracker::handleAnswer(const Element &iq)
{
    const QString id = iq.attribute(u"id");
    const auto it = m_pending.constFind(id);
    if (it == m_pending.constEnd()) {
        qCDebug(lcXmpp) << "Ignoring iq answer with unknown id";
        return;
    }
    if (!senderMatches(**it, iq.attribute(u"from"))) {
        qCWarning(lcXmpp) << "Ignoring iq answer from" << iq.attribute(u"from")
                          << "to a request sent to" << (*it)->to.toString();
        return;
    }
    if (iq.attribute(u"type") == u"result")
        finish(id, iq);
    else
        finish(id, errorFromStanza(iq));
}

void IqTracker::handleRequest(const Element &iq)
{
    // RFC 6120 §8.2.3: a get or set carries exactly one payload element.
    if (iq.children().size() != 1) {
        sendError(iq, QStringLiteral("modify"), QStringLiteral("bad-request"));
        return;
    }
    const Element &payload = iq.children().front();
    const auto it = m_handlers.constFind(handlerKey(payload.name(), payload.xmlns()));
    if (it != m_handlers.constEnd() && it->owner) {
        const RequestHandler handler = it->handler; // the handler may re-register
        if (handler(iq))
            return;
    }
    sendError(iq, QStringLiteral("cancel"), QStringLiteral("service-unavailable"));
}

void IqTracker::finish(const QString &id, const Result<Element> &result)
{
    const std::shared_ptr<Pending> pending = m_pending.take(id);
    if (!pending)
        return;
    pending->timer->stop();
    pending->timer->deleteLater();
    if (pending->hasContext && !pending->context)
        return;
    if (pending->handler)
        pending->handler(result);
}

void IqTracker::onSessionEnded()
{
    // The session is gone for good (a resumable drop does not end it): the stream does not
    // resend iqs in the next session, so no answer will come to what is pending now.
    // Requests made from here on wait in the stream's queue for the next session.
    const QStringList lost = m_pending.keys();
    for (const QString &id : lost) {
        finish(id, Error::make(Error::Code::Network,
                               tr("The connection was lost before the answer arrived; "
                                  "please try again.")));
    }
}

} // namespace teahouse::xmpp
