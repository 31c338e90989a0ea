#include "StorageTestUtils.h"
#include "moments/MomentsService.h"
#include "moments/MomentsStore.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace teahouse;
using namespace teahouse::moments;

namespace {

MomentsPost makePost(const QString &owner, int n, qint64 ms)
{
    MomentsPost p;
    p.owner = owner;
    p.node = QStringLiteral("urn:xmpp:microblog:0");
    p.itemId = QStringLiteral("item-%1").arg(n);
    p.text = QStringLiteral("post %1").arg(n);
    p.authorName = owner.section(u'@', 0, 0);
    p.published = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    p.commentsNode = QStringLiteral("urn:xmpp:microblog:0:comments/item-%1").arg(n);
    return p;
}

MomentsComment makeComment(const QString &owner, const QString &postItem, const QString &id,
                           const QString &author, bool like, qint64 ms)
{
    MomentsComment c;
    c.owner = owner;
    c.postItem = postItem;
    c.itemId = id;
    c.author = author;
    c.authorName = author.section(u'@', 0, 0);
    c.text = like ? QString() : QStringLiteral("nice");
    c.like = like;
    c.published = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    c.atomId = QStringLiteral("tag:h,2024-01-01:comments-") + id;
    return c;
}

} // namespace

class TestMomentsStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void pagesNewestFirstWithDetails()
    {
        auto db = storage::Database::open(m_dir.filePath(QStringLiteral("a.db")),
                                          test::fixedKey(7));
        QVERIFY(db.ok());
        QVERIFY(MomentsStore::applySchema(db.value()).ok());
        // Applying twice is a no-op (versioned module "moments").
        QVERIFY(MomentsStore::applySchema(db.value()).ok());
        MomentsStore store(db.value());
        const QString me = QStringLiteral("me@h");
        const QString bob = QStringLiteral("bob@h");
        // 25 posts, two of them with the same time stamp (ties break by row id).
        for (int i = 0; i < 25; ++i) {
            const qint64 ms = 1'700'000'000'000 + (i == 24 ? 23 : i) * 1000;
            auto r = store.upsertPost(makePost(i % 2 ? bob : me, i, ms));
            QVERIFY(r.ok());
            QVERIFY(r->second);
        }
        // Upserting the same item updates in place.
        MomentsPost again = makePost(me, 0, 1'700'000'000'000);
        again.text = QStringLiteral("edited");
        auto r = store.upsertPost(again);
        QVERIFY(r.ok());
        QVERIFY(!r->second);
        QCOMPARE(store.postCount(), 25);

        QList<MomentsImage> images(3);
        for (int i = 0; i < 3; ++i)
            images[i].url = QStringLiteral("https://h/%1.jpg").arg(i);
        QVERIFY(store.setImages(r->first, images).ok());
        QVERIFY(images[2].id > 0);
        QCOMPARE(store.pendingImages(10).size(), 3);

        QVERIFY(store.upsertComment(makeComment(me, QStringLiteral("item-0"), QStringLiteral("c1"),
                                                bob, false, 1'700'000'100'000))
                    .value());
        MomentsComment reply = makeComment(me, QStringLiteral("item-0"), QStringLiteral("c2"), me,
                                           false, 1'700'000'200'000);
        reply.replyToRef = QStringLiteral("tag:h,2024-01-01:comments-c1");
        QVERIFY(store.upsertComment(reply).value());
        QVERIFY(store.upsertComment(makeComment(me, QStringLiteral("item-0"), QStringLiteral("l1"),
                                                bob, true, 1'700'000'300'000))
                    .value());
        // The same like again is not new.
        QVERIFY(!store.upsertComment(makeComment(me, QStringLiteral("item-0"),
                                                 QStringLiteral("l1"), bob, true,
                                                 1'700'000'300'000))
                     .value());

        QList<qint64> seen;
        qint64 beforeMs = 0, beforeId = 0;
        while (true) {
            const auto page = store.page(beforeMs, beforeId, 10);
            if (page.isEmpty())
                break;
            for (const MomentsPost &p : page) {
                if (!seen.isEmpty()) {
                    const auto prev = store.post(seen.last());
                    QVERIFY(prev->published >= p.published);
                }
                seen.append(p.id);
            }
            beforeMs = page.last().published.toMSecsSinceEpoch();
            beforeId = page.last().id;
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), 25);

        const auto bobs = store.page(0, 0, 100, bob);
        QCOMPARE(bobs.size(), 12);

        auto first = store.post(r->first);
        QVERIFY(first);
        QCOMPARE(first->text, QStringLiteral("edited"));
        QCOMPARE(first->images.size(), 3);
        QCOMPARE(first->images[1].url, QStringLiteral("https://h/1.jpg"));
        QCOMPARE(first->likes.size(), 1);
        QCOMPARE(first->comments.size(), 2);
        QCOMPARE(first->comments[1].replyToName, QStringLiteral("bob"));

        // Interactions: bob's comment and like on my post; my own reply does not count.
        QCOMPARE(store.interactions(me, 10).size(), 2);
        QCOMPARE(store.unseenInteractions(me), 2);
        QVERIFY(store.markInteractionsSeen(1'700'000'250'000).ok());
        QCOMPARE(store.unseenInteractions(me), 1);

        auto media = store.removePost(r->first);
        QVERIFY(media.ok());
        QVERIFY(!store.post(r->first));
        QVERIFY(store.commentItems(me, QStringLiteral("item-0")).isEmpty());
        QCOMPARE(store.pendingImages(10).size(), 0);
    }

    void composeOfflineKeepsPostAsFailed()
    {
        auto db = storage::Database::open(m_dir.filePath(QStringLiteral("b.db")),
                                          test::fixedKey(8));
        QVERIFY(db.ok());
        MomentsService service(Jid::parse(QStringLiteral("me@h")), db.value(),
                               m_dir.filePath(QStringLiteral("media")));
        QVERIFY2(service.isReady(), qPrintable(service.errorMessage()));
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        QVERIFY(!service.publishPost({}, {}, Audience::AllFriends, {}).ok());
        QVERIFY(!service.publishPost(QStringLiteral("x"), {}, Audience::OnlyTags, {}).ok());
        QList<MomentsService::NewImage> ten(10, {png, QStringLiteral("a.png"), {}});
        QVERIFY(!service.publishPost(QStringLiteral("x"), ten, Audience::AllFriends, {}).ok());
        auto id = service.publishPost(QStringLiteral("hello"), {{png, QStringLiteral("a.png"), {}}},
                                      Audience::AllFriends, {});
        QVERIFY(id.ok());
        const auto p = service.post(id.value());
        QVERIFY(p);
        // No connection: kept, marked failed, offered for a retry.
        QCOMPARE(p->state, MomentsPost::State::Failed);
        QCOMPARE(p->images.size(), 1);
        QCOMPARE(service.media(p->images[0].mediaId).value(), png);
        QVERIFY(!p->images[0].thumbId.isEmpty());
        QCOMPARE(p->images[0].width, 64);
        QVERIFY(service.deletePost(id.value()).ok());
        QVERIFY(!service.post(id.value()));
    }
};

QTEST_MAIN(TestMomentsStore)
#include "tst_moments_store.moc"
