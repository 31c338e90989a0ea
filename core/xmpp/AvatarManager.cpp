#include "xmpp/AvatarManager.h"

#include "xmpp/PepPublish.h"

#include "xmpp/DataForm.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QPointer>

namespace teahouse::xmpp {

namespace {

constexpr QStringView kPubSubNs = u"http://jabber.org/protocol/pubsub";
constexpr QStringView kPubSubEventNs = u"http://jabber.org/protocol/pubsub#event";

Error tooLarge(qint64 bytes, qint64 max)
{
    return Error::make(Error::Code::PolicyViolation,
                       AvatarManager::tr("The picture is too large (%1 KiB; at most %2 KiB "
                                         "are loaded).")
                           .arg((bytes + 1023) / 1024)
                           .arg(max / 1024));
}

Error tooManyPixels(qint64 width, qint64 height)
{
    return Error::make(Error::Code::PolicyViolation,
                       AvatarManager::tr("The picture is too large (%1 × %2 pixels; at most %3 "
                                         "pixels are loaded).")
                           .arg(width)
                           .arg(height)
                           .arg(AvatarManager::kMaxPixels));
}

bool overPixelCap(qint64 width, qint64 height)
{
    return width > 0 && height > 0 && width * height > AvatarManager::kMaxPixels;
}

Element itemsRequest(QStringView node, const QString &itemId)
{
    Element pubsub(QStringLiteral("pubsub"), kPubSubNs.toString());
    Element &items = pubsub.addChild(QStringLiteral("items"));
    items.setAttribute(QStringLiteral("node"), node.toString());
    if (itemId.isEmpty())
        items.setAttribute(QStringLiteral("max_items"), QStringLiteral("1"));
    else
        items.addChild(QStringLiteral("item")).setAttribute(QStringLiteral("id"), itemId);
    return pubsub;
}

QList<Element> resultItems(const Element &iq)
{
    const Element *pubsub = iq.findChild(u"pubsub", kPubSubNs);
    const Element *items = pubsub ? pubsub->findChild(u"items", kPubSubNs) : nullptr;
    return items ? items->childrenNamed(u"item", kPubSubNs) : QList<Element>();
}

} // namespace

AvatarManager::AvatarManager(IqTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_channel(tracker->channel())
{
    connect(m_channel, &StanzaChannel::stanzaReceived, this, &AvatarManager::onStanza);
}

QString AvatarManager::imageId(const QByteArray &image)
{
    return QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha1).toHex());
}

Result<QByteArray> AvatarManager::verifiedData(const Element &item, const QString &id,
                                               qint64 maxBytes)
{
    const Element *data = item.findChild(u"data", kDataNs);
    if (!data)
        return Error::make(Error::Code::Protocol, tr("The picture data is missing."));
    QByteArray base64 = data->text().toLatin1();
    base64.removeIf([](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
    // Refuse before decoding: base64 is 4 characters per 3 bytes.
    const qint64 bound = (maxBytes + 2) / 3 * 4;
    if (base64.size() > bound)
        return tooLarge(base64.size() / 4 * 3, maxBytes);
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error::make(Error::Code::Protocol, tr("The picture data is damaged."));
    if (decoded.decoded.size() > maxBytes)
        return tooLarge(decoded.decoded.size(), maxBytes);
    if (imageId(decoded.decoded).compare(id, Qt::CaseInsensitive) != 0)
        return Error::make(Error::Code::Crypto,
                           tr("The picture does not match its fingerprint and was not used."));
    // The header only (QImageReader::size() decodes no pixels). Formats it cannot size are
    // left to the decoder, which Qt caps by its allocation limit.
    QBuffer buffer(&decoded.decoded);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize declared = reader.size();
    if (overPixelCap(declared.width(), declared.height()))
        return tooManyPixels(declared.width(), declared.height());
    return decoded.decoded;
}

void AvatarManager::fetchMetadata(const Jid &jid, QObject *context, InfoCallback callback)
{
    m_tracker->get(jid.bare(), itemsRequest(AvatarInfo::kMetadataNs, {}), context,
                   [callback = std::move(callback)](const Result<Element> &result) {
                       if (!result.ok()) {
                           if (IqTracker::errorCondition(result.error()) == u"item-not-found")
                               callback(QList<AvatarInfo>());
                           else
                               callback(result.error());
                           return;
                       }
                       for (const Element &item : resultItems(result.value())) {
                           if (const Element *metadata =
                                   item.findChild(u"metadata", AvatarInfo::kMetadataNs)) {
                               callback(AvatarInfo::listFromMetadata(*metadata));
                               return;
                           }
                       }
                       callback(QList<AvatarInfo>());
                   });
}

void AvatarManager::fetchData(const Jid &jid, const AvatarInfo &info, QObject *context,
                              DataCallback callback)
{
    if (info.bytes > m_maxBytes) {
        callback(tooLarge(info.bytes, m_maxBytes));
        return;
    }
    if (overPixelCap(info.width, info.height)) {
        callback(tooManyPixels(info.width, info.height));
        return;
    }
    const QString id = info.id;
    const qint64 max = m_maxBytes;
    m_tracker->get(
        jid.bare(), itemsRequest(kDataNs, id), context,
        [callback = std::move(callback), id, max](const Result<Element> &result) {
            if (!result.ok()) {
                callback(result.error());
                return;
            }
            for (const Element &item : resultItems(result.value())) {
                if (item.attribute(u"id").compare(id, Qt::CaseInsensitive) == 0) {
                    callback(verifiedData(item, id, max));
                    return;
                }
            }
            callback(Error::make(Error::Code::NotFound, tr("The picture is no longer available.")));
        });
}

void AvatarManager::publishItem(const QString &node, const QString &itemId, Element payload,
                                const QString &accessModel, QObject *context,
                                std::function<void(const Status &)> callback)
{
    const Element pubsub = pepPublishPayload(node, itemId, std::move(payload), accessModel);
    m_tracker->set(Jid(), pubsub, context,
                   [callback = std::move(callback)](const Result<Element> &result) {
                       if (result.ok())
                           callback(Status());
                       else
                           callback(result.error());
                   });
}

void AvatarManager::publish(const QByteArray &image, const QString &mimeType, int width, int height,
                            const QString &accessModel, QObject *context, PublishCallback callback)
{
    if (image.size() > m_maxBytes) {
        callback(tooLarge(image.size(), m_maxBytes));
        return;
    }
    AvatarInfo info;
    info.id = imageId(image);
    info.bytes = image.size();
    info.type = mimeType;
    info.width = width;
    info.height = height;
    Element data(QStringLiteral("data"), kDataNs.toString());
    data.setText(QString::fromLatin1(image.toBase64()));
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    // Data first, so whoever sees the new metadata can fetch the image (XEP-0084 §4.2).
    publishItem(
        kDataNs.toString(), info.id, data, accessModel, this, [=, this](const Status &status) {
            if (hasContext && !guard)
                return;
            if (!status.ok()) {
                callback(status.error());
                return;
            }
            Element metadata(QStringLiteral("metadata"), AvatarInfo::kMetadataNs.toString());
            metadata.appendChild(info.toElement());
            publishItem(AvatarInfo::kMetadataNs.toString(), info.id, metadata, accessModel, context,
                        [=](const Status &s) {
                            if (s.ok())
                                callback(info);
                            else
                                callback(s.error());
                        });
        });
}

void AvatarManager::disable(QObject *context, std::function<void(const Status &)> callback)
{
    publishItem(AvatarInfo::kMetadataNs.toString(), QStringLiteral("current"),
                Element(QStringLiteral("metadata"), AvatarInfo::kMetadataNs.toString()), {},
                context, std::move(callback));
}

void AvatarManager::onStanza(const Element &stanza)
{
    if (stanza.name() != u"message")
        return;
    const Element *event = stanza.findChild(u"event", kPubSubEventNs);
    const Element *items = event ? event->findChild(u"items", kPubSubEventNs) : nullptr;
    if (!items || items->attribute(u"node") != AvatarInfo::kMetadataNs)
        return;
    // PEP notifications come from the owner's bare JID (XEP-0163 §4.3.2).
    const Jid from = Jid::parse(stanza.attribute(u"from"));
    if (!from.isValid() || !from.isBare() || from.local().isEmpty())
        return;
    for (const Element &item : items->childrenNamed(u"item", kPubSubEventNs)) {
        const Element *metadata = item.findChild(u"metadata", AvatarInfo::kMetadataNs);
        if (!metadata)
            continue;
        const auto infos = AvatarInfo::listFromMetadata(*metadata);
        if (infos.ok())
            Q_EMIT avatarChanged(from, infos.value());
        return;
    }
}

} // namespace teahouse::xmpp
