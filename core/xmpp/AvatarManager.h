#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/AvatarInfo.h"
#include "xmpp/Element.h"

#include <QByteArray>
#include <QObject>
#include <functional>

namespace teahouse::xmpp {

class IqTracker;
class StanzaChannel;

// User avatars (XEP-0084, PEP nodes urn:xmpp:avatar:metadata and urn:xmpp:avatar:data):
// fetch metadata, fetch the image by id, publish ours. A fetched image is accepted only if
// its SHA-1 is the id it was asked for, and only up to a size cap, so a contact can neither
// swap pictures under a known id nor make us decode something huge.
class AvatarManager : public QObject
{
    Q_OBJECT
public:
    static constexpr QStringView kDataNs = u"urn:xmpp:avatar:data";
    static constexpr qint64 kDefaultMaxBytes = 1024 * 1024;
    // Pixels an avatar may have (2048 × 2048, 16 MiB decoded): a small compressed file can
    // declare a huge canvas, so the header's size is checked before anything decodes it.
    static constexpr qint64 kMaxPixels = 2048 * 2048;

    using InfoCallback = std::function<void(const Result<QList<AvatarInfo>> &)>;
    using DataCallback = std::function<void(const Result<QByteArray> &)>;
    using PublishCallback = std::function<void(const Result<AvatarInfo> &)>;

    explicit AvatarManager(IqTracker *tracker, QObject *parent = nullptr);

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    [[nodiscard]] qint64 maxBytes() const { return m_maxBytes; }

    // An empty list: no avatar (never published, or disabled).
    void fetchMetadata(const Jid &jid, QObject *context, InfoCallback callback);
    // Refused without asking when info.bytes (or info's width × height) is over the cap.
    void fetchData(const Jid &jid, const AvatarInfo &info, QObject *context, DataCallback callback);
    // Publishes the image, then the metadata pointing at it (XEP-0084 §4.1, §4.2).
    void publish(const QByteArray &image, const QString &mimeType, int width, int height,
                 const QString &accessModel, QObject *context, PublishCallback callback);
    // Empty metadata: "I have no avatar" (XEP-0084 §4.5).
    void disable(QObject *context, std::function<void(const Status &)> callback);

    // hex SHA-1, the id of an image.
    [[nodiscard]] static QString imageId(const QByteArray &image);
    // Decodes and checks an <item/>'s <data/> against the id and the caps (bytes, and the
    // pixels its image header declares; nothing is decoded beyond the header).
    [[nodiscard]] static Result<QByteArray> verifiedData(const Element &item, const QString &id,
                                                         qint64 maxBytes);

Q_SIGNALS:
    // A contact published new metadata (possibly empty: avatar removed).
    void avatarChanged(const teahouse::Jid &jid, const QList<teahouse::xmpp::AvatarInfo> &infos);

private:
    void onStanza(const Element &stanza);
    void publishItem(const QString &node, const QString &itemId, Element payload,
                     const QString &accessModel, QObject *context,
                     std::function<void(const Status &)> callback);

    IqTracker *m_tracker;
    StanzaChannel *m_channel;
    qint64 m_maxBytes = kDefaultMaxBytes;
};

} // namespace teahouse::xmpp
