// XmlStreamParser: incremental parsing at every split, namespaces, stream open/close, and the
// RFC 6120 §11 restrictions, each with its stream error condition.
#include "xmpp/XmlStreamParser.h"

#include <QFile>
#include <QTest>

using teahouse::xmpp::Element;
using teahouse::xmpp::XmlStreamParser;
using Type = XmlStreamParser::Event::Type;

namespace {

const QByteArray kHeader =
    "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
    "xmlns:stream='http://etherx.jabber.org/streams' id='s1' from='example.org' "
    "to='juliet@example.org' version='1.0' xml:lang='zh'>";

const QByteArray kFeatures =
    "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"
    "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>SCRAM-SHA-256</mechanism>"
    "<mechanism>SCRAM-SHA-1</mechanism></mechanisms></stream:features>";

const QByteArray kMessage =
    "<message to='juliet@example.org' from='romeo@example.net/orchard' type='chat' "
    "id='m&amp;1'><body>\xe4\xbd\xa0\xe5\xa5\xbd, Juliet &lt;3 \xf0\x9f\x8d\xb5 &quot;tea&quot;"
    "</body><origin-id xmlns='urn:xmpp:sid:0' id='abc'/><request xmlns='urn:xmpp:receipts'/>"
    "</message>";

const QByteArray kIq =
    "<iq type='result' id='bind_1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
    "<jid>juliet@example.org/balcony</jid></bind></iq>";

const QByteArray kPresence = "<presence from='romeo@example.net/orchard'><show>away</show>"
                             "<status xml:lang='zh'>\xe5\x96\x9d\xe8\x8c\xb6</status></presence>";

const QByteArray kClose = "</stream:stream>";

QByteArray transcript()
{
    return kHeader + kFeatures + "\n " + kMessage + " " + kIq + "\r\n" + kPresence + kClose;
}

QList<XmlStreamParser::Event> feedAll(XmlStreamParser &parser, const QByteArray &data,
                                      qsizetype chunk = -1)
{
    QList<XmlStreamParser::Event> events;
    if (chunk <= 0)
        chunk = data.size();
    for (qsizetype i = 0; i < data.size(); i += chunk)
        events += parser.feed(QByteArrayView(data).sliced(i, std::min(chunk, data.size() - i)));
    return events;
}

QList<XmlStreamParser::Event> parseAll(const QByteArray &data,
                                       XmlStreamParser::Limits limits = XmlStreamParser::Limits())
{
    XmlStreamParser parser(limits);
    return feedAll(parser, data);
}

// The error condition of the first Error event; empty when there is none.
QString errorOf(const QList<XmlStreamParser::Event> &events)
{
    for (const auto &e : events) {
        if (e.type == Type::Error)
            return e.errorCondition;
    }
    return {};
}

QString describe(const QList<XmlStreamParser::Event> &events)
{
    QStringList out;
    for (const auto &e : events) {
        switch (e.type) {
        case Type::StreamOpen:
            out << QStringLiteral("open");
            break;
        case Type::StreamClose:
            out << QStringLiteral("close");
            break;
        case Type::Error:
            out << QStringLiteral("error:") + e.errorCondition;
            break;
        case Type::Stanza:
            out << QString::fromUtf8(e.stanza.toXml());
            break;
        }
    }
    return out.join(u'\n');
}

long rssKiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLong() * 4 : -1;
}

} // namespace

class TestXmlStreamParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullTranscript()
    {
        const auto events = parseAll(transcript());
        QCOMPARE(events.size(), 6);
        QCOMPARE(events[0].type, Type::StreamOpen);
        const auto &attrs = events[0].streamAttributes;
        auto attr = [&attrs](const QString &name) {
            for (const auto &[k, v] : attrs) {
                if (k == name)
                    return v;
            }
            return QStringLiteral("<missing>");
        };
        QCOMPARE(attr("id"), "s1");
        QCOMPARE(attr("from"), "example.org");
        QCOMPARE(attr("to"), "juliet@example.org");
        QCOMPARE(attr("version"), "1.0");
        QCOMPARE(attr("xml:lang"), "zh");
        QCOMPARE(attrs.size(), 5); // namespace declarations are not attributes

        const Element features = events[1].stanza;
        QCOMPARE(features.name(), "features");
        QCOMPARE(features.xmlns(), "http://etherx.jabber.org/streams");
        QVERIFY(features.findChild(u"starttls", u"urn:ietf:params:xml:ns:xmpp-tls"));
        QVERIFY(features.findChild(u"starttls")
                    ->hasChild(u"required", u"urn:ietf:params:xml:ns:xmpp-tls"));
        const Element *mechs =
            features.findChild(u"mechanisms", u"urn:ietf:params:xml:ns:xmpp-sasl");
        QVERIFY(mechs);
        QCOMPARE(mechs->children().size(), 2u);
        QCOMPARE(mechs->children()[0].text(), "SCRAM-SHA-256");

        const Element message = events[2].stanza;
        QVERIFY(message.is(u"message", u"jabber:client"));
        QCOMPARE(message.attribute(u"id"), "m&1");
        QCOMPARE(message.attribute(u"type"), "chat");
        QCOMPARE(message.childText(u"body", u"jabber:client"),
                 QString::fromUtf8("你好, Juliet <3 🍵 \"tea\""));
        QCOMPARE(message.findChild(u"origin-id", u"urn:xmpp:sid:0")->attribute(u"id"), "abc");
        QVERIFY(message.hasChild(u"request", u"urn:xmpp:receipts"));

        QVERIFY(events[3].stanza.is(u"iq", u"jabber:client"));
        QCOMPARE(events[3].stanza.firstChild(u"bind").childText(u"jid"),
                 "juliet@example.org/balcony");
        QVERIFY(events[4].stanza.is(u"presence", u"jabber:client"));
        QCOMPARE(events[4].stanza.firstChild(u"status").attribute(u"xml:lang"), "zh");
        QCOMPARE(events[4].stanza.childText(u"status"), QString::fromUtf8("喝茶"));
        QCOMPARE(events[5].type, Type::StreamClose);
    }

    // Every split into two feeds, and byte-by-byte, gives the same events as one feed:
    // splits inside tags, attribute values, entities and multi-byte UTF-8 sequences.
    void everySplitPosition()
    {
        const QByteArray data = transcript();
        const QString expected = describe(parseAll(data));
        QVERIFY(expected.count(u'\n') == 5);
        for (qsizetype split = 0; split <= data.size(); ++split) {
            XmlStreamParser parser;
            auto events = parser.feed(QByteArrayView(data).first(split));
            events += parser.feed(QByteArrayView(data).sliced(split));
            if (describe(events) != expected)
                QFAIL(qPrintable(
                    QStringLiteral("split at %1 differs:\n%2").arg(split).arg(describe(events))));
        }
        XmlStreamParser parser;
        QCOMPARE(describe(feedAll(parser, data, 1)), expected);
        for (int chunk : {2, 3, 5, 7, 13, 64}) {
            XmlStreamParser p;
            QCOMPARE(describe(feedAll(p, data, chunk)), expected);
        }
    }

    void threeWaySplitsInsideMultibyte()
    {
        // "🍵" is 4 bytes, "你" 3: split twice inside each.
        const QByteArray data =
            kHeader + "<message><body>\xf0\x9f\x8d\xb5\xe4\xbd\xa0</body></message>";
        const qsizetype at = data.indexOf("\xf0");
        for (qsizetype a = at; a < at + 7; ++a) {
            for (qsizetype b = a; b < at + 7; ++b) {
                XmlStreamParser parser;
                auto events = parser.feed(QByteArrayView(data).first(a));
                events += parser.feed(QByteArrayView(data).sliced(a, b - a));
                events += parser.feed(QByteArrayView(data).sliced(b));
                QCOMPARE(events.size(), 2);
                QCOMPARE(events[1].stanza.childText(u"body"), QString::fromUtf8("🍵你"));
            }
        }
    }

    void prefixedNamesAndNamespaces()
    {
        const QByteArray data =
            kHeader +
            "<stream:error><conflict xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
            "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>Replaced</text></stream:error>"
            "<message xmlns:x='urn:x'><x:item x:attr='1' plain='2'><sub/></x:item>"
            "<foo xmlns=''/></message>";
        const auto events = parseAll(data);
        QCOMPARE(errorOf(events), QString());
        QCOMPARE(events.size(), 3);
        const Element error = events[1].stanza;
        QVERIFY(error.is(u"error", u"http://etherx.jabber.org/streams"));
        QVERIFY(error.hasChild(u"conflict", u"urn:ietf:params:xml:ns:xmpp-streams"));
        const Element message = events[2].stanza;
        const Element *item = message.findChild(u"item", u"urn:x");
        QVERIFY(item);
        QCOMPARE(item->attribute(u"x:attr"), "1");
        QCOMPARE(item->attribute(u"plain"), "2");
        QVERIFY(item->children()[0].is(u"sub", u"jabber:client")); // default ns, not the prefix's
        QVERIFY(message.children()[1].is(u"foo", u""));
        // The prefixed attribute re-serialises with its declaration and parses back the same.
        const Element again = Element::fromXml(message.toXml());
        QVERIFY2(again.equivalent(message), message.toXml().constData());
    }

    void whitespaceKeepalivesAndCdata()
    {
        const QByteArray data =
            kHeader + " \n\t " + "<message a=']]>'><body><![CDATA[a < b & c]]]]></body></message> ";
        const auto events = parseAll(data);
        QCOMPARE(errorOf(events), QString());
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].stanza.childText(u"body"), "a < b & c]]");
        QCOMPARE(events[1].stanza.attribute(u"a"), "]]>");
        XmlStreamParser parser;
        QCOMPARE(describe(feedAll(parser, data, 1)), describe(events));
    }

    void streamCloseStopsParsing()
    {
        XmlStreamParser parser;
        auto events = parser.feed(kHeader + kClose);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].type, Type::StreamClose);
        QVERIFY(parser.feed("<message/>").isEmpty());
    }

    void resetStartsANewStream()
    {
        XmlStreamParser parser;
        auto events = parser.feed(kHeader + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
        QCOMPARE(events.size(), 2);
        QVERIFY(events[1].stanza.is(u"proceed", u"urn:ietf:params:xml:ns:xmpp-tls"));
        parser.reset();
        events = parser.feed(kHeader + kFeatures);
        QCOMPARE(describe(events).count(u'\n'), 1);
        QCOMPARE(events[0].type, Type::StreamOpen);
        QCOMPARE(events[1].stanza.name(), "features");
        // reset() also revives a failed parser.
        QCOMPARE(errorOf(parser.feed("<!-- x -->")), "restricted-xml");
        QVERIFY(parser.feed("<message/>").isEmpty());
        parser.reset();
        QCOMPARE(parser.feed(kHeader).size(), 1);
    }

    void byteOrderMarkIsDropped()
    {
        const auto events = parseAll("\xEF\xBB\xBF" + kHeader + kMessage);
        QCOMPARE(errorOf(events), QString());
        QCOMPARE(events.size(), 2);
        XmlStreamParser parser; // the mark split over feeds
        auto split = parser.feed("\xEF");
        split += parser.feed("\xBB");
        split += parser.feed("\xBF" + kHeader + kMessage);
        QCOMPARE(describe(split), describe(events));
    }

    void rejections_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("condition");
        const QByteArray h = kHeader;
        QTest::newRow("dtd") << QByteArray(
                                    "<?xml version='1.0'?><!DOCTYPE stream [<!ENTITY a 'b'>]>" + h)
                             << "restricted-xml";
        QTest::newRow("billion-laughs")
            << QByteArray("<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
                          "<!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>"
                          "<!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;'>]>"
                          "<stream:stream xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams'><message><body>"
                          "&lol3;</body></message>")
            << "restricted-xml";
        QTest::newRow("undeclared-entity")
            << QByteArray(h + "<message><body>a&nbsp;b</body></message>") << "restricted-xml";
        QTest::newRow("entity-after-long-text")
            << QByteArray(h + "<message><body>" + QByteArray(50000, 'x') + "&foo;</body></message>")
            << "restricted-xml";
        QTest::newRow("entity-in-attribute")
            << QByteArray(h + "<message id='&foo;'/>") << "restricted-xml";
        QTest::newRow("pi") << QByteArray(h + "<?php echo 1; ?><message/>") << "restricted-xml";
        QTest::newRow("pi-in-stanza")
            << QByteArray(h + "<message><?x y?></message>") << "restricted-xml";
        QTest::newRow("comment") << QByteArray(h + "<message><!-- hi --></message>")
                                 << "restricted-xml";
        QTest::newRow("invalid-utf8")
            << QByteArray(h + "<message><body>\xff\xfe</body></message>") << "not-well-formed";
        QTest::newRow("overlong-utf8")
            << QByteArray(h + "<message><body>\xc0\xaf</body></message>") << "not-well-formed";
        QTest::newRow("utf8-surrogate")
            << QByteArray(h + "<message><body>\xed\xa0\x80</body></message>") << "not-well-formed";
        QTest::newRow("control-char")
            << QByteArray(h + "<message><body>\x01</body></message>") << "not-well-formed";
        QTest::newRow("nonchar-fffe")
            << QByteArray(h + "<message><body>\xef\xbf\xbe</body></message>") << "not-well-formed";
        QTest::newRow("above-10ffff")
            << QByteArray(h + "<message><body>\xf4\x90\x80\x80</body></message>")
            << "not-well-formed";
        QTest::newRow("char-ref-to-control")
            << QByteArray(h + "<message><body>&#x1;</body></message>") << "not-well-formed";
        QTest::newRow("cdata-end-in-text")
            << QByteArray(h + "<message><body>a]]>b</body></message>") << "not-well-formed";
        QTest::newRow("mismatched-tag")
            << QByteArray(h + "<message></presence>") << "not-well-formed";
        // Found by fuzz_xmlstream: an element in the reserved xml namespace cannot round-trip.
        QTest::newRow("xml-namespace-element")
            << QByteArray(h + "<message><xml:lang id='1'/></message>") << "bad-namespace-prefix";
        QTest::newRow("undeclared-prefix") << QByteArray(h + "<foo:message/>") << "not-well-formed";
        QTest::newRow("nul") << QByteArray(h + QByteArray("<message>\0</message>", 20))
                             << "not-well-formed";
        QTest::newRow("utf16") << QByteArray("<\0s\0", 4) << "not-well-formed";
        // Found by fuzz_xmlstream: a second byte order mark is content, wherever the split is.
        QTest::newRow("double-bom") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF" + h)
                                    << "unsupported-encoding";
        QTest::newRow("utf16-bom") << QByteArray("\xff\xfe<\0", 4) << "unsupported-encoding";
        QTest::newRow("latin1-declared")
            << QByteArray("<?xml version='1.0' encoding='ISO-8859-1'?><stream:stream/>")
            << "unsupported-encoding";
        QTest::newRow("wrong-stream-ns")
            << QByteArray("<stream:stream xmlns='jabber:client' xmlns:stream='urn:wrong'>")
            << "invalid-namespace";
        QTest::newRow("wrong-content-ns")
            << QByteArray("<stream:stream xmlns='urn:wrong' "
                          "xmlns:stream='http://etherx.jabber.org/streams'>")
            << "invalid-namespace";
        QTest::newRow("no-content-ns")
            << QByteArray("<stream:stream xmlns:stream='http://etherx.jabber.org/streams'>")
            << "invalid-namespace";
        QTest::newRow("not-a-stream")
            << QByteArray("<message xmlns='jabber:client'/>") << "invalid-namespace";
        QTest::newRow("wrong-root-name")
            << QByteArray("<stream:foo xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams'>")
            << "bad-format";
        QTest::newRow("text-between-stanzas")
            << QByteArray(h + "<message/>hello<message/>") << "bad-format";
    }

    void rejections()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, condition);
        // Whole, and byte by byte: the condition must not depend on how bytes arrive.
        const auto events = parseAll(data);
        QCOMPARE(errorOf(events), condition);
        QCOMPARE(events.last().type, Type::Error);
        XmlStreamParser parser;
        QCOMPARE(errorOf(feedAll(parser, data, 1)), condition);
        // Dead until reset.
        QVERIFY(parser.feed(kMessage).isEmpty());
    }

    void billionLaughsIsRefusedBeforeExpansion()
    {
        // The DTD alone: refused without ever reaching content that would expand it.
        QByteArray dtd = "<?xml version='1.0'?><!DOCTYPE s [<!ENTITY a0 'xxxxxxxxxx'>";
        for (int i = 1; i < 30; ++i)
            dtd +=
                QStringLiteral("<!ENTITY a%1 '&a%2;&a%2;&a%2;&a%2;&a%2;&a%2;&a%2;&a%2;&a%2;&a%2;'>")
                    .arg(i)
                    .arg(i - 1)
                    .toUtf8();
        dtd += "]><stream:stream xmlns='jabber:client' "
               "xmlns:stream='http://etherx.jabber.org/streams'><message>&a29;</message>";
        const long before = rssKiB();
        const auto events = parseAll(dtd);
        QCOMPARE(errorOf(events), "restricted-xml");
        QVERIFY(rssKiB() - before < 10 * 1024);
    }

    void sizeCap()
    {
        XmlStreamParser::Limits limits;
        limits.maxStanzaBytes = 1000;
        // Exactly at the cap passes; the cap counts whitespace before the stanza too.
        QByteArray ok = "<message><body>" + QByteArray(1000 - 32, 'a') + "</body></message>";
        QCOMPARE(ok.size(), 1000);
        auto events = parseAll(kHeader + ok + ok, limits);
        QCOMPARE(errorOf(events), QString());
        QCOMPARE(events.size(), 3);
        QCOMPARE(errorOf(parseAll(kHeader + " " + ok, limits)), "policy-violation");
        QByteArray big = "<message><body>" + QByteArray(1001 - 32, 'a') + "</body></message>";
        QCOMPARE(errorOf(parseAll(kHeader + big, limits)), "policy-violation");
        // Same stanza delivered byte by byte.
        XmlStreamParser parser(limits);
        QCOMPARE(errorOf(feedAll(parser, kHeader + ok, 1)), QString());
        parser.reset();
        QCOMPARE(errorOf(feedAll(parser, kHeader + big, 1)), "policy-violation");
        // An endless whitespace run between stanzas is capped too.
        QCOMPARE(errorOf(parseAll(kHeader + QByteArray(5000, ' '), limits)), "policy-violation");
        // Multi-byte text counts bytes, not characters: 400 × "你" is 1200 bytes.
        QByteArray chinese = "<message><body>";
        for (int i = 0; i < 400; ++i)
            chinese += "\xe4\xbd\xa0";
        chinese += "</body></message>";
        QCOMPARE(errorOf(parseAll(kHeader + chinese, limits)), "policy-violation");
    }

    // A stanza that never ends is cut off at the cap, one byte past it, however it is fed.
    void endlessStanzaCutOffAtTheCap()
    {
        XmlStreamParser parser; // default cap: 1 MiB
        const qsizetype cap = XmlStreamParser::Limits().maxStanzaBytes;
        QVERIFY(parser.feed(kHeader + "<message><body>").size() == 1);
        qsizetype sent = 15;
        const QByteArray chunk(64 * 1024, 'x');
        QList<XmlStreamParser::Event> events;
        while (events.isEmpty() && sent < 100 * cap) {
            events = parser.feed(chunk);
            sent += chunk.size();
        }
        QCOMPARE(errorOf(events), "policy-violation");
        QVERIFY(sent <= cap + chunk.size());   // detected within the chunk that crossed the cap
        QVERIFY(parser.feed(chunk).isEmpty()); // nothing buffered any more
    }

    void depthCap()
    {
        XmlStreamParser::Limits limits;
        limits.maxDepth = 4;
        QCOMPARE(errorOf(parseAll(kHeader + "<a><b><c><d/></c></b></a>", limits)), QString());
        QCOMPARE(errorOf(parseAll(kHeader + "<a><b><c><d><e/></d></c></b></a>", limits)),
                 "policy-violation");
        QByteArray deep = kHeader;
        for (int i = 0; i < 100000; ++i)
            deep += "<a>";
        QCOMPARE(errorOf(parseAll(deep)), "policy-violation"); // default depth 64
    }

    // A session parses millions of stanzas: the parser's memory must not grow with the stream.
    void memoryStaysBoundedOverALongStream()
    {
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
        // ASan keeps freed memory in quarantine (256 MB), so RSS says nothing here; leaks
        // show up in LeakSanitizer's report instead.
        QSKIP("RSS is meaningless under AddressSanitizer");
#endif
#endif
        XmlStreamParser parser;
        QCOMPARE(parser.feed(kHeader).size(), 1);
        QByteArray block;
        for (int i = 0; i < 100; ++i)
            block += kMessage + "\n";
        qint64 stanzas = 0;
        long afterWarmup = 0;
        for (int round = 0; round < 2000; ++round) { // 200k stanzas, ~70 MB
            for (qsizetype i = 0; i < block.size(); i += 4096) {
                const auto events = parser.feed(
                    QByteArrayView(block).sliced(i, std::min<qsizetype>(4096, block.size() - i)));
                for (const auto &e : events) {
                    QCOMPARE(e.type, Type::Stanza);
                    ++stanzas;
                }
            }
            if (round == 100)
                afterWarmup = rssKiB();
        }
        const long end = rssKiB();
        qInfo("200k stanzas: RSS after 10k stanzas %ld KiB, after 200k %ld KiB", afterWarmup, end);
        QCOMPARE(stanzas, 200000);
        QVERIFY2(end - afterWarmup < 2048, qPrintable(QString::number(end - afterWarmup)));
    }
};

QTEST_GUILESS_MAIN(TestXmlStreamParser)
#include "tst_xmlstreamparser.moc"
