#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "profile/ProfileStore.h"
#include "xmpp/VCard.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QRect>

namespace teahouse::storage {
class Database;
class MediaStore;
} // namespace teahouse::storage

namespace teahouse::xmpp {
class AvatarManager;
class PresenceManager;
class StanzaChannel;
class VCardManager;
} // namespace teahouse::xmpp

namespace teahouse::profile {

// "Me": our nickname (published in our vCard4, XEP-0292), our picture (cropped to a square,
// published with XEP-0084, kept encrypted in the MediaStore), our status text (presence
// <status/>), and "my QR code": xmpp:me@host?roster;name=… (XEP-0147). Changes made offline
// are kept and published at the next sign-in. Readable by anyone ("open"), so someone who
// scanned our code sees who they are adding.
class ProfileService : public QObject
{
    Q_OBJECT
public:
    struct Managers
    {
        xmpp::StanzaChannel *channel = nullptr;
        xmpp::PresenceManager *presence = nullptr;
        xmpp::AvatarManager *avatars = nullptr;
        xmpp::VCardManager *vcards = nullptr;
    };

    // Square, big enough for the largest avatar on a 200 % screen, small as a PNG.
    static constexpr int kAvatarSide = 256;

    ProfileService(storage::Database &db, storage::MediaStore *media, Jid account,
                   QObject *parent = nullptr);
    ~ProfileService() override;

    [[nodiscard]] Status open();
    void bind(const Managers &managers);
    void unbind();

    [[nodiscard]] const Jid &account() const { return m_account; }
    [[nodiscard]] QString nickname() const { return m_nickname; }
    // The nickname, or the account's local part when none is set.
    [[nodiscard]] QString displayName() const;
    Status setNickname(const QString &nickname);
    [[nodiscard]] QString statusText() const { return m_status; }
    Status setStatusText(const QString &text);

    [[nodiscard]] QString avatarId() const { return m_avatarId; }
    [[nodiscard]] Result<QByteArray> avatarImage() const;
    // Crops (source pixels; an empty rect means the centred square), scales to kAvatarSide,
    // stores and publishes.
    Status setAvatar(const QImage &source, const QRect &crop = {});
    [[nodiscard]] static QImage cropAvatar(const QImage &source, const QRect &crop,
                                           int side = kAvatarSide);

    // xmpp:me@host?roster;name=… (XEP-0147 §2.4: add me to your roster, with my name).
    [[nodiscard]] QString myUri() const { return rosterUri(m_account, displayName()); }
    [[nodiscard]] static QString rosterUri(const Jid &jid, const QString &name);
    [[nodiscard]] Result<QImage> myQrCode(int minimumSide = 512) const;

    // Whether changes wait for the next sign-in to be published.
    [[nodiscard]] bool hasUnpublishedChanges() const { return m_nicknameDirty || m_avatarDirty; }

Q_SIGNALS:
    void profileChanged();
    void avatarChanged();
    // What could not be published, in words for the user.
    void publishFailed(const QString &message);
    void published();

private:
    void onSessionStarted(bool resumed);
    void publishPending();
    void publishNickname();
    void publishAvatar();
    void fetchOwnAvatar();
    void setFlag(const QString &key, bool &flag, bool value);
    [[nodiscard]] bool online() const;

    ProfileStore m_store;
    storage::MediaStore *m_media;
    Jid m_account;
    QPointer<xmpp::StanzaChannel> m_channel;
    QPointer<xmpp::PresenceManager> m_presence;
    QPointer<xmpp::AvatarManager> m_avatars;
    QPointer<xmpp::VCardManager> m_vcards;
    QList<QMetaObject::Connection> m_connections;
    xmpp::VCard m_card; // as last fetched, so publishing keeps other clients' fields
    QString m_nickname;
    QString m_status;
    QString m_avatarId;
    QString m_avatarMedia;
    bool m_nicknameDirty = false;
    bool m_avatarDirty = false;
};

} // namespace teahouse::profile
