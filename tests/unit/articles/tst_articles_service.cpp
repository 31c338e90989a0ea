#include "FakeChannel.h"
#include "StorageTestUtils.h"
#include "articles/ArticlesService.h"
#include "articles/PubSubClient.h"
#include "storage/Database.h"
#include "xmpp/IqTracker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::articles;
using teahouse::test::FakeChannel;

namespace {

const QByteArray kEntry =
    "<entry xmlns='http://www.w3.org/2005/Atom'><id>a1</id><title>Road works</title>"
    "<link href='https://city.example/a1'/><published>2024-05-01T08:00:00Z</published>"
    "<content type='html'>&lt;p onclick=&quot;x()&quot;&gt;Main street&lt;/p&gt;"
    "&lt;script&gt;bad()&lt;/script&gt;</content>"
    "<source><title>City News</title><icon>https://city.example/icon.png</icon></source>"
    "</entry>";

} // namespace

class TestArticlesService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<storage::Database> m_db;
    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<xmpp::IqTracker> m_iq;
    std::unique_ptr<ArticlesService> m_service;
    const Jid m_pubsub = Jid::parse(u"pubsub.capulet.lit");
    const QString m_cityId = OfficialAccount::pubSubId(m_pubsub, QStringLiteral("city-news"));

private Q_SLOTS:
    void initTestCase()
    {
        auto db =
            storage::Database::open(m_dir.filePath(QStringLiteral("a.db")), test::fixedKey(3));
        QVERIFY(db.ok());
        m_db.emplace(std::move(db).value());
        m_service =
            std::make_unique<ArticlesService>(*m_db, m_dir.filePath(QStringLiteral("media")));
        QVERIFY(m_service->open().ok());
        m_service->setService(m_pubsub);
        m_channel = std::make_unique<FakeChannel>();
        m_iq = std::make_unique<xmpp::IqTracker>(m_channel.get());
        m_channel->startSession();
        m_service->bind(m_channel.get(), m_iq.get());
    }

    // Binding to an online session catches up: what the service says we follow, then the
    // directory (disco#items, each node's meta-data and newest item).
    void directory()
    {
        QSignalSpy refreshed(m_service.get(), &ArticlesService::directoryRefreshed);
        QVERIFY(m_channel->expect("<iq type='get' to='pubsub.capulet.lit' id='$ID'>"
                                  "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                                  "<subscriptions/></pubsub></iq>"));
        m_channel->inject("<iq type='result' from='pubsub.capulet.lit' id='$ID'>"
                          "<pubsub xmlns='http://jabber.org/protocol/pubsub'><subscriptions/>"
                          "</pubsub></iq>");
        QVERIFY(m_channel->expect("<iq type='get' to='pubsub.capulet.lit' id='$ID'>"
                                  "<query xmlns='http://jabber.org/protocol/disco#items'/></iq>"));
        m_channel->inject("<iq type='result' from='pubsub.capulet.lit' id='$ID'>"
                          "<query xmlns='http://jabber.org/protocol/disco#items'>"
                          "<item jid='pubsub.capulet.lit' node='city-news' name='city-news'/>"
                          "</query></iq>");
        QVERIFY(m_channel->expect(
            "<iq type='get' to='pubsub.capulet.lit' id='$ID'>"
            "<query xmlns='http://jabber.org/protocol/disco#info' node='city-news'/></iq>"));
        m_channel->inject(
            "<iq type='result' from='pubsub.capulet.lit' id='$ID'>"
            "<query xmlns='http://jabber.org/protocol/disco#info' node='city-news'>"
            "<identity category='pubsub' type='leaf'/>"
            "<x xmlns='jabber:x:data' type='result'>"
            "<field var='FORM_TYPE' type='hidden'><value>"
            "http://jabber.org/protocol/pubsub#meta-data</value></field>"
            "<field var='pubsub#title'><value>City News 城市新闻</value></field>"
            "<field var='pubsub#description'><value>What happens in town</value></field>"
            "</x></query></iq>");
        QVERIFY(m_channel->expect("<iq type='get' to='pubsub.capulet.lit' id='$ID'>"
                                  "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                                  "<items node='city-news' max_items='1'/></pubsub></iq>"));
        m_channel->inject("<iq type='result' from='pubsub.capulet.lit' id='$ID'>"
                          "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                          "<items node='city-news'><item id='a1'>" +
                          kEntry + "</item></items></pubsub></iq>");
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(m_channel->expectNothing());
        auto account = m_service->store().account(m_cityId);
        QVERIFY(account.ok() && account->has_value());
        QCOMPARE((*account)->title, QStringLiteral("City News 城市新闻"));
        QCOMPARE((*account)->description, QStringLiteral("What happens in town"));
        QCOMPARE((*account)->avatar, QUrl(QStringLiteral("https://city.example/icon.png")));
        QVERIFY(!(*account)->followed);
        // Browsing stores no articles.
        QCOMPARE((*account)->articleCount, 0);
    }

    void notFollowedNotificationIgnored()
    {
        QSignalSpy arrived(m_service.get(), &ArticlesService::articleArrived);
        m_channel->inject("<message from='pubsub.capulet.lit' to='juliet@capulet.lit'>"
                          "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
                          "<items node='city-news'><item id='a1'>" +
                          kEntry + "</item></items></event></message>");
        QCOMPARE(arrived.size(), 0);
    }

    void follow()
    {
        bool done = false;
        m_service->follow(m_cityId, [&](Status s) {
            QVERIFY(s.ok());
            done = true;
        });
        QVERIFY(m_channel->expect("<iq type='set' to='pubsub.capulet.lit' id='$ID'>"
                                  "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                                  "<subscribe node='city-news' jid='juliet@capulet.lit'/>"
                                  "</pubsub></iq>"));
        m_channel->inject("<iq type='result' from='pubsub.capulet.lit' id='$ID'/>");
        QVERIFY(m_channel->expect("<iq type='get' to='pubsub.capulet.lit' id='$ID'>"
                                  "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                                  "<items node='city-news' max_items='20'/></pubsub></iq>"));
        m_channel->inject("<iq type='result' from='pubsub.capulet.lit' id='$ID'>"
                          "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                          "<items node='city-news'><item id='a1'>" +
                          kEntry + "</item></items></pubsub></iq>");
        QVERIFY(done);
        auto list = m_service->store().articles(QString());
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        const Article &a = list->first();
        QCOMPARE(a.title, QStringLiteral("Road works"));
        QCOMPARE(a.html, QStringLiteral("<p>Main street</p>"));
        QCOMPARE(a.text, QStringLiteral("Main street"));
        QCOMPARE(a.link, QUrl(QStringLiteral("https://city.example/a1")));
        QVERIFY(!a.read);
        auto account = m_service->store().account(m_cityId);
        QCOMPARE((*account)->unread, 1);
    }

    void notificationFromFollowedAccount()
    {
        QSignalSpy arrived(m_service.get(), &ArticlesService::articleArrived);
        QByteArray second = kEntry;
        second.replace("Road works", "Bus 12 moves");
        // Not from the service: dropped.
        m_channel->inject("<message from='mallory@evil.lit'>"
                          "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
                          "<items node='city-news'><item id='fake'>" +
                          second + "</item></items></event></message>");
        QCOMPARE(arrived.size(), 0);
        m_channel->inject("<message from='pubsub.capulet.lit' to='juliet@capulet.lit'>"
                          "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
                          "<items node='city-news'><item id='a2'>" +
                          second + "</item></items></event></message>");
        QCOMPARE(arrived.size(), 1);
        const auto article = arrived.first().first().value<Article>();
        QCOMPARE(article.title, QStringLiteral("Bus 12 moves"));
        // The same item again (a re-delivery) is not news.
        m_channel->inject("<message from='pubsub.capulet.lit'>"
                          "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
                          "<items node='city-news'><item id='a2'>" +
                          second + "</item></items></event></message>");
        QCOMPARE(arrived.size(), 1);
        m_channel->inject("<message from='pubsub.capulet.lit'>"
                          "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
                          "<items node='city-news'><retract id='a2'/></items></event></message>");
        QCOMPARE(m_service->store().articles(m_cityId)->size(), 1);
    }

    void readLikePosition()
    {
        auto list = m_service->store().articles(m_cityId);
        const qint64 id = list->first().id;
        QVERIFY(m_service->store().setRead(id, true).ok());
        QVERIFY(m_service->store().setLiked(id, true).ok());
        QVERIFY(m_service->store().setPosition(id, 0.4).ok());
        auto a = m_service->store().article(id);
        QVERIFY(a.ok() && a->has_value());
        QVERIFY((*a)->read);
        QVERIFY((*a)->liked);
        QCOMPARE((*a)->position, 0.4);
        QCOMPARE((*m_service->store().account(m_cityId))->unread, 0);
    }

    // A like goes to the counter the entry names (on the service's own domain) and the figure
    // it answers is kept; a counter elsewhere is not told anything.
    void likesReachTheCounter()
    {
        QByteArray counted = kEntry;
        counted.replace("</entry>", "<counter xmlns='urn:teahouse:articles:likes:0' "
                                    "jid='articles@capulet.lit/provider'/></entry>");
        counted.replace("Road works", "Counted");
        QByteArray spying = kEntry;
        spying.replace("</entry>", "<counter xmlns='urn:teahouse:articles:likes:0' "
                                   "jid='spy@evil.lit'/></entry>");
        spying.replace("Road works", "Spying");
        for (const auto &[item, entry] : {std::pair{"a3", counted}, std::pair{"a4", spying}}) {
            m_channel->inject(QByteArray("<message from='pubsub.capulet.lit'>"
                                         "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
                                         "<items node='city-news'><item id='") +
                              item + "'>" + entry + "</item></items></event></message>");
        }
        auto a3 = m_service->store().articleByItem(m_cityId, QStringLiteral("a3"));
        QVERIFY(a3.ok() && a3->has_value());
        QCOMPARE((*a3)->likesJid, QStringLiteral("articles@capulet.lit/provider"));
        QCOMPARE((*a3)->likeCount, -1);
        QCOMPARE(m_service->likesCounter(**a3), Jid::parse(u"articles@capulet.lit/provider"));

        QSignalSpy changed(m_service.get(), &ArticlesService::likesChanged);
        std::optional<Status> done;
        m_service->setLiked((*a3)->id, true, [&](Status s) { done = s; });
        QVERIFY(m_channel->expect("<iq type='set' to='articles@capulet.lit/provider' id='$ID'>"
                                  "<like xmlns='urn:teahouse:articles:likes:0' node='city-news' "
                                  "item='a3' liked='true'/></iq>"));
        m_channel->inject("<iq type='result' from='articles@capulet.lit/provider' id='$ID'>"
                          "<likes xmlns='urn:teahouse:articles:likes:0' node='city-news' "
                          "item='a3' count='5' liked='true'/></iq>");
        QVERIFY(done.has_value() && done->ok());
        QCOMPARE(changed.size(), 2); // liked locally, then the publisher's figure
        auto after = m_service->store().article((*a3)->id);
        QVERIFY((*after)->liked);
        QCOMPARE((*after)->likeCount, 5);

        // Asking again (opening the article later).
        done.reset();
        m_service->refreshLikes((*a3)->id, [&](Status s) { done = s; });
        QVERIFY(m_channel->expect("<iq type='get' to='articles@capulet.lit/provider' id='$ID'>"
                                  "<likes xmlns='urn:teahouse:articles:likes:0' node='city-news' "
                                  "item='a3'/></iq>"));
        m_channel->inject("<iq type='result' from='articles@capulet.lit/provider' id='$ID'>"
                          "<likes xmlns='urn:teahouse:articles:likes:0' count='6'/></iq>");
        QVERIFY(done.has_value() && done->ok());
        QCOMPARE((*m_service->store().article((*a3)->id))->likeCount, 6);

        auto a4 = m_service->store().articleByItem(m_cityId, QStringLiteral("a4"));
        QVERIFY(a4.ok() && a4->has_value());
        QVERIFY(!m_service->likesCounter(**a4).isValid());
        done.reset();
        m_service->setLiked((*a4)->id, true, [&](Status s) { done = s; });
        QVERIFY(done.has_value() && done->ok());
        QVERIFY(m_channel->expectNothing());
        QVERIFY((*m_service->store().article((*a4)->id))->liked);
    }

    void unfollow()
    {
        bool done = false;
        m_service->unfollow(m_cityId, [&](Status s) {
            QVERIFY(s.ok());
            done = true;
        });
        QVERIFY(m_channel->expect("<iq type='set' to='pubsub.capulet.lit' id='$ID'>"
                                  "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                                  "<unsubscribe node='city-news' jid='juliet@capulet.lit'/>"
                                  "</pubsub></iq>"));
        m_channel->inject("<iq type='result' from='pubsub.capulet.lit' id='$ID'/>");
        QVERIFY(done);
        QVERIFY(!(*m_service->store().account(m_cityId))->followed);
        QCOMPARE(m_service->store().articles(QString())->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestArticlesService)
#include "tst_articles_service.moc"
