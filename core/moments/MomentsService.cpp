#include "moments/MomentsService.h"

#include "account/AccountSession.h"
#include "moments/AudiencePolicy.h"
#include "moments/MicroblogEntry.h"
#include "moments/MicroblogManager.h"
#include "moments/MomentsLogging.h"
#include "moments/MomentsStore.h"
#include "storage/Database.h"
#include "storage/MediaStore.h"
#include "xmpp/DiscoManager.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"
#include "xmpp/Stream.h"
#include "xmpp/UploadManager.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QMimeDatabase>
#include <QPointer>
#include <QSet>
#include <QUuid>

namespace teahouse::moments {

using xmpp::Element;
using Item = MicroblogManager::Item;
using Done = std::function<void(const Status &)>;
using Step = std::function<void(Done)>;

namespace {

constexpr int kFetchPosts = 100;    // newest posts read per friend on a refresh
constexpr int kFetchComments = 30;  // posts per friend whose comments are read on a refresh
constexpr int kParallelDownloads = 3;

// Runs asynchronous steps one after the other; the first failure ends the run.
void runSteps(std::shared_ptr<QList<Step>> steps, int at, Done done)
{
    if (at >= steps->size()) {
        done(Status());
        return;
    }
    (*steps)[at]([steps, at, done](const Status &st) {
        if (!st) {
            done(st);
            return;
        }
        runSteps(steps, at + 1, done);
    });
}

QString newItemId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Thumbnail
{
    QByteArray jpeg;
    int width = 0;
    int height = 0;
};

Thumbnail makeThumbnail(const QByteArray &data, int bound)
{
    Thumbnail t;
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > bound || full.height() > bound))
        reader.setScaledSize(full.scaled(bound, bound, Qt::KeepAspectRatioByExpanding)
                                 .boundedTo(full));
    const QImage image = reader.read();
    if (image.isNull())
        return t;
    t.width = full.isValid() ? full.width() : image.width();
    t.height = full.isValid() ? full.height() : image.height();
    QBuffer out(&t.jpeg);
    out.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_RGB32).save(&out, "JPEG", 82);
    return t;
}

} // namespace

class MomentsServicePrivate : public QObject
{
public:
    MomentsServicePrivate(MomentsService *q, const Jid &account, storage::Database &db,
                          const QString &mediaDirectory);

    void bind(xmpp::StanzaChannel *channel, xmpp::IqTracker *iq,
              const QList<QSslCertificate> &ca, xmpp::DiscoManager *disco);
    [[nodiscard]] bool online() const { return m_channel && m_channel->isOnline() && m_mb; }

    QString nameFor(const QString &jid, const QString &given) const;
    qint64 ingestPost(const QString &owner, const QString &node, const Item &item);
    void ingestComment(const QString &owner, const QString &node, const Item &item, bool live);
    void removePostRow(qint64 postId);
    void removePostByNode(const QString &owner, const QString &node);

    void startPublish(qint64 postId);
    void uploadImages(qint64 postId, int index, Done done);
    void publishEntry(qint64 postId, Done done);
    void failPost(qint64 postId, const Error &error);

    void refreshOwner(const QString &owner);
    void fetchComments(const QString &owner, const MomentsPost &post);
    void begin();
    void end();
    void scheduleDownloads();
    void emitUnseen();
    QString likeItemId() const;
    void retractOrBlank(const QString &owner, const QString &node, const QString &itemId);

    void onPublished(const Jid &service, const QString &node, const QList<Item> &items);
    void onRetracted(const Jid &service, const QString &node, const QStringList &ids);
    void onDeleted(const Jid &service, const QString &node);

    MomentsService *q;
    Jid m_account;
    storage::Database *m_db;
    std::unique_ptr<MomentsStore> m_store;
    std::optional<storage::MediaStore> m_media;
    bool m_ready = false;
    QString m_error;
    QPointer<xmpp::StanzaChannel> m_channel;
    xmpp::IqTracker *m_iq = nullptr;
    QObject *m_managersOwner = nullptr;
    MicroblogManager *m_mb = nullptr;
    xmpp::UploadManager *m_upload = nullptr;
    QList<xmpp::RosterItem> m_roster;
    QString m_ownName;
    bool m_mainNodeReady = false;
    int m_pending = 0;
    QSet<qint64> m_downloading;
    QSet<qint64> m_publishing;
    QHash<qint64, qint64> m_progress; // bytes uploaded so far, per post being sent
    int m_lastUnseen = -1;
};

MomentsServicePrivate::MomentsServicePrivate(MomentsService *service, const Jid &account,
                                             storage::Database &db,
                                             const QString &mediaDirectory)
    : q(service)
    , m_account(account.bare())
    , m_db(&db)
{
    if (!db.isOpen()) {
        m_error = QStringLiteral("The account's database is not open");
        return;
    }
    if (Status st = MomentsStore::applySchema(db); !st) {
        m_error = st.error().message;
        qCWarning(lcMoments) << "moments schema:" << m_error;
        return;
    }
    auto media = storage::MediaStore::open(db, mediaDirectory);
    if (!media) {
        m_error = media.error().message;
        return;
    }
    m_media.emplace(std::move(media).value());
    m_store = std::make_unique<MomentsStore>(db);
    m_ready = true;
    // A post cut off by a crash while sending can only be offered again.
    auto s = db.prepare(QStringLiteral("UPDATE moments_posts SET state = 2 WHERE state = 1"));
    if (s)
        (void)s->execute();
}

void MomentsServicePrivate::bind(xmpp::StanzaChannel *channel, xmpp::IqTracker *iq,
                                 const QList<QSslCertificate> &ca, xmpp::DiscoManager *disco)
{
    delete m_managersOwner;
    m_managersOwner = nullptr;
    m_mb = nullptr;
    m_upload = nullptr;
    m_mainNodeReady = false;
    m_downloading.clear();
    if (m_channel)
        m_channel->disconnect(this);
    m_channel = channel;
    m_iq = iq;
    if (!channel || !iq || !m_ready)
        return;
    m_managersOwner = new QObject(this);
    m_mb = new MicroblogManager(channel, iq, m_managersOwner);
    m_upload = new xmpp::UploadManager(iq, m_managersOwner);
    m_upload->setCaCertificates(ca);
    if (disco)
        disco->addFeature(microblog::kNotifyFeature.toString());
    connect(m_mb, &MicroblogManager::itemsPublished, this, &MomentsServicePrivate::onPublished);
    connect(m_mb, &MicroblogManager::itemsRetracted, this, &MomentsServicePrivate::onRetracted);
    connect(m_mb, &MicroblogManager::nodeDeleted, this, &MomentsServicePrivate::onDeleted);
    connect(channel, &xmpp::StanzaChannel::sessionStarted, this, [this](bool resumed) {
        if (!resumed) {
            m_mainNodeReady = false;
            q->refresh();
        }
    });
    if (channel->isOnline())
        q->refresh();
}

QString MomentsServicePrivate::nameFor(const QString &jid, const QString &given) const
{
    if (jid == m_account.bareString() && !m_ownName.isEmpty())
        return m_ownName;
    for (const xmpp::RosterItem &item : m_roster)
        if (item.jid.bareString() == jid && !item.name.isEmpty())
            return item.name;
    return given.isEmpty() ? jid.section(u'@', 0, 0) : given;
}

qint64 MomentsServicePrivate::ingestPost(const QString &owner, const QString &node,
                                         const Item &item)
{
    auto entry = parseEntry(item.payload);
    if (!entry || item.id.isEmpty())
        return 0;
    MomentsPost p;
    p.owner = owner;
    p.node = node;
    p.itemId = item.id;
    p.atomId = entry->atomId;
    p.authorName = nameFor(owner, entry->authorName);
    p.text = entry->text();
    p.published = entry->published;
    p.commentsNode = entry->commentsNode;
    p.audience = node == microblog::kNode ? Audience::AllFriends : Audience::OnlyTags;
    auto existing = m_store->postByItem(owner, item.id);
    if (existing && existing->state != MomentsPost::State::Published)
        return existing->id; // my own post, still being sent from here
    if (existing && owner == m_account.bareString()) {
        p.audience = existing->audience;
        p.audienceTags = existing->audienceTags;
    }
    auto stored = m_store->upsertPost(p);
    if (!stored)
        return 0;
    const qint64 id = stored->first;
    // Images change only with a new entry; keep what was fetched when the links are the same.
    QStringList oldUrls, newUrls;
    if (existing)
        for (const MomentsImage &im : std::as_const(existing->images))
            oldUrls.append(im.url);
    QList<MomentsImage> images;
    for (const MicroblogImage &im : std::as_const(entry->images)) {
        if (images.size() >= MomentsService::kMaxImages)
            break;
        newUrls.append(im.url);
        MomentsImage m;
        m.url = im.url;
        m.mimeType = im.mimeType;
        m.name = im.name;
        m.size = im.size;
        images.append(m);
    }
    if (!existing || oldUrls != newUrls) {
        if (existing) {
            for (const MomentsImage &im : std::as_const(existing->images)) {
                if (!im.mediaId.isEmpty())
                    (void)m_media->remove(im.mediaId);
                if (!im.thumbId.isEmpty())
                    (void)m_media->remove(im.thumbId);
            }
        }
        (void)m_store->setImages(id, images);
    }
    if (stored->second)
        Q_EMIT q->postAdded(id);
    else
        Q_EMIT q->postChanged(id);
    scheduleDownloads();
    return id;
}

void MomentsServicePrivate::ingestComment(const QString &owner, const QString &node,
                                          const Item &item, bool live)
{
    const QString postItem = node.mid(microblog::kCommentsPrefix.size());
    auto post = m_store->postByItem(owner, postItem);
    if (!post || item.id.isEmpty())
        return;
    auto entry = parseEntry(item.payload);
    if (!entry)
        return;
    // A blanked item is how a comment is withdrawn where the server lets only the owner
    // retract (Prosody's PEP).
    if (entry->title.isEmpty() && entry->content.isEmpty()) {
        (void)m_store->removeComment(owner, postItem, item.id);
        Q_EMIT q->postChanged(post->id);
        emitUnseen();
        return;
    }
    MomentsComment c;
    c.owner = owner;
    c.postItem = postItem;
    c.itemId = item.id;
    // XEP-0277 §9: the server's publisher stamp wins over what the entry claims.
    const Jid publisher = Jid::parse(item.publisher);
    c.author = publisher.isValid() ? publisher.bareString() : entry->author.bareString();
    if (c.author.isEmpty())
        return;
    c.authorName = nameFor(c.author, entry->authorName);
    c.like = entry->isLike();
    c.text = c.like ? QString() : entry->text();
    c.published = entry->published;
    c.atomId = entry->atomId;
    c.replyToRef = entry->inReplyToRef;
    auto added = m_store->upsertComment(c);
    if (!added)
        return;
    Q_EMIT q->postChanged(post->id);
    if (added.value() && owner == m_account.bareString() && c.author != owner) {
        if (live)
            Q_EMIT q->interactionReceived(c.authorName, c.text, c.like);
        emitUnseen();
    }
}

void MomentsServicePrivate::removePostRow(qint64 postId)
{
    auto media = m_store->removePost(postId);
    if (media)
        for (const QString &id : media.value())
            (void)m_media->remove(id);
    Q_EMIT q->postRemoved(postId);
    emitUnseen();
}

void MomentsServicePrivate::removePostByNode(const QString &owner, const QString &node)
{
    for (const auto &[id, itemNode] : m_store->restrictedPosts(owner))
        if (itemNode == node)
            removePostRow(id);
}

// ------------------------------------------------------------------------------ publishing

void MomentsServicePrivate::failPost(qint64 postId, const Error &error)
{
    m_publishing.remove(postId);
    qCWarning(lcMoments) << "moments: publishing failed:" << error.message;
    (void)m_store->setState(postId, MomentsPost::State::Failed);
    Q_EMIT q->postChanged(postId);
    Q_EMIT q->errorOccurred(error.message);
}

void MomentsServicePrivate::startPublish(qint64 postId)
{
    if (m_publishing.contains(postId))
        return;
    if (!online()) {
        failPost(postId, Error::make(Error::Code::Network,
                                     MomentsService::tr("Not connected; try again later.")));
        return;
    }
    m_publishing.insert(postId);
    m_progress.remove(postId);
    (void)m_store->setState(postId, MomentsPost::State::Sending);
    Q_EMIT q->postChanged(postId);
    uploadImages(postId, 0, [this, postId](const Status &st) {
        if (!st) {
            failPost(postId, st.error());
            return;
        }
        publishEntry(postId, [this, postId](const Status &done) {
            if (!done) {
                failPost(postId, done.error());
                return;
            }
            m_publishing.remove(postId);
            (void)m_store->setState(postId, MomentsPost::State::Published);
            Q_EMIT q->postChanged(postId);
        });
    });
}

void MomentsServicePrivate::uploadImages(qint64 postId, int index, Done done)
{
    auto post = m_store->post(postId);
    if (!post) {
        done(Error::make(Error::Code::NotFound, QStringLiteral("The post is gone")));
        return;
    }
    if (index >= post->images.size()) {
        done(Status());
        return;
    }
    MomentsImage image = post->images[index];
    if (!image.url.isEmpty()) {
        uploadImages(postId, index + 1, done);
        return;
    }
    auto bytes = m_media->get(image.mediaId);
    if (!bytes) {
        done(bytes.error());
        return;
    }
    const QByteArray data = bytes.value();
    // Progress over all images of the post, so the bar moves once from 0 to 100 %.
    qint64 before = 0, total = 0;
    for (int i = 0; i < post->images.size(); ++i) {
        total += post->images[i].size;
        if (i < index)
            before += post->images[i].size;
    }
    auto upload = [this, postId, index, image, data, before, total, done](const Jid &) {
        m_upload->requestSlot(
            image.name, data.size(), image.mimeType, this,
            [=, this](const Result<xmpp::UploadManager::Slot> &slot) {
                if (!slot) {
                    done(slot.error());
                    return;
                }
                const QString url = slot->getUrl.toString();
                m_upload->put(
                    slot.value(), data, image.mimeType,
                    [this, postId, before, total](qint64 sent, qint64) {
                        // A finished reply may still report (stale) progress: only forward.
                        qint64 &last = m_progress[postId];
                        if (before + sent <= last)
                            return;
                        last = before + sent;
                        Q_EMIT q->uploadProgress(postId, last, total);
                    },
                    [=, this](const Status &st) {
                        if (!st) {
                            done(st);
                            return;
                        }
                        MomentsImage updated = image;
                        updated.url = url;
                        (void)m_store->updateImage(updated);
                        uploadImages(postId, index + 1, done);
                    });
            });
    };
    if (m_upload->service().isValid()) {
        upload(m_upload->service());
        return;
    }
    m_upload->discoverService(m_account.domain(), this,
                              [upload, done](const Result<Jid> &service) {
                                  if (!service) {
                                      done(service.error());
                                      return;
                                  }
                                  upload(service.value());
                              });
}

void MomentsServicePrivate::publishEntry(qint64 postId, Done done)
{
    auto post = m_store->post(postId);
    if (!post || !m_mb) {
        done(Error::make(Error::Code::Network, QStringLiteral("Not connected")));
        return;
    }
    const bool restricted = post->audience != Audience::AllFriends;
    const QString node =
        restricted ? microblog::restrictedNodeFor(post->itemId) : microblog::kNode.toString();
    const QString commentsNode = microblog::commentsNodeFor(post->itemId);
    const QList<Jid> members = audienceMembers(post->audience, post->audienceTags, m_roster);
    QList<std::pair<Jid, QString>> memberAffiliations, memberSubscriptions;
    for (const Jid &m : members) {
        memberAffiliations.append({m, QStringLiteral("member")});
        memberSubscriptions.append({m, QStringLiteral("subscribed")});
    }
    MicroblogManager::NodeConfig postConfig;
    postConfig.accessModel = restricted ? QStringLiteral("whitelist") : QStringLiteral("presence");
    MicroblogManager::NodeConfig commentsConfig = postConfig;
    commentsConfig.publishModel = QStringLiteral("open");

    MicroblogEntry entry;
    entry.itemId = post->itemId;
    entry.author = m_account;
    entry.authorName = m_ownName;
    entry.title = post->text;
    entry.published = post->published;
    entry.updated = post->published;
    entry.atomId = post->atomId;
    entry.commentsService = m_account.bareString();
    entry.commentsNode = commentsNode;
    for (const MomentsImage &im : std::as_const(post->images))
        entry.images.append({im.url, im.mimeType, im.size, im.name});

    auto steps = std::make_shared<QList<Step>>();
    MicroblogManager *mb = m_mb;
    QPointer<QObject> ctx = m_managersOwner;
    if (restricted) {
        steps->append([=](Done next) { mb->ensureNode(node, postConfig, ctx, next); });
        if (!members.isEmpty()) {
            steps->append(
                [=](Done next) { mb->setAffiliations(node, memberAffiliations, ctx, next); });
            // Owner-made subscriptions: the whitelisted friends hear of it at once.
            steps->append(
                [=](Done next) { mb->setSubscriptions(node, memberSubscriptions, ctx, next); });
        }
    } else if (!m_mainNodeReady) {
        steps->append([=, this](Done next) {
            mb->ensureNode(node, postConfig, ctx, [this, next](const Status &st) {
                m_mainNodeReady = st.ok();
                next(st);
            });
        });
    }
    steps->append([=](Done next) { mb->ensureNode(commentsNode, commentsConfig, ctx, next); });
    if (restricted && !members.isEmpty())
        steps->append(
            [=](Done next) { mb->setAffiliations(commentsNode, memberAffiliations, ctx, next); });
    // I follow the comments on my own post, so likes and comments reach me live.
    const QList<std::pair<Jid, QString>> me = {{m_account, QStringLiteral("subscribed")}};
    steps->append([=](Done next) { mb->setSubscriptions(commentsNode, me, ctx, next); });
    steps->append([=, this](Done next) {
        (void)m_store->setNode(postId, node, commentsNode);
        mb->publish(Jid(), node, entry.itemId, toAtom(entry), ctx,
                    [next](const Result<QString> &r) {
                        next(r ? Status() : Status(r.error()));
                    });
    });
    runSteps(steps, 0, done);
}

// ------------------------------------------------------------------------------ reading

void MomentsServicePrivate::begin()
{
    if (m_pending++ == 0)
        Q_EMIT q->refreshingChanged(true);
}

void MomentsServicePrivate::end()
{
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT q->refreshingChanged(false);
}

void MomentsServicePrivate::refreshOwner(const QString &owner)
{
    if (!online())
        return;
    const Jid service = Jid::parse(owner);
    begin();
    m_mb->fetchItems(
        service, microblog::kNode.toString(), kFetchPosts, this,
        [this, owner](const Result<QList<Item>> &items) {
            const QString condition =
                items ? QString() : xmpp::IqTracker::errorCondition(items.error());
            if (items || condition == u"item-not-found" || condition == u"forbidden") {
                QSet<QString> seen;
                QList<qint64> ids;
                if (items) {
                    for (const Item &item : items.value()) {
                        seen.insert(item.id);
                        if (const qint64 id =
                                ingestPost(owner, microblog::kNode.toString(), item))
                            ids.append(id);
                    }
                }
                // The server's list is whole: what it no longer has was retracted meanwhile.
                if (!items || items->size() < kFetchPosts)
                    for (const auto &[id, itemId] :
                         m_store->postItems(owner, microblog::kNode.toString()))
                        if (!seen.contains(itemId))
                            removePostRow(id);
                for (int i = 0; i < ids.size() && i < kFetchComments; ++i)
                    if (auto p = m_store->post(ids[i]))
                        fetchComments(owner, *p);
            }
            end();
        });
    begin();
    m_mb->listNodes(service, this, [this, owner, service](const Result<QStringList> &nodes) {
        if (nodes) {
            QSet<QString> present;
            for (const QString &node : nodes.value()) {
                if (!node.startsWith(microblog::kRestrictedPrefix))
                    continue;
                present.insert(node);
                begin();
                // Nodes this account is not whitelisted on answer "forbidden": skipped.
                m_mb->fetchItems(service, node, 0, this,
                                 [this, owner, node](const Result<QList<Item>> &items) {
                                     if (items) {
                                         for (const Item &item : items.value())
                                             if (const qint64 id = ingestPost(owner, node, item))
                                                 if (auto p = m_store->post(id))
                                                     fetchComments(owner, *p);
                                     } else {
                                         removePostByNode(owner, node);
                                     }
                                     end();
                                 });
            }
            for (const auto &[id, node] : m_store->restrictedPosts(owner))
                if (!present.contains(node))
                    removePostRow(id);
        }
        end();
    });
}

void MomentsServicePrivate::fetchComments(const QString &owner, const MomentsPost &post)
{
    if (!online() || post.commentsNode.isEmpty())
        return;
    begin();
    const QString node = post.commentsNode;
    const QString postItem = post.itemId;
    const qint64 postId = post.id;
    m_mb->fetchItems(Jid::parse(owner), node, 0, this,
                     [this, owner, node, postItem, postId](const Result<QList<Item>> &items) {
                         if (items) {
                             QSet<QString> seen;
                             for (const Item &item : items.value()) {
                                 seen.insert(item.id);
                                 ingestComment(owner, node, item, false);
                             }
                             bool removed = false;
                             for (const QString &id : m_store->commentItems(owner, postItem))
                                 if (!seen.contains(id)) {
                                     (void)m_store->removeComment(owner, postItem, id);
                                     removed = true;
                                 }
                             if (removed) {
                                 Q_EMIT q->postChanged(postId);
                                 emitUnseen();
                             }
                         }
                         end();
                     });
}

void MomentsServicePrivate::scheduleDownloads()
{
    if (!m_upload || !online())
        return;
    if (m_downloading.size() >= kParallelDownloads)
        return;
    const auto pending = m_store->pendingImages(kParallelDownloads * 4);
    for (const MomentsImage &image : pending) {
        if (m_downloading.size() >= kParallelDownloads)
            break;
        if (m_downloading.contains(image.id))
            continue;
        m_downloading.insert(image.id);
        QPointer<xmpp::UploadManager> upload = m_upload;
        m_upload->get(QUrl(image.url), {}, [this, image, upload](const Result<QByteArray> &data) {
            if (!upload)
                return; // the session went away; the next one fetches it again
            m_downloading.remove(image.id);
            MomentsImage updated = image;
            if (data && !data->isEmpty()) {
                const QString mime =
                    image.mimeType.isEmpty()
                        ? QMimeDatabase().mimeTypeForData(data.value()).name()
                        : image.mimeType;
                auto id = m_media->put(data.value(), image.name, mime);
                const Thumbnail thumb = makeThumbnail(data.value(), MomentsService::kThumbnailSize);
                if (id) {
                    updated.mediaId = id.value();
                    if (!thumb.jpeg.isEmpty())
                        if (auto t = m_media->put(thumb.jpeg, image.name,
                                                  QStringLiteral("image/jpeg")))
                            updated.thumbId = t.value();
                    updated.width = thumb.width;
                    updated.height = thumb.height;
                    updated.state = MomentsImage::State::Done;
                } else {
                    updated.state = MomentsImage::State::Failed;
                }
            } else {
                updated.state = MomentsImage::State::Failed;
            }
            (void)m_store->updateImage(updated);
            if (const qint64 postId = m_store->postIdOfImage(image.id))
                Q_EMIT q->postChanged(postId);
            scheduleDownloads();
        });
    }
}

void MomentsServicePrivate::emitUnseen()
{
    const int n = m_store->unseenInteractions(m_account.bareString());
    if (n != m_lastUnseen) {
        m_lastUnseen = n;
        Q_EMIT q->unseenInteractionsChanged(n);
    }
}

QString MomentsServicePrivate::likeItemId() const
{
    // One like per person and post: liking twice overwrites the same item.
    return QStringLiteral("like-") +
           QString::fromLatin1(
               QCryptographicHash::hash(m_account.bareString().toUtf8(), QCryptographicHash::Sha1)
                   .toHex()
                   .left(16));
}

void MomentsServicePrivate::retractOrBlank(const QString &owner, const QString &node,
                                           const QString &itemId)
{
    if (!online())
        return;
    const Jid service = Jid::parse(owner);
    QPointer<MicroblogManager> mb = m_mb;
    m_mb->retract(service, node, itemId, m_managersOwner,
                  [this, mb, service, node, itemId](const Status &st) {
                      if (st || !mb)
                          return;
                      // Prosody lets only a node's owner retract: withdraw by blanking the item.
                      MicroblogEntry blank;
                      blank.author = m_account;
                      blank.published = QDateTime::currentDateTimeUtc();
                      mb->publish(service, node, itemId, toAtom(blank), m_managersOwner,
                                  [this](const Result<QString> &r) {
                                      if (!r)
                                          Q_EMIT q->errorOccurred(r.error().message);
                                  });
                  });
}

void MomentsServicePrivate::onPublished(const Jid &service, const QString &node,
                                        const QList<Item> &items)
{
    const QString owner = service.bareString();
    if (microblog::isPostNode(node)) {
        for (const Item &item : items)
            ingestPost(owner, node, item);
    } else if (microblog::isCommentsNode(node)) {
        for (const Item &item : items)
            ingestComment(owner, node, item, true);
    }
}

void MomentsServicePrivate::onRetracted(const Jid &service, const QString &node,
                                        const QStringList &ids)
{
    const QString owner = service.bareString();
    if (microblog::isPostNode(node)) {
        for (const QString &id : ids)
            if (auto p = m_store->postByItem(owner, id))
                removePostRow(p->id);
    } else if (microblog::isCommentsNode(node)) {
        const QString postItem = node.mid(microblog::kCommentsPrefix.size());
        for (const QString &id : ids)
            (void)m_store->removeComment(owner, postItem, id);
        if (auto p = m_store->postByItem(owner, postItem))
            Q_EMIT q->postChanged(p->id);
        emitUnseen();
    }
}

void MomentsServicePrivate::onDeleted(const Jid &service, const QString &node)
{
    if (node.startsWith(microblog::kRestrictedPrefix))
        removePostByNode(service.bareString(), node);
}

// ------------------------------------------------------------------------------ public

MomentsService::MomentsService(account::AccountSession &session, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<MomentsServicePrivate>(
          this, session.account(), session.database(),
          session.profile().mediaDirectory(session.account())))
{
    const auto rebind = [this, &session] {
        QList<QSslCertificate> ca;
        if (session.stream())
            ca = session.stream()->settings().extraCaCertificates;
        bindChannel(session.stream(), session.iq(), ca, session.disco());
        // Uploads to the server whose certificate the user pinned at sign-in.
        if (session.stream() && d->m_upload)
            d->m_upload->setPinnedFingerprints(session.stream()->settings().pinnedSha256Fingerprints);
    };
    connect(&session, &account::AccountSession::sessionCreated, this, rebind);
    if (session.stream())
        rebind();
}

MomentsService::MomentsService(const Jid &account, storage::Database &db,
                               const QString &mediaDirectory, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<MomentsServicePrivate>(this, account, db, mediaDirectory))
{}

MomentsService::~MomentsService() = default;

bool MomentsService::isReady() const
{
    return d->m_ready;
}

QString MomentsService::errorMessage() const
{
    return d->m_error;
}

Jid MomentsService::account() const
{
    return d->m_account;
}

void MomentsService::bindChannel(xmpp::StanzaChannel *channel, xmpp::IqTracker *iq,
                                 const QList<QSslCertificate> &caCertificates,
                                 xmpp::DiscoManager *disco)
{
    d->bind(channel, iq, caCertificates, disco);
}

void MomentsService::setRoster(const QList<xmpp::RosterItem> &roster)
{
    d->m_roster = roster;
}

QList<xmpp::RosterItem> MomentsService::roster() const
{
    return d->m_roster;
}

void MomentsService::setOwnName(const QString &name)
{
    d->m_ownName = name;
}

Result<qint64> MomentsService::publishPost(const QString &text, const QList<NewImage> &images,
                                           Audience audience, const QStringList &tags)
{
    if (!d->m_ready)
        return Error::make(Error::Code::Storage, d->m_error);
    if (text.trimmed().isEmpty() && images.isEmpty())
        return Error::make(Error::Code::InvalidArgument, tr("Write something or add a photo."));
    if (images.size() > kMaxImages)
        return Error::make(Error::Code::InvalidArgument, tr("A post holds at most 9 photos."));
    if (audience != Audience::AllFriends && tags.isEmpty())
        return Error::make(Error::Code::InvalidArgument, tr("Choose at least one tag."));
    MomentsPost p;
    p.owner = d->m_account.bareString();
    p.itemId = newItemId();
    p.published = QDateTime::currentDateTimeUtc();
    p.atomId = microblog::atomId(d->m_account, p.published, QStringLiteral("posts"), p.itemId);
    p.authorName = d->nameFor(p.owner, d->m_account.local());
    p.text = text.trimmed();
    p.audience = audience;
    p.audienceTags = audience == Audience::AllFriends ? QStringList() : tags;
    p.state = MomentsPost::State::Sending;
    QList<MomentsImage> stored;
    for (const NewImage &image : images) {
        const QString mime = image.mimeType.isEmpty()
                                 ? QMimeDatabase().mimeTypeForFileNameAndData(image.name, image.data).name()
                                 : image.mimeType;
        if (!mime.startsWith(u"image/"))
            return Error::make(Error::Code::InvalidArgument,
                               tr("%1 is not a picture.").arg(image.name));
        auto id = d->m_media->put(image.data, image.name, mime);
        if (!id)
            return id.error();
        MomentsImage m;
        m.mediaId = id.value();
        m.mimeType = mime;
        m.name = image.name;
        m.size = image.data.size();
        const Thumbnail thumb = makeThumbnail(image.data, kThumbnailSize);
        if (!thumb.jpeg.isEmpty())
            if (auto t = d->m_media->put(thumb.jpeg, image.name, QStringLiteral("image/jpeg")))
                m.thumbId = t.value();
        m.width = thumb.width;
        m.height = thumb.height;
        m.state = MomentsImage::State::Done;
        stored.append(m);
    }
    auto row = d->m_store->upsertPost(p);
    if (!row)
        return row.error();
    const qint64 id = row->first;
    if (Status st = d->m_store->setImages(id, stored); !st)
        return st.error();
    Q_EMIT postAdded(id);
    d->startPublish(id);
    return id;
}

void MomentsService::retryPost(qint64 postId)
{
    if (d->m_ready)
        d->startPublish(postId);
}

Status MomentsService::deletePost(qint64 postId)
{
    if (!d->m_ready)
        return Error::make(Error::Code::Storage, d->m_error);
    auto p = d->m_store->post(postId);
    if (!p)
        return Error::make(Error::Code::NotFound, tr("The post is gone."));
    if (p->owner != d->m_account.bareString())
        return Error::make(Error::Code::PolicyViolation, tr("Only your own posts can be deleted."));
    if (p->state == MomentsPost::State::Published) {
        if (!d->online())
            return Error::make(Error::Code::Network, tr("Not connected; try again later."));
        auto report = [this](const Status &st) {
            if (!st)
                Q_EMIT errorOccurred(st.error().message);
        };
        if (p->node == microblog::kNode)
            d->m_mb->retract(Jid(), p->node, p->itemId, d->m_managersOwner, report);
        else if (!p->node.isEmpty())
            d->m_mb->deleteNode(p->node, d->m_managersOwner, report);
        if (!p->commentsNode.isEmpty())
            d->m_mb->deleteNode(p->commentsNode, d->m_managersOwner, report);
    }
    d->removePostRow(postId);
    return {};
}

void MomentsService::setLiked(qint64 postId, bool liked)
{
    if (!d->m_ready)
        return;
    auto p = d->m_store->post(postId);
    if (!p || p->commentsNode.isEmpty() || p->state != MomentsPost::State::Published)
        return;
    const QString me = d->m_account.bareString();
    const QString itemId = d->likeItemId();
    if (liked) {
        MomentsComment c;
        c.owner = p->owner;
        c.postItem = p->itemId;
        c.itemId = itemId;
        c.author = me;
        c.authorName = d->nameFor(me, d->m_account.local());
        c.like = true;
        c.published = QDateTime::currentDateTimeUtc();
        c.atomId = microblog::atomId(d->m_account, c.published, QStringLiteral("comments"), itemId);
        (void)d->m_store->upsertComment(c);
        if (d->online()) {
            MicroblogEntry e;
            e.author = d->m_account;
            e.authorName = d->m_ownName;
            e.title = MicroblogEntry::kLikeTitle.toString();
            e.published = c.published;
            e.atomId = c.atomId;
            d->m_mb->publish(Jid::parse(p->owner), p->commentsNode, itemId, toAtom(e),
                             d->m_managersOwner, [this](const Result<QString> &r) {
                                 if (!r)
                                     Q_EMIT errorOccurred(r.error().message);
                             });
        }
    } else {
        (void)d->m_store->removeComment(p->owner, p->itemId, itemId);
        d->retractOrBlank(p->owner, p->commentsNode, itemId);
    }
    Q_EMIT postChanged(postId);
}

Status MomentsService::addComment(qint64 postId, const QString &text, qint64 replyToCommentId)
{
    if (!d->m_ready)
        return Error::make(Error::Code::Storage, d->m_error);
    auto p = d->m_store->post(postId);
    if (!p || p->commentsNode.isEmpty() || p->state != MomentsPost::State::Published)
        return Error::make(Error::Code::NotFound, tr("This post takes no comments."));
    if (text.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidArgument, tr("The comment is empty."));
    if (!d->online())
        return Error::make(Error::Code::Network, tr("Not connected; try again later."));
    MomentsComment c;
    c.owner = p->owner;
    c.postItem = p->itemId;
    c.itemId = newItemId();
    c.author = d->m_account.bareString();
    c.authorName = d->nameFor(c.author, d->m_account.local());
    c.text = text.trimmed();
    c.published = QDateTime::currentDateTimeUtc();
    c.atomId = microblog::atomId(d->m_account, c.published, QStringLiteral("comments"), c.itemId);
    if (replyToCommentId > 0)
        if (auto r = d->m_store->comment(replyToCommentId))
            c.replyToRef = r->atomId;
    if (auto st = d->m_store->upsertComment(c); !st)
        return st.error();
    MicroblogEntry e;
    e.author = d->m_account;
    e.authorName = d->m_ownName;
    e.title = c.text;
    e.published = c.published;
    e.atomId = c.atomId;
    e.inReplyToRef = c.replyToRef;
    d->m_mb->publish(Jid::parse(p->owner), p->commentsNode, c.itemId, toAtom(e),
                     d->m_managersOwner, [this, owner = c.owner, postItem = c.postItem,
                                          itemId = c.itemId, postId](const Result<QString> &r) {
                         if (r)
                             return;
                         (void)d->m_store->removeComment(owner, postItem, itemId);
                         Q_EMIT postChanged(postId);
                         Q_EMIT errorOccurred(r.error().message);
                     });
    Q_EMIT postChanged(postId);
    return {};
}

Status MomentsService::deleteComment(qint64 commentId)
{
    if (!d->m_ready)
        return Error::make(Error::Code::Storage, d->m_error);
    auto c = d->m_store->comment(commentId);
    if (!c)
        return Error::make(Error::Code::NotFound, tr("The comment is gone."));
    const QString me = d->m_account.bareString();
    if (c->author != me && c->owner != me)
        return Error::make(Error::Code::PolicyViolation,
                           tr("Only your own comments can be deleted."));
    if (!d->online())
        return Error::make(Error::Code::Network, tr("Not connected; try again later."));
    auto p = d->m_store->postByItem(c->owner, c->postItem);
    (void)d->m_store->removeComment(c->owner, c->postItem, c->itemId);
    if (p) {
        d->retractOrBlank(c->owner, p->commentsNode, c->itemId);
        Q_EMIT postChanged(p->id);
    }
    d->emitUnseen();
    return {};
}

void MomentsService::refresh()
{
    if (!d->m_ready || !d->online())
        return;
    d->refreshOwner(d->m_account.bareString());
    for (const xmpp::RosterItem &item : std::as_const(d->m_roster))
        if (item.seesTheirPresence())
            d->refreshOwner(item.jid.bareString());
    d->scheduleDownloads();
}

void MomentsService::refreshContact(const QString &jid)
{
    if (d->m_ready)
        d->refreshOwner(Jid::parse(jid).bareString());
}

bool MomentsService::isRefreshing() const
{
    return d->m_pending > 0;
}

QList<MomentsPost> MomentsService::page(qint64 beforeMs, qint64 beforeId, int limit,
                                        const QString &owner) const
{
    return d->m_ready ? d->m_store->page(beforeMs, beforeId, limit, owner) : QList<MomentsPost>();
}

std::optional<MomentsPost> MomentsService::post(qint64 postId) const
{
    return d->m_ready ? d->m_store->post(postId) : std::nullopt;
}

std::optional<MomentsPost> MomentsService::postByItem(const QString &owner,
                                                      const QString &itemId) const
{
    return d->m_ready ? d->m_store->postByItem(owner, itemId) : std::nullopt;
}

QList<MomentsComment> MomentsService::interactions(int limit) const
{
    return d->m_ready ? d->m_store->interactions(d->m_account.bareString(), limit)
                      : QList<MomentsComment>();
}

int MomentsService::unseenInteractions() const
{
    return d->m_ready ? d->m_store->unseenInteractions(d->m_account.bareString()) : 0;
}

void MomentsService::markInteractionsSeen()
{
    if (!d->m_ready)
        return;
    (void)d->m_store->markInteractionsSeen(QDateTime::currentMSecsSinceEpoch());
    d->emitUnseen();
}

Result<QByteArray> MomentsService::media(const QString &mediaId) const
{
    if (!d->m_ready)
        return Error::make(Error::Code::Storage, d->m_error);
    return d->m_media->get(mediaId);
}

} // namespace teahouse::moments
