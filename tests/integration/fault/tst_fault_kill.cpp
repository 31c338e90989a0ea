// The app killed (SIGKILL) in the middle of sending, uploading, catching up and paying, and the
// disk filling up while it writes: the client runs in its own process (fault_client) on a
// profile folder, is killed at a chosen step and started again on the same profile. Afterwards
// nothing is lost, nothing is doubled (counted on both sides and in the provider's ledger) and
// the state the user sees says what happened.

#include "FaultClientProcess.h"
#include "FaultSupport.h"
#include "StorageTestUtils.h"
#include "TestServer.h"
#include "chat/ChatService.h"
#include "pay/PayService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <optional>

using namespace teahouse;
using namespace teahouse::chat;
using namespace teahouse::test;

namespace {

// The profile fault_client left behind, opened the way the app opens it after a restart.
struct ProfileView
{
    ProfileView(const QString &profile, const QString &account)
    {
        auto opened =
            storage::Database::open(QDir(profile).filePath(QStringLiteral("c.db")), fixedKey(3));
        if (!opened.ok())
            return;
        db.emplace(std::move(opened).value());
        chat = std::make_unique<ChatService>(Jid::parse(account), *db,
                                             QDir(profile).filePath(QStringLiteral("media")));
    }
    QList<ChatMessage> history(const QString &jid) const { return wholeHistory(*chat, jid); }
    std::optional<storage::Database> db;
    std::unique_ptr<ChatService> chat;
};

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

// A file size limit (fault_client --fsize) that leaves the profile's database headroom bytes
// to grow: the disk is "full" after that.
qint64 diskFullAfter(const QString &profile, qint64 headroom)
{
    const QString db = QDir(profile).filePath(QStringLiteral("c.db"));
    return std::max(fileSize(db), fileSize(db + QStringLiteral("-wal"))) + headroom;
}

} // namespace

class TestFaultKill : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;

    QString profile(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        for (const char *user : {"ann", "ben", "cat", "dan", "eve", "fay", "gus", "hal", "ivy",
                                 "jon", "kim", "len", "lihua", "pay", "cafe"})
            QVERIFY(m_server->addUser(QString::fromLatin1(user), kChatPassword).ok());
    }
    void cleanupTestCase() { m_server.reset(); }

    // Killed between "stored in the outbox" and "acknowledged by the server", then started
    // again: it continues where it stopped, resends what was not acknowledged, and the receiver
    // keeps one copy of each.
    void killedWhileSending()
    {
        ChatTestClient ben;
        QVERIFY(ben.start(*m_server, QStringLiteral("ben")));
        const QString benJid = m_server->jid(QStringLiteral("ben"));
        const QString annJid = m_server->jid(QStringLiteral("ann"));
        FaultClientProcess ann(*m_server, profile("ann"), QStringLiteral("ann"), kChatPassword);
        const QStringList send{QStringLiteral("--to"),     benJid,
                               QStringLiteral("--count"),  QStringLiteral("40"),
                               QStringLiteral("--prefix"), QStringLiteral("k ")};
        QVERIFY(ann.start(QStringLiteral("send"), send));
        QVERIFY2(!ann.waitForLine(QStringLiteral("queued 12")).isEmpty(),
                 qPrintable(ann.diagnostics()));
        ann.kill();

        QVERIFY(ann.start(QStringLiteral("send"), send));
        QVERIFY2(ann.waitForExit() == 0, qPrintable(ann.diagnostics()));

        QVERIFY(waitFor([&] {
            return bodiesWithPrefix(ben.chat->newestMessages(annJid, 200).messages,
                                    QStringLiteral("k "))
                       .size() >= 40;
        }));
        QTest::qWait(300); // a late duplicate would arrive now
        QCOMPARE(
            bodiesWithPrefix(ben.chat->newestMessages(annJid, 200).messages, QStringLiteral("k ")),
            numbered(QStringLiteral("k "), 0, 40));

        ProfileView view(profile("ann"), annJid);
        QVERIFY(view.chat && view.chat->isReady());
        const QList<ChatMessage> mine = view.history(benJid);
        QCOMPARE(bodiesWithPrefix(mine, QStringLiteral("k ")),
                 numbered(QStringLiteral("k "), 0, 40));
        for (const ChatMessage &m : mine)
            QVERIFY2(acknowledged(m), qPrintable(m.body));
    }

    // Killed while the file goes up (XEP-0363): after the restart the message says Failed (a
    // retry is offered, no endless spinner); the retry sends it once and the bytes arrive whole.
    void killedWhileUploading()
    {
        ChatTestClient dan;
        QVERIFY(dan.start(*m_server, QStringLiteral("dan")));
        const QString danJid = m_server->jid(QStringLiteral("dan"));
        const QString catJid = m_server->jid(QStringLiteral("cat"));
        constexpr qint64 kSize = 6 * 1024 * 1024;
        FaultClientProcess cat(*m_server, profile("cat"), QStringLiteral("cat"), kChatPassword);
        QVERIFY(cat.start(
            QStringLiteral("upload"),
            {QStringLiteral("--to"), danJid, QStringLiteral("--size"), QString::number(kSize)}));
        const QString queued = cat.waitForLine(QStringLiteral("queued "));
        QVERIFY2(!queued.isEmpty(), qPrintable(cat.diagnostics()));
        const qint64 id = queued.section(u' ', 1).toLongLong();
        QVERIFY2(!cat.waitForLine(QStringLiteral("progress ")).isEmpty(),
                 qPrintable(cat.diagnostics()));
        cat.kill();

        bool cutMidUpload = false;
        {
            ProfileView view(profile("cat"), catJid);
            QVERIFY(view.chat && view.chat->isReady());
            const auto m = view.chat->message(id);
            QVERIFY(m);
            QCOMPARE(m->kind, ChatMessage::Kind::File);
            QCOMPARE(m->attachment.size, kSize);
            cutMidUpload = m->attachment.url.isEmpty();
            if (cutMidUpload) {
                // What the user sees after the restart: failed, with a retry.
                QCOMPARE(m->attachment.transferState, Attachment::TransferState::Failed);
                QCOMPARE(m->state, ChatMessage::State::Failed);
            }
        }
        qInfo("killed %s the upload had finished", cutMidUpload ? "before" : "after");

        QVERIFY(cat.start(QStringLiteral("sync"), {QStringLiteral("--to"), danJid}));
        QVERIFY2(cat.waitForExit() == 0, qPrintable(cat.diagnostics()));
        if (cutMidUpload)
            QVERIFY2(cat.diagnostics().contains(QStringLiteral("retry %1").arg(id)),
                     qPrintable(cat.diagnostics()));

        QVERIFY(waitFor([&] { return !dan.chat->newestMessages(catJid).messages.isEmpty(); }));
        QTest::qWait(300);
        const QList<ChatMessage> got = dan.chat->newestMessages(catJid).messages;
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().kind, ChatMessage::Kind::File);
        dan.chat->downloadAttachment(got.first().id);
        QVERIFY(waitFor([&] {
            return dan.chat->message(got.first().id)->attachment.transferState ==
                   Attachment::TransferState::Done;
        }));
        auto bytes = dan.chat->media(dan.chat->message(got.first().id)->attachment.mediaId);
        QVERIFY(bytes.ok());
        QVERIFY(bytes.value() == FaultClientProcess::pattern(kSize));

        ProfileView view(profile("cat"), catJid);
        const auto sent = view.chat->message(id);
        QVERIFY(sent);
        QCOMPARE(sent->attachment.transferState, Attachment::TransferState::Done);
        QVERIFY(acknowledged(*sent));
        QCOMPARE(view.history(danJid).size(), 1);
    }

    // Killed in the middle of the history catch-up (MAM): the next start fetches again from
    // the last point it had finished, and keeps each archived message once, in order.
    void killedDuringCatchUp()
    {
        const QString eveJid = m_server->jid(QStringLiteral("eve"));
        const QString fayJid = m_server->jid(QStringLiteral("fay"));
        FaultClientProcess eve(*m_server, profile("eve"), QStringLiteral("eve"), kChatPassword);
        // A first sync, so the profile has a point to catch up from.
        QVERIFY(eve.start(QStringLiteral("sync")));
        QVERIFY2(eve.waitForExit() == 0, qPrintable(eve.diagnostics()));

        constexpr int kCount = 700; // three archive pages
        QVERIFY(burstTo(*m_server, QStringLiteral("fay"), QStringLiteral("eve"),
                        QStringLiteral("m "), kCount));
        QVERIFY(eve.start(QStringLiteral("sync")));
        // A few slices stored, the rest still coming.
        for (int slice = 0; slice < 4; ++slice)
            QVERIFY2(!eve.waitForLine(QStringLiteral("history ")).isEmpty(),
                     qPrintable(eve.diagnostics()));
        eve.kill();
        int storedBeforeKill = 0;
        {
            ProfileView view(profile("eve"), eveJid);
            storedBeforeKill =
                int(bodiesWithPrefix(view.history(fayJid), QStringLiteral("m ")).size());
        }
        qInfo("%d of %d archived messages stored when killed", storedBeforeKill, kCount);
        QVERIFY(storedBeforeKill > 0 && storedBeforeKill < kCount);

        QVERIFY(eve.start(QStringLiteral("sync")));
        QVERIFY2(eve.waitForExit() == 0, qPrintable(eve.diagnostics()));
        ProfileView view(profile("eve"), eveJid);
        QCOMPARE(bodiesWithPrefix(view.history(fayJid), QStringLiteral("m ")),
                 numbered(QStringLiteral("m "), 0, kCount));
    }

    // Killed after the payment service booked the order but before its answer arrived: after
    // the restart the same order is sent again by itself, the service answers with the first
    // booking, and the ledger holds the payment once.
    void killedDuringPayment()
    {
        PaymentProvider bank;
        const QString why = bank.start(*m_server);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        auto *payment = bank.payment();
        const auto balance = [&](const char *account) {
            return bank.balance(QString::fromLatin1(account));
        };
        const QString code = bank.cafeCode();
        QVERIFY(!code.isEmpty());

        FaultClientProcess lihua(*m_server, profile("lihua"), QStringLiteral("lihua"),
                                 kChatPassword);
        // SIGKILL from inside the booking: the service's answer has not left this process yet.
        QString booked;
        connect(payment, &provider::PaymentModule::paymentBooked, this,
                [&](const QString &transactionId) {
                    if (booked.isEmpty()) {
                        booked = transactionId;
                        ::kill(pid_t(lihua.processId()), SIGKILL);
                    }
                });
        const qint64 payerBefore = balance("lihua@localhost");
        const qint64 cafeBefore = balance("cafe@localhost");
        QVERIFY(lihua.start(QStringLiteral("pay"),
                            {QStringLiteral("--service"), QStringLiteral("pay@localhost"),
                             QStringLiteral("--code"), code, QStringLiteral("--amount"),
                             QStringLiteral("7.50"), QStringLiteral("--pin"),
                             QStringLiteral("135790")}));
        const QString stored = lihua.waitForLine(QStringLiteral("order "));
        QVERIFY2(!stored.isEmpty(), qPrintable(lihua.diagnostics()));
        const QString orderId = stored.section(u' ', 1, 1);
        QVERIFY(waitFor([&] { return !booked.isEmpty(); }));
        QCOMPARE(lihua.waitForExit(), -1); // killed
        QCOMPARE(balance("cafe@localhost"), cafeBefore + 750);

        {
            // The user sees the payment as still being sent, not paid and not failed.
            auto opened = storage::Database::open(
                QDir(profile("lihua")).filePath(QStringLiteral("c.db")), fixedKey(3));
            QVERIFY(opened.ok());
            pay::PayService view(opened.value());
            QVERIFY(view.open().ok());
            auto order = view.store().order(orderId);
            QVERIFY(order.ok() && order->has_value());
            QCOMPARE((*order)->state, pay::PaymentOrder::State::Sending);
            QCOMPARE((*order)->amount.minor, 750);
        }

        QVERIFY(lihua.start(QStringLiteral("sync"),
                            {QStringLiteral("--service"), QStringLiteral("pay@localhost")}));
        QVERIFY2(lihua.waitForExit() == 0, qPrintable(lihua.diagnostics()));
        auto opened = storage::Database::open(
            QDir(profile("lihua")).filePath(QStringLiteral("c.db")), fixedKey(3));
        QVERIFY(opened.ok());
        pay::PayService view(opened.value());
        QVERIFY(view.open().ok());
        auto order = view.store().order(orderId);
        QVERIFY(order.ok() && order->has_value());
        QCOMPARE((*order)->state, pay::PaymentOrder::State::Paid);
        QVERIFY((*order)->duplicate);
        QCOMPARE((*order)->transactionId, booked);
        QCOMPARE(balance("lihua@localhost"), payerBefore - 750);
        QCOMPARE(balance("cafe@localhost"), cafeBefore + 750);
        QCOMPARE(bank.bookings(QStringLiteral("lihua@localhost"), orderId), 1);
    }

    // The disk fills up while messages are being written: the send that does not fit is refused
    // with an I/O error the user is shown, nothing half-written is left, and after space is
    // back (a restart without the limit) every message that was accepted arrives once.
    void diskFullWhileSending()
    {
        ChatTestClient hal;
        QVERIFY(hal.start(*m_server, QStringLiteral("hal")));
        const QString halJid = m_server->jid(QStringLiteral("hal"));
        const QString gusJid = m_server->jid(QStringLiteral("gus"));
        FaultClientProcess gus(*m_server, profile("gus"), QStringLiteral("gus"), kChatPassword);
        QVERIFY(gus.start(QStringLiteral("sync")));
        QVERIFY2(gus.waitForExit() == 0, qPrintable(gus.diagnostics()));

        const qint64 limit = diskFullAfter(profile("gus"), 64 * 1024);
        QVERIFY(gus.start(QStringLiteral("send"),
                          {QStringLiteral("--to"), halJid, QStringLiteral("--count"),
                           QStringLiteral("190"), QStringLiteral("--prefix"), QStringLiteral("f "),
                           QStringLiteral("--fsize"), QString::number(limit)}));
        const QString refused = gus.waitForLine(QStringLiteral("refused "), 60000);
        QVERIFY2(!refused.isEmpty(), qPrintable(gus.diagnostics()));
        QCOMPARE(refused.section(u' ', 1, 1).toInt(), int(Error::Code::Io));
        QCOMPARE(gus.waitForExit(), 4);
        const QString log = gus.diagnostics();
        int accepted = 0;
        while (log.contains(QStringLiteral("queued %1\n").arg(accepted)))
            ++accepted;
        qInfo("%d messages stored before the disk was full: %s", accepted, qPrintable(refused));
        QVERIFY(accepted > 0);

        QVERIFY(gus.start(QStringLiteral("sync")));
        QVERIFY2(gus.waitForExit() == 0, qPrintable(gus.diagnostics()));
        QVERIFY(waitFor([&] {
            return bodiesWithPrefix(hal.chat->newestMessages(gusJid, 200).messages,
                                    QStringLiteral("f "))
                       .size() >= accepted;
        }));
        QTest::qWait(300);
        QCOMPARE(
            bodiesWithPrefix(hal.chat->newestMessages(gusJid, 200).messages, QStringLiteral("f ")),
            numbered(QStringLiteral("f "), 0, accepted));
        ProfileView view(profile("gus"), gusJid);
        const QList<ChatMessage> mine = view.history(halJid);
        QCOMPARE(bodiesWithPrefix(mine, QStringLiteral("f ")),
                 numbered(QStringLiteral("f "), 0, accepted));
        for (const ChatMessage &m : mine)
            QVERIFY2(acknowledged(m), qPrintable(m.body));
    }

    // The disk fills up while messages come in live: the user is told (unsavedError, shown as
    // the chat's banner), and once there is space again "try again" fetches the rest from the
    // archive: every message once, in order.
    void diskFullWhileReceiving()
    {
        const QString kimJid = m_server->jid(QStringLiteral("kim"));
        const QString lenJid = m_server->jid(QStringLiteral("len"));
        FaultClientProcess kim(*m_server, profile("kim"), QStringLiteral("kim"), kChatPassword);
        QVERIFY(kim.start(QStringLiteral("sync")));
        QVERIFY2(kim.waitForExit() == 0, qPrintable(kim.diagnostics()));

        constexpr int kCount = 190; // the client counts them in one page of at most 200
        const qint64 limit = diskFullAfter(profile("kim"), 32 * 1024);
        QVERIFY(
            kim.start(QStringLiteral("listen"),
                      {QStringLiteral("--from"), lenJid, QStringLiteral("--count"),
                       QString::number(kCount), QStringLiteral("--prefix"), QStringLiteral("r "),
                       QStringLiteral("--fsize"), QString::number(limit)}));
        QVERIFY2(!kim.waitForLine(QStringLiteral("listening"), 60000).isEmpty(),
                 qPrintable(kim.diagnostics()));
        QVERIFY(burstTo(*m_server, QStringLiteral("len"), QStringLiteral("kim"),
                        QStringLiteral("r "), kCount));
        const QString told = kim.waitForLine(QStringLiteral("unsaved "), 60000);
        QVERIFY2(!told.isEmpty(), qPrintable(kim.diagnostics()));
        QCOMPARE(told.section(u' ', 1, 1).toInt(), int(Error::Code::Io));
        QVERIFY2(kim.waitForExit() == 0, qPrintable(kim.diagnostics()));
        const QString log = kim.diagnostics();
        // Told again when everything is saved.
        QVERIFY2(log.contains(QStringLiteral("\nsaved\n")), qPrintable(log));
        qInfo("%s", qPrintable(log.section(QStringLiteral("stored "), 1, 1).section(u'\n', 0, 0)));

        ProfileView view(profile("kim"), kimJid);
        QCOMPARE(bodiesWithPrefix(view.history(lenJid), QStringLiteral("r ")),
                 numbered(QStringLiteral("r "), 0, kCount));
    }

    // The disk is full while the history catch-up stores what the archive sent: the catch-up
    // must not move its "caught up to here" mark past what it could not store, so a later start
    // with space fetches the rest and every message is there once.
    void diskFullDuringCatchUp()
    {
        const QString ivyJid = m_server->jid(QStringLiteral("ivy"));
        const QString jonJid = m_server->jid(QStringLiteral("jon"));
        FaultClientProcess ivy(*m_server, profile("ivy"), QStringLiteral("ivy"), kChatPassword);
        QVERIFY(ivy.start(QStringLiteral("sync")));
        QVERIFY2(ivy.waitForExit() == 0, qPrintable(ivy.diagnostics()));

        constexpr int kCount = 400;
        QVERIFY(burstTo(*m_server, QStringLiteral("jon"), QStringLiteral("ivy"),
                        QStringLiteral("d "), kCount));
        const qint64 limit = diskFullAfter(profile("ivy"), 32 * 1024);
        QVERIFY(
            ivy.start(QStringLiteral("sync"), {QStringLiteral("--fsize"), QString::number(limit)}));
        ivy.waitForExit();
        int storedWhenFull = 0;
        {
            ProfileView view(profile("ivy"), ivyJid);
            storedWhenFull =
                int(bodiesWithPrefix(view.history(jonJid), QStringLiteral("d ")).size());
        }
        qInfo("%d of %d archived messages stored with the disk full", storedWhenFull, kCount);
        QVERIFY(storedWhenFull < kCount);

        QVERIFY(ivy.start(QStringLiteral("sync")));
        QVERIFY2(ivy.waitForExit() == 0, qPrintable(ivy.diagnostics()));
        ProfileView view(profile("ivy"), ivyJid);
        QCOMPARE(bodiesWithPrefix(view.history(jonJid), QStringLiteral("d ")),
                 numbered(QStringLiteral("d "), 0, kCount));
    }
};

QTEST_GUILESS_MAIN(TestFaultKill)
#include "tst_fault_kill.moc"
