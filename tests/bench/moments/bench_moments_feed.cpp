// Moments feed benchmark: a cache of 1,000 posts with 3,000 photos (originals and thumbnails
// encrypted in the media store), shown by MomentsPage.qml offscreen. Prints the time until the
// first screen is drawn and the growth of resident memory while scrolling to the last post
// (the grid decodes thumbnails only; delegates are recycled). Figures, not pass/fail.
#include "../../ui/moments/MomentsFixture.h"
#include "StorageTestUtils.h"
#include "common/IconProvider.h"
#include "moments/FeedModel.h"
#include "moments/MomentsController.h"
#include "moments/MomentsService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Teahouse_UiPlugin)
Q_IMPORT_QML_PLUGIN(Teahouse_MomentsPlugin)

using namespace teahouse;

namespace {

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

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

void frame(QQuickWindow *w)
{
    QSignalSpy swapped(w, &QQuickWindow::frameSwapped);
    w->update();
    swapped.wait(2000);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const bool full = qEnvironmentVariableIntValue("TEAHOUSE_BENCH_FULL") == 1;
    const int posts = full ? 3000 : 1000;
    const int perPost = 3;

    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("m.db")), test::fixedKey(6));
    if (!db.ok())
        return 1;
    const QString mediaDir = dir.filePath(QStringLiteral("media"));
    auto service = std::make_unique<moments::MomentsService>(
        Jid::parse(QStringLiteral("lihua@example.org")), db.value(), mediaDir);
    auto media = storage::MediaStore::open(db.value(), mediaDir);
    if (!service->isReady() || !media.ok())
        return 1;

    QElapsedTimer timer;
    timer.start();
    QList<QByteArray> originals, thumbs;
    for (int i = 0; i < 12; ++i) {
        originals.append(test::momentsPhoto(1024, 768, i));
        thumbs.append(test::momentsPhoto(360, 270, i));
    }
    {
        moments::MomentsStore store(db.value());
        auto tx = db->transaction();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < posts; ++i) {
            test::MomentsFixturePost f;
            f.owner = QStringLiteral("friend%1@example.org").arg(i % 40);
            f.name = QStringLiteral("朋友 %1").arg(i % 40);
            f.text = QStringLiteral("第 %1 条朋友圈 — a day out with friends, photos below.").arg(i);
            f.published = now.addSecs(-600LL * i);
            for (int k = 0; k < perPost; ++k)
                f.originals.append(originals[(i + k) % originals.size()]);
            f.likedBy = {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
            f.comments = {{QStringLiteral("c@example.org"), QStringLiteral("好看！")}};
            QList<QByteArray> t;
            for (int k = 0; k < perPost; ++k)
                t.append(thumbs[(i + k) % thumbs.size()]);
            test::addFixturePost(store, media.value(), f, t, i);
        }
        if (tx.ok())
            (void)tx->commit();
    }
    std::printf("bench_moments_feed: cache of %d posts, %d photos built in %lld ms\n", posts,
                posts * perPost, static_cast<long long>(timer.elapsed()));

    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    ui::MomentsController controller;
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QString::fromLatin1(ui::IconProvider::providerId),
                            new ui::IconProvider);
    engine.setInitialProperties(
        {{QStringLiteral("controller"), QVariant::fromValue(&controller)}});
    // Warm the QML type loader on an empty controller, as the app has long done at this point.
    engine.loadData(R"(
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
    MomentsPage { anchors.fill: parent; controller: window.controller }
}
)");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QTest::qWaitForWindowExposed(window);
    frame(window);
    const double rssBefore = rssMb();

    // First screen: the account's service arrives; the first page and its thumbnails drawn.
    timer.restart();
    controller.setService(service.get());
    frame(window);
    const qint64 firstScreenMs = timer.elapsed();
    auto *list = findItem(window->contentItem(), QStringLiteral("moments.feed"));
    const double rssFirst = rssMb();
    std::printf("bench_moments_feed: first screen ready in %lld ms (%d posts loaded of %d)\n",
                static_cast<long long>(firstScreenMs), list ? list->property("count").toInt() : 0,
                posts);

    // Scroll through everything, a screen at a time.
    timer.restart();
    double peak = rssFirst;
    int steps = 0;
    while (list) {
        const double y = list->property("contentY").toDouble();
        const double h = list->property("height").toDouble();
        list->setProperty("contentY", y + h * 0.9);
        frame(window);
        QCoreApplication::processEvents();
        peak = std::max(peak, rssMb());
        ++steps;
        const bool atEnd = list->property("atYEnd").toBool();
        if (atEnd && list->property("count").toInt() >= posts)
            break;
        if (steps > posts * 4)
            break;
    }
    const double rssEnd = rssMb();
    std::printf("bench_moments_feed: scrolled %d posts in %d screens, %lld ms\n",
                list ? list->property("count").toInt() : 0, steps,
                static_cast<long long>(timer.elapsed()));
    std::printf("bench_moments_feed: resident memory %.1f MB before, %.1f MB at first screen, "
                "peak %.1f MB, end %.1f MB: growth while scrolling %.1f MB (peak - first "
                "screen)\n",
                rssBefore, rssFirst, peak, rssEnd, peak - rssFirst);
    return 0;
}
