#include "articles/FeedParser.h"

#include "FeedFixtures.h"

#include <QTest>

using namespace teahouse::articles;

class TestFeedParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void atomFeed()
    {
        const QByteArray xml = kAtomFixture;
        auto feed = FeedParser::parse(xml, QUrl(QStringLiteral("https://news.example/feed.xml")));
        QVERIFY2(feed.ok(), qPrintable(feed.ok() ? QString() : feed.error().message));
        QCOMPARE(feed->format, Feed::Format::Atom);
        QCOMPARE(feed->title, QStringLiteral("City News"));
        QCOMPARE(feed->description, QStringLiteral("Daily news"));
        QCOMPARE(feed->link, QUrl(QStringLiteral("https://news.example/")));
        QCOMPARE(feed->icon, QUrl(QStringLiteral("https://news.example/img/logo.png")));
        QCOMPARE(feed->entries.size(), 2);
        const FeedEntry &a = feed->entries[0];
        QCOMPARE(a.id, QStringLiteral("urn:uuid:1"));
        QCOMPARE(a.title, QStringLiteral("Bridge & tunnel"));
        QCOMPARE(a.link, QUrl(QStringLiteral("https://news.example/2024/bridge.html")));
        QCOMPARE(a.image, QUrl(QStringLiteral("https://news.example/img/bridge.jpg")));
        QCOMPARE(a.author, QStringLiteral("Li Ming"));
        QCOMPARE(a.published, QDateTime(QDate(2024, 5, 1), QTime(0, 30), Qt::UTC));
        QVERIFY(a.contentHtml.contains(QStringLiteral("<p>Open <a href=\"map.html\">map</a></p>")));
        QVERIFY(!a.contentHtml.contains(QStringLiteral("<div")));
        const FeedEntry &b = feed->entries[1];
        QCOMPARE(b.link, QUrl(QStringLiteral("https://other.example/dir/two")));
        QVERIFY(!b.published.isValid());
        QCOMPARE(b.date(), QDateTime(QDate(2024, 5, 2), QTime(10, 0), Qt::UTC));
        QCOMPARE(b.summaryHtml, QStringLiteral("Plain &lt; text"));
    }

    void rssWithCdataAndRelativeLinks()
    {
        const QByteArray xml = kRssFixture;
        auto feed = FeedParser::parse(xml, QUrl(QStringLiteral("https://health.example/rss.xml")));
        QVERIFY(feed.ok());
        QCOMPARE(feed->format, Feed::Format::Rss);
        QCOMPARE(feed->title, QStringLiteral("Health & Tips"));
        QCOMPARE(feed->link, QUrl(QStringLiteral("https://health.example/health/")));
        QCOMPARE(feed->icon, QUrl(QStringLiteral("https://health.example/logo.png")));
        QCOMPARE(feed->entries.size(), 2);
        const FeedEntry &a = feed->entries[0];
        QCOMPARE(a.title, QStringLiteral("Drink water"));
        QCOMPARE(a.id, QStringLiteral("tip-1"));
        QCOMPARE(a.link, QUrl(QStringLiteral("https://health.example/tips/water.html")));
        QCOMPARE(a.published, QDateTime(QDate(2003, 6, 10), QTime(4, 0), Qt::UTC));
        QCOMPARE(a.author, QStringLiteral("Dr. Wang"));
        QCOMPARE(a.summaryHtml, QStringLiteral("<p>Short & sweet</p>"));
        QVERIFY(a.contentHtml.contains(QStringLiteral("/img/glass.png")));
        QCOMPARE(a.image, QUrl(QStringLiteral("https://health.example/img/cover.jpg")));
        const FeedEntry &b = feed->entries[1];
        QVERIFY(!b.date().isValid());
        QCOMPARE(b.id, QStringLiteral("https://health.example/x"));
    }

    void brokenEntities()
    {
        const QByteArray xml = "<rss version='2.0'><channel><title>Caf&eacute; &amp; Bar&nbsp;News"
                               " & more &bogus; &#169; &#0;</title>"
                               "<item><title>A&B</title><link>http://x.example/?a=1&b=2</link>"
                               "</item></channel></rss>";
        auto feed = FeedParser::parse(xml, QUrl());
        QVERIFY2(feed.ok(), qPrintable(feed.ok() ? QString() : feed.error().message));
        QCOMPARE(feed->title, QStringLiteral("Café & Bar\u00a0News & more &bogus; © \ufffd")
                                  .simplified());
        QCOMPARE(feed->entries.value(0).title, QStringLiteral("A&B"));
        QCOMPARE(feed->entries.value(0).link, QUrl(QStringLiteral("http://x.example/?a=1&b=2")));
    }

    void repairLeavesCdataAlone()
    {
        QCOMPARE(FeedParser::repairEntities("<a><![CDATA[&nbsp; & x]]>&nbsp;</a>"),
                 QByteArray("<a><![CDATA[&nbsp; & x]]>\xc2\xa0</a>"));
        QCOMPARE(FeedParser::repairEntities("&lt;&#x41;&#65;&amp"), QByteArray("&lt;&#x41;&#65;&amp;amp"));
    }

    void refusesDtdAndGarbage()
    {
        const QByteArray bomb = "<?xml version='1.0'?><!DOCTYPE rss [<!ENTITY a 'aaaa'>]>"
                                "<rss><channel><title>&a;</title></channel></rss>";
        QVERIFY(!FeedParser::parse(bomb, QUrl()).ok());
        QVERIFY(!FeedParser::parse("<html><body>hi</body></html>", QUrl()).ok());
        QVERIFY(!FeedParser::parse("", QUrl()).ok());
        QVERIFY(!FeedParser::parse("<rss><channel><title>x</channel>", QUrl()).ok());
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("rfc3339") << "2024-01-02T03:04:05Z"
                                 << QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
        QTest::newRow("rfc3339 offset") << "2024-01-02T11:04:05.250+08:00"
                                        << QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 250), Qt::UTC);
        QTest::newRow("rfc822 numeric") << "Wed, 02 Oct 2002 13:00:00 +0200"
                                        << QDateTime(QDate(2002, 10, 2), QTime(11, 0), Qt::UTC);
        QTest::newRow("rfc822 EST") << "Wed, 02 Oct 2002 08:00:00 EST"
                                    << QDateTime(QDate(2002, 10, 2), QTime(13, 0), Qt::UTC);
        QTest::newRow("empty") << "" << QDateTime();
        QTest::newRow("junk") << "yesterday" << QDateTime();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(FeedParser::parseDate(text), expected);
    }

    void pubsubEntry()
    {
        const QByteArray xml = "<entry xmlns='http://www.w3.org/2005/Atom'><id>n1</id>"
                               "<title>公交线路调整</title><link href='https://bus.example/a'/>"
                               "<content type='html'>&lt;p&gt;12路&lt;/p&gt;</content>"
                               "<source><title>Bus</title><icon>https://bus.example/i.png</icon>"
                               "</source></entry>";
        auto e = FeedParser::parseAtomEntry(xml, QUrl());
        QVERIFY(e.ok());
        QCOMPARE(e->title, QStringLiteral("公交线路调整"));
        QCOMPARE(e->contentHtml, QStringLiteral("<p>12路</p>"));
        QCOMPARE(e->sourceTitle, QStringLiteral("Bus"));
        QCOMPARE(e->sourceIcon, QUrl(QStringLiteral("https://bus.example/i.png")));
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feed_parser.moc"
