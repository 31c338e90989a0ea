#pragma once

#include "base/Error.h"
#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/Element.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>

class QTimer;

namespace teahouse::xmpp {

class StanzaChannel;

// Sends iq requests and routes their answers (RFC 6120 §8.2.3): every request gets a fresh
// id, and an answer is accepted only when both its id and its sender match the request, so a
// contact cannot answer on behalf of the server or of another contact. Unanswered requests
// fail with a Timeout; a session that ends for good (not resumed) fails them at once. Incoming iq
// get/set go to handlers registered per payload (element name + namespace); everything else gets
// service-unavailable as RFC 6120 requires.
class IqTracker : public QObject
{
    Q_OBJECT
public:
    // Called exactly once with the whole <iq type='result'/>, or with an Error: for an
    // <iq type='error'/> the message starts with the RFC 6120 condition ("conflict",
    // "conflict: text from the server"), see errorCondition(). Not called if the context
    // object given with the request has been destroyed.
    using ResultHandler = std::function<void(const Result<Element> &)>;
    // Handles an incoming iq get/set. Returns false to let the tracker answer
    // service-unavailable (e.g. a request from a sender the handler does not serve); when it
    // returns true it has replied (sendResult/sendError).
    using RequestHandler = std::function<bool(const Element &iq)>;

    static constexpr std::chrono::milliseconds kDefaultTimeout{30000};
    static constexpr QStringView kClientNs = u"jabber:client";
    static constexpr QStringView kStanzaErrorNs = u"urn:ietf:params:xml:ns:xmpp-stanzas";

    explicit IqTracker(StanzaChannel *channel, QObject *parent = nullptr);
    ~IqTracker() override;

    [[nodiscard]] StanzaChannel *channel() const { return m_channel; }
    void setDefaultTimeout(std::chrono::milliseconds timeout) { m_defaultTimeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds defaultTimeout() const { return m_defaultTimeout; }

    // Sends an <iq type='get'|'set'/>; the id attribute is (re)set to a fresh unique id,
    // which is returned. timeout 0 means the default.
    QString send(Element iq, QObject *context, ResultHandler handler,
                 std::chrono::milliseconds timeout = std::chrono::milliseconds{0});
    // Builds <iq type='get' to='…'>payload</iq> (no 'to' when `to` is invalid) and sends it.
    QString get(const Jid &to, Element payload, QObject *context, ResultHandler handler,
                std::chrono::milliseconds timeout = std::chrono::milliseconds{0});
    QString set(const Jid &to, Element payload, QObject *context, ResultHandler handler,
                std::chrono::milliseconds timeout = std::chrono::milliseconds{0});
    // Forgets a pending request without calling its handler.
    void cancel(const QString &id);
    [[nodiscard]] int pendingCount() const { return static_cast<int>(m_pending.size()); }

    // One handler per (payload name, namespace); registering again replaces it. The handler
    // is dropped when owner is destroyed.
    void registerHandler(const QString &name, const QString &xmlns, QObject *owner,
                         RequestHandler handler);
    void unregisterHandler(const QString &name, const QString &xmlns);

    // Replies to an incoming get/set.
    void sendResult(const Element &request, Element payload = {});
    void sendError(const Element &request, const QString &type, const QString &condition,
                   const QString &text = {});

    [[nodiscard]] static Element makeIq(QStringView type, const Jid &to, Element payload = {});
    // The Error an <iq type='error'/> (or any error stanza) stands for.
    [[nodiscard]] static Error errorFromStanza(const Element &stanza);
    // The RFC 6120 condition of an Error made by errorFromStanza, or empty for other errors
    // (timeouts, lost connections).
    [[nodiscard]] static QString errorCondition(const Error &error);
    // The text the server put in an error stanza, or empty.
    [[nodiscard]] static QString errorText(const Error &error);

private:
    struct Pending
    {
        Jid to;
        bool toGiven = false;
        QPointer<QObject> context;
        bool hasContext = false;
        ResultHandler handler;
        QTimer *timer = nullptr;
    };
    struct Handler
    {
        QPointer<QObject> owner;
        RequestHandler handler;
    };

    void onStanza(const Element &stanza);
    void onSessionEnded();
    void handleAnswer(const Element &iq);
    void handleRequest(const Element &iq);
    [[nodiscard]] bool senderMatches(const Pending &pending, const QString &from) const;
    void finish(const QString &id, const Result<Element> &result);

    StanzaChannel *m_channel;
    std::chrono::milliseconds m_defaultTimeout = kDefaultTimeout;
    QHash<QString, std::shared_ptr<Pending>> m_pending;
    QHash<QString, Handler> m_handlers;
};

} // namespace teahouse::xmpp
