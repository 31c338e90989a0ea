#include "xmpp/StreamManagementState.h"

#include <QTest>

using namespace teahouse;
using namespace teahouse::xmpp;

namespace {
Element stanza(const QString &id)
{
    Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
    m.setAttribute(QStringLiteral("id"), id);
    return m;
}
QStringList ids(const QList<Element> &list)
{
    QStringList out;
    for (const Element &e : list)
        out.append(e.attribute(u"id"));
    return out;
}
} // namespace

class TestStreamManagementState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enableAndResume()
    {
        StreamManagementState sm;
        QVERIFY(!sm.isEnabled());
        QVERIFY(!sm.canResume());
        sm.enable(QStringLiteral("id1"), true, 300);
        QVERIFY(sm.canResume());
        QCOMPARE(sm.maxResumeSeconds(), 300);
        sm.enable(QString(), true, 0); // resume='true' without id: not resumable
        QVERIFY(!sm.canResume());
        sm.enable(QStringLiteral("id2"), false, 0);
        QVERIFY(sm.isEnabled());
        QVERIFY(!sm.canResume());
        sm.clear();
        QVERIFY(!sm.isEnabled());
    }

    void acknowledgeRemovesInOrder()
    {
        StreamManagementState sm;
        sm.enable(QStringLiteral("x"), true, 0);
        for (int i = 1; i <= 4; ++i)
            sm.stanzaSent(stanza(QStringLiteral("m%1").arg(i)));
        QCOMPARE(sm.sentCount(), 4u);
        auto acked = sm.acknowledge(2);
        QVERIFY(acked.ok());
        QCOMPARE(ids(acked.value()), (QStringList{"m1", "m2"}));
        QCOMPARE(ids(sm.unacked()), (QStringList{"m3", "m4"}));
        QCOMPARE(sm.acknowledgedCount(), 2u);
        acked = sm.acknowledge(2);
        QVERIFY(acked.ok());
        QVERIFY(acked.value().isEmpty());
        acked = sm.acknowledge(4);
        QCOMPARE(ids(acked.value()), (QStringList{"m3", "m4"}));
        QCOMPARE(sm.unackedCount(), 0);
    }

    void acknowledgingTooMuchIsAnError()
    {
        StreamManagementState sm;
        sm.enable(QStringLiteral("x"), true, 0);
        sm.stanzaSent(stanza(QStringLiteral("m1")));
        const auto acked = sm.acknowledge(2);
        QVERIFY(!acked.ok());
        QCOMPARE(acked.error().code, Error::Code::Protocol);
        QCOMPARE(sm.unackedCount(), 1); // unchanged
        // An h "behind" the last one is also too high modulo 2^32.
        QVERIFY(sm.acknowledge(1).ok());
        QVERIFY(!sm.acknowledge(0).ok());
    }

    void outboundWrapsAround()
    {
        StreamManagementState sm;
        sm.enable(QStringLiteral("x"), true, 0);
        sm.setCountersForTest(0, 0xFFFFFFFEu);
        for (int i = 1; i <= 4; ++i)
            sm.stanzaSent(stanza(QStringLiteral("m%1").arg(i)));
        QCOMPARE(sm.sentCount(), 2u); // 0xFFFFFFFE + 4 wraps to 2
        auto acked = sm.acknowledge(0xFFFFFFFFu);
        QCOMPARE(ids(acked.value()), (QStringList{"m1"}));
        acked = sm.acknowledge(0); // 2^32 - 1 -> 0, not 2^32
        QCOMPARE(ids(acked.value()), (QStringList{"m2"}));
        acked = sm.acknowledge(2);
        QCOMPARE(ids(acked.value()), (QStringList{"m3", "m4"}));
    }

    void inboundWrapsAround()
    {
        StreamManagementState sm;
        sm.enable(QStringLiteral("x"), true, 0);
        sm.setCountersForTest(0xFFFFFFFEu, 0);
        sm.stanzaHandled();
        QCOMPARE(sm.inboundCount(), 0xFFFFFFFFu);
        sm.stanzaHandled();
        QCOMPARE(sm.inboundCount(), 0u);
        sm.stanzaHandled();
        QCOMPARE(sm.inboundCount(), 1u);
    }

    void takeUnackedForResend()
    {
        StreamManagementState sm;
        sm.enable(QStringLiteral("x"), true, 0);
        sm.stanzaSent(stanza(QStringLiteral("a")));
        sm.stanzaSent(stanza(QStringLiteral("b")));
        (void)sm.acknowledge(1);
        QCOMPARE(ids(sm.takeUnacked()), (QStringList{"b"}));
        QCOMPARE(sm.unackedCount(), 0);
        // A new SM session starts its counters over.
        sm.enable(QStringLiteral("y"), true, 0);
        QCOMPARE(sm.inboundCount(), 0u);
        QCOMPARE(sm.sentCount(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestStreamManagementState)
#include "tst_stream_management_state.moc"
