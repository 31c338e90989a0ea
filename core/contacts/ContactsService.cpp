#include "contacts/ContactsService.h"

#include "contacts/ContactsLogging.h"
#include "storage/Database.h"
#include "storage/MediaStore.h"
#include "xmpp/AvatarManager.h"
#include "xmpp/BlockingManager.h"
#include "xmpp/IqTracker.h"
#include "xmpp/PresenceManager.h"
#include "xmpp/RosterManager.h"
#include "xmpp/StanzaChannel.h"
#include "xmpp/StanzaId.h"
#include "xmpp/VCard.h"
#include "xmpp/VCardManager.h"

#include <QDateTime>

namespace teahouse::contacts {

using xmpp::RosterItem;

namespace {

constexpr QStringView kParsNs = u"urn:xmpp:pars:0";

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void report(const ContactsService::Callback &callback, const Status &status)
{
    if (callback)
        callback(status);
}

QStringList cleanTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && t != ContactsService::kStarGroup && !out.contains(t))
            out.append(t);
    }
    return out;
}

} // namespace

ContactsService::ContactsService(storage::Database &db, storage::MediaStore *media, QObject *parent)
    : QObject(parent)
    , m_store(db)
    , m_media(media)
{}

ContactsService::~ContactsService()
{
    unbind();
}

Status ContactsService::open()
{
    if (auto s = m_store.open(); !s)
        return s;
    auto profiles = m_store.profiles();
    if (!profiles)
        return profiles.error();
    m_profiles = profiles.value();
    auto blocked = m_store.blocked();
    if (!blocked)
        return blocked.error();
    m_blocked = blocked.value();
    reloadRequests();
    return {};
}

void ContactsService::reloadRequests()
{
    auto requests = m_store.requests();
    if (requests)
        m_requests = requests.value();
    else
        qCWarning(lcContacts) << "Could not read friend requests:" << requests.error().message;
}

Status ContactsService::notBound() const
{
    return Error::make(Error::Code::Network, tr("Not connected. Try again when you are online."));
}

void ContactsService::bind(const Managers &managers)
{
    unbind();
    m_channel = managers.channel;
    m_roster = managers.roster;
    m_presence = managers.presence;
    m_avatars = managers.avatars;
    m_blocking = managers.blocking;
    m_vcards = managers.vcards;
    if (!m_roster || !m_channel)
        return;
    m_connections << connect(m_roster, &xmpp::RosterManager::rosterReceived, this,
                             &ContactsService::onRosterReceived);
    m_connections << connect(m_roster, &xmpp::RosterManager::itemChanged, this,
                             &ContactsService::onItemChanged);
    m_connections << connect(m_roster, &xmpp::RosterManager::itemRemoved, this,
                             &ContactsService::onItemRemoved);
    m_connections << connect(m_roster, &xmpp::RosterManager::subscriptionApproved, this,
                             &ContactsService::onSubscriptionApproved);
    m_connections << connect(m_roster, &xmpp::RosterManager::subscriptionRefused, this,
                             &ContactsService::onSubscriptionRefused);
    m_connections << connect(m_channel, &xmpp::StanzaChannel::stanzaReceived, this,
                             &ContactsService::onStanza);
    if (m_presence) {
        m_connections << connect(m_presence, &xmpp::PresenceManager::onlineChanged, this,
                                 [this](const Jid &jid, bool) { Q_EMIT contactChanged(jid); });
        m_connections << connect(
            m_presence, &xmpp::PresenceManager::resourceChanged, this,
            [this](const Jid &full, const auto &) { Q_EMIT contactChanged(full.bare()); });
    }
    if (m_avatars)
        m_connections << connect(m_avatars, &xmpp::AvatarManager::avatarChanged, this,
                                 &ContactsService::onAvatarChanged);
    if (m_blocking) {
        m_connections << connect(m_blocking, &xmpp::BlockingManager::blocklistReceived, this,
                                 &ContactsService::onBlocklistChanged);
        m_connections << connect(m_blocking, &xmpp::BlockingManager::jidBlocked, this,
                                 &ContactsService::onBlocklistChanged);
        m_connections << connect(m_blocking, &xmpp::BlockingManager::jidUnblocked, this,
                                 &ContactsService::onBlocklistChanged);
    }
    if (m_vcards)
        m_connections << connect(m_vcards, &xmpp::VCardManager::vcardChanged, this,
                                 &ContactsService::refreshNickname);
    if (m_roster->isLoaded())
        onRosterReceived();
}

void ContactsService::unbind()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_channel.clear();
    m_roster.clear();
    m_presence.clear();
    m_avatars.clear();
    m_blocking.clear();
    m_vcards.clear();
    m_avatarFetches.clear();
}

std::optional<RosterItem> ContactsService::rosterItem(const Jid &jid) const
{
    if (!m_roster)
        return std::nullopt;
    return m_roster->item(jid.bare());
}

Contact ContactsService::makeContact(const RosterItem &item) const
{
    Contact c;
    c.jid = item.jid.bare();
    c.remark = item.name;
    c.starred = item.groups.contains(kStarGroup);
    c.tags = cleanTags(item.groups);
    c.subscription = item.subscription;
    c.askSubscribe = item.askSubscribe;
    c.blocked = isBlocked(c.jid);
    const auto profile = m_profiles.constFind(c.jid);
    if (profile != m_profiles.cend()) {
        c.nickname = profile->nickname;
        c.avatarId = profile->avatarId;
        c.avatarMedia = profile->avatarMedia;
    }
    if (m_presence) {
        if (const auto best = m_presence->bestResource(c.jid)) {
            c.online = true;
            c.statusText = best->status;
        }
    }
    return c;
}

QList<Contact> ContactsService::contacts() const
{
    QList<Contact> out;
    if (!m_roster)
        return out;
    for (const RosterItem &item : m_roster->items()) {
        // Someone who has not answered our request yet is in "New friends", not here.
        if (item.subscription == RosterItem::Subscription::None && item.askSubscribe)
            continue;
        out.append(makeContact(item));
    }
    return out;
}

std::optional<Contact> ContactsService::contact(const Jid &jid) const
{
    if (const auto item = rosterItem(jid))
        return makeContact(*item);
    return std::nullopt;
}

int ContactsService::pendingIncomingCount() const
{
    int n = 0;
    for (const FriendRequest &r : m_requests) {
        if (r.incoming && r.state == FriendRequest::State::Pending)
            ++n;
    }
    return n;
}

QStringList ContactsService::tags() const
{
    QStringList out;
    if (!m_roster)
        return out;
    for (const RosterItem &item : m_roster->items()) {
        for (const QString &tag : cleanTags(item.groups)) {
            if (!out.contains(tag))
                out.append(tag);
        }
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

bool ContactsService::isBlocked(const Jid &jid) const
{
    return m_blocked.contains(jid.bare()) || m_blocked.contains(jid);
}

QString ContactsService::nicknameOf(const Jid &jid) const
{
    return m_profiles.value(jid.bare()).nickname;
}

Result<QByteArray> ContactsService::avatarImage(const Jid &jid) const
{
    const QString media = m_profiles.value(jid.bare()).avatarMedia;
    if (media.isEmpty() || !m_media)
        return Error::make(Error::Code::NotFound, tr("No picture."));
    return m_media->get(media);
}

xmpp::Element ContactsService::requestStanza(const Jid &to, const QString &greeting,
                                             const QString &nickname, const QString &preauthToken)
{
    xmpp::Element presence(QStringLiteral("presence"), xmpp::IqTracker::kClientNs.toString());
    presence.setAttribute(QStringLiteral("id"), xmpp::StanzaId::generate());
    presence.setAttribute(QStringLiteral("to"), to.bare().toString());
    presence.setAttribute(QStringLiteral("type"), QStringLiteral("subscribe"));
    if (!greeting.trimmed().isEmpty())
        presence.addTextChild(QStringLiteral("status"), greeting.trimmed());
    // XEP-0172 §4.2: the name we go by travels with the request.
    if (!nickname.trimmed().isEmpty())
        presence.addTextChild(QStringLiteral("nick"), nickname.trimmed(), kNickNs.toString());
    if (!preauthToken.isEmpty()) {
        presence.addChild(QStringLiteral("preauth"), kParsNs.toString())
            .setAttribute(QStringLiteral("token"), preauthToken);
    }
    return presence;
}

Status ContactsService::sendFriendRequest(const Jid &jid, const QString &greeting,
                                          const QString &remark, const QStringList &tags,
                                          const QString &preauthToken)
{
    const Jid bare = jid.bare();
    if (!bare.isValid() || bare.local().isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           tr("“%1” is not an account address (name@server).").arg(jid.toString()));
    if (m_channel && bare == m_channel->boundJid().bare())
        return Error::make(Error::Code::InvalidArgument, tr("That is your own account."));
    if (!m_roster || !m_channel)
        return notBound();
    // Keep what the roster already says about them (an earlier remark, tags, the star).
    const auto existing = rosterItem(bare);
    QStringList groups = existing ? existing->groups : QStringList();
    for (const QString &tag : cleanTags(tags)) {
        if (!groups.contains(tag))
            groups.append(tag);
    }
    const QString name = !remark.trimmed().isEmpty() ? remark.trimmed()
                         : existing                  ? existing->name
                                                     : QString();
    m_roster->addOrUpdate(bare, name, groups, this, [bare](const Status &s) {
        if (!s)
            qCWarning(lcContacts) << "Roster add failed for a request:" << s.error().message;
    });
    m_channel->sendStanza(requestStanza(bare, greeting, m_ownNickname, preauthToken));
    // If they asked us first, this settles their request too.
    if (const auto earlier = m_store.request(bare);
        earlier && earlier.value() && earlier.value()->incoming &&
        earlier.value()->state == FriendRequest::State::Pending) {
        m_roster->approve(bare);
        setRequestState(bare, FriendRequest::State::Accepted);
        return {};
    }
    FriendRequest r;
    r.jid = bare;
    r.incoming = false;
    r.greeting = greeting.trimmed();
    r.nickname = nicknameOf(bare);
    r.state = FriendRequest::State::Pending;
    r.updatedMs = nowMs();
    putRequest(r);
    return {};
}

Status ContactsService::accept(const Jid &jid, const QString &remark, const QStringList &tags)
{
    const Jid bare = jid.bare();
    if (!m_roster || !m_channel)
        return notBound();
    m_roster->approve(bare);
    const auto existing = rosterItem(bare);
    QStringList groups = existing ? existing->groups : QStringList();
    for (const QString &tag : cleanTags(tags)) {
        if (!groups.contains(tag))
            groups.append(tag);
    }
    QString name = remark.trimmed();
    if (name.isEmpty() && existing)
        name = existing->name;
    if (!existing || existing->name != name || existing->groups != groups)
        m_roster->addOrUpdate(bare, name, groups, this, {});
    // Ask back, so the friendship is "both"; their client (or server, having pre-approved)
    // answers at once because they asked us.
    if (!existing || (!existing->seesTheirPresence() && !existing->askSubscribe))
        m_channel->sendStanza(requestStanza(bare, {}, m_ownNickname, {}));
    setRequestState(bare, FriendRequest::State::Accepted);
    refreshAvatar(bare);
    refreshNickname(bare);
    return {};
}

Status ContactsService::decline(const Jid &jid)
{
    const Jid bare = jid.bare();
    if (!m_roster)
        return notBound();
    m_roster->deny(bare);
    setRequestState(bare, FriendRequest::State::Declined);
    return {};
}

Status ContactsService::forgetRequest(const Jid &jid)
{
    if (auto s = m_store.removeRequest(jid.bare()); !s)
        return s;
    reloadRequests();
    Q_EMIT requestsChanged();
    return {};
}

void ContactsService::putRequest(const FriendRequest &request)
{
    if (auto s = m_store.putRequest(request); !s)
        qCWarning(lcContacts) << "Could not store a friend request:" << s.error().message;
    reloadRequests();
    Q_EMIT requestsChanged();
}

void ContactsService::setRequestState(const Jid &jid, FriendRequest::State state)
{
    const auto existing = m_store.request(jid);
    if (!existing || !existing.value())
        return;
    if (existing.value()->state == state)
        return;
    if (auto s = m_store.setRequestState(jid, state, nowMs()); !s)
        qCWarning(lcContacts) << "Could not update a friend request:" << s.error().message;
    reloadRequests();
    Q_EMIT requestsChanged();
}

void ContactsService::updateRoster(const Jid &jid,
                                   const std::function<void(QString &, QStringList &)> &edit,
                                   Callback callback)
{
    const auto item = rosterItem(jid);
    if (!m_roster) {
        report(callback, notBound());
        return;
    }
    if (!item) {
        report(callback, Error::make(Error::Code::NotFound,
                                     tr("%1 is not one of your contacts.").arg(jid.toString())));
        return;
    }
    QString name = item->name;
    QStringList groups = item->groups;
    edit(name, groups);
    m_roster->addOrUpdate(item->jid, name, groups, this, std::move(callback));
}

void ContactsService::setRemark(const Jid &jid, const QString &remark, Callback callback)
{
    const QString trimmed = remark.trimmed();
    updateRoster(
        jid, [&](QString &name, QStringList &) { name = trimmed; }, std::move(callback));
}

void ContactsService::setTags(const Jid &jid, const QStringList &tags, Callback callback)
{
    const QStringList clean = cleanTags(tags);
    updateRoster(
        jid,
        [&](QString &, QStringList &groups) {
            const bool starred = groups.contains(kStarGroup);
            groups = clean;
            if (starred)
                groups.prepend(kStarGroup.toString());
        },
        std::move(callback));
}

void ContactsService::setStarred(const Jid &jid, bool starred, Callback callback)
{
    updateRoster(
        jid,
        [&](QString &, QStringList &groups) {
            groups.removeAll(kStarGroup.toString());
            if (starred)
                groups.prepend(kStarGroup.toString());
        },
        std::move(callback));
}

void ContactsService::remove(const Jid &jid, Callback callback)
{
    if (!m_roster) {
        report(callback, notBound());
        return;
    }
    m_roster->remove(jid.bare(), this, std::move(callback));
}

void ContactsService::block(const Jid &jid, Callback callback)
{
    if (!m_blocking) {
        report(callback, notBound());
        return;
    }
    m_blocking->block({jid.bare()}, this, std::move(callback));
}

void ContactsService::unblock(const Jid &jid, Callback callback)
{
    if (!m_blocking) {
        report(callback, notBound());
        return;
    }
    m_blocking->unblock({jid.bare()}, this, std::move(callback));
}

void ContactsService::onRosterReceived()
{
    if (!m_roster)
        return;
    // Requests settled elsewhere (another device, or while we were away).
    for (const FriendRequest &r : std::as_const(m_requests)) {
        if (r.state != FriendRequest::State::Pending)
            continue;
        const auto item = m_roster->item(r.jid);
        if (!item)
            continue;
        if ((r.incoming && item->sharesOurPresence()) || (!r.incoming && item->seesTheirPresence()))
            setRequestState(r.jid, FriendRequest::State::Accepted);
    }
    Q_EMIT contactsChanged();
    for (const RosterItem &item : m_roster->items()) {
        refreshAvatar(item.jid);
        if (nicknameOf(item.jid).isEmpty())
            refreshNickname(item.jid);
    }
}

void ContactsService::onItemChanged(const RosterItem &item)
{
    if (item.seesTheirPresence())
        setRequestState(item.jid, FriendRequest::State::Accepted);
    Q_EMIT contactsChanged();
    Q_EMIT contactChanged(item.jid);
}

void ContactsService::onItemRemoved(const Jid &jid)
{
    Q_EMIT contactsChanged();
    Q_EMIT contactChanged(jid);
}

void ContactsService::onStanza(const xmpp::Element &stanza)
{
    if (stanza.name() != u"presence" || stanza.attribute(u"type") != u"subscribe")
        return;
    const Jid from = Jid::parse(stanza.attribute(u"from")).bare();
    if (!from.isValid() || (m_channel && from == m_channel->boundJid().bare()))
        return;
    const QString nick = stanza.childText(u"nick", kNickNs).trimmed();
    if (!nick.isEmpty() && nicknameOf(from).isEmpty()) {
        if (auto s = m_store.setNickname(from, nick); s) {
            m_profiles[from].jid = from;
            m_profiles[from].nickname = nick;
        }
    }
    onSubscriptionRequested(from, stanza.childText(u"status").trimmed());
}

void ContactsService::onSubscriptionRequested(const Jid &from, const QString &greeting)
{
    if (!m_roster)
        return;
    const auto item = m_roster->item(from);
    const auto ours = m_store.request(from);
    const bool weAsked = (item && (item->seesTheirPresence() || item->askSubscribe)) ||
                         (ours && ours.value() && !ours.value()->incoming);
    if (weAsked) {
        // We asked to be friends: their asking back completes it ("both").
        m_roster->approve(from);
        setRequestState(from, FriendRequest::State::Accepted);
        return;
    }
    if (item && item->sharesOurPresence()) {
        m_roster->approve(from); // already approved: a repeat after a lost answer
        return;
    }
    FriendRequest r;
    r.jid = from;
    r.incoming = true;
    r.greeting = greeting;
    r.nickname = nicknameOf(from);
    r.state = FriendRequest::State::Pending;
    r.updatedMs = nowMs();
    // The server repeats pending requests at every sign-in: keep the first time.
    if (ours && ours.value() && ours.value()->incoming &&
        ours.value()->state == FriendRequest::State::Pending) {
        r.updatedMs = ours.value()->updatedMs;
        if (r.greeting.isEmpty())
            r.greeting = ours.value()->greeting;
        if (*ours.value() == r)
            return;
    }
    putRequest(r);
    refreshAvatar(from);
    Q_EMIT friendRequestReceived(r);
}

void ContactsService::onSubscriptionApproved(const Jid &jid)
{
    setRequestState(jid.bare(), FriendRequest::State::Accepted);
    refreshAvatar(jid.bare());
    refreshNickname(jid.bare());
}

void ContactsService::onSubscriptionRefused(const Jid &jid)
{
    const Jid bare = jid.bare();
    const auto ours = m_store.request(bare);
    if (!ours || !ours.value() || ours.value()->incoming ||
        ours.value()->state != FriendRequest::State::Pending)
        return;
    setRequestState(bare, FriendRequest::State::Declined);
    // The roster entry only existed for the request: drop it, so no stale "none" contact stays.
    const auto item = rosterItem(bare);
    if (m_roster && item && item->subscription == RosterItem::Subscription::None)
        m_roster->remove(bare, this, {});
}

void ContactsService::onBlocklistChanged()
{
    if (!m_blocking)
        return;
    const QList<Jid> before = m_blocked;
    m_blocked = m_blocking->blocklist();
    if (auto s = m_store.replaceBlocked(m_blocked); !s)
        qCWarning(lcContacts) << "Could not store the block list:" << s.error().message;
    Q_EMIT blocklistChanged();
    for (const Jid &jid : before) {
        if (!m_blocked.contains(jid))
            Q_EMIT contactChanged(jid);
    }
    for (const Jid &jid : std::as_const(m_blocked)) {
        if (!before.contains(jid))
            Q_EMIT contactChanged(jid);
    }
}

void ContactsService::refreshAvatar(const Jid &jid)
{
    if (!m_avatars || m_avatarFetches.contains(jid.bare()))
        return;
    const Jid bare = jid.bare();
    m_avatarFetches.insert(bare);
    m_avatars->fetchMetadata(bare, this, [this, bare](const Result<QList<xmpp::AvatarInfo>> &r) {
        m_avatarFetches.remove(bare);
        if (!r) {
            qCDebug(lcContacts) << "No avatar metadata:" << r.error().message;
            return;
        }
        applyAvatarInfos(bare, r.value());
    });
}

void ContactsService::onAvatarChanged(const Jid &jid, const QList<xmpp::AvatarInfo> &infos)
{
    applyAvatarInfos(jid.bare(), infos);
}

void ContactsService::applyAvatarInfos(const Jid &jid, const QList<xmpp::AvatarInfo> &infos)
{
    const ContactProfile current = m_profiles.value(jid);
    // XEP-0084 §4.2.1: the first <info/> is PNG, which every client can show; hosted images
    // (url) are not fetched.
    const xmpp::AvatarInfo *chosen = nullptr;
    for (const xmpp::AvatarInfo &info : infos) {
        if (info.url.isEmpty() && !info.id.isEmpty()) {
            chosen = &info;
            break;
        }
    }
    if (!chosen) {
        if (current.avatarId.isEmpty())
            return;
        if (m_media && !current.avatarMedia.isEmpty())
            (void)m_media->remove(current.avatarMedia);
        (void)m_store.setAvatar(jid, {}, {}, {});
        m_profiles[jid].jid = jid;
        m_profiles[jid].avatarId.clear();
        m_profiles[jid].avatarMedia.clear();
        Q_EMIT contactChanged(jid);
        return;
    }
    if (current.avatarId.compare(chosen->id, Qt::CaseInsensitive) == 0 &&
        !current.avatarMedia.isEmpty())
        return;
    if (!m_avatars || !m_media)
        return;
    const xmpp::AvatarInfo info = *chosen;
    m_avatars->fetchData(jid, info, this, [this, jid, info](const Result<QByteArray> &data) {
        if (!data) {
            qCInfo(lcContacts) << "A contact's picture was not loaded:" << data.error().message;
            return;
        }
        auto media = m_media->put(data.value(), QStringLiteral("avatar"), info.type);
        if (!media) {
            qCWarning(lcContacts) << "Could not cache a picture:" << media.error().message;
            return;
        }
        const QString old = m_profiles.value(jid).avatarMedia;
        if (auto s = m_store.setAvatar(jid, info.id, media.value(), info.type); !s) {
            qCWarning(lcContacts) << "Could not store a picture:" << s.error().message;
            (void)m_media->remove(media.value());
            return;
        }
        if (!old.isEmpty())
            (void)m_media->remove(old);
        ContactProfile &p = m_profiles[jid];
        p.jid = jid;
        p.avatarId = info.id;
        p.avatarMedia = media.value();
        p.avatarType = info.type;
        Q_EMIT contactChanged(jid);
    });
}

void ContactsService::refreshNickname(const Jid &jid)
{
    if (!m_vcards)
        return;
    const Jid bare = jid.bare();
    m_vcards->fetch(bare, this, [this, bare](const Result<xmpp::VCard> &card) {
        if (!card)
            return;
        QString nick = card->nickname().trimmed();
        if (nick.isEmpty())
            nick = card->fullName().trimmed();
        if (nick.isEmpty() || nick == nicknameOf(bare))
            return;
        if (auto s = m_store.setNickname(bare, nick); !s)
            return;
        m_profiles[bare].jid = bare;
        m_profiles[bare].nickname = nick;
        Q_EMIT contactChanged(bare);
        Q_EMIT contactsChanged();
    });
}

} // namespace teahouse::contacts
