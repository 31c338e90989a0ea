// Figures for official accounts, printed (no pass/fail on speed):
//  - FeedParser::parse over a generated 1,000-entry RSS feed (HTML content in CDATA) and a
//    1,000-entry Atom feed: median of 15 runs, ms;
//  - the reader: a cached article (sanitised, images in the encrypted store) from setting its
//    address to the first frame after the page finished loading, with the engine warm
//    (after one article was shown): median of 10 opens, ms.
#include "StorageTestUtils.h"
#include "articles/ArticleReaderSetup.h"
#include "articles/ArticlesController.h"
#include "articles/ArticlesService.h"
#include "articles/FeedParser.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <optional>

using namespace teahouse;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QByteArray rssFeed(int entries)
{
    QByteArray x = "<?xml version='1.0'?><rss version='2.0' "
                   "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
                   "<title>Bench &amp; News</title><link>https://bench.example/</link>";
    for (int i = 0; i < entries; ++i) {
        const QByteArray n = QByteArray::number(i);
        x += "<item><title>Article " + n + " &nbsp;城市新闻</title><link>/a/" + n
             + ".html</link><guid>g" + n + "</guid><pubDate>Tue, 10 Jun 2003 04:00:00 GMT"
             "</pubDate><description><![CDATA[<p>Summary of article " + n
             + "</p>]]></description><content:encoded><![CDATA[<p>Paragraph one of " + n
             + " with <a href='x.html'>a link</a> and <img src='/i/" + n
             + ".png'>.</p><p>Paragraph two, 第二段。</p>]]></content:encoded></item>";
    }
    return x + "</channel></rss>";
}

QByteArray atomFeed(int entries)
{
    QByteArray x = "<feed xmlns='http://www.w3.org/2005/Atom'><title>Bench</title>";
    for (int i = 0; i < entries; ++i) {
        const QByteArray n = QByteArray::number(i);
        x += "<entry><id>urn:" + n + "</id><title>Entry " + n + "</title><link href='e/" + n
             + "'/><updated>2024-05-01T08:00:00Z</updated><content type='html'>&lt;p&gt;Body "
             + n + "&lt;/p&gt;</content></entry>";
    }
    return x + "</feed>";
}

const QByteArray kQml = R"(
import QtQuick
import QtQuick.Window
import QtWebEngine
Window {
    width: 1000; height: 750; visible: true
    property alias view: view
    WebEngineView {
        id: view
        anchors.fill: parent
        profile: controller.readerProfile()
        settings.javascriptEnabled: false
        settings.localContentCanAccessFileUrls: false
    }
}
)";

} // namespace

int main(int argc, char **argv)
{
    ui::prepareArticleReader();
    QGuiApplication app(argc, argv);

    for (const auto &[name, feed] :
         {std::pair{"rss", rssFeed(1000)}, std::pair{"atom", atomFeed(1000)}}) {
        std::vector<double> runs;
        int count = 0;
        for (int r = 0; r < 15; ++r) {
            QElapsedTimer t;
            t.start();
            auto parsed = articles::FeedParser::parse(feed, QUrl(QStringLiteral("https://b.example/")));
            runs.push_back(t.nsecsElapsed() / 1e6);
            count = parsed.ok() ? int(parsed->entries.size()) : -1;
        }
        std::printf("bench_articles: parse %s feed, %d entries, %lld KiB: median %.1f ms "
                    "(goal <= 50 ms)\n",
                    name, count, static_cast<long long>(feed.size() / 1024), median(runs));
    }

    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("b.db")), test::fixedKey(2));
    if (!db.ok())
        return 1;
    storage::Database database = std::move(db).value();
    articles::ArticlesService service(database, dir.filePath(QStringLiteral("media")));
    if (!service.open().ok())
        return 1;
    articles::OfficialAccount account;
    account.id = QStringLiteral("bench");
    account.title = QStringLiteral("Bench News");
    (void)service.store().saveAccount(account);
    QList<qint64> ids;
    for (int i = 0; i < 11; ++i) {
        articles::FeedEntry e;
        e.id = QString::number(i);
        e.title = QStringLiteral("Cached article %1 缓存文章").arg(i);
        QString body;
        for (int p = 0; p < 30; ++p)
            body += QStringLiteral("<p>Paragraph %1 of a long article, 这是一段比较长的中文内容，"
                                   "用来测量打开文章的时间。</p>")
                        .arg(p);
        e.contentHtml = body;
        auto saved = service.store().saveEntry(account.id, e, QUrl());
        if (saved.ok())
            ids.append(saved->id);
    }
    ui::ArticlesController controller;
    controller.setService(&service);
    QQmlApplicationEngine engine;
    engine.rootContext()->setContextProperty(QStringLiteral("controller"), &controller);
    engine.loadData(kQml);
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    QObject *view = window->property("view").value<QObject *>();

    auto open = [&](qint64 id) -> double {
        controller.openArticle(id);
        const QUrl url = controller.pageUrl(18, QStringLiteral("#202020"), QStringLiteral("#606060"),
                                            QStringLiteral("#ffffff"), QStringLiteral("#1a5fb4"));
        QElapsedTimer t;
        t.start();
        view->setProperty("url", url);
        while (t.elapsed() < 15000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (!view->property("loading").toBool() && view->property("loadProgress").toInt() == 100
                && view->property("url").toUrl() == url)
                break;
        }
        // The first frame after the load.
        QEventLoop loop;
        QObject::connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        window->update();
        loop.exec();
        return t.nsecsElapsed() / 1e6;
    };
    const double cold = open(ids.first());
    std::vector<double> warm;
    for (int i = 1; i < ids.size(); ++i)
        warm.push_back(open(ids[i]));
    std::printf("bench_articles: open a cached article to first paint: cold %.0f ms, warm median "
                "%.0f ms over %zu opens (goal <= 500 ms)\n",
                cold, median(warm), warm.size());
    return 0;
}
