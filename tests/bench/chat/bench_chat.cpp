#include "StorageTestUtils.h"
#include "chat/ChatSchema.h"
#include "chat/ChatService.h"
#include "chat/ConversationStore.h"
#include "chat/MessageStore.h"
#include "storage/Database.h"
#include "storage/FtsText.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace teahouse;
using namespace teahouse::chat;

namespace {
long residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

const QStringList kWords = {
    QStringLiteral("我们明天去医院"),
    QStringLiteral("晚饭吃什么"),
    QStringLiteral("see you tomorrow"),
    QStringLiteral("会议改到下午三点"),
    QStringLiteral("the report is ready"),
    QStringLiteral("好的"),
    QStringLiteral("周末一起爬山吗"),
    QStringLiteral("please review the budget"),
    QStringLiteral("快递到了"),
    QStringLiteral("happy birthday"),
};
} // namespace

class BenchChat : public QObject
{
    Q_OBJECT

public:
    BenchChat()
    {
        // Generating a million messages takes longer than QtTest's 5-minute watchdog allows
        // one test function (it aborted the full run).
        if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
            qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(3 * 3600 * 1000));
    }

private Q_SLOTS:
    void generatedProfile()
    {
        const bool full = qEnvironmentVariableIntValue("TEAHOUSE_BENCH_FULL") == 1;
        int total = full ? 1000000 : 100000;
        if (qEnvironmentVariableIntValue("TEAHOUSE_BENCH_CHAT_MESSAGES") > 0)
            total = qEnvironmentVariableIntValue("TEAHOUSE_BENCH_CHAT_MESSAGES");
        const int conversations = 500;
        QTemporaryDir dir;
        auto opened =
            storage::Database::open(dir.filePath(QStringLiteral("b.db")), test::fixedKey(9));
        QVERIFY(opened.ok());
        storage::Database db = std::move(opened).value();
        QVERIFY(ChatSchema::apply(db).ok());
        MessageStore messages(db);
        ConversationStore convs(db);
        QElapsedTimer timer;
        timer.start();
        auto *rng = QRandomGenerator::global();
        {
            auto tx = db.transaction();
            QVERIFY(tx.ok());
            for (int c = 0; c < conversations; ++c)
                (void)convs.ensure(QStringLiteral("friend%1@localhost").arg(c),
                                   Conversation::Kind::Direct, QStringLiteral("Friend %1").arg(c));
            for (int i = 0; i < total; ++i) {
                ChatMessage m;
                m.conversation = QStringLiteral("friend%1@localhost").arg(i % conversations);
                m.senderJid = m.conversation;
                m.body = kWords.at(rng->bounded(kWords.size())) + QStringLiteral(" #%1").arg(i);
                m.timestamp = QDateTime::fromMSecsSinceEpoch(1600000000000LL + i * 1000LL);
                auto id = messages.insert(m, (1600000000000LL + i * 1000LL) * 1000);
                QVERIFY(id.ok());
                if (i % 100000 == 99999) {
                    qInfo("  %d messages stored (%lld s)", i + 1, timer.elapsed() / 1000);
                    QVERIFY(tx->commit().ok());
                    tx = db.transaction();
                    QVERIFY(tx.ok());
                }
            }
            QVERIFY(tx->commit().ok());
        }
        qInfo("generated %d messages over %d conversations in %lld ms", total, conversations,
              timer.elapsed());

        ChatService chat(Jid::parse(u"me@localhost"), db, dir.filePath(QStringLiteral("media")));
        QVERIFY(chat.isReady());
        // Open a conversation: first page (30) ready.
        QList<qint64> openTimes;
        for (int c = 0; c < 20; ++c) {
            QElapsedTimer t;
            t.start();
            const auto page =
                chat.newestMessages(QStringLiteral("friend%1@localhost").arg(c * 7), 30);
            openTimes.append(t.nsecsElapsed() / 1000);
            QCOMPARE(page.messages.size(), 30);
        }
        std::sort(openTimes.begin(), openTimes.end());
        qInfo("FIGURE chat_open_first_page_ms median=%.2f max=%.2f (n=%d, %d messages)",
              openTimes.at(openTimes.size() / 2) / 1000.0, openTimes.last() / 1000.0,
              int(openTimes.size()), total);
        QElapsedTimer listTimer;
        listTimer.start();
        const auto list = chat.conversations();
        qInfo("FIGURE chat_conversation_list_ms=%lld (%d conversations)", listTimer.elapsed(),
              int(list.size()));
        for (const QString &q :
             {QStringLiteral("医院"), QStringLiteral("budget"), QStringLiteral("爬山")}) {
            QElapsedTimer t;
            t.start();
            const auto hits = chat.search(q, {}, 100);
            qInfo("FIGURE chat_global_search_ms query=%s ms=%.2f hits=%d", qPrintable(q),
                  t.nsecsElapsed() / 1e6, int(hits.size()));
            QVERIFY(!hits.isEmpty());
        }
        qInfo("FIGURE chat_rss_after_20_conversations_mb=%.1f", residentKb() / 1024.0);
    }
};

QTEST_GUILESS_MAIN(BenchChat)
#include "bench_chat.moc"
