#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "moments/MomentsPost.h"
#include "xmpp/RosterItem.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <memory>
#include <optional>

namespace teahouse::account {
class AccountSession;
}
namespace teahouse::storage {
class Database;
}
namespace teahouse::xmpp {
class DiscoManager;
class IqTracker;
class StanzaChannel;
} // namespace teahouse::xmpp

namespace teahouse::moments {

class MomentsServicePrivate;

// The account's Moments: publishes my posts (XEP-0277 on PEP, images through XEP-0363) to the
// node whose access model matches the chosen audience, reads my friends' microblogs into the
// encrypted cache (posts, images, comments, likes), follows pubsub notifications live and
// counts the likes and comments on my posts I have not looked at yet. Everything read is
// kept, so the feed opens offline.
class MomentsService : public QObject
{
    Q_OBJECT
public:
    struct NewImage
    {
        QByteArray data;
        QString name;
        QString mimeType;
    };
    static constexpr int kMaxImages = 9;
    static constexpr int kThumbnailSize = 360;

    // The account's Moments in session.database() and its media folder; binds to every new
    // stream of the session.
    explicit MomentsService(account::AccountSession &session, QObject *parent = nullptr);
    // Tests and benchmarks: a database and a media folder of their own; bind with bindChannel.
    MomentsService(const Jid &account, storage::Database &db, const QString &mediaDirectory,
                   QObject *parent = nullptr);
    ~MomentsService() override;

    [[nodiscard]] bool isReady() const;
    [[nodiscard]] QString errorMessage() const;
    [[nodiscard]] Jid account() const;

    // disco (optional) gets the +notify feature so the server pushes friends' posts to us.
    void bindChannel(xmpp::StanzaChannel *channel, xmpp::IqTracker *iq,
                     const QList<QSslCertificate> &caCertificates,
                     xmpp::DiscoManager *disco = nullptr);
    // Friends and their tags (roster groups): whose feeds to read, who is in an audience.
    void setRoster(const QList<xmpp::RosterItem> &roster);
    [[nodiscard]] QList<xmpp::RosterItem> roster() const;
    void setOwnName(const QString &name);

    // A new post (text and up to 9 images) for this audience: cached at once (state Sending),
    // images uploaded with uploadProgress, then published; postChanged follows each step.
    Result<qint64> publishPost(const QString &text, const QList<NewImage> &images,
                               Audience audience, const QStringList &tags);
    // Publishes again a post whose sending failed.
    void retryPost(qint64 postId);
    // Removes my post: retracts it (all friends) or deletes its node (restricted) and its
    // comments node; gone from the cache at once.
    Status deletePost(qint64 postId);
    void setLiked(qint64 postId, bool liked);
    // A comment on a post; replyTo = the comment answered (0 for none).
    Status addComment(qint64 postId, const QString &text, qint64 replyToCommentId = 0);
    Status deleteComment(qint64 commentId);

    // Reads my and my friends' microblogs (and comments) from their servers.
    void refresh();
    // One person's microblog.
    void refreshContact(const QString &jid);
    [[nodiscard]] bool isRefreshing() const;

    [[nodiscard]] QList<MomentsPost> page(qint64 beforeMs, qint64 beforeId, int limit,
                                          const QString &owner = {}) const;
    [[nodiscard]] std::optional<MomentsPost> post(qint64 postId) const;
    [[nodiscard]] std::optional<MomentsPost> postByItem(const QString &owner,
                                                        const QString &itemId) const;
    [[nodiscard]] QList<MomentsComment> interactions(int limit = 100) const;
    [[nodiscard]] int unseenInteractions() const;
    void markInteractionsSeen();
    [[nodiscard]] Result<QByteArray> media(const QString &mediaId) const;

Q_SIGNALS:
    void postAdded(qint64 postId);
    void postChanged(qint64 postId);
    void postRemoved(qint64 postId);
    void uploadProgress(qint64 postId, qint64 done, qint64 total);
    void unseenInteractionsChanged(int count);
    // A like or comment by someone else on my post arrived live.
    void interactionReceived(const QString &authorName, const QString &text, bool like);
    void refreshingChanged(bool refreshing);
    void errorOccurred(const QString &message);

private:
    friend class MomentsServicePrivate;
    std::unique_ptr<MomentsServicePrivate> d;
};

} // namespace teahouse::moments
