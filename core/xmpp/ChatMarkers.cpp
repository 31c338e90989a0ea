#include "xmpp/ChatMarkers.h"

namespace teahouse::xmpp {

void ChatMarkers::addMarkable(Element &message)
{
    if (!isMarkable(message))
        message.addChild(QStringLiteral("markable"), kNamespace.toString());
}

bool ChatMarkers::isMarkable(const Element &message)
{
    return message.hasChild(u"markable", kNamespace);
}

Element ChatMarkers::makeMarker(Marker marker, const QString &to, const QString &id,
                                bool groupchat)
{
    QString name;
    switch (marker) {
    case Marker::Received:
        name = QStringLiteral("received");
        break;
    case Marker::Displayed:
        name = QStringLiteral("displayed");
        break;
    case Marker::Acknowledged:
        name = QStringLiteral("acknowledged");
        break;
    case Marker::None:
        return {};
    }
    Element message(QStringLiteral("message"), QStringLiteral("jabber:client"));
    message.setAttribute(QStringLiteral("to"), to);
    message.setAttribute(QStringLiteral("type"),
                         groupchat ? QStringLiteral("groupchat") : QStringLiteral("chat"));
    message.addChild(name, kNamespace.toString()).setAttribute(QStringLiteral("id"), id);
    message.addChild(QStringLiteral("store"), QStringLiteral("urn:xmpp:hints"));
    return message;
}

ChatMarkers::Marker ChatMarkers::marker(const Element &message, QString *id)
{
    static const std::pair<QStringView, Marker> kinds[] = {
        {u"received", Marker::Received},
        {u"displayed", Marker::Displayed},
        {u"acknowledged", Marker::Acknowledged},
    };
    for (const auto &[name, kind] : kinds) {
        if (const Element *e = message.findChild(name, kNamespace)) {
            if (id)
                *id = e->attribute(u"id");
            return kind;
        }
    }
    return Marker::None;
}

} // namespace teahouse::xmpp
