#include "MomentsTestClient.h"
#include "Peer.h"
#include "moments/MicroblogEntry.h"
#include "moments/MicroblogManager.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QtTest>

using namespace teahouse;
using namespace teahouse::moments;
using namespace teahouse::test;

namespace {

QByteArray picture(QColor colour, const char *format, int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(colour);
    for (int y = 0; y < h; y += 7)
        for (int x = 0; x < w; x += 5)
            image.setPixelColor(x, y, QColor((x * 13) % 256, (y * 7) % 256, (x + y) % 256));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

bool allImagesFetched(const std::optional<MomentsPost> &p, int count)
{
    if (!p || p->images.size() != count)
        return false;
    for (const MomentsImage &im : p->images)
        if (im.state != MomentsImage::State::Done)
            return false;
    return true;
}

} // namespace

class TestMomentsServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    QString m_alice, m_bob, m_carol, m_dave;

    // Mutual presence subscriptions through two slixmpp peers (they auto-accept).
    bool befriend(const QString &a, const QString &b)
    {
        Peer pa(a), pb(b);
        if (!pa.start().ok() || !pb.start().ok())
            return false;
        if (!pa.signIn(*m_server, a, kMomentsPassword).ok() ||
            !pb.signIn(*m_server, b, kMomentsPassword).ok())
            return false;
        pa.sendPresence(m_server->jid(b), QStringLiteral("subscribe"));
        pb.sendPresence(m_server->jid(a), QStringLiteral("subscribe"));
        return waitFor([&] {
            return pa.subscription(m_server->jid(b)) == u"both" &&
                   pb.subscription(m_server->jid(a)) == u"both";
        });
    }

    QList<xmpp::RosterItem> aliceRoster() const
    {
        return {friendItem(m_bob, {QStringLiteral("family")}), friendItem(m_carol),
                friendItem(m_dave, {QStringLiteral("work")})};
    }

private Q_SLOTS:
    void initTestCase()
    {
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        for (const char *u : {"alice", "bob", "carol", "dave"})
            QVERIFY(m_server->addUser(QString::fromLatin1(u), kMomentsPassword).ok());
        m_alice = m_server->jid(QStringLiteral("alice"));
        m_bob = m_server->jid(QStringLiteral("bob"));
        m_carol = m_server->jid(QStringLiteral("carol"));
        m_dave = m_server->jid(QStringLiteral("dave"));
        QVERIFY(befriend(QStringLiteral("alice"), QStringLiteral("bob")));
        QVERIFY(befriend(QStringLiteral("alice"), QStringLiteral("carol")));
        QVERIFY(befriend(QStringLiteral("alice"), QStringLiteral("dave")));
    }
    void cleanupTestCase() { m_server.reset(); }

    // A posts with 2 images → B sees identical bytes; B likes and comments → A sees both and
    // the badge; A deletes → gone for B.
    void postImagesLikesCommentsAndDelete()
    {
        MomentsTestClient alice, bob;
        QVERIFY(alice.start(*m_server, QStringLiteral("alice"), aliceRoster()));
        QVERIFY(bob.start(*m_server, QStringLiteral("bob"), {friendItem(m_alice)}));

        const QByteArray one = picture(Qt::red, "PNG", 800, 600);
        const QByteArray two = picture(Qt::blue, "JPEG", 640, 960);
        QSignalSpy progress(alice.moments.get(), &MomentsService::uploadProgress);
        auto id = alice.moments->publishPost(
            QStringLiteral("西湖的春天 🌸"),
            {{one, QStringLiteral("one.png"), {}}, {two, QStringLiteral("two.jpg"), {}}},
            Audience::AllFriends, {});
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QVERIFY(waitFor([&] {
            const auto p = alice.moments->post(id.value());
            return p && p->state != MomentsPost::State::Sending;
        }));
        const auto mine = alice.moments->post(id.value());
        QCOMPARE(mine->state, MomentsPost::State::Published);
        QVERIFY(!progress.isEmpty());
        QString seenProgress;
        for (const auto &p : progress)
            seenProgress += QStringLiteral("%1/%2 ").arg(p.at(1).toLongLong()).arg(p.at(2).toLongLong());
        QVERIFY2(progress.last().at(1).toLongLong() == qint64(one.size() + two.size()),
                 qPrintable(seenProgress + QString::number(one.size())));
        QCOMPARE(progress.last().at(2).toLongLong(), qint64(one.size() + two.size()));

        QVERIFY(bob.refresh());
        QVERIFY(waitFor([&] {
            return allImagesFetched(bob.moments->postByItem(m_alice, mine->itemId), 2);
        }));
        const auto seen = bob.moments->postByItem(m_alice, mine->itemId);
        QCOMPARE(seen->text, QStringLiteral("西湖的春天 🌸"));
        QCOMPARE(seen->authorName, QStringLiteral("alice"));
        QCOMPARE(bob.moments->media(seen->images[0].mediaId).value(), one);
        QCOMPARE(bob.moments->media(seen->images[1].mediaId).value(), two);
        QVERIFY(!seen->images[0].thumbId.isEmpty());
        QCOMPARE(seen->images[1].width, 640);

        QSignalSpy interactions(alice.moments.get(), &MomentsService::interactionReceived);
        bob.moments->setLiked(seen->id, true);
        QVERIFY(bob.moments->addComment(seen->id, QStringLiteral("真美！")).ok());
        // Live to A, who follows the comments node of her own post.
        QVERIFY2(waitFor([&] { return interactions.size() == 2; }),
                 qPrintable(QString::number(interactions.size())));
        QVERIFY(waitFor([&] {
            const auto p = alice.moments->post(id.value());
            return p->likes.size() == 1 && p->comments.size() == 1;
        }));
        auto withBoth = alice.moments->post(id.value());
        QCOMPARE(withBoth->likes[0].author, m_bob);
        QCOMPARE(withBoth->comments[0].text, QStringLiteral("真美！"));
        QCOMPARE(withBoth->comments[0].author, m_bob);
        QCOMPARE(alice.moments->unseenInteractions(), 2);
        QCOMPARE(alice.moments->interactions().size(), 2);
        alice.moments->markInteractionsSeen();
        QCOMPARE(alice.moments->unseenInteractions(), 0);

        // A replies to B's comment; B reads it with the reply marked.
        const qint64 bobComment = withBoth->comments[0].id;
        QVERIFY(alice.moments->addComment(id.value(), QStringLiteral("谢谢"), bobComment).ok());
        QTest::qWait(300);
        QVERIFY(bob.refresh());
        QVERIFY(waitFor([&] {
            const auto p = bob.moments->postByItem(m_alice, mine->itemId);
            return p && p->comments.size() == 2;
        }));
        QCOMPARE(bob.moments->postByItem(m_alice, mine->itemId)->comments[1].replyToName,
                 QStringLiteral("bob"));

        // Unlike: B withdraws the like; A's count goes back after a refresh.
        bob.moments->setLiked(seen->id, false);
        QTest::qWait(300);
        QVERIFY(alice.refresh());
        QVERIFY(waitFor([&] { return alice.moments->post(id.value())->likes.isEmpty(); }));

        // A deletes: retracted on the server, so B's next read drops it.
        QVERIFY(alice.moments->deletePost(id.value()).ok());
        QVERIFY(!alice.moments->post(id.value()));
        QTest::qWait(300);
        QVERIFY(bob.refresh());
        QVERIFY(!bob.moments->postByItem(m_alice, mine->itemId));
    }

    // "family" only: bob (tagged) reads it; the server refuses carol, whose feed never has it.
    void tagRestrictedPost()
    {
        MomentsTestClient alice, bob, carol;
        QVERIFY(alice.start(*m_server, QStringLiteral("alice"), aliceRoster()));
        QVERIFY(bob.start(*m_server, QStringLiteral("bob"), {friendItem(m_alice)}));
        QVERIFY(carol.start(*m_server, QStringLiteral("carol"), {friendItem(m_alice)}));
        QSignalSpy bobAdded(bob.moments.get(), &MomentsService::postAdded);

        auto id = alice.moments->publishPost(QStringLiteral("只给家人看"), {}, Audience::OnlyTags,
                                             {QStringLiteral("family")});
        QVERIFY(id.ok());
        QVERIFY(waitFor([&] {
            return alice.moments->post(id.value())->state == MomentsPost::State::Published;
        }));
        const auto mine = alice.moments->post(id.value());
        QVERIFY(mine->node.startsWith(microblog::kRestrictedPrefix));
        // Bob was subscribed by the owner: the post reaches him live.
        QVERIFY(waitFor([&] { return bob.moments->postByItem(m_alice, mine->itemId).has_value(); }));
        QVERIFY(bob.refresh());
        QVERIFY(bob.moments->postByItem(m_alice, mine->itemId));

        QVERIFY(carol.refresh());
        QVERIFY(!carol.moments->postByItem(m_alice, mine->itemId));
        for (const MomentsPost &p : carol.moments->page(0, 0, 100))
            QVERIFY(p.text != QStringLiteral("只给家人看"));
        // Asked directly, the server says no.
        MicroblogManager direct(carol.stream.get(), carol.iq.get());
        std::optional<Result<QList<MicroblogManager::Item>>> answer;
        direct.fetchItems(Jid::parse(m_alice), mine->node, 0, &direct,
                          [&](const Result<QList<MicroblogManager::Item>> &r) { answer = r; });
        QVERIFY(waitFor([&] { return answer.has_value(); }));
        QVERIFY(!answer->ok());
        QCOMPARE(xmpp::IqTracker::errorCondition(answer->error()), QStringLiteral("forbidden"));

        // "All except work": carol is in, dave (tagged work) is out.
        auto except = alice.moments->publishPost(QStringLiteral("not for work"), {},
                                                 Audience::ExceptTags, {QStringLiteral("work")});
        QVERIFY(except.ok());
        QVERIFY(waitFor([&] {
            return alice.moments->post(except.value())->state == MomentsPost::State::Published;
        }));
        const QString exceptItem = alice.moments->post(except.value())->itemId;
        QVERIFY(carol.refresh());
        QVERIFY(carol.moments->postByItem(m_alice, exceptItem));

        // Deleting a restricted post deletes its node: gone for bob too.
        QVERIFY(alice.moments->deletePost(id.value()).ok());
        QVERIFY(waitFor([&] { return !bob.moments->postByItem(m_alice, mine->itemId); }));
        QVERIFY(alice.moments->deletePost(except.value()).ok());
    }

    // An independent implementation publishes a XEP-0277 entry; it shows in our feed.
    void slixmppPeerPost()
    {
        Peer dave(QStringLiteral("dave"));
        QVERIFY(dave.start().ok());
        QVERIFY(dave.signIn(*m_server, QStringLiteral("dave"), kMomentsPassword).ok());
        QJsonObject iq;
        iq.insert(QStringLiteral("cmd"), QStringLiteral("iq"));
        iq.insert(QStringLiteral("xml"),
                  QStringLiteral(
                      "<iq xmlns='jabber:client' type='set'><pubsub "
                      "xmlns='http://jabber.org/protocol/pubsub'><publish "
                      "node='urn:xmpp:microblog:0'><item id='dave-1'><entry "
                      "xmlns='http://www.w3.org/2005/Atom'><author><name>Dave</name>"
                      "<uri>xmpp:%1</uri></author><title type='text'>Hello from slixmpp</title>"
                      "<id>tag:localhost,2024-01-01:posts-dave-1</id>"
                      "<published>2024-01-01T12:00:00Z</published>"
                      "<updated>2024-01-01T12:00:00Z</updated></entry></item></publish>"
                      "</pubsub></iq>")
                      .arg(m_dave));
        auto published = dave.request(iq);
        QVERIFY2(published.ok(), qPrintable(dave.diagnostics()));

        MomentsTestClient alice;
        QVERIFY(alice.start(*m_server, QStringLiteral("alice"), aliceRoster()));
        QVERIFY(waitFor([&] { return alice.moments->postByItem(m_dave, QStringLiteral("dave-1")).has_value(); }));
        const auto p = alice.moments->postByItem(m_dave, QStringLiteral("dave-1"));
        QCOMPARE(p->text, QStringLiteral("Hello from slixmpp"));
        QCOMPARE(p->published, QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC));
        bool inFeed = false;
        for (const MomentsPost &post : alice.moments->page(0, 0, 50))
            inFeed = inFeed || post.itemId == u"dave-1";
        QVERIFY(inFeed);
    }
};

QTEST_MAIN(TestMomentsServer)
#include "tst_moments_server.moc"
