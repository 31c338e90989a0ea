#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "contacts/Contact.h"
#include "contacts/ContactProfile.h"
#include "contacts/ContactsStore.h"
#include "contacts/FriendRequest.h"
#include "xmpp/AvatarInfo.h"
#include "xmpp/Element.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <optional>

namespace teahouse::storage {
class Database;
class MediaStore;
} // namespace teahouse::storage

namespace teahouse::xmpp {
class AvatarManager;
class BlockingManager;
class PresenceManager;
struct RosterItem;
class RosterManager;
class StanzaChannel;
class VCardManager;
} // namespace teahouse::xmpp

namespace teahouse::contacts {

// The contact list over the XMPP managers: friend requests with a greeting (RFC 6121
// subscriptions) and their history, accept / decline, remarks (roster name), tags (roster
// groups), star, delete, block (XEP-0191), and the contacts' nicknames (vCard4) and pictures
// (XEP-0084, cached encrypted in the MediaStore). Survives sign-ins: bind() it to each new
// session's managers.
//
// The star is the roster group "★" rather than a local table: it then follows the account to
// every device and reinstall, and other XMPP clients show starred friends as a group named ★;
// tags() never list it.
class ContactsService : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Status &)>;

    struct Managers
    {
        xmpp::StanzaChannel *channel = nullptr;
        xmpp::RosterManager *roster = nullptr;
        xmpp::PresenceManager *presence = nullptr;
        xmpp::AvatarManager *avatars = nullptr;    // optional
        xmpp::BlockingManager *blocking = nullptr; // optional
        xmpp::VCardManager *vcards = nullptr;      // optional
    };

    static constexpr QStringView kStarGroup = u"★";
    static constexpr QStringView kNickNs = u"http://jabber.org/protocol/nick";

    ContactsService(storage::Database &db, storage::MediaStore *media, QObject *parent = nullptr);
    ~ContactsService() override;

    // Creates or upgrades the tables and loads what is cached.
    [[nodiscard]] Status open();
    void bind(const Managers &managers);
    void unbind();
    [[nodiscard]] bool isBound() const { return !m_roster.isNull(); }

    // The name our requests carry (XEP-0172 <nick/>), so the other side sees who asks.
    void setOwnNickname(const QString &nickname) { m_ownNickname = nickname; }

    // Everyone on the roster except people who have not answered our request yet.
    [[nodiscard]] QList<Contact> contacts() const;
    [[nodiscard]] std::optional<Contact> contact(const Jid &jid) const;
    // The "New friends" list, newest first.
    [[nodiscard]] QList<FriendRequest> requests() const { return m_requests; }
    [[nodiscard]] int pendingIncomingCount() const;
    // Every tag in use, sorted.
    [[nodiscard]] QStringList tags() const;
    [[nodiscard]] QList<Jid> blocklist() const { return m_blocked; }
    [[nodiscard]] bool isBlocked(const Jid &jid) const;
    // The contact's cached picture, decrypted; NotFound when there is none.
    [[nodiscard]] Result<QByteArray> avatarImage(const Jid &jid) const;
    [[nodiscard]] QString nicknameOf(const Jid &jid) const;

    // Adds them to the roster (with remarks and tags) and asks to be friends; the greeting
    // travels in the request. preauthToken: from an invitation link (XEP-0379).
    Status sendFriendRequest(const Jid &jid, const QString &greeting, const QString &remark = {},
                             const QStringList &tags = {}, const QString &preauthToken = {});
    // Accepts their request and asks back, so both see each other ("both").
    Status accept(const Jid &jid, const QString &remark = {}, const QStringList &tags = {});
    Status decline(const Jid &jid);
    // Drops a settled request from the "New friends" list.
    Status forgetRequest(const Jid &jid);

    void setRemark(const Jid &jid, const QString &remark, Callback callback = {});
    void setTags(const Jid &jid, const QStringList &tags, Callback callback = {});
    void setStarred(const Jid &jid, bool starred, Callback callback = {});
    // Off the roster, subscriptions cancelled both ways.
    void remove(const Jid &jid, Callback callback = {});
    void block(const Jid &jid, Callback callback = {});
    void unblock(const Jid &jid, Callback callback = {});

    // Asks for the contact's picture metadata and fetches the image when it changed.
    void refreshAvatar(const Jid &jid);
    void refreshNickname(const Jid &jid);

    // The presence stanza of a friend request (subscribe + <status/> + <nick/> + <preauth/>).
    [[nodiscard]] static xmpp::Element requestStanza(const Jid &to, const QString &greeting,
                                                     const QString &nickname,
                                                     const QString &preauthToken);

Q_SIGNALS:
    void contactsChanged();
    void contactChanged(const teahouse::Jid &jid);
    void requestsChanged();
    void blocklistChanged();
    void friendRequestReceived(const teahouse::contacts::FriendRequest &request);

private:
    void onRosterReceived();
    void onItemChanged(const xmpp::RosterItem &item);
    void onItemRemoved(const Jid &jid);
    void onStanza(const xmpp::Element &stanza);
    void onSubscriptionRequested(const Jid &from, const QString &greeting);
    void onSubscriptionApproved(const Jid &jid);
    void onSubscriptionRefused(const Jid &jid);
    void onAvatarChanged(const Jid &jid, const QList<xmpp::AvatarInfo> &infos);
    void onBlocklistChanged();
    void applyAvatarInfos(const Jid &jid, const QList<xmpp::AvatarInfo> &infos);
    void updateRoster(const Jid &jid, const std::function<void(QString &, QStringList &)> &edit,
                      Callback callback);
    void setRequestState(const Jid &jid, FriendRequest::State state);
    void putRequest(const FriendRequest &request);
    [[nodiscard]] Contact makeContact(const xmpp::RosterItem &item) const;
    [[nodiscard]] std::optional<xmpp::RosterItem> rosterItem(const Jid &jid) const;
    void reloadRequests();
    [[nodiscard]] Status notBound() const;

    ContactsStore m_store;
    storage::MediaStore *m_media;
    QPointer<xmpp::StanzaChannel> m_channel;
    QPointer<xmpp::RosterManager> m_roster;
    QPointer<xmpp::PresenceManager> m_presence;
    QPointer<xmpp::AvatarManager> m_avatars;
    QPointer<xmpp::BlockingManager> m_blocking;
    QPointer<xmpp::VCardManager> m_vcards;
    QList<QMetaObject::Connection> m_connections;
    QHash<Jid, ContactProfile> m_profiles;
    QList<FriendRequest> m_requests;
    QList<Jid> m_blocked;
    QSet<Jid> m_avatarFetches; // in flight, so a burst of notifications fetches once
    QString m_ownNickname;
};

} // namespace teahouse::contacts
