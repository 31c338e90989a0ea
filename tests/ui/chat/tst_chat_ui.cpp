// The chat screens as the app builds them (AppContext with the real ChatFeature and
// ChatService), signed in to the Prosody fixture, with a python3-slixmpp peer on the other
// side: a message typed in the composer reaches the peer and shows in the view, the peer's
// reply shows too, history pages in by 30 then 50 as the list scrolls up, and the screens are
// saved (English, Chinese, care mode 200 %) to <build>/test-screenshots/chat/.
#include "AppContext.h"
#include "Peer.h"
#include "TestServer.h"
#include "UiTestUtils.h"
#include "chat/ChatController.h"
#include "chat/ChatService.h"
#include "chat/ConversationListModel.h"
#include "chat/MessageListModel.h"
#include "features/ChatFeature.h"
#include "features/FeatureHost.h"
#include "features/FeatureList.h"
#include "session/AccountCoordinator.h"
#include "session/KeyStoreUnlockController.h"
#include "session/XmppSessionController.h"
#include "shell/Navigation.h"
#include "shell/Preferences.h"
#include "storage/MemorySecretBackend.h"

#include <QDir>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::app;

class TestChatUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::Peer> m_alice;
    std::unique_ptr<QTemporaryDir> m_profile;
    storage::MemorySecretBackend m_noKeychain;
    std::unique_ptr<AccountCoordinator> m_coordinator;
    std::unique_ptr<AppContext> m_app;
    XmppSessionController *m_session = nullptr;
    QString m_shotDir;
    test::UiTestUtils m_ui{[this] {
        return m_app ? m_app->window() : nullptr;
    }};

    QQuickWindow *window() const { return m_app->window(); }
    QQuickItem *item(const QString &name) const { return m_ui.item(name); }
    ChatFeature *feature() const
    {
        return qobject_cast<ChatFeature *>(m_app->features().feature(QStringLiteral("chat")));
    }
    ui::ChatController &chat() const { return feature()->chatController(); }
    QString me() const { return m_server->jid(QStringLiteral("lihua")); }
    QString alice() const { return m_server->jid(QStringLiteral("alice")); }

    void settle() { m_ui.settle(); }
    void shot(const QString &name) { QVERIFY2(m_ui.screenshot(m_shotDir, name), m_ui.why()); }
    void click(const QString &name) { QVERIFY2(m_ui.click(name), m_ui.why()); }
    static bool showsText(QQuickItem *root, const QString &needle)
    {
        return test::UiTestUtils::showsText(root, needle);
    }

    int viewCount() const
    {
        QQuickItem *list = item(QStringLiteral("chat.messages"));
        return list ? list->property("count").toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_shotDir = QStringLiteral(TEAHOUSE_BINARY_DIR "/test-screenshots/chat");
        QDir().mkpath(m_shotDir);
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        QVERIFY(m_server->addUser(QStringLiteral("lihua"), QStringLiteral("pw-lihua")).ok());
        QVERIFY(m_server->addUser(QStringLiteral("alice"), QStringLiteral("pw-alice")).ok());
        m_alice = std::make_unique<test::Peer>(QStringLiteral("alice"));
        QVERIFY(m_alice->start().ok());
        const Status in =
            m_alice->signIn(*m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"));
        QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().message));

        // What main() builds, signed in with a preset account (as the demo does).
        m_noKeychain.setAvailable(false);
        m_profile = std::make_unique<QTemporaryDir>();
        m_coordinator = std::make_unique<AccountCoordinator>(
            m_profile->path(), AppContext::settingsFileIn(m_profile->path()), m_noKeychain,
            QStringLiteral("a passphrase for the chat test"));
        AppContext::Controllers controllers;
        auto session = std::make_unique<XmppSessionController>(*m_coordinator);
        m_session = session.get();
        controllers.session = std::move(session);
        controllers.unlock = std::make_unique<KeyStoreUnlockController>(*m_coordinator);
        controllers.features = &makeFeatures;
        controllers.account = &m_coordinator->session();
        CommandLineOptions options;
        options.profileDir = m_profile->path();
        options.language = QStringLiteral("en");
        m_app = std::make_unique<AppContext>(std::move(options), std::move(controllers));
        const auto started = m_app->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        window()->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window()));

        AccountCoordinator::PresetSignIn preset{Jid::parse(me()), QStringLiteral("pw-lihua"), {}};
        preset.connection.host = m_server->host();
        preset.connection.port = m_server->c2sPort();
        preset.connection.caFile = m_server->caPath();
        m_coordinator->resume(preset);
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return m_session->state() == ui::SessionController::State::Online; }, 30000),
            qPrintable(m_session->errorDetail()));
        QVERIFY(feature());
        QVERIFY(QTest::qWaitFor([&] { return chat().ready(); }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return item(QStringLiteral("chat.conversations")); }, 10000));
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_coordinator.reset();
        m_alice.reset();
        m_server.reset();
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_app && window()) {
            const QString path = m_shotDir + QStringLiteral("/failed-") +
                                 QString::fromLatin1(QTest::currentTestFunction()) +
                                 QStringLiteral(".png");
            window()->grabWindow().save(path);
            qWarning("screenshot of the failure: %s", qPrintable(path));
        }
    }

    void emptyListFirst()
    {
        QCOMPARE(m_app->navigation().section(), ui::Navigation::Section::Chats);
        QVERIFY(item(QStringLiteral("chat.noConversation"))->isVisible());
        // The feature's page replaced the placeholder.
        QVERIFY(!item(QStringLiteral("chats.empty"))->isVisible());
        shot(QStringLiteral("01-empty"));
    }

    void sendFromComposer()
    {
        // Another section asks for the chat (a contact's "Message" button does this).
        m_app->navigation().openChat(alice());
        QTRY_COMPARE(chat().currentJid(), alice());
        settle();
        QQuickItem *input = item(QStringLiteral("chat.input"));
        QVERIFY(input);
        QVERIFY(input->isVisible());
        QVERIFY(!item(QStringLiteral("chat.send"))->isEnabled()); // nothing to send yet
        QVERIFY(input->setProperty("text", QStringLiteral("Hello Alice, tea at 3? 🍵")));
        click(QStringLiteral("chat.send"));

        // In the view at once (from the outbox), the input emptied.
        QTRY_COMPARE(viewCount(), 1);
        QCOMPARE(input->property("text").toString(), QString());
        QVERIFY(showsText(item(QStringLiteral("chat.messages")), QStringLiteral("tea at 3?")));
        // At the peer, through the server.
        const auto got = m_alice->waitForEvent(
            [](const QJsonObject &e) {
                return e.value(u"event").toString() == QStringLiteral("message") &&
                       e.value(u"body").toString() == QStringLiteral("Hello Alice, tea at 3? 🍵");
            },
            15000);
        QVERIFY2(got, qPrintable(m_alice->diagnostics()));
        QCOMPARE(got->value(u"from").toString().section(u'/', 0, 0), me());
        // The server acknowledged it: it left the outbox.
        QTRY_VERIFY_WITH_TIMEOUT(
            chat().messages()->messageAt(0)->state != chat::ChatMessage::State::Queued &&
                chat().messages()->messageAt(0)->state != chat::ChatMessage::State::Sent,
            10000);
        // The list shows the conversation with its last message.
        QCOMPARE(chat().conversations()->rowOf(alice()), 0);
        shot(QStringLiteral("02-sent"));
    }

    void receiveFromPeer()
    {
        m_alice->sendMessage(me(), QStringLiteral("好的！三点见 https://example.org/teahouse"));
        QTRY_VERIFY_WITH_TIMEOUT(viewCount() == 2, 15000);
        QCOMPARE(chat().messages()->messageAt(0)->body,
                 QStringLiteral("好的！三点见 https://example.org/teahouse"));
        QVERIFY(!chat().messages()->messageAt(0)->isOutgoing());
        QVERIFY(showsText(item(QStringLiteral("chat.messages")), QStringLiteral("三点见")));
        // The link is a link.
        QVERIFY(showsText(item(QStringLiteral("chat.messages")),
                          QStringLiteral("<a href=\"https://example.org/teahouse\"")));
        // The open chat is read: no unread count.
        QTRY_COMPARE(chat().conversations()->at(0)->unreadCount, 0);
        shot(QStringLiteral("03-received"));
    }

    void historyPagesThirtyThenFifty()
    {
        // Alice writes 130 lines while another chat is open.
        chat().closeConversation();
        for (int i = 0; i < 130; ++i)
            m_alice->sendMessage(me(), QStringLiteral("page line %1").arg(i));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto page = feature()->service()->newestMessages(alice(), 1);
                return !page.messages.isEmpty() &&
                       page.messages.first().body == QStringLiteral("page line 129");
            },
            30000));
        const auto row = chat().conversations()->rowOf(alice());
        QVERIFY(row >= 0);
        QVERIFY(chat().conversations()->at(row)->unreadCount >= 130);
        shot(QStringLiteral("04-unread"));

        click(QStringLiteral("chat.conversation.") + alice());
        QCOMPARE(chat().currentJid(), alice());
        settle();
        QCOMPARE(viewCount(), 30);
        QCOMPARE(chat().messages()->count(), 30);
        QVERIFY(chat().messages()->hasMoreBefore());

        // Scroll to the top of what is loaded: the next 50 come in, not the whole history.
        QQuickItem *list = item(QStringLiteral("chat.messages"));
        // As the user's scrolling does: the view stops following the newest message.
        list->setProperty("stickToBottom", false);
        QVERIFY(QMetaObject::invokeMethod(list, "positionViewAtEnd"));
        QTRY_COMPARE(chat().messages()->count(), 80);
        settle();
        QCOMPARE(viewCount(), 80);
        QCOMPARE(chat().messages()->messageAt(79)->body, QStringLiteral("page line 50"));
        shot(QStringLiteral("05-paged"));
        QVERIFY(QMetaObject::invokeMethod(list, "positionViewAtEnd"));
        QTRY_COMPARE(chat().messages()->count(), 130); // 30 + 50 + 50 of 132
    }

    void searchAndJump()
    {
        chat().setSearchQuery(QStringLiteral("line 7"));
        settle();
        QVERIFY(item(QStringLiteral("chat.searchResults"))->isVisible());
        QVERIFY(chat().searchResults()->count() > 0);
        shot(QStringLiteral("06-search"));
        click(QStringLiteral("chat.searchHit.0"));
        QCOMPARE(chat().searchQuery(), QString());
        QVERIFY(chat().messages()->highlightedId() > 0);
        shot(QStringLiteral("07-jumped"));
    }

    // The store cannot be written (as with a full disk) while a message comes in: the list
    // says so in a banner, and after "Try again" with the store writable the message is there
    // and the banner gone.
    void unsavedMessagesAreAnnounced()
    {
        chat().open(alice());
        QTRY_COMPARE(chat().currentJid(), alice());
        const int before = viewCount();
        QVERIFY(!item(QStringLiteral("chat.unsaved"))->isVisible());
        storage::Database &db = m_coordinator->session().database();
        QVERIFY(db.exec(QStringLiteral("PRAGMA query_only = 1")).ok());
        m_alice->sendMessage(me(), QStringLiteral("written while the disk was full"));
        QTRY_VERIFY_WITH_TIMEOUT(item(QStringLiteral("chat.unsaved"))->isVisible(), 15000);
        QVERIFY(chat().unsavedMessage().contains(QStringLiteral("disk is full")));
        QVERIFY(showsText(item(QStringLiteral("chat.unsaved")), QStringLiteral("disk is full")));
        QCOMPARE(viewCount(), before);
        QVERIFY(chat().messages()->messageAt(0)->body !=
                QStringLiteral("written while the disk was full"));
        shot(QStringLiteral("07a-unsaved"));
        m_app->preferences().overrideLanguage(QStringLiteral("zh_CN"));
        // The banner follows the language.
        QTRY_VERIFY(showsText(item(QStringLiteral("chat.unsaved")), QStringLiteral("磁盘已满")));
        shot(QStringLiteral("07b-unsaved-zh_CN"));
        m_app->preferences().overrideCareMode(true);
        m_app->preferences().overrideScalePercent(200);
        shot(QStringLiteral("07c-unsaved-zh_CN-care"));
        m_app->preferences().overrideLanguage(QStringLiteral("en"));
        shot(QStringLiteral("07d-unsaved-en-care"));
        m_app->preferences().overrideCareMode(false);
        m_app->preferences().overrideScalePercent(100);

        // Space again; the user asks to try again.
        QVERIFY(db.exec(QStringLiteral("PRAGMA query_only = 0")).ok());
        click(QStringLiteral("chat.unsaved.retry"));
        QTRY_VERIFY_WITH_TIMEOUT(!item(QStringLiteral("chat.unsaved"))->isVisible(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(chat().messages()->messageAt(0)->body,
                                  QStringLiteral("written while the disk was full"), 15000);
        QVERIFY(viewCount() > before);
    }

    void otherLooks()
    {
        chat().open(alice());
        m_app->preferences().overrideLanguage(QStringLiteral("zh_CN"));
        shot(QStringLiteral("08-chat-zh_CN"));
        m_app->preferences().overrideCareMode(true);
        m_app->preferences().overrideScalePercent(200);
        shot(QStringLiteral("09-chat-zh_CN-care"));
        m_app->preferences().overrideLanguage(QStringLiteral("en"));
        shot(QStringLiteral("10-chat-en-care"));
        chat().closeConversation();
        shot(QStringLiteral("11-list-en-care"));
        m_app->preferences().overrideCareMode(false);
        m_app->preferences().overrideScalePercent(100);
    }
};

QTEST_MAIN(TestChatUi)
#include "tst_chat_ui.moc"
