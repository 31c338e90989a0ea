#include "xmpp/DiscoItem.h"

namespace teahouse::xmpp {

Result<QList<DiscoItem>> DiscoItem::listFromQuery(const Element &query)
{
    if (!query.is(u"query", kNamespace))
        return Error::make(Error::Code::Protocol, QStringLiteral("Not a disco#items query"));
    QList<DiscoItem> items;
    for (const Element &child : query.childrenNamed(u"item", kNamespace)) {
        DiscoItem item{Jid::parse(child.attribute(u"jid")), child.attribute(u"node"),
                       child.attribute(u"name")};
        if (item.jid.isValid())
            items.append(item);
    }
    return items;
}

} // namespace teahouse::xmpp
