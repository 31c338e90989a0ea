// The chat page alone (no shell, no server): ChatPage.qml over an offline ChatService with a
// direct chat holding text, emoji, a link, a reply, an image and a file. Checks that bubbles,
// the quote, the image and the file card are drawn, and saves the page in normal and care
// mode (200 %) to <build>/test-screenshots/chat/page-*.png for people to look at.
#include "StorageTestUtils.h"
#include "chat/ChatController.h"
#include "chat/ChatService.h"
#include "chat/MessageListModel.h"
#include "common/IconProvider.h"
#include "common/Theme.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Teahouse_UiPlugin)
Q_IMPORT_QML_PLUGIN(Teahouse_ChatPlugin)

using namespace teahouse;

namespace {

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

int countVisible(QQuickItem *root, const QString &name)
{
    if (!root || !root->isVisible())
        return 0;
    int n = root->objectName() == name ? 1 : 0;
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        n += countVisible(child, name);
    return n;
}

QByteArray pngPicture()
{
    QImage image(640, 420, QImage::Format_RGB32);
    image.fill(QColor(0x8f, 0xc9, 0xe8));
    QPainter p(&image);
    p.setBrush(QColor(0x3a, 0x8d, 0x4f));
    p.drawEllipse(QPoint(320, 420), 420, 180);
    p.setBrush(QColor(0xff, 0xd5, 0x4f));
    p.drawEllipse(QPoint(520, 90), 50, 50);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestChatPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<storage::Database> m_db;
    std::unique_ptr<chat::ChatService> m_service;
    std::unique_ptr<ui::ChatController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    ui::Theme *m_theme = nullptr;

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
        const QString dir = QStringLiteral(TEAHOUSE_BINARY_DIR "/test-screenshots/chat");
        QDir().mkpath(dir);
        QVERIFY(m_window->grabWindow().save(dir + QStringLiteral("/page-") + name +
                                            QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db =
            storage::Database::open(m_dir.filePath(QStringLiteral("chat.db")), test::fixedKey(3));
        QVERIFY(db.ok());
        m_db.emplace(std::move(db).value());
        m_service =
            std::make_unique<chat::ChatService>(Jid::parse(QStringLiteral("lihua@example.org")),
                                                *m_db, m_dir.filePath(QStringLiteral("media")));
        QVERIFY(m_service->isReady());
        m_controller = std::make_unique<ui::ChatController>();
        m_controller->setService(m_service.get());

        const QString wang = QStringLiteral("wangfang@example.org");
        m_service->openConversation(wang, QStringLiteral("王芳"));
        m_service->openConversation(QStringLiteral("alice@example.org"), QStringLiteral("Alice"));
        m_service->openConversation(QStringLiteral("zhangwei@example.org"), QStringLiteral("张伟"));
        QVERIFY(m_service
                    ->sendText(QStringLiteral("alice@example.org"),
                               QStringLiteral("See you at the teahouse!"))
                    .ok());
        m_service->setMuted(QStringLiteral("alice@example.org"), true);
        m_service->setDraft(QStringLiteral("zhangwei@example.org"), QStringLiteral("明天见"));
        m_service->setPinned(wang, true);
        const auto first = m_service->sendText(wang, QStringLiteral("我们明天去医院看奶奶吗？"));
        QVERIFY(first.ok());
        QVERIFY(
            m_service
                ->sendText(wang, QStringLiteral("好的 😊 https://example.org/map"), first.value())
                .ok());
        QVERIFY(m_service
                    ->sendData(wang, pngPicture(), QStringLiteral("park.png"),
                               QStringLiteral("image/png"))
                    .ok());
        QVERIFY(m_service
                    ->sendData(wang, QByteArray(150000, 'x'), QStringLiteral("体检报告.pdf"),
                               QStringLiteral("application/pdf"))
                    .ok());

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
import Teahouse.Chat
ApplicationWindow {
    id: window
    required property ChatController controller
    width: 1280; height: 800; visible: true
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeBody
    Component.onCompleted: controller.installImageProvider(window)
    Loader {
        anchors.fill: parent
        active: true
        sourceComponent: ChatPage { controller: window.controller }
    }
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

    void listAndConversation()
    {
        settle();
        QVERIFY(item(QStringLiteral("chat.noConversation"))->isVisible());
        shot(QStringLiteral("list"));
        m_controller->open(QStringLiteral("wangfang@example.org"));
        settle();
        QCOMPARE(item(QStringLiteral("chat.title"))->property("text").toString(),
                 QStringLiteral("王芳"));
        QCOMPARE(item(QStringLiteral("chat.messages"))->property("count").toInt(), 4);
        QCOMPARE(countVisible(m_window->contentItem(), QStringLiteral("chat.message.text")), 2);
        QCOMPARE(countVisible(m_window->contentItem(), QStringLiteral("chat.message.quote")), 1);
        QCOMPARE(countVisible(m_window->contentItem(), QStringLiteral("chat.message.image")), 1);
        QCOMPARE(item(QStringLiteral("chat.file.name"))->property("text").toString(),
                 QStringLiteral("体检报告.pdf"));
        shot(QStringLiteral("conversation"));
        item(QStringLiteral("chat.input"))->setProperty("text", QStringLiteral("草稿"));
        m_controller->open(QStringLiteral("alice@example.org"));
        settle();
        QCOMPARE(m_service->conversation(QStringLiteral("wangfang@example.org"))->draft,
                 QStringLiteral("草稿"));
    }

    void careMode()
    {
        m_theme->setCareMode(true);
        m_theme->setScale(2.0);
        m_controller->open(QStringLiteral("wangfang@example.org"));
        shot(QStringLiteral("conversation-care"));
        m_controller->setSearchQuery(QStringLiteral("医院"));
        shot(QStringLiteral("search-care"));
        m_controller->setSearchQuery({});
        m_theme->setCareMode(false);
        m_theme->setScale(1.0);
        m_controller->setSearchQuery(QStringLiteral("医院"));
        shot(QStringLiteral("search"));
        m_controller->setSearchQuery({});
    }
};

QTEST_MAIN(TestChatPage)
#include "tst_chat_page.moc"
