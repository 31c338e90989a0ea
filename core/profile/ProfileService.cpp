#include "profile/ProfileService.h"

#include "contacts/ContactsLogging.h"
#include "qr/QrImageWriter.h"
#include "qr/XmppUri.h"
#include "storage/Database.h"
#include "storage/MediaStore.h"
#include "xmpp/AvatarManager.h"
#include "xmpp/PresenceManager.h"
#include "xmpp/StanzaChannel.h"
#include "xmpp/VCardManager.h"

#include <QBuffer>

namespace teahouse::profile {

namespace {

const QString kNickname = QStringLiteral("nickname");
const QString kStatus = QStringLiteral("status");
const QString kAvatarId = QStringLiteral("avatar.id");
const QString kAvatarMedia = QStringLiteral("avatar.media");
const QString kNicknameDirty = QStringLiteral("nickname.unpublished");
const QString kAvatarDirty = QStringLiteral("avatar.unpublished");
const QString kOpen = QStringLiteral("open");
const QString kPng = QStringLiteral("image/png");

} // namespace

ProfileService::ProfileService(storage::Database &db, storage::MediaStore *media, Jid account,
                               QObject *parent)
    : QObject(parent)
    , m_store(db)
    , m_media(media)
    , m_account(account.bare())
{}

ProfileService::~ProfileService()
{
    unbind();
}

Status ProfileService::open()
{
    if (auto s = m_store.open(); !s)
        return s;
    auto read = [this](const QString &key) {
        return m_store.value(key).valueOr(QString());
    };
    m_nickname = read(kNickname);
    m_status = read(kStatus);
    m_avatarId = read(kAvatarId);
    m_avatarMedia = read(kAvatarMedia);
    m_nicknameDirty = read(kNicknameDirty) == u"1";
    m_avatarDirty = read(kAvatarDirty) == u"1";
    return {};
}

QString ProfileService::displayName() const
{
    if (!m_nickname.isEmpty())
        return m_nickname;
    return m_account.local();
}

bool ProfileService::online() const
{
    return m_channel && m_channel->isOnline();
}

void ProfileService::bind(const Managers &managers)
{
    unbind();
    m_channel = managers.channel;
    m_presence = managers.presence;
    m_avatars = managers.avatars;
    m_vcards = managers.vcards;
    if (m_channel)
        m_connections << connect(m_channel, &xmpp::StanzaChannel::sessionStarted, this,
                                 &ProfileService::onSessionStarted);
    if (m_avatars)
        m_connections << connect(m_avatars, &xmpp::AvatarManager::avatarChanged, this,
                                 [this](const Jid &jid, const auto &) {
                                     if (jid.bare() == m_account)
                                         fetchOwnAvatar();
                                 });
    // The presence manager sends our presence at every new session: give it our status.
    if (m_presence && !m_status.isEmpty())
        m_presence->setOwnPresence(xmpp::PresenceManager::Show::Online, m_status);
    if (online())
        onSessionStarted(false);
}

void ProfileService::unbind()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_channel.clear();
    m_presence.clear();
    m_avatars.clear();
    m_vcards.clear();
}

void ProfileService::setFlag(const QString &key, bool &flag, bool value)
{
    flag = value;
    if (auto s = m_store.setValue(key, value ? QStringLiteral("1") : QString()); !s)
        qCWarning(lcProfile) << "Could not store the profile:" << s.error().message;
}

Status ProfileService::setNickname(const QString &nickname)
{
    const QString trimmed = nickname.simplified();
    if (trimmed.size() > 64)
        return Error::make(Error::Code::InvalidArgument,
                           tr("A nickname has at most 64 characters."));
    if (auto s = m_store.setValue(kNickname, trimmed); !s)
        return s;
    m_nickname = trimmed;
    setFlag(kNicknameDirty, m_nicknameDirty, true);
    Q_EMIT profileChanged();
    if (online())
        publishNickname();
    return {};
}

Status ProfileService::setStatusText(const QString &text)
{
    const QString trimmed = text.simplified();
    if (auto s = m_store.setValue(kStatus, trimmed); !s)
        return s;
    m_status = trimmed;
    if (m_presence)
        m_presence->setOwnPresence(xmpp::PresenceManager::Show::Online, m_status);
    Q_EMIT profileChanged();
    return {};
}

Result<QByteArray> ProfileService::avatarImage() const
{
    if (m_avatarMedia.isEmpty() || !m_media)
        return Error::make(Error::Code::NotFound, tr("No picture."));
    return m_media->get(m_avatarMedia);
}

QImage ProfileService::cropAvatar(const QImage &source, const QRect &crop, int side)
{
    if (source.isNull())
        return {};
    QRect square = crop.normalized().intersected(source.rect());
    if (square.isEmpty()) {
        const int s = std::min(source.width(), source.height());
        square = QRect((source.width() - s) / 2, (source.height() - s) / 2, s, s);
    } else if (square.width() != square.height()) {
        // A square keeps everyone's picture undistorted: the largest one centred in the crop.
        const int s = std::min(square.width(), square.height());
        square = QRect(square.x() + (square.width() - s) / 2,
                       square.y() + (square.height() - s) / 2, s, s);
    }
    return source.copy(square)
        .convertToFormat(QImage::Format_ARGB32)
        .scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

Status ProfileService::setAvatar(const QImage &source, const QRect &crop)
{
    const QImage image = cropAvatar(source, crop);
    if (image.isNull())
        return Error::make(Error::Code::InvalidArgument, tr("This picture could not be read."));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Error::make(Error::Code::Unknown, tr("The picture could not be converted."));
    if (!m_media)
        return Error::make(Error::Code::Storage, tr("The picture store is not open."));
    auto media = m_media->put(png, QStringLiteral("my-avatar.png"), kPng);
    if (!media)
        return media.error();
    const QString old = m_avatarMedia;
    const QString id = xmpp::AvatarManager::imageId(png);
    if (auto s = m_store.setValue(kAvatarMedia, media.value()); !s)
        return s;
    if (auto s = m_store.setValue(kAvatarId, id); !s)
        return s;
    if (!old.isEmpty() && old != media.value())
        (void)m_media->remove(old);
    m_avatarMedia = media.value();
    m_avatarId = id;
    setFlag(kAvatarDirty, m_avatarDirty, true);
    Q_EMIT avatarChanged();
    Q_EMIT profileChanged();
    if (online())
        publishAvatar();
    return {};
}

QString ProfileService::rosterUri(const Jid &jid, const QString &name)
{
    qr::XmppUri uri;
    uri.kind = qr::XmppUri::Kind::AddFriend;
    uri.jid = jid.bare();
    uri.action = QStringLiteral("roster");
    if (!name.trimmed().isEmpty())
        uri.params.append({QStringLiteral("name"), name.trimmed()});
    return uri.toString();
}

Result<QImage> ProfileService::myQrCode(int minimumSide) const
{
    return qr::QrImageWriter::render(myUri(), minimumSide);
}

void ProfileService::onSessionStarted(bool resumed)
{
    if (resumed)
        return;
    // Adopt the card another device published (or keep it, to republish with our fields).
    if (m_vcards) {
        m_vcards->fetch(m_account, this, [this](const Result<xmpp::VCard> &card) {
            if (!card)
                return;
            m_card = card.value();
            const QString remote =
                m_card.nickname().isEmpty() ? m_card.fullName() : m_card.nickname();
            if (!m_nicknameDirty && !remote.isEmpty() && remote != m_nickname) {
                if (m_store.setValue(kNickname, remote)) {
                    m_nickname = remote;
                    Q_EMIT profileChanged();
                }
            }
            publishPending();
        });
    } else {
        publishPending();
    }
    if (!m_avatarDirty)
        fetchOwnAvatar();
}

void ProfileService::publishPending()
{
    if (m_nicknameDirty)
        publishNickname();
    if (m_avatarDirty)
        publishAvatar();
}

void ProfileService::publishNickname()
{
    if (!m_vcards)
        return;
    xmpp::VCard card = m_card;
    card.setNickname(m_nickname);
    card.setFullName(m_nickname);
    const QString sent = m_nickname;
    m_vcards->publish(card, kOpen, this, [this, card, sent](const Status &s) {
        if (!s) {
            Q_EMIT publishFailed(
                tr("Your nickname could not be published: %1").arg(s.error().message));
            return;
        }
        m_card = card;
        if (sent == m_nickname)
            setFlag(kNicknameDirty, m_nicknameDirty, false);
        Q_EMIT published();
    });
}

void ProfileService::publishAvatar()
{
    if (!m_avatars)
        return;
    auto png = avatarImage();
    if (!png) {
        setFlag(kAvatarDirty, m_avatarDirty, false);
        return;
    }
    const QImage image = QImage::fromData(png.value(), "PNG");
    const QString id = m_avatarId;
    m_avatars->publish(
        png.value(), kPng, image.width(), image.height(), kOpen, this,
        [this, id](const Result<xmpp::AvatarInfo> &r) {
            if (!r) {
                Q_EMIT publishFailed(
                    tr("Your picture could not be published: %1").arg(r.error().message));
                return;
            }
            if (id == m_avatarId)
                setFlag(kAvatarDirty, m_avatarDirty, false);
            Q_EMIT published();
        });
}

void ProfileService::fetchOwnAvatar()
{
    if (!m_avatars || !m_media)
        return;
    m_avatars->fetchMetadata(m_account, this, [this](const Result<QList<xmpp::AvatarInfo>> &r) {
        if (!r || r.value().isEmpty() || m_avatarDirty)
            return;
        const xmpp::AvatarInfo info = r.value().front();
        if (info.id.compare(m_avatarId, Qt::CaseInsensitive) == 0 || !info.url.isEmpty())
            return;
        m_avatars->fetchData(m_account, info, this, [this, info](const Result<QByteArray> &d) {
            if (!d || m_avatarDirty)
                return;
            auto media = m_media->put(d.value(), QStringLiteral("my-avatar"), info.type);
            if (!media)
                return;
            const QString old = m_avatarMedia;
            if (!m_store.setValue(kAvatarMedia, media.value()) ||
                !m_store.setValue(kAvatarId, info.id))
                return;
            if (!old.isEmpty())
                (void)m_media->remove(old);
            m_avatarMedia = media.value();
            m_avatarId = info.id;
            Q_EMIT avatarChanged();
            Q_EMIT profileChanged();
        });
    });
}

} // namespace teahouse::profile
