#include "xmpp/OutOfBand.h"

namespace teahouse::xmpp {

void OutOfBand::addUrl(Element &message, const QString &url, const QString &description)
{
    message.removeChildren(u"x", kNamespace);
    Element &x = message.addChild(QStringLiteral("x"), kNamespace.toString());
    x.addTextChild(QStringLiteral("url"), url);
    if (!description.isEmpty())
        x.addTextChild(QStringLiteral("desc"), description);
}

QString OutOfBand::url(const Element &message)
{
    const Element *x = message.findChild(u"x", kNamespace);
    return x ? x->childText(u"url").trimmed() : QString();
}

} // namespace teahouse::xmpp
