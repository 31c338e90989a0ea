// The Moments page alone (no shell, no server): MomentsPage.qml over an offline
// MomentsService whose cache holds friends' posts with photos, likes and comments. Checks the
// feed model (QAbstractItemModelTester, paging, live changes), that posts, photo grids, likes
// and comments are drawn, the compose dialog and the photo viewer, and saves screenshots in
// normal and care mode (200 %) to <build>/test-screenshots/moments/ for people to look at.
#include "MomentsFixture.h"
#include "StorageTestUtils.h"
#include "common/IconProvider.h"
#include "common/Theme.h"
#include "moments/FeedModel.h"
#include "moments/MomentsController.h"
#include "moments/MomentsService.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Teahouse_UiPlugin)
Q_IMPORT_QML_PLUGIN(Teahouse_MomentsPlugin)

using namespace teahouse;

namespace {

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

int countVisiblePrefix(QQuickItem *root, const QString &prefix)
{
    if (!root || !root->isVisible())
        return 0;
    int n = root->objectName().startsWith(prefix) ? 1 : 0;
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        n += countVisiblePrefix(child, prefix);
    return n;
}

const QString me = QStringLiteral("lihua@example.org");

} // namespace

class TestMomentsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<storage::Database> m_db;
    std::unique_ptr<moments::MomentsService> m_service;
    std::unique_ptr<ui::MomentsController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    ui::Theme *m_theme = nullptr;
    QList<qint64> m_posts;

    QQuickItem *item(const QString &name) const { return findItem(m_window->contentItem(), name); }

    void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QSignalSpy frame(m_window, &QQuickWindow::frameSwapped);
            m_window->update();
            frame.wait(1000);
        }
    }

    void shot(const QString &name)
    {
        settle();
        const QString dir = QStringLiteral(TEAHOUSE_BINARY_DIR "/test-screenshots/moments");
        QDir().mkpath(dir);
        QVERIFY(m_window->grabWindow().save(dir + QStringLiteral("/page-") + name +
                                            QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = storage::Database::open(m_dir.filePath(QStringLiteral("m.db")),
                                          test::fixedKey(4));
        QVERIFY(db.ok());
        m_db.emplace(std::move(db).value());
        const QString mediaDir = m_dir.filePath(QStringLiteral("media"));
        m_service = std::make_unique<moments::MomentsService>(Jid::parse(me), *m_db, mediaDir);
        QVERIFY(m_service->isReady());
        auto media = storage::MediaStore::open(*m_db, mediaDir);
        QVERIFY(media.ok());
        moments::MomentsStore store(*m_db);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString zhang = QStringLiteral("zhangwei@example.org");
        const QString alice = QStringLiteral("alice@example.org");
        QList<test::MomentsFixturePost> posts = {
            {zhang, QStringLiteral("张伟"), QStringLiteral("周末带奶奶去西湖走了走，天气太好了 🌸"),
             now.addSecs(-3 * 3600), {}, {me, alice},
             {{me, QStringLiteral("奶奶气色真好！")}, {alice, QStringLiteral("Lovely!")}}},
            {alice, QStringLiteral("Alice Chen"),
             QStringLiteral("Fresh oolong from Fujian, ready for Saturday's tea. 🍵"),
             now.addSecs(-8 * 3600), {}, {}, {}},
            {me, QStringLiteral("李华"), QStringLiteral("今天的晚霞，分享给大家 ☁️"),
             now.addDays(-1), {}, {zhang}, {{zhang, QStringLiteral("好美，下次一起去拍")}}},
            {zhang, QStringLiteral("张伟"), QStringLiteral("一张照片"), now.addDays(-3), {}, {}, {}},
        };
        const int photoCounts[] = {4, 1, 6, 0};
        int serial = 0;
        for (int i = 0; i < posts.size(); ++i) {
            QList<QByteArray> thumbs;
            for (int k = 0; k < photoCounts[i]; ++k) {
                posts[i].originals.append(test::momentsPhoto(900, 600, ++serial));
                thumbs.append(test::momentsPhoto(360, 240, serial));
            }
            m_posts.append(test::addFixturePost(store, media.value(), posts[i], thumbs, i));
            QVERIFY(m_posts.last() > 0);
        }
        // Extra posts for paging (older).
        for (int i = 0; i < 45; ++i) {
            test::MomentsFixturePost f{alice, QStringLiteral("Alice Chen"),
                                       QStringLiteral("older post %1").arg(i),
                                       now.addDays(-10 - i), {}, {}, {}};
            QVERIFY(test::addFixturePost(store, media.value(), f, {}, 100 + i) > 0);
        }

        m_controller = std::make_unique<ui::MomentsController>();
        m_controller->setService(m_service.get());
        m_controller->setTags({QStringLiteral("家人"), QStringLiteral("同事"),
                               QStringLiteral("Friends")});

        if (QQuickStyle::name() != u"Basic")
            QQuickStyle::setStyle(QStringLiteral("Basic"));
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_engine->addImageProvider(QString::fromLatin1(ui::IconProvider::providerId),
                                   new ui::IconProvider);
        m_engine->setInitialProperties(
            {{QStringLiteral("controller"), QVariant::fromValue(m_controller.get())}});
        m_engine->loadData(R"(
import QtQuick
import QtQuick.Controls
import Teahouse.Ui
import Teahouse.Moments
ApplicationWindow {
    id: window
    required property MomentsController controller
    width: 1000; height: 800; visible: true
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeBody
    color: Theme.contentBackground
    MomentsPage { anchors.fill: parent; controller: window.controller }
}
)");
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        const int themeType = qmlTypeId("Teahouse.Ui", 1, 0, "Theme");
        m_theme = m_engine->singletonInstance<ui::Theme *>(themeType);
        QVERIFY(m_theme);
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_controller.reset();
        m_service.reset();
        m_db.reset();
    }

    void feedModel()
    {
        ui::FeedModel model;
        model.setService(m_service.get());
        // One page first, the rest on demand.
        QCOMPARE(model.rowCount(), ui::FeedModel::kFirstPage);
        QVERIFY(model.canFetchMore({}));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 49);
        QVERIFY(!model.canFetchMore({}));
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(ui::FeedModel::AuthorNameRole).toString(), QStringLiteral("张伟"));
        QCOMPARE(first.data(ui::FeedModel::ImagesRole).toList().size(), 4);
        QCOMPARE(first.data(ui::FeedModel::LikeCountRole).toInt(), 2);
        QVERIFY(first.data(ui::FeedModel::LikedByMeRole).toBool());
        QCOMPARE(first.data(ui::FeedModel::CommentsRole).toList().size(), 2);
        QCOMPARE(first.data(ui::FeedModel::TimeTextRole).toString(), QStringLiteral("3 hr ago"));
        QVERIFY(model.index(2).data(ui::FeedModel::MineRole).toBool());
        // The thumbnails, never the originals, are what the grid asks for.
        const QVariantMap image = first.data(ui::FeedModel::ImagesRole).toList()[0].toMap();
        QVERIFY(image.value(QStringLiteral("thumb")).toString().startsWith(u"image://moments/"));
        QVERIFY(image.value(QStringLiteral("thumb")) != image.value(QStringLiteral("full")));

        // Live: a new post of mine (offline: kept as failed) comes first; deleting removes it.
        auto id = m_service->publishPost(QStringLiteral("new"), {}, moments::Audience::AllFriends,
                                         {});
        QVERIFY(id.ok());
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.index(0).data(ui::FeedModel::PostIdRole).toLongLong(), id.value());
        QCOMPARE(model.index(0).data(ui::FeedModel::StateRole).toInt(), 2);
        QVERIFY(m_service->deletePost(id.value()).ok());
        QCOMPARE(model.rowCount(), 49);

        // One friend's Moments.
        model.setOwner(QStringLiteral("zhangwei@example.org"));
        QCOMPARE(model.rowCount(), 2);
    }

    void page()
    {
        // The offline publish above left "Not connected" on the page.
        QVERIFY(!m_controller->errorText().isEmpty());
        m_controller->clearError();
        settle();
        QVERIFY(item(QStringLiteral("moments.feed"))->property("count").toInt() >=
                ui::FeedModel::kFirstPage);
        QVERIFY(item(QStringLiteral("moments.post.0")));
        QVERIFY(countVisiblePrefix(m_window->contentItem(), QStringLiteral("moments.post.0.photo.")) == 4);
        QCOMPARE(item(QStringLiteral("moments.likes.0"))->property("text").toString(),
                 QStringLiteral("lihua, alice"));
        QVERIFY(item(QStringLiteral("moments.post.0.comment.0")));
        QVERIFY(!item(QStringLiteral("moments.empty"))->isVisible());
        shot(QStringLiteral("feed"));

        // A friend's Moments from the author's name.
        m_controller->showOwner(QStringLiteral("alice@example.org"));
        settle();
        QCOMPARE(item(QStringLiteral("moments.title"))->property("text").toString(),
                 QStringLiteral("Moments of alice"));
        m_controller->showOwner({});
        settle();

        // The viewer: photo 1 of 4, next goes to 2.
        QObject *viewer = m_window->findChild<QObject *>(QStringLiteral("moments.viewer"));
        QVERIFY(viewer);
        const QVariant images = m_controller->feed()->data(m_controller->feed()->index(0),
                                                           ui::FeedModel::ImagesRole);
        QMetaObject::invokeMethod(viewer, "show", Q_ARG(QVariant, images),
                                  Q_ARG(QVariant, QVariant(0)));
        settle();
        QVERIFY(viewer->property("opened").toBool());
        QMetaObject::invokeMethod(viewer, "step", Q_ARG(QVariant, QVariant(1)));
        QCOMPARE(viewer->property("current").toInt(), 1);
        shot(QStringLiteral("viewer"));
        QMetaObject::invokeMethod(viewer, "close");

        QObject *compose = m_window->findChild<QObject *>(QStringLiteral("moments.composeDialog"));
        QVERIFY(compose);
        QMetaObject::invokeMethod(compose, "open");
        settle();
        QVERIFY(compose->property("opened").toBool());
        shot(QStringLiteral("compose"));
        QMetaObject::invokeMethod(compose, "close");
        settle();
    }

    void careMode()
    {
        m_theme->setCareMode(true);
        m_theme->setScale(2.0);
        settle();
        QVERIFY(item(QStringLiteral("moments.post.0")));
        shot(QStringLiteral("feed-care"));
        QObject *compose = m_window->findChild<QObject *>(QStringLiteral("moments.composeDialog"));
        QMetaObject::invokeMethod(compose, "open");
        settle();
        shot(QStringLiteral("compose-care"));
        QMetaObject::invokeMethod(compose, "close");
        m_theme->setCareMode(false);
        m_theme->setScale(1.0);
    }
};

QTEST_MAIN(TestMomentsPage)
#include "tst_moments_page.moc"
