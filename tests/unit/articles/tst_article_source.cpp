#include "ArticleModule.h"
#include "ArticleSource.h"
#include "articles/ArticlePage.h"
#include "articles/FeedParser.h"
#include "articles/HtmlSanitizer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::provider;

// The publisher's content: Markdown (GitHub's tables included) into the HTML it publishes,
// which the reader's sanitiser keeps and its template styles; the entry names the account
// that counts likes.
class TestArticleSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markdownTablesSurvive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("2024-05-01-hours.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("---\ntitle: Clinic hours\n---\nOpening hours:\n\n"
                "| Day | Clinic |\n| --- | :---: |\n| Mon | 8:00–12:00 |\n| Sun | closed |\n");
        f.close();
        auto post = ArticleSource::loadPost(path);
        QVERIFY(post.ok());
        for (const char *tag : {"<table>", "<thead>", "<tbody>", "<tr>", "<th>", "<td"})
            QVERIFY2(post->html.contains(QLatin1String(tag)), qPrintable(post->html));

        const auto clean = articles::HtmlSanitizer::sanitize(post->html);
        for (const char *tag :
             {"<table>", "<thead>", "<tbody>", "<tr>", "<th>Day</th>", "<td>Mon</td>", "</table>"})
            QVERIFY2(clean.html.contains(QLatin1String(tag)), qPrintable(clean.html));
        QVERIFY(clean.text.contains(QStringLiteral("closed")));

        articles::Article article;
        article.title = post->title;
        article.html = clean.html;
        const QString page =
            articles::ArticlePage::render(article, QStringLiteral("Hospital"), QString(), {},
                                          [](const QUrl &u) { return u.toString(); });
        QVERIFY(page.contains(QStringLiteral("<th>Day</th>")));
        // Wide tables scroll inside the column instead of pushing the page sideways.
        QVERIFY(page.contains(QStringLiteral("overflow-x:auto")));
        QVERIFY(page.contains(QStringLiteral("td,th{border:1px solid")));
    }

    void entryNamesTheLikeCounter()
    {
        ArticleSource source;
        source.node = QStringLiteral("hospital");
        source.title = QStringLiteral("Hospital");
        ArticleSource::Post post;
        post.id = QStringLiteral("hours");
        post.title = QStringLiteral("Clinic hours");
        const xmpp::Element entry =
            ArticleModule::entry(source, post, post.id, QStringLiteral("<p>x</p>"), {}, {},
                                 QStringLiteral("articles@city.example"));
        auto parsed = articles::FeedParser::parseAtomEntry(entry.toXml(), QUrl());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->likesJid, QStringLiteral("articles@city.example"));
        QCOMPARE(parsed->title, QStringLiteral("Clinic hours"));
        // Without a counter the entry has none.
        const xmpp::Element plain = ArticleModule::entry(source, post, post.id, {}, {}, {});
        QVERIFY(articles::FeedParser::parseAtomEntry(plain.toXml(), QUrl())->likesJid.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArticleSource)
#include "tst_article_source.moc"
