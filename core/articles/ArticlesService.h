#pragma once

#include "articles/ArticleStore.h"
#include "articles/PubSubClient.h"
#include "base/Jid.h"
#include "base/Result.h"
#include "storage/MediaStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace teahouse::xmpp {
class IqTracker;
class StanzaChannel;
} // namespace teahouse::xmpp

namespace teahouse::articles {

class FeedFetcher;

// Official accounts for one signed-in account: the directory of the pubsub service (nodes and
// their metadata), following and unfollowing, new articles as they are published, plain
// Atom/RSS feeds refreshed periodically, and the offline cache (articles and their images in
// the encrypted store). The UI reads the store through it and is told what changed.
class ArticlesService : public QObject
{
    Q_OBJECT
public:
    // Items fetched per node when following or catching up after a sign-in.
    static constexpr int kItemsPerNode = 20;
    static constexpr qint64 kMaxImageSize = 8 * 1024 * 1024;

    ArticlesService(storage::Database &db, QString mediaDirectory, QObject *parent = nullptr);
    ~ArticlesService() override;

    [[nodiscard]] Status open();
    [[nodiscard]] ArticleStore &store() { return m_store; }

    void setService(const Jid &service);
    [[nodiscard]] Jid service() const { return m_service; }
    // A new session's channel and tracker (null to unbind); catches up with followed nodes.
    void bind(xmpp::StanzaChannel *channel, xmpp::IqTracker *iq);
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    // The server certificate the user pinned at sign-in (images on its upload host).
    void setPinnedFingerprints(const QStringList &fingerprints);
    // Hosts whose images are cached besides the article's own origin (the upload service).
    // Images from anywhere else are neither fetched nor shown: they would be trackers.
    void setTrustedImageHosts(const QStringList &hosts) { m_trustedHosts = hosts; }
    [[nodiscard]] bool mayLoadImage(const Article &article, const QUrl &image) const;
    // How often followed feeds are fetched again (0 = never by itself).
    void setFeedRefreshInterval(int ms);

    // disco#items of the service, then each node's metadata and newest item (for its avatar).
    void refreshDirectory(std::function<void(Status)> done = {});
    void follow(const QString &accountId, std::function<void(Status)> done = {});
    void unfollow(const QString &accountId, std::function<void(Status)> done = {});
    // Follows an Atom/RSS feed by its address; done gets the account's id.
    void followFeed(const QUrl &url, std::function<void(Result<QString>)> done = {});
    void refreshFeed(const QString &accountId, std::function<void(Status)> done = {});
    void refreshAllFeeds();
    // The newest items of a followed node (after a sign-in, or to fill an account page).
    void fetchItems(const QString &accountId, std::function<void(Status)> done = {});

    // Likes the article (or takes the like back) and tells its publisher's like counter, whose
    // figure is then stored (likesChanged). Feeds and entries without a counter stay local.
    void setLiked(qint64 articleId, bool liked, std::function<void(Status)> done = {});
    // Asks the publisher's counter for the article's figure.
    void refreshLikes(qint64 articleId, std::function<void(Status)> done = {});
    // The counter an article's likes go to: its entry's <counter/>, accepted only on the
    // pubsub service's own domain (or the domain it is a subdomain of), so a publisher cannot
    // make readers tell somebody else what they like. A full JID (a bare one gets the
    // "provider" resource). Invalid when none.
    [[nodiscard]] Jid likesCounter(const Article &article);

    // The account's picture (its feed icon or node avatar), once cached.
    [[nodiscard]] Result<QByteArray> avatarImage(const QString &accountId,
                                                 QString *mimeType = nullptr);
    // Caches an image that is not an article's (a shared card's cover), if its host is trusted.
    void cacheTrustedImage(const QUrl &url);

    // The cached bytes of an image, if it is cached.
    [[nodiscard]] Result<QByteArray> cachedImage(const QUrl &url, QString *mimeType = nullptr);
    [[nodiscard]] bool isImageCached(const QUrl &url);
    // Downloads what is not cached yet of the article's images (cover included).
    void cacheImages(qint64 articleId);

Q_SIGNALS:
    void accountsChanged();
    void articlesChanged(const QString &accountId);
    // A new article of a followed account arrived while online (not on a catch-up fetch).
    void articleArrived(const teahouse::articles::Article &article);
    void imageCached(const QUrl &url);
    void likesChanged(qint64 articleId);
    void directoryRefreshed();

private:
    void onItemPublished(const QString &node, const QString &itemId, const xmpp::Element &payload);
    void onItemRetracted(const QString &node, const QString &itemId);
    // Stores a node item; returns the saved article when it is new.
    std::optional<Article> storeItem(const QString &accountId, const QString &itemId,
                                     const xmpp::Element &payload);
    void catchUp();
    void downloadImage(const QUrl &url);
    // Fetches the account's picture into the cache (once).
    void cacheAvatar(const OfficialAccount &account);

    ArticleStore m_store;
    storage::Database &m_db;
    QString m_mediaDirectory;
    std::optional<storage::MediaStore> m_media;
    Jid m_service;
    QPointer<xmpp::StanzaChannel> m_channel;
    xmpp::IqTracker *m_iq = nullptr;
    std::unique_ptr<PubSubClient> m_pubsub;
    FeedFetcher *m_fetcher;
    QTimer m_feedTimer;
    QSet<QUrl> m_downloading;
    QSet<QUrl> m_avatars; // pictures being fetched: accountsChanged when one arrives
    QStringList m_trustedHosts;
};

} // namespace teahouse::articles
