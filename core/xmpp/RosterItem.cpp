#include "xmpp/RosterItem.h"

namespace teahouse::xmpp {

QString RosterItem::subscriptionName(Subscription subscription)
{
    switch (subscription) {
    case Subscription::None:
        return QStringLiteral("none");
    case Subscription::To:
        return QStringLiteral("to");
    case Subscription::From:
        return QStringLiteral("from");
    case Subscription::Both:
        return QStringLiteral("both");
    case Subscription::Remove:
        return QStringLiteral("remove");
    }
    return QStringLiteral("none");
}

Result<RosterItem> RosterItem::fromElement(const Element &element)
{
    if (!element.is(u"item", kNamespace))
        return Error::make(Error::Code::Protocol, QStringLiteral("Not a roster item"));
    RosterItem item;
    item.jid = Jid::parse(element.attribute(u"jid"));
    // Roster items are bare JIDs (RFC 6121 §2.1.2.2).
    if (!item.jid.isValid() || !item.jid.isBare())
        return Error::make(Error::Code::Protocol,
                           QStringLiteral("Roster item with an invalid JID"));
    const QString subscription = element.attribute(u"subscription");
    if (subscription.isEmpty() || subscription == u"none")
        item.subscription = Subscription::None;
    else if (subscription == u"to")
        item.subscription = Subscription::To;
    else if (subscription == u"from")
        item.subscription = Subscription::From;
    else if (subscription == u"both")
        item.subscription = Subscription::Both;
    else if (subscription == u"remove")
        item.subscription = Subscription::Remove;
    else
        return Error::make(
            Error::Code::Protocol,
            QStringLiteral("Roster item with unknown subscription '%1'").arg(subscription));
    item.name = element.attribute(u"name");
    item.askSubscribe = element.attribute(u"ask") == u"subscribe";
    const QString approved = element.attribute(u"approved");
    item.approved = approved == u"true" || approved == u"1";
    for (const Element &group : element.childrenNamed(u"group", kNamespace)) {
        const QString name = group.text().trimmed();
        if (!name.isEmpty() && !item.groups.contains(name))
            item.groups.append(name);
    }
    return item;
}

Element RosterItem::toElement() const
{
    Element element(QStringLiteral("item"), kNamespace.toString());
    element.setAttribute(QStringLiteral("jid"), jid.toString());
    if (!name.isEmpty())
        element.setAttribute(QStringLiteral("name"), name);
    element.setAttribute(QStringLiteral("subscription"), subscriptionName(subscription));
    if (askSubscribe)
        element.setAttribute(QStringLiteral("ask"), QStringLiteral("subscribe"));
    if (approved)
        element.setAttribute(QStringLiteral("approved"), QStringLiteral("true"));
    for (const QString &group : groups)
        element.addTextChild(QStringLiteral("group"), group);
    return element;
}

} // namespace teahouse::xmpp
