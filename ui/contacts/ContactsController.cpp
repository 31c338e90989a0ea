#include "ContactsController.h"

#include "ContactListModel.h"
#include "FriendRequestModel.h"
#include "TagListModel.h"
#include "contacts/ContactsService.h"
#include "profile/ProfileService.h"
#include "qr/QrImageWriter.h"
#include "qr/XmppUri.h"

#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QImageReader>
#include <QRegularExpression>

namespace teahouse::ui {

ContactsController::ContactsController(QObject *parent)
    : QObject(parent)
    , m_contactModel(new ContactListModel(m_collator, this))
    , m_requestModel(new FriendRequestModel(this))
    , m_tagModel(new TagListModel(this))
{
    m_contactModel->setAvatarSource(
        [this](const contacts::Contact &c) { return contactAvatar(c); });
    m_requestModel->setAvatarSource([this](const Jid &jid) { return avatarFor(jid.toString()); });
}

ContactsController::~ContactsController() = default;

QString ContactsController::dataUrl(const QByteArray &bytes, const QString &mimeType)
{
    return QStringLiteral("data:") + (mimeType.isEmpty() ? QStringLiteral("image/png") : mimeType) +
           QStringLiteral(";base64,") + QString::fromLatin1(bytes.toBase64());
}

void ContactsController::setServices(contacts::ContactsService *contacts,
                                     profile::ProfileService *profile)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_contacts = contacts;
    m_profile = profile;
    m_avatarCache.clear();
    m_qrCache.clear();
    if (m_contacts) {
        m_connections << connect(m_contacts, &contacts::ContactsService::contactsChanged, this,
                                 &ContactsController::reloadContacts);
        m_connections << connect(m_contacts, &contacts::ContactsService::contactChanged, this,
                                 &ContactsController::onContactChanged);
        m_connections << connect(m_contacts, &contacts::ContactsService::requestsChanged, this,
                                 &ContactsController::reloadRequests);
        m_connections << connect(m_contacts, &contacts::ContactsService::blocklistChanged, this,
                                 &ContactsController::blockedChanged);
    }
    if (m_profile) {
        m_connections << connect(m_profile, &profile::ProfileService::profileChanged, this,
                                 &ContactsController::profileChanged);
        m_connections << connect(m_profile, &profile::ProfileService::publishFailed, this,
                                 &ContactsController::setMessage);
        m_connections << connect(m_profile, &profile::ProfileService::profileChanged, this, [this] {
            if (m_contacts)
                m_contacts->setOwnNickname(m_profile->nickname());
        });
        if (m_contacts)
            m_contacts->setOwnNickname(m_profile->nickname());
    }
    if (!m_contacts) {
        m_page.clear();
        m_currentJid.clear();
        Q_EMIT pageChanged();
    }
    reloadContacts();
    reloadRequests();
    Q_EMIT readyChanged();
    Q_EMIT profileChanged();
    Q_EMIT blockedChanged();
    Q_EMIT currentChanged();
}

QString ContactsController::account() const
{
    return m_profile ? m_profile->account().toString() : QString();
}

int ContactsController::pendingRequests() const
{
    return m_requestModel->pendingCount();
}

void ContactsController::reloadContacts()
{
    m_contactModel->setContacts(m_contacts ? m_contacts->contacts() : QList<contacts::Contact>());
    reloadTags();
    Q_EMIT currentChanged();
}

void ContactsController::reloadTags()
{
    QList<QPair<QString, int>> tags;
    if (m_contacts) {
        const QList<contacts::Contact> all = m_contacts->contacts();
        for (const QString &tag : m_contacts->tags()) {
            int n = 0;
            for (const auto &c : all)
                n += c.tags.contains(tag) ? 1 : 0;
            tags.append({tag, n});
        }
    }
    m_tagModel->setTags(tags);
}

void ContactsController::reloadRequests()
{
    m_requestModel->setRequests(m_contacts ? m_contacts->requests()
                                           : QList<contacts::FriendRequest>());
    Q_EMIT requestsChanged();
}

void ContactsController::onContactChanged(const Jid &jid)
{
    if (!m_contacts)
        return;
    const auto contact = m_contacts->contact(jid);
    // Only people on the list proper (not those who have not answered yet).
    if (contact && contact->subscription == xmpp::RosterItem::Subscription::None &&
        contact->askSubscribe)
        m_contactModel->updateContact(jid, std::nullopt);
    else
        m_contactModel->updateContact(jid, contact);
    if (jid.bare().toString() == m_currentJid)
        Q_EMIT currentChanged();
    // A request's avatar may have arrived.
    for (const auto &r : m_contacts->requests()) {
        if (r.jid == jid.bare()) {
            reloadRequests();
            break;
        }
    }
}

void ContactsController::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

void ContactsController::clearMessage()
{
    setMessage({});
}

void ContactsController::report(const Status &status, const QString &done)
{
    if (!status.ok())
        setMessage(status.error().message);
    else if (!done.isEmpty())
        setMessage(done);
}

QString ContactsController::contactAvatar(const contacts::Contact &contact) const
{
    if (!m_contacts || contact.avatarMedia.isEmpty())
        return {};
    const auto cached = m_avatarCache.constFind(contact.avatarId);
    if (cached != m_avatarCache.cend())
        return *cached;
    auto bytes = m_contacts->avatarImage(contact.jid);
    if (!bytes)
        return {};
    const QString url = dataUrl(bytes.value(), QStringLiteral("image/png"));
    m_avatarCache.insert(contact.avatarId, url);
    return url;
}

QString ContactsController::avatarFor(const QString &jid) const
{
    if (!m_contacts)
        return {};
    const Jid j = Jid::parse(jid).bare();
    if (const auto c = m_contacts->contact(j))
        return contactAvatar(*c);
    // Not on the roster (someone asking to be friends): the picture may still be cached.
    auto bytes = m_contacts->avatarImage(j);
    return bytes ? dataUrl(bytes.value(), QStringLiteral("image/png")) : QString();
}

void ContactsController::showPage(const QString &page)
{
    if (page == m_page)
        return;
    m_page = page;
    Q_EMIT pageChanged();
}

void ContactsController::showContact(const QString &jid)
{
    m_currentJid = Jid::parse(jid).bare().toString();
    m_page = QStringLiteral("contact");
    Q_EMIT pageChanged();
    Q_EMIT currentChanged();
    Q_EMIT attentionRequested();
}

QVariantMap ContactsController::current() const
{
    QVariantMap m;
    if (m_currentJid.isEmpty())
        return m;
    const Jid jid = Jid::parse(m_currentJid);
    m.insert(QStringLiteral("jid"), m_currentJid);
    m.insert(QStringLiteral("uri"), profile::ProfileService::rosterUri(jid, {}));
    if (!m_contacts) {
        m.insert(QStringLiteral("name"), jid.local());
        return m;
    }
    const auto c = m_contacts->contact(jid);
    const QString nickname = c ? c->nickname : m_contacts->nicknameOf(jid);
    m.insert(QStringLiteral("inRoster"), c.has_value());
    m.insert(QStringLiteral("name"),
             c ? c->displayName() : (nickname.isEmpty() ? jid.local() : nickname));
    m.insert(QStringLiteral("remark"), c ? c->remark : QString());
    m.insert(QStringLiteral("nickname"), nickname);
    m.insert(QStringLiteral("tags"), c ? c->tags : QStringList());
    m.insert(QStringLiteral("starred"), c && c->starred);
    m.insert(QStringLiteral("online"), c && c->online);
    m.insert(QStringLiteral("statusText"), c ? c->statusText : QString());
    m.insert(QStringLiteral("mutual"), c && c->isMutual());
    m.insert(QStringLiteral("blocked"), m_contacts->isBlocked(jid));
    m.insert(QStringLiteral("avatar"), avatarFor(m_currentJid));
    m.insert(QStringLiteral("uri"),
             profile::ProfileService::rosterUri(jid, c ? c->displayName() : nickname));
    return m;
}

QString ContactsController::nickname() const
{
    return m_profile ? m_profile->nickname() : QString();
}

QString ContactsController::displayName() const
{
    return m_profile ? m_profile->displayName() : QString();
}

QString ContactsController::statusText() const
{
    return m_profile ? m_profile->statusText() : QString();
}

QString ContactsController::myAvatar() const
{
    if (!m_profile)
        return {};
    auto bytes = m_profile->avatarImage();
    return bytes ? dataUrl(bytes.value(), QStringLiteral("image/png")) : QString();
}

QString ContactsController::myUri() const
{
    return m_profile ? m_profile->myUri() : QString();
}

QImage ContactsController::myQrImage(int side) const
{
    if (!m_profile)
        return {};
    auto image = m_profile->myQrCode(side);
    return image ? image.value() : QImage();
}

QString ContactsController::myQrCode() const
{
    const QString uri = myUri();
    if (uri.isEmpty())
        return {};
    if (uri == m_qrCacheUri)
        return m_qrCache;
    const QImage image = myQrImage();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_qrCacheUri = uri;
    m_qrCache = dataUrl(png, QStringLiteral("image/png"));
    return m_qrCache;
}

QString ContactsController::contactQrCode(const QString &jid) const
{
    const QString uri = current().value(QStringLiteral("uri")).toString();
    const QString text = Jid::parse(jid).bare().toString() == m_currentJid && !uri.isEmpty()
                             ? uri
                             : profile::ProfileService::rosterUri(Jid::parse(jid), {});
    auto image = qr::QrImageWriter::render(text, 384);
    if (!image)
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image->save(&buffer, "PNG");
    return dataUrl(png, QStringLiteral("image/png"));
}

QStringList ContactsController::blocked() const
{
    QStringList out;
    if (m_contacts) {
        for (const Jid &jid : m_contacts->blocklist())
            out.append(jid.toString());
    }
    return out;
}

QStringList ContactsController::splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    }
    return out;
}

QString ContactsController::addFriend(const QString &address, const QString &greeting,
                                      const QString &remark, const QString &tags)
{
    if (!m_contacts)
        return tr("Sign in to add friends.");
    QString text = address.trimmed();
    QString token;
    if (text.startsWith(u"xmpp:", Qt::CaseInsensitive)) {
        auto uri = qr::XmppUri::parse(text);
        if (!uri)
            return uri.error().message;
        text = uri->jid.bare().toString();
        if (uri->invite)
            token = uri->invite->preauthToken;
    } else if (text.compare(m_draftAddress, Qt::CaseInsensitive) == 0) {
        token = m_draftToken;
    }
    const Jid jid = Jid::parse(text);
    if (!jid.isValid() || jid.local().isEmpty() || !jid.isBare())
        return tr("“%1” is not an account address. Addresses look like name@example.org.")
            .arg(address.trimmed());
    const Status s = m_contacts->sendFriendRequest(jid, greeting, remark, splitTags(tags), token);
    if (!s)
        return s.error().message;
    m_draftAddress.clear();
    m_draftRemark.clear();
    m_draftToken.clear();
    Q_EMIT draftChanged();
    setMessage(tr("Friend request sent to %1.").arg(jid.toString()));
    return {};
}

bool ContactsController::addFriendFromUri(const QString &uri)
{
    auto parsed = qr::XmppUri::parse(uri.trimmed());
    if (!parsed) {
        // The parser's reason is about XMPP links in general; say it in the user's terms.
        setMessage(tr("This link does not lead to a person."));
        return false;
    }
    const bool person = parsed->jid.isValid() && !parsed->jid.local().isEmpty() &&
                        (parsed->kind == qr::XmppUri::Kind::AddFriend ||
                         parsed->kind == qr::XmppUri::Kind::OpenChat);
    if (!person) {
        setMessage(tr("This link does not lead to a person."));
        return false;
    }
    const Jid jid = parsed->jid.bare();
    if (m_contacts) {
        if (const auto c = m_contacts->contact(jid); c && c->isMutual()) {
            showContact(jid.toString()); // already friends: show them
            return true;
        }
    }
    m_draftAddress = jid.toString();
    m_draftRemark = parsed->name;
    m_draftToken = parsed->invite ? parsed->invite->preauthToken : QString();
    Q_EMIT draftChanged();
    m_page = QStringLiteral("addFriend");
    Q_EMIT pageChanged();
    Q_EMIT attentionRequested();
    return true;
}

QString ContactsController::accept(const QString &jid, const QString &remark)
{
    if (!m_contacts)
        return tr("Sign in to add friends.");
    const Status s = m_contacts->accept(Jid::parse(jid), remark);
    report(s);
    return s ? QString() : s.error().message;
}

QString ContactsController::decline(const QString &jid)
{
    if (!m_contacts)
        return tr("Sign in to add friends.");
    const Status s = m_contacts->decline(Jid::parse(jid));
    report(s);
    return s ? QString() : s.error().message;
}

void ContactsController::forgetRequest(const QString &jid)
{
    if (m_contacts)
        report(m_contacts->forgetRequest(Jid::parse(jid)));
}

void ContactsController::setRemark(const QString &jid, const QString &remark)
{
    if (m_contacts)
        m_contacts->setRemark(Jid::parse(jid), remark, [this](const Status &s) { report(s); });
}

void ContactsController::setTags(const QString &jid, const QString &tags)
{
    if (m_contacts)
        m_contacts->setTags(Jid::parse(jid), splitTags(tags),
                            [this](const Status &s) { report(s); });
}

void ContactsController::setStarred(const QString &jid, bool starred)
{
    if (m_contacts)
        m_contacts->setStarred(Jid::parse(jid), starred, [this](const Status &s) { report(s); });
}

void ContactsController::removeContact(const QString &jid)
{
    if (!m_contacts)
        return;
    m_contacts->remove(Jid::parse(jid),
                       [this](const Status &s) { report(s, tr("Contact deleted.")); });
    if (Jid::parse(jid).bare().toString() == m_currentJid) {
        m_currentJid.clear();
        m_page.clear();
        Q_EMIT pageChanged();
        Q_EMIT currentChanged();
    }
}

void ContactsController::block(const QString &jid)
{
    if (m_contacts)
        m_contacts->block(Jid::parse(jid), [this](const Status &s) {
            report(s);
            Q_EMIT currentChanged();
        });
}

void ContactsController::unblock(const QString &jid)
{
    if (m_contacts)
        m_contacts->unblock(Jid::parse(jid), [this](const Status &s) {
            report(s);
            Q_EMIT currentChanged();
        });
}

QString ContactsController::setNickname(const QString &nickname)
{
    if (!m_profile)
        return tr("Sign in to edit your profile.");
    const Status s = m_profile->setNickname(nickname);
    report(s);
    return s ? QString() : s.error().message;
}

QString ContactsController::setStatusText(const QString &text)
{
    if (!m_profile)
        return tr("Sign in to edit your profile.");
    const Status s = m_profile->setStatusText(text);
    report(s);
    return s ? QString() : s.error().message;
}

QSize ContactsController::imageSize(const QUrl &file) const
{
    QImageReader reader(file.isLocalFile() ? file.toLocalFile() : file.toString());
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (!size.isValid()) {
        const QImage image = reader.read();
        size = image.size();
    }
    return size;
}

QString ContactsController::setAvatarFromFile(const QUrl &file, int x, int y, int side)
{
    if (!m_profile)
        return tr("Sign in to edit your profile.");
    QImageReader reader(file.isLocalFile() ? file.toLocalFile() : file.toString());
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return tr("This picture could not be opened: %1").arg(reader.errorString());
    const Status s = m_profile->setAvatar(image, QRect(x, y, side, side));
    report(s, tr("Your picture was changed."));
    Q_EMIT profileChanged();
    return s ? QString() : s.error().message;
}

QString ContactsController::saveMyQrCode(const QUrl &file)
{
    const QImage image = myQrImage(1024);
    if (image.isNull())
        return tr("Sign in to get your QR code.");
    QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!path.endsWith(u".png", Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    if (!image.save(path, "PNG")) {
        const QString error = tr("The QR code could not be saved to %1.").arg(path);
        setMessage(error);
        return error;
    }
    setMessage(tr("QR code saved to %1.").arg(path));
    return {};
}

bool ContactsController::copyMyQrCode()
{
    const QImage image = myQrImage(512);
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (image.isNull() || !clipboard)
        return false;
    clipboard->setImage(image);
    setMessage(tr("QR code copied."));
    return true;
}

} // namespace teahouse::ui
