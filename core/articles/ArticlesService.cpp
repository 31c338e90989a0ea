#include "articles/ArticlesService.h"

#include "articles/ArticlesLogging.h"
#include "articles/FeedFetcher.h"
#include "articles/FeedParser.h"
#include "articles/HtmlSanitizer.h"
#include "articles/LikeProtocol.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"

#include <memory>

namespace teahouse::articles {

namespace {

constexpr QStringView kAtomNs = u"http://www.w3.org/2005/Atom";

void finish(const std::function<void(Status)> &done, Status s)
{
    if (done)
        done(std::move(s));
}

} // namespace

ArticlesService::ArticlesService(storage::Database &db, QString mediaDirectory, QObject *parent)
    : QObject(parent)
    , m_store(db)
    , m_db(db)
    , m_mediaDirectory(std::move(mediaDirectory))
    , m_fetcher(new FeedFetcher(this))
{
    connect(&m_feedTimer, &QTimer::timeout, this, &ArticlesService::refreshAllFeeds);
}

ArticlesService::~ArticlesService() = default;

Status ArticlesService::open()
{
    if (Status s = m_store.open(); !s.ok())
        return s;
    auto media = storage::MediaStore::open(m_db, m_mediaDirectory);
    if (!media.ok())
        return media.error();
    m_media.emplace(std::move(media.value()));
    return {};
}

void ArticlesService::setService(const Jid &service)
{
    m_service = service;
    if (m_pubsub)
        m_pubsub->setService(service);
}

void ArticlesService::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_fetcher->setCaCertificates(certificates);
}

void ArticlesService::setPinnedFingerprints(const QStringList &fingerprints)
{
    m_fetcher->setPinnedFingerprints(fingerprints);
}

void ArticlesService::setFeedRefreshInterval(int ms)
{
    m_feedTimer.stop();
    if (ms > 0)
        m_feedTimer.start(ms);
}

void ArticlesService::bind(xmpp::StanzaChannel *channel, xmpp::IqTracker *iq)
{
    m_pubsub.reset();
    if (m_channel)
        disconnect(m_channel, nullptr, this, nullptr);
    m_channel = channel;
    m_iq = iq;
    if (!channel || !iq)
        return;
    m_pubsub = std::make_unique<PubSubClient>(channel, iq);
    m_pubsub->setService(m_service);
    connect(m_pubsub.get(), &PubSubClient::itemPublished, this, &ArticlesService::onItemPublished);
    connect(m_pubsub.get(), &PubSubClient::itemRetracted, this, &ArticlesService::onItemRetracted);
    connect(channel, &xmpp::StanzaChannel::sessionStarted, this, [this](bool resumed) {
        if (!resumed)
            catchUp();
    });
    if (channel->isOnline())
        catchUp();
}

void ArticlesService::catchUp()
{
    refreshAllFeeds();
    if (!m_pubsub || !m_service.isValid())
        return;
    // The service knows what this account follows (another device, or a publisher that
    // subscribed us): take that, then fetch what is new on each followed node.
    m_pubsub->subscriptions(this, [this](Result<QStringList> nodes) {
        auto accounts = m_store.accounts();
        if (!accounts.ok())
            return;
        if (nodes.ok()) {
            for (const OfficialAccount &a : accounts.value()) {
                if (a.kind == OfficialAccount::Kind::PubSub && a.service == m_service &&
                    a.followed != nodes->contains(a.node))
                    (void)m_store.setFollowed(a.id, nodes->contains(a.node));
            }
            for (const QString &node : nodes.value()) {
                OfficialAccount a;
                a.id = OfficialAccount::pubSubId(m_service, node);
                a.service = m_service;
                a.node = node;
                (void)m_store.saveAccount(a);
                (void)m_store.setFollowed(a.id, true);
            }
        }
        Q_EMIT accountsChanged();
        refreshDirectory([this](Status) {
            auto followed = m_store.accounts();
            if (!followed.ok())
                return;
            for (const OfficialAccount &a : followed.value()) {
                if (a.followed && a.kind == OfficialAccount::Kind::PubSub)
                    fetchItems(a.id);
            }
        });
    });
}

void ArticlesService::refreshDirectory(std::function<void(Status)> done)
{
    if (!m_pubsub || !m_service.isValid())
        return finish(done, Error::make(Error::Code::Network, tr("Not connected.")));
    m_pubsub->listNodes(this, [this, done](Result<QList<xmpp::DiscoItem>> nodes) {
        if (!nodes.ok())
            return finish(done, nodes.error());
        auto pending = std::make_shared<int>(0);
        for (const xmpp::DiscoItem &item : nodes.value()) {
            if (item.node.isEmpty() || !m_pubsub)
                continue;
            OfficialAccount account;
            account.id = OfficialAccount::pubSubId(m_service, item.node);
            account.kind = OfficialAccount::Kind::PubSub;
            account.service = m_service;
            account.node = item.node;
            account.title = item.name;
            (void)m_store.saveAccount(account);
            ++*pending;
            const QString node = item.node;
            m_pubsub->nodeMeta(
                node, this,
                [this, account, node, pending, done](Result<PubSubClient::NodeMeta> meta) mutable {
                    if (meta.ok()) {
                        if (!meta->title.isEmpty())
                            account.title = meta->title;
                        account.description = meta->description;
                        (void)m_store.saveAccount(account);
                    }
                    if (!m_pubsub) {
                        if (--*pending == 0)
                            finish(done, {});
                        return;
                    }
                    // The newest item carries the account's icon in its Atom <source>.
                    m_pubsub->items(node, 1, this,
                                    [this, account, pending,
                                     done](Result<QList<PubSubClient::Item>> items) mutable {
                                        if (items.ok() && !items->isEmpty()) {
                                            const auto entry = FeedParser::parseAtomEntry(
                                                items->first().payload.toXml(), QUrl());
                                            if (entry.ok() && entry->sourceIcon.isValid()) {
                                                account.avatar = entry->sourceIcon;
                                                (void)m_store.saveAccount(account);
                                                cacheAvatar(account);
                                            }
                                        }
                                        if (--*pending == 0) {
                                            Q_EMIT accountsChanged();
                                            Q_EMIT directoryRefreshed();
                                            finish(done, {});
                                        }
                                    });
                });
        }
        if (*pending == 0) {
            Q_EMIT accountsChanged();
            Q_EMIT directoryRefreshed();
            finish(done, {});
        }
    });
}

void ArticlesService::follow(const QString &accountId, std::function<void(Status)> done)
{
    auto account = m_store.account(accountId);
    if (!account.ok())
        return finish(done, account.error());
    if (!account->has_value())
        return finish(done, Error::make(Error::Code::NotFound, tr("No such official account.")));
    const OfficialAccount a = **account;
    if (a.kind == OfficialAccount::Kind::Feed) {
        (void)m_store.setFollowed(accountId, true);
        Q_EMIT accountsChanged();
        return refreshFeed(accountId, done);
    }
    if (!m_pubsub)
        return finish(done, Error::make(Error::Code::Network, tr("Not connected.")));
    m_pubsub->subscribe(a.node, this, [this, accountId, done](Status s) {
        if (!s.ok()) {
            qCWarning(lcArticles) << "subscribe failed:" << s.error().message;
            return finish(done, s);
        }
        (void)m_store.setFollowed(accountId, true);
        Q_EMIT accountsChanged();
        fetchItems(accountId, done);
    });
}

void ArticlesService::unfollow(const QString &accountId, std::function<void(Status)> done)
{
    auto account = m_store.account(accountId);
    if (!account.ok())
        return finish(done, account.error());
    if (!account->has_value())
        return finish(done, Error::make(Error::Code::NotFound, tr("No such official account.")));
    const OfficialAccount a = **account;
    auto local = [this, accountId, done] {
        Status s = m_store.setFollowed(accountId, false);
        Q_EMIT accountsChanged();
        Q_EMIT articlesChanged(QString());
        finish(done, s);
    };
    if (a.kind == OfficialAccount::Kind::Feed)
        return local();
    if (!m_pubsub)
        return finish(done, Error::make(Error::Code::Network, tr("Not connected.")));
    m_pubsub->unsubscribe(a.node, this, [local, done](Status s) {
        if (!s.ok())
            return finish(done, s);
        local();
    });
}

std::optional<Article> ArticlesService::storeItem(const QString &accountId, const QString &itemId,
                                                  const xmpp::Element &payload)
{
    if (!payload.is(u"entry", kAtomNs)) {
        qCInfo(lcArticles) << "item" << itemId << "of" << accountId << "is not an Atom entry";
        return std::nullopt;
    }
    auto entry = FeedParser::parseAtomEntry(payload.toXml(), QUrl());
    if (!entry.ok()) {
        qCInfo(lcArticles) << "item" << itemId << "unreadable:" << entry.error().message;
        return std::nullopt;
    }
    entry->id = itemId.isEmpty() ? entry->id : itemId;
    // The entry's <source> names the account and carries its icon: what an account followed
    // from a link (never browsed) learns its name and picture from.
    if (entry->sourceIcon.isValid() || !entry->sourceTitle.isEmpty()) {
        auto account = m_store.account(accountId);
        if (account.ok() && account->has_value() &&
            ((*account)->avatar.isEmpty() || (*account)->title.isEmpty())) {
            OfficialAccount a = **account;
            if (a.avatar.isEmpty())
                a.avatar = entry->sourceIcon;
            if (a.title.isEmpty())
                a.title = entry->sourceTitle;
            (void)m_store.saveAccount(a);
            cacheAvatar(a);
        }
    }
    auto saved = m_store.saveEntry(accountId, entry.value(), QUrl());
    if (!saved.ok()) {
        qCWarning(lcArticles) << "could not store an article:" << saved.error().message;
        return std::nullopt;
    }
    cacheImages(saved->id);
    if (!saved->added)
        return std::nullopt;
    auto article = m_store.article(saved->id);
    if (!article.ok() || !article->has_value())
        return std::nullopt;
    return **article;
}

void ArticlesService::onItemPublished(const QString &node, const QString &itemId,
                                      const xmpp::Element &payload)
{
    const QString accountId = OfficialAccount::pubSubId(m_service, node);
    auto account = m_store.account(accountId);
    // A notification for an account we do not follow (a subscription left over on the
    // service) is not shown.
    if (!account.ok() || !account->has_value() || !(*account)->followed)
        return;
    if (auto article = storeItem(accountId, itemId, payload)) {
        Q_EMIT articlesChanged(accountId);
        Q_EMIT accountsChanged();
        Q_EMIT articleArrived(*article);
    }
}

void ArticlesService::onItemRetracted(const QString &node, const QString &itemId)
{
    const QString accountId = OfficialAccount::pubSubId(m_service, node);
    if (m_store.removeEntry(accountId, itemId).ok()) {
        Q_EMIT articlesChanged(accountId);
        Q_EMIT accountsChanged();
    }
}

void ArticlesService::fetchItems(const QString &accountId, std::function<void(Status)> done)
{
    auto account = m_store.account(accountId);
    if (!account.ok())
        return finish(done, account.error());
    if (!account->has_value())
        return finish(done, Error::make(Error::Code::NotFound, tr("No such official account.")));
    if ((*account)->kind == OfficialAccount::Kind::Feed)
        return refreshFeed(accountId, done);
    if (!m_pubsub)
        return finish(done, Error::make(Error::Code::Network, tr("Not connected.")));
    m_pubsub->items((*account)->node, kItemsPerNode, this,
                    [this, accountId, done](Result<QList<PubSubClient::Item>> items) {
                        if (!items.ok())
                            return finish(done, items.error());
                        for (const auto &item : items.value())
                            storeItem(accountId, item.id, item.payload);
                        Q_EMIT articlesChanged(accountId);
                        Q_EMIT accountsChanged();
                        finish(done, {});
                    });
}

void ArticlesService::followFeed(const QUrl &url, std::function<void(Result<QString>)> done)
{
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        if (done)
            done(Error::make(Error::Code::InvalidArgument,
                             tr("Enter a feed address starting with https:// or http://.")));
        return;
    }
    OfficialAccount account;
    account.id = url.toString(QUrl::FullyEncoded);
    account.kind = OfficialAccount::Kind::Feed;
    account.feedUrl = url;
    account.title = url.host();
    if (Status s = m_store.saveAccount(account); !s.ok()) {
        if (done)
            done(s.error());
        return;
    }
    (void)m_store.setFollowed(account.id, true);
    Q_EMIT accountsChanged();
    refreshFeed(account.id, [done, id = account.id](Status s) {
        if (!done)
            return;
        if (s.ok())
            done(id);
        else
            done(s.error());
    });
}

void ArticlesService::refreshFeed(const QString &accountId, std::function<void(Status)> done)
{
    auto account = m_store.account(accountId);
    if (!account.ok())
        return finish(done, account.error());
    if (!account->has_value() || (*account)->kind != OfficialAccount::Kind::Feed)
        return finish(done, Error::make(Error::Code::NotFound, tr("No such feed.")));
    const OfficialAccount a = **account;
    m_fetcher->fetch(a.feedUrl, a.etag, a.lastModified, this,
                     [this, a, done](Result<FeedFetcher::Response> response) {
                         if (!response.ok()) {
                             qCInfo(lcArticles) << "feed" << a.feedUrl
                                                << "not fetched:" << response.error().message;
                             return finish(done, response.error());
                         }
                         if (response->notModified) {
                             // 304: what we have is current; the validators stay as they were.
                             (void)m_store.setFetchState(a.id, a.etag, a.lastModified);
                             return finish(done, {});
                         }
                         auto feed = FeedParser::parse(response->body, response->url);
                         if (!feed.ok())
                             return finish(done, feed.error());
                         OfficialAccount updated = a;
                         updated.title = feed->title.isEmpty() ? a.title : feed->title;
                         updated.description = feed->description;
                         if (feed->icon.isValid())
                             updated.avatar = feed->icon;
                         (void)m_store.saveAccount(updated);
                         cacheAvatar(updated);
                         for (const FeedEntry &entry : feed->entries) {
                             auto saved = m_store.saveEntry(a.id, entry, response->url);
                             if (saved.ok())
                                 cacheImages(saved->id);
                         }
                         (void)m_store.setFetchState(a.id, response->etag, response->lastModified);
                         Q_EMIT articlesChanged(a.id);
                         Q_EMIT accountsChanged();
                         finish(done, {});
                     });
}

void ArticlesService::refreshAllFeeds()
{
    auto accounts = m_store.accounts();
    if (!accounts.ok())
        return;
    for (const OfficialAccount &a : accounts.value()) {
        if (a.followed && a.kind == OfficialAccount::Kind::Feed)
            refreshFeed(a.id);
    }
}

Result<QByteArray> ArticlesService::cachedImage(const QUrl &url, QString *mimeType)
{
    if (!m_media)
        return Error::make(Error::Code::NotFound, QStringLiteral("no media store"));
    auto image = m_store.image(url);
    if (!image.ok())
        return image.error();
    if (!image->has_value())
        return Error::make(Error::Code::NotFound, QStringLiteral("not cached"));
    if (mimeType)
        *mimeType = (*image)->mimeType;
    return m_media->get((*image)->mediaId);
}

bool ArticlesService::isImageCached(const QUrl &url)
{
    auto image = m_store.image(url);
    return image.ok() && image->has_value();
}

void ArticlesService::cacheImages(qint64 articleId)
{
    auto article = m_store.article(articleId);
    if (!article.ok() || !article->has_value())
        return;
    QList<QUrl> urls = HtmlSanitizer::sanitize((*article)->html).images;
    if ((*article)->cover.isValid() && !urls.contains((*article)->cover))
        urls.prepend((*article)->cover);
    for (const QUrl &url : urls) {
        if (mayLoadImage(**article, url) && !isImageCached(url))
            downloadImage(url);
    }
}

bool ArticlesService::mayLoadImage(const Article &article, const QUrl &image) const
{
    if (image.scheme() != u"https" && image.scheme() != u"http")
        return false;
    const QUrl &link = article.link;
    if (link.isValid() && link.scheme() == image.scheme() &&
        link.host().compare(image.host(), Qt::CaseInsensitive) == 0 &&
        link.port(-1) == image.port(-1))
        return true;
    return image.scheme() == u"https" && m_trustedHosts.contains(image.host().toLower());
}

void ArticlesService::downloadImage(const QUrl &url)
{
    if (!m_media || m_downloading.contains(url))
        return;
    m_downloading.insert(url);
    m_fetcher->fetch(url, {}, {}, this, [this, url](Result<FeedFetcher::Response> response) {
        m_downloading.remove(url);
        if (!response.ok() || response->notModified) {
            m_avatars.remove(url);
            return;
        }
        const QString type = response->contentType.section(u';', 0, 0).trimmed();
        if (!type.startsWith(u"image/") || response->body.size() > kMaxImageSize) {
            qCInfo(lcArticles) << "not caching" << url << "of type" << type;
            return;
        }
        auto id = m_media->put(response->body, url.fileName(), type);
        if (!id.ok())
            return;
        if (m_store.saveImage(url, id.value(), type).ok()) {
            Q_EMIT imageCached(url);
            if (m_avatars.remove(url))
                Q_EMIT accountsChanged();
        }
    });
}

void ArticlesService::cacheAvatar(const OfficialAccount &account)
{
    const QUrl &url = account.avatar;
    if (!url.isValid() || isImageCached(url) || m_downloading.contains(url))
        return;
    // A feed's own site may serve its icon; anything else only from a trusted host over https,
    // like article images (a picture URL is a tracker as much as an <img> is).
    bool allowed = url.scheme() == u"https" && m_trustedHosts.contains(url.host().toLower());
    if (!allowed && account.kind == OfficialAccount::Kind::Feed) {
        const QUrl &feed = account.feedUrl;
        allowed = (url.scheme() == u"https" || url.scheme() == u"http") &&
                  url.scheme() == feed.scheme() &&
                  url.host().compare(feed.host(), Qt::CaseInsensitive) == 0 &&
                  url.port(-1) == feed.port(-1);
    }
    if (!allowed)
        return;
    m_avatars.insert(url);
    downloadImage(url);
}

Result<QByteArray> ArticlesService::avatarImage(const QString &accountId, QString *mimeType)
{
    auto account = m_store.account(accountId);
    if (!account.ok())
        return account.error();
    if (!account->has_value() || !(*account)->avatar.isValid())
        return Error::make(Error::Code::NotFound, QStringLiteral("no picture"));
    return cachedImage((*account)->avatar, mimeType);
}

void ArticlesService::cacheTrustedImage(const QUrl &url)
{
    if (url.scheme() == u"https" && m_trustedHosts.contains(url.host().toLower()) &&
        !isImageCached(url))
        downloadImage(url);
}

Jid ArticlesService::likesCounter(const Article &article)
{
    const Jid counter = Jid::parse(article.likesJid);
    if (!counter.isValid() || !m_service.isValid())
        return {};
    const QString domain = counter.domain().toLower();
    const QString service = m_service.domain().toLower();
    if (domain != service && !service.endsWith(u'.' + domain))
        return {};
    // A bare JID means the publisher's "provider" resource (an IQ to a bare JID is the
    // server's to answer, not the account's), as with the payment service.
    return counter.resource().isEmpty() ? counter.withResource(QStringLiteral("provider"))
                                        : counter;
}

void ArticlesService::setLiked(qint64 articleId, bool liked, std::function<void(Status)> done)
{
    if (Status s = m_store.setLiked(articleId, liked); !s.ok())
        return finish(done, s);
    Q_EMIT likesChanged(articleId);
    auto article = m_store.article(articleId);
    if (!article.ok() || !article->has_value())
        return finish(done, {});
    const Jid counter = likesCounter(**article);
    auto account = m_store.account((*article)->accountId);
    if (!counter.isValid() || !account.ok() || !account->has_value() ||
        (*account)->kind != OfficialAccount::Kind::PubSub)
        return finish(done, {});
    if (!m_iq)
        return finish(done, Error::make(Error::Code::Network, tr("Not connected.")));
    m_iq->set(counter, likes::like((*account)->node, (*article)->itemId, liked), this,
              [this, articleId, done](const Result<xmpp::Element> &r) {
                  if (!r.ok()) {
                      qCInfo(lcArticles) << "like not counted:" << r.error().message;
                      return finish(done, r.error());
                  }
                  if (const int n = likes::countIn(r.value()); n >= 0) {
                      (void)m_store.setLikeCount(articleId, n);
                      Q_EMIT likesChanged(articleId);
                  }
                  finish(done, {});
              });
}

void ArticlesService::refreshLikes(qint64 articleId, std::function<void(Status)> done)
{
    auto article = m_store.article(articleId);
    if (!article.ok() || !article->has_value())
        return finish(done, Error::make(Error::Code::NotFound, tr("No such article.")));
    const Jid counter = likesCounter(**article);
    auto account = m_store.account((*article)->accountId);
    if (!counter.isValid() || !account.ok() || !account->has_value() || !m_iq)
        return finish(done, {});
    m_iq->get(counter, likes::query((*account)->node, (*article)->itemId), this,
              [this, articleId, done](const Result<xmpp::Element> &r) {
                  if (!r.ok())
                      return finish(done, r.error());
                  if (const int n = likes::countIn(r.value()); n >= 0) {
                      (void)m_store.setLikeCount(articleId, n);
                      Q_EMIT likesChanged(articleId);
                  }
                  finish(done, {});
              });
}

} // namespace teahouse::articles
