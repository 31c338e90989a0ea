#include "xmpp/ReconnectPolicy.h"

#include <QTest>

using teahouse::xmpp::ReconnectPolicy;

class TestReconnectPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void doublesUpToTheCap()
    {
        ReconnectPolicy policy(ReconnectPolicy::Settings{}, [] { return 0.5; }); // no jitter
        QList<int> delays;
        for (int i = 0; i < 12; ++i)
            delays.append(policy.nextDelayMs());
        QCOMPARE(delays, (QList<int>{1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000,
                                     300000, 300000, 300000}));
        QCOMPARE(policy.attempts(), 12);
    }

    void jitterBounds()
    {
        double r = 0.0;
        ReconnectPolicy policy(ReconnectPolicy::Settings{}, [&r] { return r; });
        QCOMPARE(policy.nextDelayMs(), 700); // 1 s - 30 %
        r = 0.999999;
        QCOMPARE(policy.nextDelayMs(), 2600); // 2 s + 30 % (rounded)
        r = 0.25;
        QCOMPARE(policy.nextDelayMs(), 3400); // 4 s * 0.85
    }

    void jitterSpreadsClients()
    {
        // Two clients cut off together do not come back together.
        double a = 0.1;
        double b = 0.9;
        ReconnectPolicy first(ReconnectPolicy::Settings{}, [&a] { return a; });
        ReconnectPolicy second(ReconnectPolicy::Settings{}, [&b] { return b; });
        QVERIFY(first.nextDelayMs() != second.nextDelayMs());
    }

    void resetStartsOver()
    {
        ReconnectPolicy policy(ReconnectPolicy::Settings{}, [] { return 0.5; });
        (void)policy.nextDelayMs();
        (void)policy.nextDelayMs();
        QCOMPARE(policy.baseDelayMs(), 4000);
        policy.reset();
        QCOMPARE(policy.attempts(), 0);
        QCOMPARE(policy.nextDelayMs(), 1000);
    }

    void longOutagesStayCapped()
    {
        ReconnectPolicy policy(ReconnectPolicy::Settings{}, [] { return 0.999999; });
        int last = 0;
        for (int i = 0; i < 10000; ++i)
            last = policy.nextDelayMs();
        QCOMPARE(last, 390000); // 5 min + 30 %
        QVERIFY(policy.attempts() <= 64);
    }

    void defaultRandomSourceStaysInRange()
    {
        ReconnectPolicy policy;
        for (int i = 0; i < 200; ++i) {
            const int d = policy.nextDelayMs();
            const int base = i == 0 ? 1000 : -1;
            if (base > 0)
                QVERIFY(d >= 700 && d <= 1300);
            QVERIFY(d >= 0 && d <= 390000);
            policy.reset();
        }
    }

    void customSettings()
    {
        ReconnectPolicy::Settings s;
        s.initialDelayMs = 100;
        s.maxDelayMs = 1000;
        s.factor = 3.0;
        s.jitter = 0.0;
        ReconnectPolicy policy(s, [] { return 0.0; });
        QCOMPARE(policy.nextDelayMs(), 100);
        QCOMPARE(policy.nextDelayMs(), 300);
        QCOMPARE(policy.nextDelayMs(), 900);
        QCOMPARE(policy.nextDelayMs(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestReconnectPolicy)
#include "tst_reconnect_policy.moc"
