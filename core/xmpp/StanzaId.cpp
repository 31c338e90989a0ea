#include "xmpp/StanzaId.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <array>

namespace teahouse::xmpp {

QString StanzaId::generate()
{
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.data()),
                         static_cast<qsizetype>(sizeof(words)));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString StanzaId::addOriginId(Element &message, const QString &id)
{
    const QString value = id.isEmpty() ? generate() : id;
    message.removeChildren(u"origin-id", kNamespace);
    message.addChild(QStringLiteral("origin-id"), kNamespace.toString())
        .setAttribute(QStringLiteral("id"), value);
    return value;
}

QString StanzaId::originId(const Element &message)
{
    const Element *origin = message.findChild(u"origin-id", kNamespace);
    return origin ? origin->attribute(u"id") : QString();
}

QString StanzaId::stanzaId(const Element &message, const QList<Jid> &trustedBy)
{
    for (const Element &child : message.children()) {
        if (!child.is(u"stanza-id", kNamespace))
            continue;
        const Jid by = Jid::parse(child.attribute(u"by"));
        const QString id = child.attribute(u"id");
        if (by.isValid() && !id.isEmpty() && trustedBy.contains(by))
            return id;
    }
    return {};
}

} // namespace teahouse::xmpp
