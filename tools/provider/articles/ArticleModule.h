#pragma once

#include "ArticleSource.h"
#include "ProviderModule.h"
#include "base/Jid.h"
#include "xmpp/Element.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>

namespace teahouse::xmpp {
class UploadManager;
}

namespace teahouse::provider {

// Publishes official accounts (XEP-0060): one node per account on the pubsub service, created
// and configured with its title and description (pubsub#meta-data is what clients browse),
// each article an Atom entry (RFC 4287) whose <source> carries the account's title and icon.
// Images are uploaded with XEP-0363 and referenced by their https address. Content comes from
// a folder (ArticleSource); files under later/ are published one per interval, so followers
// see new articles arrive (one at a time, each once). Node creation needs the account to be a
// server admin on Prosody.
//
// Configuration ("articles" section): {"service": "pubsub.<domain>", "content": DIR,
// "interval": seconds (0 = no schedule), "accounts": [node names] (default: every folder),
// "followers": {"<node>": [JIDs]} subscribed by the owner (XEP-0060 §8.8.2; the demo's
// reader follows some accounts from the start)}.
class ArticleModule : public ProviderModule
{
    Q_OBJECT
public:
    static constexpr QStringView kPubSubNs = u"http://jabber.org/protocol/pubsub";
    static constexpr QStringView kOwnerNs = u"http://jabber.org/protocol/pubsub#owner";
    static constexpr QStringView kAtomNs = u"http://www.w3.org/2005/Atom";

    ArticleModule();
    ~ArticleModule() override;

    [[nodiscard]] QString name() const override { return QStringLiteral("articles"); }
    [[nodiscard]] Status attach(ProviderAccount &account, const ModuleContext &context) override;

    [[nodiscard]] Jid service() const { return m_service; }
    [[nodiscard]] const QList<ArticleSource> &sources() const { return m_sources; }
    [[nodiscard]] bool isReady() const { return m_ready; }

    // Creates (or reconfigures) an account's node.
    void ensureNode(const ArticleSource &source, std::function<void(Status)> done);
    // Uploads the post's images and publishes it as an Atom entry under itemId.
    void publish(const ArticleSource &source, const ArticleSource::Post &post,
                 const QString &itemId, std::function<void(Status)> done);
    // The next scheduled post (through later/ of every account, once).
    void publishNext();

    // The Atom entry for a post whose images are already at these addresses; likesJid (the
    // account counting likes, LikeProtocol.h) goes in as <counter/> when given.
    [[nodiscard]] static xmpp::Element entry(const ArticleSource &source,
                                             const ArticleSource::Post &post, const QString &itemId,
                                             const QString &html, const QUrl &cover,
                                             const QUrl &icon, const QString &likesJid = {});

    // Readers' likes of an article (node, item): how many, and whether this reader is one.
    [[nodiscard]] int likeCount(const QString &node, const QString &item) const;

Q_SIGNALS:
    // Every account's node exists and its articles are published.
    void ready();
    void published(const QString &node, const QString &itemId);

private:
    void start();
    void runQueue();
    void uploadFile(const QString &path, std::function<void(QUrl)> done);
    void subscribeFollowers(const QString &node, std::function<void()> done);
    void configureNode(const ArticleSource &source, std::function<void(Status)> done);
    [[nodiscard]] xmpp::Element nodeConfig(const ArticleSource &source) const;
    // <like/> (set) and <likes/> (get) from readers: one like per reader and article, kept in
    // the data directory's likes.json.
    bool onLikeRequest(const xmpp::Element &iq);
    void saveLikes() const;
    // The JID readers send likes to (LikeProtocol.h's <counter/>).
    [[nodiscard]] QString counterJid() const;

    ProviderAccount *m_account = nullptr;
    Jid m_service;
    QList<ArticleSource> m_sources;
    QJsonObject m_followers;
    xmpp::UploadManager *m_upload = nullptr;
    bool m_uploadReady = false;
    bool m_started = false;
    bool m_ready = false;
    QHash<QString, QUrl> m_uploaded; // local file -> its https address
    QList<std::function<void(std::function<void()>)>> m_queue;
    bool m_running = false;
    QTimer m_schedule;
    int m_nextLater = 0;
    QString m_likesFile;
    QHash<QString, QStringList> m_likes; // "node/item" -> bare JIDs of the readers who like it
};

} // namespace teahouse::provider
