#pragma once

#include "ContactListModel.h"
#include "FriendRequestModel.h"
#include "TagListModel.h"
#include "base/Jid.h"
#include "base/Result.h"
#include "contacts/PinyinCollator.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace teahouse::contacts {
class ContactsService;
struct Contact;
} // namespace teahouse::contacts
namespace teahouse::profile {
class ProfileService;
}

namespace teahouse::ui {

// What the Contacts screens see (features.contacts): the contact list, "New friends", tags,
// the contact card, adding friends (by address, pasted xmpp: link, scanned code), and "Me"
// (nickname, picture, status, my QR code). Works without an account: empty and not ready.
class ContactsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app's contacts feature")

    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(QString account READ account NOTIFY readyChanged)
    Q_PROPERTY(teahouse::ui::ContactListModel *contacts READ contacts CONSTANT)
    Q_PROPERTY(teahouse::ui::FriendRequestModel *requests READ requests CONSTANT)
    Q_PROPERTY(teahouse::ui::TagListModel *tags READ tags CONSTANT)
    Q_PROPERTY(int pendingRequests READ pendingRequests NOTIFY requestsChanged)
    // The right pane: "", "contact", "newFriends", "addFriend", "tags", "groups", "me", "myQr".
    Q_PROPERTY(QString page READ page WRITE showPage NOTIFY pageChanged)
    Q_PROPERTY(QString currentJid READ currentJid NOTIFY pageChanged)
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    // Pre-filled "add friend" form (from a link or a scanned code).
    Q_PROPERTY(QString draftAddress READ draftAddress NOTIFY draftChanged)
    Q_PROPERTY(QString draftRemark READ draftRemark NOTIFY draftChanged)
    Q_PROPERTY(QString nickname READ nickname NOTIFY profileChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY profileChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY profileChanged)
    Q_PROPERTY(QString myAvatar READ myAvatar NOTIFY profileChanged)
    Q_PROPERTY(QString myUri READ myUri NOTIFY profileChanged)
    Q_PROPERTY(QString myQrCode READ myQrCode NOTIFY profileChanged)
    Q_PROPERTY(QStringList blocked READ blocked NOTIFY blockedChanged)
    // The last thing that went wrong or was done, in words for the user ("" when none).
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit ContactsController(QObject *parent = nullptr);
    ~ContactsController() override;

    // The account's services (null, null: no account).
    void setServices(contacts::ContactsService *contacts, profile::ProfileService *profile);

    [[nodiscard]] bool ready() const { return !m_contacts.isNull(); }
    [[nodiscard]] QString account() const;
    [[nodiscard]] ContactListModel *contacts() const { return m_contactModel; }
    [[nodiscard]] FriendRequestModel *requests() const { return m_requestModel; }
    [[nodiscard]] TagListModel *tags() const { return m_tagModel; }
    [[nodiscard]] int pendingRequests() const;
    [[nodiscard]] QString page() const { return m_page; }
    [[nodiscard]] QString currentJid() const { return m_currentJid; }
    [[nodiscard]] QVariantMap current() const;
    [[nodiscard]] QString draftAddress() const { return m_draftAddress; }
    [[nodiscard]] QString draftRemark() const { return m_draftRemark; }
    [[nodiscard]] QString nickname() const;
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString myAvatar() const;
    [[nodiscard]] QString myUri() const;
    [[nodiscard]] QString myQrCode() const;
    [[nodiscard]] QStringList blocked() const;
    [[nodiscard]] QString message() const { return m_message; }

    Q_INVOKABLE void showPage(const QString &page);
    Q_INVOKABLE void showContact(const QString &jid);
    Q_INVOKABLE void clearMessage();

    // Sends a friend request; returns "" or what went wrong.
    Q_INVOKABLE QString addFriend(const QString &address, const QString &greeting,
                                  const QString &remark = {}, const QString &tags = {});
    // An xmpp: link (typed, pasted, scanned, clicked): opens the "add friend" form filled in
    // with its address and name (the user writes the greeting and confirms). False, with a
    // message, when it is not a link to a person.
    Q_INVOKABLE bool addFriendFromUri(const QString &uri);
    Q_INVOKABLE QString accept(const QString &jid, const QString &remark = {});
    Q_INVOKABLE QString decline(const QString &jid);
    Q_INVOKABLE void forgetRequest(const QString &jid);

    Q_INVOKABLE void setRemark(const QString &jid, const QString &remark);
    // Comma- (or 、/，-) separated.
    Q_INVOKABLE void setTags(const QString &jid, const QString &tags);
    Q_INVOKABLE void setStarred(const QString &jid, bool starred);
    Q_INVOKABLE void removeContact(const QString &jid);
    Q_INVOKABLE void block(const QString &jid);
    Q_INVOKABLE void unblock(const QString &jid);
    [[nodiscard]] Q_INVOKABLE QString contactQrCode(const QString &jid) const;
    [[nodiscard]] Q_INVOKABLE QString avatarFor(const QString &jid) const;

    Q_INVOKABLE QString setNickname(const QString &nickname);
    Q_INVOKABLE QString setStatusText(const QString &text);
    // Pixel size of a picture file (for the crop view); invalid if unreadable.
    [[nodiscard]] Q_INVOKABLE QSize imageSize(const QUrl &file) const;
    // Crop square in the picture's pixels.
    Q_INVOKABLE QString setAvatarFromFile(const QUrl &file, int x, int y, int side);
    Q_INVOKABLE QString saveMyQrCode(const QUrl &file);
    Q_INVOKABLE bool copyMyQrCode();

    [[nodiscard]] QImage myQrImage(int side = 512) const;
    [[nodiscard]] static QStringList splitTags(const QString &text);
    [[nodiscard]] static QString dataUrl(const QByteArray &bytes, const QString &mimeType);

Q_SIGNALS:
    void readyChanged();
    void requestsChanged();
    void pageChanged();
    void currentChanged();
    void draftChanged();
    void profileChanged();
    void blockedChanged();
    void messageChanged();
    // The Contacts section should come to the front (a link or another feature asked).
    void attentionRequested();

private:
    void reloadContacts();
    void reloadRequests();
    void reloadTags();
    void onContactChanged(const Jid &jid);
    void setMessage(const QString &message);
    void report(const Status &status, const QString &done = {});
    [[nodiscard]] QString contactAvatar(const contacts::Contact &contact) const;

    contacts::PinyinCollator m_collator;
    ContactListModel *m_contactModel;
    FriendRequestModel *m_requestModel;
    TagListModel *m_tagModel;
    QPointer<contacts::ContactsService> m_contacts;
    QPointer<profile::ProfileService> m_profile;
    QList<QMetaObject::Connection> m_connections;
    mutable QHash<QString, QString> m_avatarCache; // avatar id -> data: URL
    mutable QString m_qrCache;
    mutable QString m_qrCacheUri;
    QString m_page;
    QString m_currentJid;
    QString m_draftAddress;
    QString m_draftRemark;
    QString m_draftToken;
    QString m_message;
};

} // namespace teahouse::ui
