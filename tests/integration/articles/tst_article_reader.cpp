#include "HttpFixture.h"
#include "StorageTestUtils.h"
#include "articles/ArticleReaderSetup.h"
#include "articles/ArticleRequestInterceptor.h"
#include "articles/ArticlesController.h"
#include "articles/ArticlesService.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::test;

namespace {

// The reader's web view as ArticleReader.qml sets it up (JavaScript off, no file access), in a
// bare window: the test checks the profile, interceptor, scheme handler, template and
// sanitiser in the real engine.
const QByteArray kQml = R"(
import QtQuick
import QtQuick.Window
import QtWebEngine
Window {
    width: 900; height: 700; visible: true
    property alias view: view
    property var found: ({})
    function find(text) {
        view.findText(text, 0, function(result) { found[text] = result; })
    }
    WebEngineView {
        id: view
        anchors.fill: parent
        profile: controller.readerProfile()
        settings.javascriptEnabled: false
        settings.javascriptCanOpenWindows: false
        settings.localContentCanAccessFileUrls: false
        settings.localContentCanAccessRemoteUrls: false
        settings.pluginsEnabled: false
        settings.errorPageEnabled: false
        onNavigationRequested: function(request) {
            if (!request.url.toString().startsWith("teahouse-article:"))
                request.action = WebEngineNavigationRequest.IgnoreRequest
        }
    }
}
)";

QByteArray png()
{
    QImage image(30, 30, QImage::Format_RGB32);
    image.fill(qRgb(10, 120, 10));
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return out;
}

} // namespace

class TestArticleReader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<storage::Database> m_db;
    std::unique_ptr<articles::ArticlesService> m_service;
    std::unique_ptr<ui::ArticlesController> m_controller;
    HttpFixture m_site;    // the article's own origin
    HttpFixture m_tracker; // anybody else
    QQmlApplicationEngine *m_engine = nullptr;
    QObject *m_window = nullptr;

    bool loadArticle(qint64 id)
    {
        m_controller->openArticle(id);
        QObject *view = m_window->property("view").value<QObject *>();
        const QUrl url = m_controller->pageUrl(18, QStringLiteral("#202020"),
                                               QStringLiteral("#606060"),
                                               QStringLiteral("#ffffff"),
                                               QStringLiteral("#1a5fb4"));
        view->setProperty("url", url);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            QTest::qWait(50);
            if (!view->property("loading").toBool() && view->property("loadProgress").toInt() == 100
                && view->property("url").toUrl() == url)
                return true;
        }
        return false;
    }

    std::optional<bool> find(const QString &text)
    {
        QMetaObject::invokeMethod(m_window, "find", Q_ARG(QVariant, text));
        for (int i = 0; i < 200; ++i) {
            QTest::qWait(20);
            const QVariantMap found = m_window->property("found").toMap();
            if (found.contains(text)) {
                const QVariant v = found.value(text);
                // Qt 6.4 hands the callback a QWebEngineFindTextResult (numberOfMatches).
                if (v.canConvert<bool>() && v.typeId() == QMetaType::Bool)
                    return v.toBool();
                return v.toMap().value(QStringLiteral("numberOfMatches"), v).toInt() > 0;
            }
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        delete m_engine; // before the controller it refers to
        m_engine = nullptr;
    }

    void initTestCase()
    {
        auto db = storage::Database::open(m_dir.filePath(QStringLiteral("r.db")), fixedKey(4));
        QVERIFY(db.ok());
        m_db.emplace(std::move(db).value());
        m_service = std::make_unique<articles::ArticlesService>(
            *m_db, m_dir.filePath(QStringLiteral("media")));
        QVERIFY(m_service->open().ok());
        m_controller = std::make_unique<ui::ArticlesController>();
        m_controller->setService(m_service.get());
        m_site.set("/ok.png", {"image/png", png(), {}, {}});
        m_tracker.set("/pixel.gif", {"image/png", png(), {}, {}});

        m_engine = new QQmlApplicationEngine(this);
        m_engine->rootContext()->setContextProperty(QStringLiteral("controller"),
                                                    m_controller.get());
        m_engine->loadData(kQml);
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = m_engine->rootObjects().first();
    }

    void hostileArticle()
    {
        const QByteArray site = m_site.url("");
        const QByteArray tracker = m_tracker.url("");
        articles::OfficialAccount account;
        account.id = QStringLiteral("xmpp:pubsub.localhost?;node=evil");
        account.node = QStringLiteral("evil");
        account.title = QStringLiteral("Evil Corp");
        QVERIFY(m_service->store().saveAccount(account).ok());
        articles::FeedEntry entry;
        entry.id = QStringLiteral("hostile");
        entry.title = QStringLiteral("Hostile article");
        entry.link = QUrl(QString::fromLatin1(site + "/article.html"));
        entry.contentHtml = QString::fromUtf8(
            "<p id='safe' onclick=\"document.title='pwned-click'\" "
            "style=\"background:url(" + tracker + "/css-attr.gif)\">Safe text stays readable</p>"
            "<script>document.title='pwned-script'</script>"
            "<style>body{background:url(" + tracker + "/css-sheet.gif)}</style>"
            "<img src='" + tracker + "/pixel.gif' alt='tracker'>"
            "<img src='/ok.png' alt='own image'>"
            "<img src='x' onerror=\"document.title='pwned-onerror'\">"
            "<img src='file:///etc/hostname'>"
            "<iframe src='" + tracker + "/frame.html'></iframe>"
            "<a href='javascript:document.title=\"pwned-link\"'>js link</a>"
            "<svg><script>document.title='pwned-svg'</script></svg>"
            "<object data='" + tracker + "/x.swf'></object>"
            "<link rel='stylesheet' href='" + tracker + "/s.css'>"
            "<meta http-equiv='refresh' content='0;url=" + tracker + "/refresh'>"
            "<p>Second paragraph 第二段</p>");
        auto saved = m_service->store().saveEntry(account.id, entry, QUrl());
        QVERIFY(saved.ok());

        QVERIFY(loadArticle(saved->id));
        QTest::qWait(1000); // images and anything else the page might still try
        QObject *view = m_window->property("view").value<QObject *>();
        // No script ran: the title is the article's, as our template set it.
        QCOMPARE(view->property("title").toString(), QStringLiteral("Hostile article"));
        // The text is there.
        QCOMPARE(find(QStringLiteral("Safe text stays readable")), std::optional<bool>(true));
        QCOMPARE(find(QStringLiteral("第二段")), std::optional<bool>(true));
        QCOMPARE(find(QStringLiteral("pwned")), std::optional<bool>(false));
        // Nothing reached the tracker; the article's own image did load.
        QVERIFY2(m_tracker.requests().isEmpty(),
                 qPrintable(QString::fromLatin1(m_tracker.requests().value(0).path)));
        QVERIFY(std::any_of(m_site.requests().begin(), m_site.requests().end(),
                            [](const auto &r) { return r.path == "/ok.png"; }));
        // The interceptor's log: the page itself and the own-origin image allowed, the
        // tracker's pixel (which the sanitiser keeps: an http image) blocked, nothing else.
        const QStringList log = m_controller->requestLog();
        QVERIFY(!log.isEmpty());
        bool pageAllowed = false;
        bool ownAllowed = false;
        bool trackerBlocked = false;
        for (const QString &line : log) {
            const QString url = line.section(u' ', 2);
            if (line.startsWith(u"allow ")) {
                // Our scheme, or an image of the article's own origin (the onerror probe's
                // "x" resolves there too: a harmless 404, and its handler never runs).
                const bool ok = url.startsWith(u"teahouse-article:")
                                || url.startsWith(QString::fromLatin1(site + "/"));
                QVERIFY2(ok, qPrintable(line));
            }
            pageAllowed |= line.startsWith(u"allow ") && url.startsWith(u"teahouse-article://page/");
            // Fetched from its origin, or already cached and served by our scheme.
            ownAllowed |= line.startsWith(u"allow ") && url.contains(u"ok.png");
            trackerBlocked |= line.startsWith(u"block ") && url.endsWith(u"/pixel.gif");
        }
        QVERIFY2(pageAllowed && ownAllowed && trackerBlocked, qPrintable(log.join(u'\n')));
    }

    void cachedImageServedFromStore()
    {
        // Once cached, the own image comes through the teahouse-article: scheme, not the site.
        const QUrl own(QString::fromLatin1(m_site.url("/ok.png")));
        QVERIFY(QTest::qWaitFor([&] { return m_service->isImageCached(own); }, 10000));
        auto article = m_service->store().articleByItem(
            QStringLiteral("xmpp:pubsub.localhost?;node=evil"), QStringLiteral("hostile"));
        const auto okRequests = [this] {
            return std::count_if(m_site.requests().begin(), m_site.requests().end(),
                                 [](const auto &r) { return r.path == "/ok.png"; });
        };
        const auto before = okRequests();
        auto *interceptor = m_controller->interceptor();
        interceptor->clearLog();
        QVERIFY(loadArticle((*article)->id));
        QTest::qWait(500);
        QCOMPARE(okRequests(), before);
        // The page names the cached copy, not the site's address.
        const QString page = QString::fromUtf8(m_controller->renderPage(
            m_controller->pageUrl(18, QStringLiteral("#202020"), QStringLiteral("#606060"),
                                  QStringLiteral("#ffffff"), QStringLiteral("#1a5fb4"))));
        QVERIFY(page.contains(QStringLiteral("teahouse-article://image/?u=")));
        QVERIFY(!page.contains(QStringLiteral("src=\"") + own.toString()));
        for (const QString &line : m_controller->requestLog())
            QVERIFY2(!line.endsWith(u"/ok.png"), qPrintable(line));
        auto *window = qobject_cast<QQuickWindow *>(m_window);
        QVERIFY(window);
        const QImage shot = window->grabWindow();
        QVERIFY(!shot.isNull());
        shot.save(m_dir.filePath(QStringLiteral("reader.png")));
        if (qEnvironmentVariableIsSet("TEAHOUSE_SCREENSHOT_DIR"))
            shot.save(qEnvironmentVariable("TEAHOUSE_SCREENSHOT_DIR") + QStringLiteral("/article-reader-test.png"));
    }
};

int main(int argc, char **argv)
{
    teahouse::ui::prepareArticleReader();
    QGuiApplication app(argc, argv);
    TestArticleReader test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_article_reader.moc"
