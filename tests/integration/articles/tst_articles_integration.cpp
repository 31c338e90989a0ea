#include "../stream/StreamTestSupport.h"
#include "ArticleModule.h"
#include "HttpFixture.h"
#include "IntegrationFixtures.h"
#include "Provider.h"
#include "StorageTestUtils.h"
#include "TestServer.h"
#include "TestUtils.h"
#include "articles/ArticlePage.h"
#include "articles/ArticlesService.h"
#include "articles/HtmlSanitizer.h"
#include "storage/Database.h"
#include "xmpp/IqTracker.h"
#include "xmpp/Stream.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::test;
using namespace teahouse::provider;
using articles::ArticlesService;
using articles::OfficialAccount;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray pngBytes(QRgb colour)
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(colour);
    return teahouse::test::encodedImage(image);
}

} // namespace

// One client: a signed-in stream and an ArticlesService on its own encrypted store.
struct Reader
{
    Reader(const TestServer &server, const QString &user, const QString &dir)
        : tracker(&stream)
    {
        stream.setSettings(streamSettingsFor(server, user, QStringLiteral("pw")));
        auto opened =
            storage::Database::open(QDir(dir).filePath(user + QStringLiteral(".db")), fixedKey(7));
        db.emplace(std::move(opened).value());
        service = std::make_unique<ArticlesService>(
            *db, QDir(dir).filePath(user + QStringLiteral("-media")));
        (void)service->open();
        service->setService(Jid::parse(u"pubsub.localhost"));
        service->setCaCertificates(server.caCertificates());
        service->setTrustedImageHosts({QStringLiteral("localhost")});
        service->bind(&stream, &tracker);
    }
    ~Reader()
    {
        service.reset();
        stream.disconnectFromServer();
    }
    xmpp::Stream stream;
    xmpp::IqTracker tracker;
    std::optional<storage::Database> db;
    std::unique_ptr<ArticlesService> service;
};

class TestArticlesIntegration : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Provider> m_provider;
    QByteArray m_picture = pngBytes(qRgb(200, 60, 40));

    ArticleModule *module()
    {
        return m_provider->module<ArticleModule>(QStringLiteral("articles"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestServer::Options options;
        options.admins = {QStringLiteral("articles")};
        TEAHOUSE_START_TEST_SERVER(server, options);
        m_server = std::move(server);
        for (const char *user : {"articles", "lihua", "bob"})
            QVERIFY(m_server->addUser(QString::fromLatin1(user), QStringLiteral("pw")).ok());

        const QString content = m_dir.filePath(QStringLiteral("content"));
        writeFile(content + QStringLiteral("/city-news/account.json"), kAccountJson);
        writeFile(content + QStringLiteral("/city-news/icon.png"), pngBytes(qRgb(0, 0, 200)));
        writeFile(content + QStringLiteral("/city-news/park.png"), m_picture);
        writeFile(
            content + QStringLiteral("/city-news/2024-05-01-park.md"),
            "---\ntitle: Park reopens 公园开放\ndate: 2024-05-01T08:00:00+08:00\n"
            "author: Parks Office\n---\nThe **park** is open again.\n\n![Walkway](park.png)\n");
        writeFile(content + QStringLiteral("/city-news/later/water.md"),
                  "---\ntitle: Water cut tomorrow\nsummary: East district, 9:00-15:00\n---\n"
                  "No water from 9:00 to 15:00.\n");

        ProviderConfig config;
        config.host = m_server->host();
        config.port = m_server->c2sPort();
        config.caFile = m_server->caPath();
        config.dataDir = m_dir.filePath(QStringLiteral("provider"));
        config.accounts = {{QStringLiteral("articles@localhost"),
                            QStringLiteral("pw"),
                            {QStringLiteral("articles")}}};
        config.modules.insert(
            QStringLiteral("articles"),
            QJsonObject{{QStringLiteral("service"), QStringLiteral("pubsub.localhost")},
                        {QStringLiteral("content"), content}});
        m_provider = std::make_unique<Provider>(config, ModuleRegistry::builtIn());
        const Status set = m_provider->setUp();
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
        m_provider->connectAll();
        QVERIFY(waitFor([&] { return module() && module()->isReady(); }, 30000));
    }

    void cleanupTestCase()
    {
        m_provider.reset();
        m_server.reset();
    }

    void followerNotifiedNonFollowerNot()
    {
        Reader lihua(*m_server, QStringLiteral("lihua"), m_dir.path());
        Reader bob(*m_server, QStringLiteral("bob"), m_dir.path());
        QSignalSpy lihuaDirectory(lihua.service.get(), &ArticlesService::directoryRefreshed);
        QSignalSpy bobDirectory(bob.service.get(), &ArticlesService::directoryRefreshed);
        lihua.stream.connectToServer();
        bob.stream.connectToServer();
        QVERIFY(waitOnline(lihua.stream));
        QVERIFY(waitOnline(bob.stream));
        // Available, as the app is: notifications to a bare JID go to available resources.
        lihua.stream.sendStanza(presence());
        bob.stream.sendStanza(presence());
        // Signing in catches up with the directory: the node and its meta-data.
        QVERIFY(waitFor([&] { return lihuaDirectory.size() > 0 && bobDirectory.size() > 0; }));
        const QString city =
            OfficialAccount::pubSubId(Jid::parse(u"pubsub.localhost"), QStringLiteral("city-news"));
        auto account = lihua.service->store().account(city);
        QVERIFY(account.ok() && account->has_value());
        QCOMPARE((*account)->title, QStringLiteral("City News 城市新闻"));
        QCOMPARE((*account)->description, QStringLiteral("What happens in town"));
        QVERIFY((*account)->avatar.toString().startsWith(u"https://"));

        std::optional<Status> followed;
        lihua.service->follow(city, [&](Status s) { followed = s; });
        QVERIFY(waitFor([&] { return followed.has_value(); }));
        QVERIFY2(followed->ok(),
                 qPrintable(followed->ok() ? QString() : followed->error().message));
        auto list = lihua.service->store().articles(QString());
        QCOMPARE(list->size(), 1);
        const articles::Article park = list->first();
        QCOMPARE(park.title, QStringLiteral("Park reopens 公园开放"));
        QVERIFY(park.text.contains(QStringLiteral("The park is open again.")));
        // Its image, uploaded by the publisher over XEP-0363, is cached in the encrypted store.
        const QUrl image = articles::HtmlSanitizer::sanitize(park.html).images.value(0);
        QVERIFY(image.toString().startsWith(u"https://"));
        QVERIFY(waitFor([&] { return lihua.service->isImageCached(image); }));
        QString mime;
        auto cached = lihua.service->cachedImage(image, &mime);
        QVERIFY(cached.ok());
        QCOMPARE(cached.value(), m_picture);
        QCOMPARE(mime, QStringLiteral("image/png"));

        // The publisher publishes: the follower is told, the other user is not.
        QSignalSpy arrived(lihua.service.get(), &ArticlesService::articleArrived);
        int bobEvents = 0;
        connect(&bob.stream, &xmpp::StanzaChannel::stanzaReceived, this,
                [&](const xmpp::Element &s) {
                    if (s.hasChild(u"event", u"http://jabber.org/protocol/pubsub#event"))
                        ++bobEvents;
                });
        const ArticleSource &source = module()->sources().first();
        std::optional<Status> published;
        module()->publish(source, source.later.first(), QStringLiteral("water-1"),
                          [&](Status s) { published = s; });
        QVERIFY(waitFor([&] { return published.has_value(); }));
        QVERIFY2(published->ok(),
                 qPrintable(published->ok() ? QString() : published->error().message));
        QVERIFY(waitFor([&] { return arrived.size() == 1; }));
        const auto water = arrived.first().first().value<articles::Article>();
        QCOMPARE(water.title, QStringLiteral("Water cut tomorrow"));
        QCOMPARE(water.itemId, QStringLiteral("water-1"));
        // Opening it: the stored, sanitised article in the reader's template.
        auto opened = lihua.service->store().article(water.id);
        QVERIFY(opened.ok() && opened->has_value());
        const QString page =
            articles::ArticlePage::render(**opened, QStringLiteral("City News"), QString(), {},
                                          [](const QUrl &u) { return u.toString(); });
        QVERIFY(page.contains(QStringLiteral("No water from 9:00 to 15:00.")));
        QCOMPARE((*lihua.service->store().account(city))->unread, 2);
        // Give a stray notification time to reach bob.
        QTest::qWait(500);
        QCOMPARE(bobEvents, 0);
        QCOMPARE(bob.service->store().articles(QString())->size(), 0);
    }

    void followedOnAnotherDeviceIsKnownAtSignIn()
    {
        // lihua followed city-news in the previous test: a fresh store learns it on sign-in.
        QTemporaryDir other;
        Reader lihua(*m_server, QStringLiteral("lihua"), other.path());
        lihua.stream.connectToServer();
        QVERIFY(waitOnline(lihua.stream));
        QVERIFY(waitFor([&] { return lihua.service->store().articles(QString())->size() == 2; }));
        const QString city =
            OfficialAccount::pubSubId(Jid::parse(u"pubsub.localhost"), QStringLiteral("city-news"));
        QVERIFY((*lihua.service->store().account(city))->followed);
    }

    // A like reaches the publisher's counter, which keeps one per reader; the reader shows
    // the figure it answers. The account's picture (its node's icon) is in the encrypted cache.
    void likesReachThePublisher()
    {
        Reader lihua(*m_server, QStringLiteral("lihua"), m_dir.path());
        Reader bob(*m_server, QStringLiteral("bob"), m_dir.path());
        lihua.stream.connectToServer();
        bob.stream.connectToServer();
        QVERIFY(waitOnline(lihua.stream));
        QVERIFY(waitOnline(bob.stream));
        const QString city =
            OfficialAccount::pubSubId(Jid::parse(u"pubsub.localhost"), QStringLiteral("city-news"));
        const QString item = QStringLiteral("2024-05-01-park");
        QVERIFY(waitFor([&] {
            auto a = lihua.service->store().articleByItem(city, item);
            return a.ok() && a->has_value();
        }));
        const qint64 lihuaPark = (*lihua.service->store().articleByItem(city, item))->id;
        QCOMPARE((*lihua.service->store().article(lihuaPark))->likesJid,
                 QStringLiteral("articles@localhost/provider"));

        QVERIFY(waitFor([&] { return lihua.service->avatarImage(city).ok(); }));
        QCOMPARE(lihua.service->avatarImage(city).value(), pngBytes(qRgb(0, 0, 200)));

        // Bob does not follow the account; he reads the article from its page.
        QVERIFY(waitFor([&] { return bob.service->store().account(city)->has_value(); }));
        std::optional<Status> fetched;
        bob.service->fetchItems(city, [&](Status s) { fetched = s; });
        QVERIFY(waitFor([&] { return fetched.has_value(); }));
        QVERIFY(fetched->ok());
        const qint64 bobPark = (*bob.service->store().articleByItem(city, item))->id;

        auto like = [&](Reader &reader, qint64 id, bool liked) {
            std::optional<Status> done;
            reader.service->setLiked(id, liked, [&](Status s) { done = s; });
            if (!waitFor([&] { return done.has_value(); }) || !done->ok())
                return -2;
            return (*reader.service->store().article(id))->likeCount;
        };
        QCOMPARE(like(lihua, lihuaPark, true), 1);
        QCOMPARE(like(lihua, lihuaPark, true), 1); // one like per reader
        QCOMPARE(like(bob, bobPark, true), 2);
        QCOMPARE(module()->likeCount(QStringLiteral("city-news"), item), 2);

        std::optional<Status> refreshed;
        lihua.service->refreshLikes(lihuaPark, [&](Status s) { refreshed = s; });
        QVERIFY(waitFor([&] { return refreshed.has_value(); }));
        QVERIFY(refreshed->ok());
        QCOMPARE((*lihua.service->store().article(lihuaPark))->likeCount, 2);

        QCOMPARE(like(lihua, lihuaPark, false), 1);
        QVERIFY(!(*lihua.service->store().article(lihuaPark))->liked);
        QCOMPARE(module()->likeCount(QStringLiteral("city-news"), item), 1);

        // The counts outlive the provider: they are in its data directory.
        QStringList saved;
        QDirIterator it(m_dir.filePath(QStringLiteral("provider")), {QStringLiteral("likes.json")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            saved.append(QString::fromUtf8(f.readAll()));
        }
        QCOMPARE(saved.size(), 1);
        QVERIFY(saved.first().contains(QStringLiteral("bob@localhost")));
        QVERIFY(!saved.first().contains(QStringLiteral("lihua@localhost")));
    }

    void feedsOverHttp()
    {
        HttpFixture http;
        const QByteArray rss = kRssFeed;
        http.set("/feed.xml", {"application/rss+xml", rss, "\"v1\"", {}});
        http.set("/img/bus.png", {"image/png", m_picture, {}, {}});
        const QByteArray atom = kAtomFeed;
        http.set("/atom.xml", {"application/atom+xml", atom, {}, "Wed, 01 May 2024 08:00:00 GMT"});

        QTemporaryDir dir;
        auto opened = storage::Database::open(dir.filePath(QStringLiteral("f.db")), fixedKey(5));
        QVERIFY(opened.ok());
        storage::Database db = std::move(opened).value();
        ArticlesService service(db, dir.filePath(QStringLiteral("media")));
        QVERIFY(service.open().ok());

        const QUrl feedUrl(QString::fromLatin1(http.url("/feed.xml")));
        std::optional<Result<QString>> followed;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        service.followFeed(feedUrl, [&](Result<QString> r) { followed = r; });
        QVERIFY(waitFor([&] { return followed.has_value(); }));
        QVERIFY(followed->ok());
        const QString id = followed->value();
        auto account = service.store().account(id);
        QCOMPARE((*account)->title, QStringLiteral("Bus & Metro News"));
        QCOMPARE((*account)->etag, QStringLiteral("\"v1\""));
        auto list = service.store().articles(id);
        QCOMPARE(list->size(), 2);
        const auto byItem = [&](const QString &item) {
            return (*service.store().articleByItem(id, item)).value();
        };
        const articles::Article r5 = byItem(QStringLiteral("r5"));
        // &nbsp; was repaired to U+00A0; titles are single-line plain text (whitespace simplified).
        QCOMPARE(r5.title, QStringLiteral("Route 5 more buses"));
        QCOMPARE(r5.link.toString(), QString::fromLatin1(http.url("/news/route-5.html")));
        QVERIFY2(r5.html.contains(
                     QString::fromLatin1("<a href=\"" + http.url("/news/timetable.html") + "\">")),
                 qPrintable(r5.html));
        QVERIFY(!r5.html.contains(QStringLiteral("script")));
        QCOMPARE(r5.published, QDateTime(QDate(2024, 4, 30), QTime(1, 0), Qt::UTC));
        // No date: the time it was first seen.
        const articles::Article undated =
            byItem(QString::fromLatin1(http.url("/news/undated.html")));
        QVERIFY(undated.published >= before);
        // The image is cached.
        QVERIFY(waitFor([&] {
            return service.isImageCached(QUrl(QString::fromLatin1(http.url("/img/bus.png"))));
        }));

        // Refresh: a conditional request, answered 304; the cache stays as it was.
        (void)service.store().setRead(r5.id, true);
        std::optional<Status> refreshed;
        service.refreshFeed(id, [&](Status s) { refreshed = s; });
        QVERIFY(waitFor([&] { return refreshed.has_value(); }));
        QVERIFY(refreshed->ok());
        const auto &last = http.requests().last();
        QCOMPARE(last.path, QByteArray("/feed.xml"));
        QCOMPARE(last.ifNoneMatch, QByteArray("\"v1\""));
        QCOMPARE(last.status, 304);
        QCOMPARE(service.store().articles(id)->size(), 2);
        QVERIFY(byItem(QStringLiteral("r5")).read);

        // Last-Modified works the same way.
        std::optional<Result<QString>> atomFollowed;
        service.followFeed(QUrl(QString::fromLatin1(http.url("/atom.xml"))),
                           [&](Result<QString> r) { atomFollowed = r; });
        QVERIFY(waitFor([&] { return atomFollowed.has_value(); }));
        QVERIFY(atomFollowed->ok());
        refreshed.reset();
        service.refreshFeed(atomFollowed->value(), [&](Status s) { refreshed = s; });
        QVERIFY(waitFor([&] { return refreshed.has_value(); }));
        QCOMPARE(http.requests().last().ifModifiedSince,
                 QByteArray("Wed, 01 May 2024 08:00:00 GMT"));
        QCOMPARE(http.requests().last().status, 304);
        QCOMPARE(service.store().articles(atomFollowed->value())->size(), 1);
        // The feed's icon, on its own site, is its picture (cached, encrypted).
        QVERIFY(waitFor([&] { return service.avatarImage(atomFollowed->value()).ok(); }));
        QCOMPARE(service.avatarImage(atomFollowed->value()).value(), m_picture);

        // A broken feed is an error, and keeps what was cached.
        http.set("/feed.xml", {"application/rss+xml", "<rss><channel><title>x", "\"v2\"", {}});
        refreshed.reset();
        service.refreshFeed(id, [&](Status s) { refreshed = s; });
        QVERIFY(waitFor([&] { return refreshed.has_value(); }));
        QVERIFY(!refreshed->ok());
        QCOMPARE(service.store().articles(id)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestArticlesIntegration)
#include "tst_articles_integration.moc"
