#include "xmpp/AvatarInfo.h"

namespace teahouse::xmpp {

Result<QList<AvatarInfo>> AvatarInfo::listFromMetadata(const Element &metadata)
{
    if (!metadata.is(u"metadata", kMetadataNs))
        return Error::make(Error::Code::Protocol, QStringLiteral("Not avatar metadata"));
    QList<AvatarInfo> list;
    for (const Element &element : metadata.childrenNamed(u"info", kMetadataNs)) {
        AvatarInfo info;
        info.id = element.attribute(u"id").toLower();
        bool ok = false;
        info.bytes = element.attribute(u"bytes").toLongLong(&ok);
        // id and bytes are required (XEP-0084 §4.2.1); a negative size is nonsense.
        if (info.id.isEmpty() || !ok || info.bytes < 0)
            continue;
        info.type = element.attribute(u"type");
        info.width = element.attribute(u"width").toInt();
        info.height = element.attribute(u"height").toInt();
        if (element.hasAttribute(u"url"))
            info.url = QUrl(element.attribute(u"url"), QUrl::StrictMode);
        list.append(info);
    }
    return list;
}

Element AvatarInfo::toElement() const
{
    Element element(QStringLiteral("info"), kMetadataNs.toString());
    element.setAttribute(QStringLiteral("bytes"), QString::number(bytes));
    element.setAttribute(QStringLiteral("id"), id);
    element.setAttribute(QStringLiteral("type"), type);
    if (width > 0)
        element.setAttribute(QStringLiteral("width"), QString::number(width));
    if (height > 0)
        element.setAttribute(QStringLiteral("height"), QString::number(height));
    if (url.isValid())
        element.setAttribute(QStringLiteral("url"), url.toString(QUrl::FullyEncoded));
    return element;
}

} // namespace teahouse::xmpp
