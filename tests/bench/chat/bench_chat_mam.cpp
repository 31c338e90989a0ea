#include "../../integration/chat/ChatTestClient.h"
#include "Peer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>
#include <sys/resource.h>
#include <time.h>

using namespace teahouse;
using namespace teahouse::test;

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

// CPU time of the calling thread, in ms: what the event loop's thread spent working between
// two ticks of the probe, i.e. the stall on a machine with a core to spare (the wall-clock gap
// also counts the time other processes held the CPU).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// How long the calling thread has waited on a run queue (ready to run, no CPU free), in ms:
// the second field of /proc/thread-self/schedstat (needs schedstats; -1 if unreadable).
double runQueueWaitMs()
{
    QFile f(QStringLiteral("/proc/thread-self/schedstat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().trimmed().split(' ');
    return fields.size() >= 2 ? fields.at(1).toDouble() / 1e6 : -1;
}

// CPU time of this process (user + system), to tell our work from waiting on the server.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

qint64 countMessages(storage::Database &db, const QString &conversation)
{
    auto s =
        db.prepare(QStringLiteral("SELECT COUNT(*) FROM chat_messages WHERE conversation = ?"));
    if (!s.ok())
        return -1;
    s->bind(1, conversation);
    return s->step().ok() ? s->columnInt64(0) : -1;
}
} // namespace

// MAM catch-up figures against the local Prosody (not pass/fail on speed): our client catching
// up on 10,000 messages that arrived while it was offline, next to slixmpp fetching the same
// archive in the same run (ratio printed), and the longest stall of the event loop (the UI
// thread in the app) while our catch-up stores the pages.
class BenchChatMam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catchUp()
    {
        // Filling Prosody's file-backed archive is slow (about 100 messages/s here), so the
        // default run stays near a minute; TEAHOUSE_BENCH_FULL=1 is the 10,000-message figure.
        int count = qEnvironmentVariableIntValue("TEAHOUSE_BENCH_FULL") == 1 ? 10000 : 2000;
        if (qEnvironmentVariableIntValue("TEAHOUSE_BENCH_MAM_COUNT") > 0)
            count = qEnvironmentVariableIntValue("TEAHOUSE_BENCH_MAM_COUNT");
        TEAHOUSE_START_TEST_SERVER(server);
        QVERIFY(server->addUser(QStringLiteral("alice"), kChatPassword).ok());
        QVERIFY(server->addUser(QStringLiteral("bob"), kChatPassword).ok());
        const QString aliceJid = server->jid(QStringLiteral("alice"));
        const QString bobJid = server->jid(QStringLiteral("bob"));

        // Alice has synced once (an empty archive), then goes offline.
        ChatTestClient alice;
        // TEAHOUSE_BENCH_MAM_NO_SM=1: without XEP-0198 (as the slixmpp reference runs), to see
        // what the server's per-stanza acknowledgement queue costs.
        const bool noSm = qEnvironmentVariableIntValue("TEAHOUSE_BENCH_MAM_NO_SM") == 1;
        if (noSm)
            alice.adjustSettings = [](xmpp::StreamSettings &s) {
                s.streamManagement = false;
            };
        QVERIFY(alice.start(*server, QStringLiteral("alice")));
        alice.stream->disconnectFromServer();
        QVERIFY(
            waitFor([&] { return alice.stream->state() == xmpp::Stream::State::Disconnected; }));

        // Bob writes to her meanwhile; a ping answered after the burst means all are archived.
        Peer bob(QStringLiteral("bob"));
        QVERIFY(bob.start().ok());
        QVERIFY(bob.signIn(*server, QStringLiteral("bob"), kChatPassword).ok());
        QElapsedTimer fill;
        fill.start();
        QVERIFY(
            bob.request(QJsonObject{{QStringLiteral("cmd"), QStringLiteral("burst")},
                                    {QStringLiteral("to"), aliceJid},
                                    {QStringLiteral("prefix"), QStringLiteral("离线消息 offline ")},
                                    {QStringLiteral("count"), count}})
                .ok());
        const auto pong = bob.request(
            QJsonObject{{QStringLiteral("cmd"), QStringLiteral("iq")},
                        {QStringLiteral("xml"),
                         QStringLiteral(
                             "<iq type='get' to='localhost'><ping xmlns='urn:xmpp:ping'/></iq>")},
                        {QStringLiteral("timeout"), 300}},
            310000);
        QVERIFY2(pong.ok(), qPrintable(pong.ok() ? QString() : pong.error().message));
        qInfo("archive filled with %d messages in %lld ms", count, fill.elapsed());

        // slixmpp fetches alice's whole archive (another resource of her account).
        Peer reference(QStringLiteral("alice-slixmpp"));
        QVERIFY(reference.start().ok());
        QVERIFY(reference
                    .signIn(*server, QStringLiteral("alice"), kChatPassword,
                            {{QStringLiteral("resource"), QStringLiteral("slixmpp")}})
                    .ok());
        const auto fetched =
            reference.request(QJsonObject{{QStringLiteral("cmd"), QStringLiteral("mam_fetch")},
                                          {QStringLiteral("max"), 250},
                                          {QStringLiteral("timeout"), 300}},
                              310000);
        QVERIFY2(fetched.ok(), qPrintable(fetched.ok() ? QString() : fetched.error().message));
        const int theirCount = fetched->value(u"count").toInt();
        const double theirSeconds = fetched->value(u"seconds").toDouble();
        QCOMPARE(theirCount, count);
        (void)reference.request(QJsonObject{{QStringLiteral("cmd"), QStringLiteral("disconnect")}});

        // Our catch-up: from the new session to the last page stored, with a 5 ms probe on
        // the event loop measuring the longest gap between its ticks.
        QElapsedTimer catchUp;
        QElapsedTimer sinceTick;
        qint64 longestGapMs = 0;
        double longestBusyMs = 0;
        double cpuAtTick = 0;
        // The gap less the time the thread sat ready on a run queue: what our own work and
        // blocking (disk syncs) cost, apart from other processes holding both cores.
        double longestOwnGapMs = 0;
        double waitAtTick = 0;
        QList<double> busy; // per gap over 20 ms wall: the thread's CPU in it
        bool measuring = false;
        QTimer probe;
        probe.setInterval(5);
        probe.setTimerType(Qt::PreciseTimer);
        connect(&probe, &QTimer::timeout, this, [&] {
            const double cpu = threadCpuMs();
            if (measuring) {
                longestGapMs = std::max(longestGapMs, sinceTick.elapsed());
                longestBusyMs = std::max(longestBusyMs, cpu - cpuAtTick);
                const double wait = runQueueWaitMs();
                if (wait >= 0)
                    longestOwnGapMs = std::max(longestOwnGapMs, sinceTick.nsecsElapsed() / 1e6 -
                                                                    (wait - waitAtTick));
                if (sinceTick.elapsed() > 20)
                    busy.append(cpu - cpuAtTick);
            }
            cpuAtTick = cpu;
            waitAtTick = runQueueWaitMs();
            sinceTick.restart();
        });
        double cpuAtStart = 0;
        connect(alice.stream.get(), &xmpp::StanzaChannel::sessionStarted, this, [&] {
            cpuAtStart = cpuSeconds();
            catchUp.start();
            sinceTick.start();
            cpuAtTick = threadCpuMs();
            waitAtTick = runQueueWaitMs();
            measuring = true;
            probe.start();
        });
        alice.stream->connectToServer();
        QVERIFY(waitFor([&] { return measuring && !alice.chat->isSyncing(); }, 300000));
        const qint64 ourNs = catchUp.nsecsElapsed();
        const double ourCpu = cpuSeconds() - cpuAtStart;
        measuring = false;
        probe.stop();

        const qint64 stored = countMessages(alice.db, bobJid);
        QCOMPARE(stored, qint64(count));
        const auto newest = alice.chat->newestMessages(bobJid, 1);
        QCOMPARE(newest.messages.size(), 1);
        QCOMPARE(newest.messages.first().body,
                 QStringLiteral("离线消息 offline %1").arg(count - 1));

        const double ourRate = count / (ourNs / 1e9);
        const double theirRate = theirCount / theirSeconds;
        qInfo("FIGURE chat_mam_catchup_msgs_per_s ours=%.0f slixmpp=%.0f ratio=%.2f (%d messages, "
              "ours %.2f s stored and indexed%s, slixmpp %.2f s fetched only, no XEP-0198)",
              ourRate, theirRate, ourRate / theirRate, count, ourNs / 1e9,
              noSm ? " without XEP-0198" : " with XEP-0198", theirSeconds);
        qInfo("FIGURE chat_mam_catchup_client_cpu_s=%.2f (of %.2f s wall: the rest is the server)",
              ourCpu, ourNs / 1e9);
        qInfo("FIGURE chat_mam_catchup_longest_event_loop_gap_ms=%lld (wall clock, with this "
              "machine's load: %.1f)",
              longestGapMs, loadAverage());
        constexpr double kFrameGapTargetMs = 50;
        qInfo("FIGURE chat_mam_catchup_longest_gap_without_run_queue_wait_ms=%.1f target=%.0f "
              "ratio=%.2f (the wall gap less the time this thread waited for a CPU; wall gap "
              "ratio %.2f)",
              longestOwnGapMs, kFrameGapTargetMs, longestOwnGapMs / kFrameGapTargetMs,
              longestGapMs / kFrameGapTargetMs);
        std::sort(busy.begin(), busy.end());
        qInfo("FIGURE chat_mam_catchup_longest_event_loop_busy_ms=%.1f (CPU of the event loop's "
              "thread between two ticks; median of the long gaps %.1f, n=%d)",
              longestBusyMs, busy.isEmpty() ? 0.0 : busy.at(busy.size() / 2), int(busy.size()));
        qInfo("FIGURE chat_mam_rss_after_catchup_mb=%.1f", residentKb() / 1024.0);
    }
};

QTEST_GUILESS_MAIN(BenchChatMam)
#include "bench_chat_mam.moc"
