#include "xmpp/Receipts.h"

namespace teahouse::xmpp {

void Receipts::addRequest(Element &message)
{
    message.removeChildren(u"request", kNamespace);
    message.addChild(QStringLiteral("request"), kNamespace.toString());
}

bool Receipts::requestsReceipt(const Element &message)
{
    return message.hasChild(u"request", kNamespace);
}

Element Receipts::makeReceipt(const Element &message)
{
    const QString type = message.attribute(u"type");
    const QString id = message.attribute(u"id");
    if (!requestsReceipt(message) || type == u"groupchat" || type == u"error" || id.isEmpty() ||
        message.attribute(u"from").isEmpty())
        return {};
    Element receipt(QStringLiteral("message"), QStringLiteral("jabber:client"));
    receipt.setAttribute(QStringLiteral("to"), message.attribute(u"from"));
    receipt.setAttribute(QStringLiteral("type"), type.isEmpty() ? QStringLiteral("normal") : type);
    receipt.addChild(QStringLiteral("received"), kNamespace.toString())
        .setAttribute(QStringLiteral("id"), id);
    // Keep it out of the recipient's archive noise but let it reach every resource.
    receipt.addChild(QStringLiteral("store"), QStringLiteral("urn:xmpp:hints"));
    return receipt;
}

QString Receipts::receivedId(const Element &message)
{
    const Element *received = message.findChild(u"received", kNamespace);
    return received ? received->attribute(u"id") : QString();
}

} // namespace teahouse::xmpp
