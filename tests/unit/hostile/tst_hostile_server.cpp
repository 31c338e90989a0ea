// A hostile (or broken) server: oversized and deeply nested stanzas, DTDs with entity bombs,
// invalid UTF-8. Each is answered with the RFC 6120 stream error, the link is closed and the
// user told why; what arrived before is kept; the reconnect backs off instead of hammering a
// server that sends the same poison on every sign-in.
#include "StreamHarness.h"

#include <QSignalSpy>
#include <QTest>

using namespace teahouse;
using namespace teahouse::test;
using teahouse::xmpp::XmlStreamParser;

namespace {

constexpr QStringView kStreamsNs = u"urn:ietf:params:xml:ns:xmpp-streams";

QByteArray chat(const QByteArray &body)
{
    return "<message from='bob@example.org/x' to='alice@example.org/desk' type='chat'><body>" +
           body + "</body></message>";
}

QByteArray oversized()
{
    return chat(QByteArray(XmlStreamParser::Limits().maxStanzaBytes, 'x'));
}

QByteArray deeplyNested()
{
    QByteArray xml = "<message from='bob@example.org/x'>";
    for (int i = 0; i < 1000; ++i)
        xml += "<a>";
    return xml;
}

QByteArray billionLaughs()
{
    return "<!DOCTYPE lolz [<!ENTITY lol 'lol'>"
           "<!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>"
           "<!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;'>]>" +
           chat("&lol3;");
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

    // The stream's error answer: <stream:error><condition/></stream:error>, then the close.
    static QString streamErrorSent(Harness &h)
    {
        const Element error = h.next();
        if (!error.is(u"error", u"http://etherx.jabber.org/streams") || error.children().empty())
            return QStringLiteral("(no stream error)");
        if (!h.nextIsClose())
            return QStringLiteral("(not closed)");
        const Element &condition = error.children().front();
        return condition.xmlns() == kStreamsNs ? condition.name() : QStringLiteral("(bad ns)");
    }

private Q_SLOTS:
    void refusedCleanly_data()
    {
        QTest::addColumn<QByteArray>("poison");
        QTest::addColumn<QString>("condition");
        QTest::newRow("oversized-stanza") << oversized() << "policy-violation";
        QTest::newRow("deeply-nested") << deeplyNested() << "policy-violation";
        QTest::newRow("billion-laughs") << billionLaughs() << "restricted-xml";
        QTest::newRow("internal-dtd")
            << QByteArray("<!DOCTYPE x SYSTEM 'file:///etc/passwd'>" + chat("&x;"))
            << "restricted-xml";
        QTest::newRow("invalid-utf8") << chat("caf\xc3\x28 \xff") << "not-well-formed";
        QTest::newRow("overlong-utf8") << chat("\xc0\xbc") << "not-well-formed";
    }
    void refusedCleanly()
    {
        QFETCH(QByteArray, poison);
        QFETCH(QString, condition);
        Harness h;
        QVERIFY(h.online(false)); // no stream management: every reconnect is a fresh bind
        QSignalSpy received(&h.stream, &Stream::stanzaReceived);
        // A good stanza, then the poison in the same read: the first one is still delivered.
        h.inject(chat("before") + poison);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().value<Element>().childText(u"body"),
                 QStringLiteral("before"));
        QCOMPARE(streamErrorSent(h), condition);
        // The user is told (a translated message naming the server), and we try again later.
        QCOMPARE(h.stream.lastError().code, Error::Code::Protocol);
        QVERIFY2(h.stream.errorMessage().contains(u"example.org"),
                 qPrintable(h.stream.errorMessage()));
        QCOMPARE(h.stream.state(), Stream::State::Reconnecting);
        QCOMPARE(h.stream.secondsUntilReconnect(), 1);
        // Nothing after the poison is parsed: the link is gone.
        const qsizetype transports = h.transports.size();
        QVERIFY(h.transports.last().isNull() || h.t()->m_aborted || h.t()->m_closed);
        // The next session works as before.
        h.stream.reconnectNow();
        QCOMPARE(h.transports.size(), transports + 1);
        QVERIFY(h.secure() && h.authenticatePlain() && h.bindAndEnable(false));
        h.inject(chat("after"));
        QCOMPARE(received.size(), 2);
        QVERIFY(h.stream.errorMessage().isEmpty());
    }

    // The same poison on every sign-in: 1 s, 2 s, 4 s, ... — not a reconnect every second.
    // A session that then stays up long enough resets the backoff as usual.
    void poisonEverySessionBacksOff()
    {
        StreamSettings settings = defaultSettings();
        settings.stableSessionMs = 200;
        Harness h(settings);
        QVERIFY(h.online(false)); // no stream management: every reconnect is a fresh bind
        h.inject(oversized());
        QCOMPARE(h.stream.secondsUntilReconnect(), 1);
        for (int expected : {2, 4, 8}) {
            h.stream.reconnectNow();
            QVERIFY(h.secure() && h.authenticatePlain() && h.bindAndEnable(false));
            QVERIFY(h.stream.isOnline());
            h.inject(deeplyNested());
            QCOMPARE(h.stream.state(), Stream::State::Reconnecting);
            QCOMPARE(h.stream.secondsUntilReconnect(), expected);
        }
        // Online and clean for longer than stableSessionMs: a later cut starts again at 1 s.
        h.stream.reconnectNow();
        QVERIFY(h.secure() && h.authenticatePlain() && h.bindAndEnable(false));
        QTest::qWait(400);
        h.t()->cut();
        QCOMPARE(h.stream.state(), Stream::State::Reconnecting);
        QCOMPARE(h.stream.secondsUntilReconnect(), 1);
    }

    // An ordinary network cut right after a session came up still reconnects at once (the
    // backoff is kept only after refused data).
    void networkCutAfterSessionStillFast()
    {
        Harness h;
        QVERIFY(h.online(false)); // no stream management: every reconnect is a fresh bind
        h.t()->cut();
        QCOMPARE(h.stream.secondsUntilReconnect(), 1);
        h.stream.reconnectNow();
        QVERIFY(h.secure() && h.authenticatePlain() && h.bindAndEnable(false));
        h.t()->cut();
        QCOMPARE(h.stream.secondsUntilReconnect(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostile_server.moc"
