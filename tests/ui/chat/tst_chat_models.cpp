// The chat's view models over a real ChatService on an encrypted database (offline: messages
// stay in the outbox), each watched by QAbstractItemModelTester: list order (pinned, newest),
// paging (30, then 50), jumps, search results, people lists; and the text shaping helpers.
#include "StorageTestUtils.h"
#include "chat/ChatController.h"
#include "chat/ChatService.h"
#include "chat/ChatText.h"
#include "chat/ConversationListModel.h"
#include "chat/MemberListModel.h"
#include "chat/MessageListModel.h"
#include "chat/SearchResultsModel.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using ui::ChatController;
using ui::ConversationListModel;
using ui::MemberListModel;
using ui::MessageListModel;
using ui::SearchResultsModel;

namespace {

QString role(const QAbstractItemModel &model, int row, const QByteArray &name)
{
    const int r = model.roleNames().key(name, -1);
    return model.data(model.index(row, 0), r).toString();
}

QVariant value(const QAbstractItemModel &model, int row, const QByteArray &name)
{
    const int r = model.roleNames().key(name, -1);
    return model.data(model.index(row, 0), r);
}

} // namespace

class TestChatModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<storage::Database> m_db;
    std::unique_ptr<chat::ChatService> m_service;
    std::unique_ptr<ChatController> m_controller;

    qint64 send(const QString &jid, const QString &text)
    {
        m_controller->open(jid);
        const auto before = m_controller->messages()->count();
        if (!m_controller->sendText(text))
            return 0;
        return before < m_controller->messages()->count()
                   ? m_controller->messages()->messageAt(0)->id
                   : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db =
            storage::Database::open(m_dir->filePath(QStringLiteral("chat.db")), test::fixedKey(7));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db.emplace(std::move(db).value());
        m_service =
            std::make_unique<chat::ChatService>(Jid::parse(QStringLiteral("me@example.org")), *m_db,
                                                m_dir->filePath(QStringLiteral("media")));
        QVERIFY2(m_service->isReady(), qPrintable(m_service->errorMessage()));
        m_controller = std::make_unique<ChatController>();
        m_controller->setService(m_service.get());
    }

    void cleanup()
    {
        m_controller.reset();
        m_service.reset();
        m_db.reset();
        m_dir.reset();
    }

    // ------------------------------------------------------------ text helpers

    void richBodyEscapesAndLinks()
    {
        using namespace ui::chattext;
        const QString html =
            richBody(QStringLiteral("<b>hi</b> & see https://example.org/a?b=1&c=2."), {}, {},
                     QStringLiteral("#010203"), {}, {});
        QVERIFY(!html.contains(QStringLiteral("<b>")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;hi&lt;/b&gt; &amp; see")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.org/a?b=1&amp;c=2\"")));
        // The full stop after the link is not part of it.
        QVERIFY(html.endsWith(QStringLiteral("</a>.")));
        QCOMPARE(links(QStringLiteral("go www.example.com, or xmpp:room@conf.example?join")),
                 QStringList({QStringLiteral("www.example.com"),
                              QStringLiteral("xmpp:room@conf.example?join")}));
        const QString www = richBody(QStringLiteral("www.example.com"), {}, {}, {}, {}, {});
        QVERIFY(www.contains(QStringLiteral("href=\"https://www.example.com\"")));
        QCOMPARE(richBody(QStringLiteral("a\nb"), {}, {}, {}, {}, {}), QStringLiteral("a<br/>b"));
    }

    void richBodyMarksMentionsAndMatches()
    {
        using namespace ui::chattext;
        const QString body = QStringLiteral("@王芳 明天去医院吗");
        const QString html = richBody(body, {{0, 3, QStringLiteral("wangfang@example.org")}},
                                      findTerms(body, QStringLiteral("医院")), {},
                                      QStringLiteral("#00AA00"), QStringLiteral("#FFFF00"));
        QVERIFY(html.contains(QStringLiteral("color:#00AA00;font-weight:600;\">@王芳</span>")));
        QVERIFY(html.contains(QStringLiteral("background-color:#FFFF00;\">医院</span>")));
        // Case-insensitive, every occurrence, in order.
        const auto spans = findTerms(QStringLiteral("Tea, tea and TEA"), QStringLiteral("tea"));
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans[1].start, 5);
        QCOMPARE(findTerms(QStringLiteral("我们明天去医院"), QStringLiteral("医院")).first().start,
                 5);
        const QString s =
            snippet(QStringLiteral("我们明天去医院"),
                    findTerms(QStringLiteral("我们明天去医院"), QStringLiteral("医院")),
                    QStringLiteral("#123456"));
        QCOMPARE(s, QStringLiteral("我们明天去<font color=\"#123456\"><b>医院</b></font>"));
    }

    void timesLikeWeChat()
    {
        using namespace ui::chattext;
        const QDateTime now(QDate(2026, 11, 21), QTime(15, 0));
        QCOMPARE(listTime(QDateTime(QDate(2026, 11, 21), QTime(9, 5)), now),
                 QStringLiteral("09:05"));
        QCOMPARE(listTime(QDateTime(QDate(2026, 11, 20), QTime(9, 5)), now),
                 QStringLiteral("Yesterday"));
        QCOMPARE(separatorTime(QDateTime(QDate(2026, 11, 20), QTime(9, 5)), now),
                 QStringLiteral("Yesterday 09:05"));
        QVERIFY(listTime(QDateTime(QDate(2025, 1, 2), QTime(9, 5)), now).contains(u"2025"));
        const QDateTime a(QDate(2026, 11, 21), QTime(9, 0));
        QVERIFY(!needsSeparator(a, a.addSecs(60)));
        QVERIFY(needsSeparator(a, a.addSecs(6 * 60)));
        QVERIFY(needsSeparator(a.addDays(-1), a));
    }

    // ------------------------------------------------------------ models

    void conversationListOrder()
    {
        ConversationListModel *list = m_controller->conversations();
        QAbstractItemModelTester tester(list,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_service->openConversation(QStringLiteral("alice@example.org"), QStringLiteral("Alice"));
        m_service->openConversation(QStringLiteral("bob@example.org"), QStringLiteral("Bob"));
        QCOMPARE(list->count(), 2);
        QVERIFY(send(QStringLiteral("alice@example.org"), QStringLiteral("first")) > 0);
        QTest::qWait(5);
        QVERIFY(send(QStringLiteral("bob@example.org"), QStringLiteral("second")) > 0);
        // Newest activity first.
        QCOMPARE(role(*list, 0, "jid"), QStringLiteral("bob@example.org"));
        QCOMPARE(role(*list, 0, "preview"), QStringLiteral("second"));
        QCOMPARE(role(*list, 0, "name"), QStringLiteral("Bob"));
        QVERIFY(value(*list, 0, "current").toBool()); // bob is open
        // Pinned goes on top whatever its activity.
        m_controller->setPinned(QStringLiteral("alice@example.org"), true);
        QCOMPARE(role(*list, 0, "jid"), QStringLiteral("alice@example.org"));
        QVERIFY(value(*list, 0, "pinned").toBool());
        QVERIFY(list->isPinned(QStringLiteral("alice@example.org")));
        m_controller->setMuted(QStringLiteral("bob@example.org"), true);
        QVERIFY(value(*list, 1, "muted").toBool());
        // A draft shows in the list.
        m_controller->saveDraft(QStringLiteral("alice@example.org"),
                                QStringLiteral("half a thought"));
        QCOMPARE(role(*list, 0, "draft"), QStringLiteral("half a thought"));
        // Deleting removes the row.
        m_controller->deleteConversation(QStringLiteral("bob@example.org"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(m_controller->currentJid(), QString());
    }

    void messagePagingThirtyThenFifty()
    {
        const QString jid = QStringLiteral("carol@example.org");
        m_service->openConversation(jid, QStringLiteral("Carol"));
        for (int i = 0; i < 130; ++i)
            QVERIFY(m_service->sendText(jid, QStringLiteral("message %1").arg(i)).ok());
        MessageListModel *messages = m_controller->messages();
        QAbstractItemModelTester tester(messages,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_controller->open(jid);
        QCOMPARE(messages->count(), MessageListModel::kFirstPage);
        QCOMPARE(role(*messages, 0, "body"), QStringLiteral("message 129")); // newest at row 0
        QCOMPARE(role(*messages, 29, "body"), QStringLiteral("message 100"));
        QVERIFY(messages->hasMoreBefore());
        QVERIFY(!messages->hasMoreAfter());
        QCOMPARE(role(*messages, 0, "kind"), QStringLiteral("text"));
        QVERIFY(value(*messages, 0, "outgoing").toBool());
        QVERIFY(value(*messages, 0, "canRecall").toBool());

        QVERIFY(messages->loadOlder());
        QCOMPARE(messages->count(), 80);
        QCOMPARE(role(*messages, 79, "body"), QStringLiteral("message 50"));
        QVERIFY(messages->loadOlder());
        QCOMPARE(messages->count(), 130);
        QVERIFY(!messages->hasMoreBefore());
        QVERIFY(!messages->loadOlder());
        QCOMPARE(messages->count(), 130);

        // A new message goes in at the bottom (row 0).
        QVERIFY(m_controller->sendText(QStringLiteral("and one more")));
        QCOMPARE(messages->count(), 131);
        QCOMPARE(role(*messages, 0, "body"), QStringLiteral("and one more"));
    }

    void jumpLoadsAWindowAndWalksBack()
    {
        const QString jid = QStringLiteral("dave@example.org");
        m_service->openConversation(jid, QStringLiteral("Dave"));
        qint64 target = 0;
        for (int i = 0; i < 300; ++i) {
            const auto id = m_service->sendText(jid, QStringLiteral("line %1").arg(i));
            QVERIFY(id.ok());
            if (i == 10)
                target = id.value();
        }
        MessageListModel *messages = m_controller->messages();
        QAbstractItemModelTester tester(messages,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy jumped(m_controller.get(), &ChatController::jumpRequested);
        m_controller->jumpTo(jid, target);
        QCOMPARE(jumped.size(), 1);
        const int row = jumped.first().first().toInt();
        QCOMPARE(role(*messages, row, "body"), QStringLiteral("line 10"));
        QVERIFY(value(*messages, row, "highlighted").toBool());
        QVERIFY(messages->count() <= 60);
        QVERIFY(messages->hasMoreAfter());
        // Walking back towards the present adds newer pages at the bottom.
        const int before = messages->count();
        QVERIFY(messages->loadNewer());
        QCOMPARE(messages->count(), before + MessageListModel::kNextPage);
        messages->showLatest();
        QCOMPARE(messages->count(), MessageListModel::kFirstPage);
        QCOMPARE(role(*messages, 0, "body"), QStringLiteral("line 299"));
    }

    void searchResults()
    {
        m_service->openConversation(QStringLiteral("wangfang@example.org"), QStringLiteral("王芳"));
        QVERIFY(send(QStringLiteral("wangfang@example.org"), QStringLiteral("我们明天去医院")) > 0);
        QVERIFY(send(QStringLiteral("wangfang@example.org"), QStringLiteral("好的")) > 0);
        SearchResultsModel *results = m_controller->searchResults();
        QAbstractItemModelTester tester(results,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_controller->setSearchQuery(QStringLiteral("医院"));
        QCOMPARE(results->count(), 1);
        QCOMPARE(role(*results, 0, "jid"), QStringLiteral("wangfang@example.org"));
        QCOMPARE(role(*results, 0, "title"), QStringLiteral("王芳"));
        QVERIFY(role(*results, 0, "snippet").contains(QStringLiteral("<b>医院</b>")));
        QVERIFY(results->messageIdAt(0) > 0);
        // A conversation matches by name too.
        m_controller->setSearchQuery(QStringLiteral("王芳"));
        QVERIFY(results->count() >= 1);
        QCOMPARE(role(*results, 0, "section"), QStringLiteral("Chats"));
        m_controller->setSearchQuery({});
        QCOMPARE(results->count(), 0);

        // In one chat: the bubbles mark the words too.
        m_controller->open(QStringLiteral("wangfang@example.org"));
        SearchResultsModel *inChat = m_controller->chatSearchResults();
        QAbstractItemModelTester chatTester(inChat,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_controller->searchInChat(QStringLiteral("医院"));
        QCOMPARE(inChat->count(), 1);
        const MessageListModel *messages = m_controller->messages();
        QVERIFY(role(*messages, 1, "richText").contains(QStringLiteral("background-color")));
        QVERIFY(!role(*messages, 0, "richText").contains(QStringLiteral("background-color")));
    }

    void memberListFilterAndChecks()
    {
        MemberListModel *contacts = m_controller->contacts();
        QAbstractItemModelTester tester(contacts,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_controller->setContacts(
            {{QStringLiteral("zhangwei@example.org"), QStringLiteral("张伟"), {}, false, {}},
             {QStringLiteral("alice@example.org"), QStringLiteral("Alice"), {}, false, {}},
             {QStringLiteral("bob@example.org"), QStringLiteral("Bob"), {}, true, {}}});
        QCOMPARE(contacts->count(), 3);
        contacts->setChecked(QStringLiteral("bob@example.org"), true);
        contacts->setFilter(QStringLiteral("ali"));
        QCOMPARE(contacts->count(), 1);
        QCOMPARE(role(*contacts, 0, "name"), QStringLiteral("Alice"));
        QVERIFY(contacts->setData(contacts->index(0), true, MemberListModel::CheckedRole));
        contacts->setFilter({});
        QCOMPARE(contacts->checkedCount(), 2);
        QCOMPARE(contacts->checkedJids(), QStringList({QStringLiteral("alice@example.org"),
                                                       QStringLiteral("bob@example.org")}));
        // Someone who leaves the list is no longer picked.
        m_controller->setContacts(
            {{QStringLiteral("alice@example.org"), QStringLiteral("Alice"), {}, false, {}}});
        QCOMPARE(contacts->checkedJids(), QStringList({QStringLiteral("alice@example.org")}));
        QCOMPARE(contacts->nameOf(QStringLiteral("alice@example.org")), QStringLiteral("Alice"));
    }

    void recallWindowAndNotices()
    {
        const QString jid = QStringLiteral("erin@example.org");
        m_service->openConversation(jid, QStringLiteral("Erin"));
        m_controller->open(jid);
        QVERIFY(m_controller->sendText(QStringLiteral("oops")));
        const qint64 id = m_controller->messages()->messageAt(0)->id;
        QVERIFY(m_controller->canRecall(id));
        const QVariantMap preview = m_controller->replyPreview(id);
        QCOMPARE(preview.value(QStringLiteral("text")).toString(), QStringLiteral("oops"));
        QCOMPARE(preview.value(QStringLiteral("id")).toLongLong(), id);
    }
};

QTEST_MAIN(TestChatModels)
#include "tst_chat_models.moc"
