#include "xmpp/Retraction.h"

#include "xmpp/StanzaId.h"

namespace teahouse::xmpp {

Element Retraction::makeRetraction(const QString &to, const QString &targetId, bool groupchat,
                                   const QString &fallbackText)
{
    Element message(QStringLiteral("message"), QStringLiteral("jabber:client"));
    message.setAttribute(QStringLiteral("to"), to);
    message.setAttribute(QStringLiteral("type"),
                         groupchat ? QStringLiteral("groupchat") : QStringLiteral("chat"));
    message.setAttribute(QStringLiteral("id"), StanzaId::addOriginId(message));
    message.addChild(QStringLiteral("retract"), kNamespace.toString())
        .setAttribute(QStringLiteral("id"), targetId);
    message.addChild(QStringLiteral("fallback"), QStringLiteral("urn:xmpp:fallback:0"))
        .setAttribute(QStringLiteral("for"), kNamespace.toString());
    message.addTextChild(QStringLiteral("body"), fallbackText);
    message.addChild(QStringLiteral("store"), QStringLiteral("urn:xmpp:hints"));
    return message;
}

QString Retraction::retractedId(const Element &message)
{
    if (const Element *retract = message.findChild(u"retract", kNamespace))
        return retract->attribute(u"id");
    if (const Element *applyTo = message.findChild(u"apply-to", u"urn:xmpp:fasten:0")) {
        if (applyTo->hasChild(u"retract", kLegacyNamespace))
            return applyTo->attribute(u"id");
    }
    return {};
}

} // namespace teahouse::xmpp
