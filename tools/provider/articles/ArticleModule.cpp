#include "ArticleModule.h"

#include "Provider.h"
#include "ProviderAccount.h"
#include "articles/LikeProtocol.h"
#include "base/Logging.h"
#include "xmpp/DataForm.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"
#include "xmpp/UploadManager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QSslCertificate>

#ifndef TEAHOUSE_ARTICLE_CONTENT_DIR
#define TEAHOUSE_ARTICLE_CONTENT_DIR ""
#endif

namespace teahouse::provider {

using xmpp::Element;

ArticleModule::ArticleModule()
{
    connect(&m_schedule, &QTimer::timeout, this, &ArticleModule::publishNext);
}

ArticleModule::~ArticleModule() = default;

Status ArticleModule::attach(ProviderAccount &account, const ModuleContext &context)
{
    m_account = &account;
    const QJsonObject config = context.config; // the "articles" section
    m_service = Jid::parse(
        config.value(u"service").toString(QStringLiteral("pubsub.") + account.jid().domain()));
    QString content = config.value(u"content").toString();
    if (content.isEmpty())
        content = QStringLiteral(TEAHOUSE_ARTICLE_CONTENT_DIR);
    const QDir dir(content);
    if (content.isEmpty() || !dir.exists())
        return Error::make(Error::Code::NotFound,
                           QStringLiteral("articles: no content folder ") + content);
    QStringList nodes;
    for (const auto &v : config.value(u"accounts").toArray())
        nodes.append(v.toString());
    if (nodes.isEmpty())
        nodes = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &node : nodes) {
        auto source = ArticleSource::load(dir.filePath(node));
        if (!source.ok())
            return source.error();
        m_sources.append(source.value());
    }
    m_followers = config.value(u"followers").toObject();
    const int interval = config.value(u"interval").toInt(0);
    if (interval > 0)
        m_schedule.setInterval(interval * 1000);

    if (!context.dataDir.isEmpty()) {
        QDir().mkpath(context.dataDir);
        m_likesFile = QDir(context.dataDir).filePath(QStringLiteral("likes.json"));
        QFile saved(m_likesFile);
        if (saved.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(saved.readAll()).object();
            for (auto it = o.begin(); it != o.end(); ++it) {
                QStringList jids;
                for (const auto &v : it.value().toArray())
                    jids.append(v.toString());
                m_likes.insert(it.key(), jids);
            }
        }
    }
    account.iq()->registerHandler(QStringLiteral("like"), articles::likes::kNs.toString(), this,
                                  [this](const Element &iq) { return onLikeRequest(iq); });
    account.iq()->registerHandler(QStringLiteral("likes"), articles::likes::kNs.toString(), this,
                                  [this](const Element &iq) { return onLikeRequest(iq); });

    m_upload = new xmpp::UploadManager(account.iq(), this);
    if (context.provider && !context.provider->config().caFile.isEmpty())
        m_upload->setCaCertificates(QSslCertificate::fromPath(context.provider->config().caFile));
    connect(&account, &ProviderAccount::online, this, &ArticleModule::start);
    return {};
}

void ArticleModule::start()
{
    if (m_started)
        return;
    m_started = true;
    // Images go through the server's upload service; without one, articles go out without them.
    m_queue.append([this](std::function<void()> next) {
        m_upload->discoverService(m_account->jid().domain(), this, [this, next](Result<Jid> s) {
            m_uploadReady = s.ok();
            if (!s.ok())
                qCWarning(lcApp) << "articles: no upload service, images left out:"
                                 << s.error().message;
            next();
        });
    });
    for (int i = 0; i < m_sources.size(); ++i) {
        m_queue.append([this, i](std::function<void()> next) {
            ensureNode(m_sources[i], [this, i, next](Status s) {
                if (!s.ok())
                    qCWarning(lcApp) << "articles: node" << m_sources[i].node
                                     << "not created:" << s.error().message;
                subscribeFollowers(m_sources[i].node, next);
            });
        });
        for (int p = 0; p < m_sources[i].posts.size(); ++p) {
            m_queue.append([this, i, p](std::function<void()> next) {
                const auto &post = m_sources[i].posts[p];
                publish(m_sources[i], post, post.id, [next](Status) { next(); });
            });
        }
    }
    m_queue.append([this](std::function<void()> next) {
        m_ready = true;
        Q_EMIT ready();
        if (m_schedule.interval() > 0)
            m_schedule.start();
        next();
    });
    runQueue();
}

void ArticleModule::runQueue()
{
    if (m_running || m_queue.isEmpty())
        return;
    m_running = true;
    auto task = m_queue.takeFirst();
    task([this] {
        m_running = false;
        runQueue();
    });
}

Element ArticleModule::nodeConfig(const ArticleSource &source) const
{
    xmpp::DataForm form(xmpp::DataForm::Type::Submit);
    xmpp::DataForm::Field type;
    type.var = QStringLiteral("FORM_TYPE");
    type.type = QStringLiteral("hidden");
    type.values = {QStringLiteral("http://jabber.org/protocol/pubsub#node_config")};
    form.addField(type);
    form.setValue(QStringLiteral("pubsub#title"), source.title);
    form.setValue(QStringLiteral("pubsub#description"), source.description);
    form.setValue(QStringLiteral("pubsub#access_model"), QStringLiteral("open"));
    form.setValue(QStringLiteral("pubsub#max_items"), QStringLiteral("100"));
    form.setValue(QStringLiteral("pubsub#type"), kAtomNs.toString());
    return form.toElement();
}

void ArticleModule::ensureNode(const ArticleSource &source, std::function<void(Status)> done)
{
    Element pubsub(QStringLiteral("pubsub"), kPubSubNs.toString());
    pubsub.addChild(QStringLiteral("create")).setAttribute(QStringLiteral("node"), source.node);
    pubsub.addChild(QStringLiteral("configure")).appendChild(nodeConfig(source));
    m_account->iq()->set(m_service, pubsub, this, [this, source, done](const Result<Element> &r) {
        if (r.ok())
            return done({});
        // It exists (an earlier run): bring its metadata up to date.
        if (xmpp::IqTracker::errorCondition(r.error()) == u"conflict")
            return configureNode(source, done);
        done(r.error());
    });
}

void ArticleModule::subscribeFollowers(const QString &node, std::function<void()> done)
{
    const QJsonArray jids = m_followers.value(node).toArray();
    if (jids.isEmpty())
        return done();
    Element pubsub(QStringLiteral("pubsub"), kOwnerNs.toString());
    Element &subs = pubsub.addChild(QStringLiteral("subscriptions"));
    subs.setAttribute(QStringLiteral("node"), node);
    for (const auto &jid : jids) {
        subs.addChild(QStringLiteral("subscription"))
            .setAttribute(QStringLiteral("jid"), jid.toString())
            .setAttribute(QStringLiteral("subscription"), QStringLiteral("subscribed"));
    }
    m_account->iq()->set(m_service, pubsub, this, [node, done](const Result<Element> &r) {
        if (!r.ok())
            qCWarning(lcApp) << "articles: followers of" << node
                             << "not subscribed:" << r.error().message;
        done();
    });
}

void ArticleModule::configureNode(const ArticleSource &source, std::function<void(Status)> done)
{
    Element pubsub(QStringLiteral("pubsub"), kOwnerNs.toString());
    Element &configure = pubsub.addChild(QStringLiteral("configure"));
    configure.setAttribute(QStringLiteral("node"), source.node);
    configure.appendChild(nodeConfig(source));
    m_account->iq()->set(m_service, pubsub, this, [done](const Result<Element> &r) {
        done(r.ok() ? Status() : Status(r.error()));
    });
}

void ArticleModule::uploadFile(const QString &path, std::function<void(QUrl)> done)
{
    if (const auto it = m_uploaded.constFind(path); it != m_uploaded.constEnd())
        return done(*it);
    QFile file(path);
    if (!m_uploadReady || !file.open(QIODevice::ReadOnly))
        return done({});
    const QByteArray data = file.readAll();
    const QString mime = QMimeDatabase().mimeTypeForFile(path).name();
    m_upload->requestSlot(QFileInfo(path).fileName(), data.size(), mime, this,
                          [this, path, data, mime, done](Result<xmpp::UploadManager::Slot> slot) {
                              if (!slot.ok())
                                  return done({});
                              const QUrl get = slot->getUrl;
                              m_upload->put(slot.value(), data, mime, {},
                                            [this, path, get, done](Status s) {
                                                if (s.ok())
                                                    m_uploaded.insert(path, get);
                                                done(s.ok() ? get : QUrl());
                                            });
                          });
}

int ArticleModule::likeCount(const QString &node, const QString &item) const
{
    return int(m_likes.value(node + u'/' + item).size());
}

bool ArticleModule::onLikeRequest(const Element &iq)
{
    const Element *like = iq.findChild(u"like", articles::likes::kNs);
    const Element *query = iq.findChild(u"likes", articles::likes::kNs);
    const Element *request = like ? like : query;
    const bool set = iq.attribute(u"type") == u"set";
    if (!request || set != (like != nullptr)) {
        m_account->iq()->sendError(iq, QStringLiteral("modify"), QStringLiteral("bad-request"));
        return true;
    }
    const QString node = request->attribute(u"node");
    const QString item = request->attribute(u"item");
    const bool known = std::any_of(m_sources.cbegin(), m_sources.cend(),
                                   [&node](const ArticleSource &s) { return s.node == node; });
    const QString reader = Jid::parse(iq.attribute(u"from")).bareString();
    if (!known || item.isEmpty() || reader.isEmpty()) {
        m_account->iq()->sendError(iq, QStringLiteral("cancel"), QStringLiteral("item-not-found"));
        return true;
    }
    const QString key = node + u'/' + item;
    QStringList &readers = m_likes[key];
    if (like) {
        const bool liked = like->attribute(u"liked") != u"false";
        if (liked && !readers.contains(reader))
            readers.append(reader);
        else if (!liked)
            readers.removeAll(reader);
        saveLikes();
    }
    const int count = int(readers.size());
    const bool mine = readers.contains(reader);
    if (readers.isEmpty())
        m_likes.remove(key);
    m_account->iq()->sendResult(iq, articles::likes::reply(node, item, count, mine));
    return true;
}

QString ArticleModule::counterJid() const
{
    // Readers' requests must reach this client, so the full JID it is bound as.
    const Jid bound = m_account->channel() ? m_account->channel()->boundJid() : Jid();
    if (bound.isValid() && !bound.resource().isEmpty())
        return bound.toString();
    return m_account->jid().bare().withResource(QStringLiteral("provider")).toString();
}

void ArticleModule::saveLikes() const
{
    if (m_likesFile.isEmpty())
        return;
    QJsonObject o;
    for (auto it = m_likes.cbegin(); it != m_likes.cend(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QFile out(m_likesFile);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    else
        qCWarning(lcApp) << "articles: likes not saved to" << m_likesFile;
}

Element ArticleModule::entry(const ArticleSource &source, const ArticleSource::Post &post,
                             const QString &itemId, const QString &html, const QUrl &cover,
                             const QUrl &icon, const QString &likesJid)
{
    Element e(QStringLiteral("entry"), kAtomNs.toString());
    e.addTextChild(QStringLiteral("id"),
                   QStringLiteral("tag:teahouse,2024:%1/%2").arg(source.node, itemId));
    e.addTextChild(QStringLiteral("title"), post.title);
    const QString site =
        source.site.isEmpty() ? QStringLiteral("https://example.org/") : source.site;
    Element &link = e.addChild(QStringLiteral("link"));
    link.setAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
    link.setAttribute(QStringLiteral("href"),
                      QUrl(site).resolved(QUrl(itemId + QStringLiteral(".html"))).toString());
    const QDateTime date = post.date.isValid() ? post.date : QDateTime::currentDateTimeUtc();
    e.addTextChild(QStringLiteral("published"), date.toUTC().toString(Qt::ISODate));
    e.addTextChild(QStringLiteral("updated"), date.toUTC().toString(Qt::ISODate));
    if (!post.author.isEmpty())
        e.addChild(QStringLiteral("author")).addTextChild(QStringLiteral("name"), post.author);
    if (!post.summary.isEmpty())
        e.addTextChild(QStringLiteral("summary"), post.summary);
    e.addTextChild(QStringLiteral("content"), html)
        .setAttribute(QStringLiteral("type"), QStringLiteral("html"));
    if (cover.isValid()) {
        Element &enclosure = e.addChild(QStringLiteral("link"));
        enclosure.setAttribute(QStringLiteral("rel"), QStringLiteral("enclosure"));
        enclosure.setAttribute(QStringLiteral("type"), QStringLiteral("image/png"));
        enclosure.setAttribute(QStringLiteral("href"), cover.toString());
    }
    Element &src = e.addChild(QStringLiteral("source"));
    src.addTextChild(QStringLiteral("title"), source.title);
    if (!source.site.isEmpty())
        src.addTextChild(QStringLiteral("id"), source.site);
    if (icon.isValid())
        src.addTextChild(QStringLiteral("icon"), icon.toString());
    if (!likesJid.isEmpty())
        e.appendChild(articles::likes::counter(likesJid));
    return e;
}

void ArticleModule::publish(const ArticleSource &source, const ArticleSource::Post &post,
                            const QString &itemId, std::function<void(Status)> done)
{
    // Upload the icon, the cover and the body's images one after another, then publish.
    struct State
    {
        QStringList files;
        QHash<QString, QUrl> urls;
    };
    auto state = std::make_shared<State>();
    if (!source.icon.isEmpty())
        state->files.append(source.icon);
    if (!post.cover.isEmpty())
        state->files.append(QDir(post.directory).filePath(post.cover));
    for (const QString &image : post.images)
        state->files.append(QDir(post.directory).filePath(image));
    auto step = std::make_shared<std::function<void(int)>>();
    // The pending upload callbacks own the step function; it refers to itself weakly.
    std::weak_ptr<std::function<void(int)>> weak = step;
    *step = [this, state, weak, source, post, itemId, done](int index) {
        if (index < state->files.size()) {
            const QString file = state->files[index];
            uploadFile(file, [state, self = weak.lock(), file, index](QUrl url) {
                state->urls.insert(file, url);
                (*self)(index + 1);
            });
            return;
        }
        QString html = post.html;
        for (const QString &image : post.images) {
            const QUrl url = state->urls.value(QDir(post.directory).filePath(image));
            html.replace(QStringLiteral("src=\"%1\"").arg(image),
                         url.isValid() ? QStringLiteral("src=\"%1\"").arg(url.toString())
                                       : QStringLiteral("src=\"\""));
        }
        const QUrl cover = post.cover.isEmpty()
                               ? QUrl()
                               : state->urls.value(QDir(post.directory).filePath(post.cover));
        const QUrl icon = state->urls.value(source.icon);
        Element pubsub(QStringLiteral("pubsub"), kPubSubNs.toString());
        Element &publish = pubsub.addChild(QStringLiteral("publish"));
        publish.setAttribute(QStringLiteral("node"), source.node);
        publish.addChild(QStringLiteral("item"))
            .setAttribute(QStringLiteral("id"), itemId)
            .appendChild(entry(source, post, itemId, html, cover, icon, counterJid()));
        const QString node = source.node;
        m_account->iq()->set(m_service, pubsub, this,
                             [this, node, itemId, done](const Result<Element> &r) {
                                 if (!r.ok()) {
                                     qCWarning(lcApp) << "articles: publishing" << itemId
                                                      << "failed:" << r.error().message;
                                     return done(r.error());
                                 }
                                 Q_EMIT published(node, itemId);
                                 done({});
                             });
    };
    (*step)(0);
}

void ArticleModule::publishNext()
{
    QList<std::pair<int, int>> all;
    for (int i = 0; i < m_sources.size(); ++i) {
        for (int p = 0; p < m_sources[i].later.size(); ++p)
            all.append({i, p});
    }
    if (all.isEmpty())
        return;
    // One round: repeating a story under a new id would look like a duplicate to readers.
    if (m_nextLater >= all.size()) {
        m_schedule.stop();
        return;
    }
    const int i = all[m_nextLater].first;
    const int p = all[m_nextLater].second;
    ++m_nextLater;
    ArticleSource::Post post = m_sources[i].later[p];
    post.date = QDateTime::currentDateTimeUtc();
    const QString itemId = post.id;
    m_queue.append([this, i, post, itemId](std::function<void()> next) {
        publish(m_sources[i], post, itemId, [next](Status) { next(); });
    });
    runQueue();
}

} // namespace teahouse::provider
