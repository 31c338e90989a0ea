// Element: building, looking up, serialising and parsing back stanza trees.
#include "xmpp/Element.h"

#include <QTest>

using teahouse::xmpp::Element;
using teahouse::xmpp::xmlEscape;

class TestElement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildAndLookUp()
    {
        Element message(QStringLiteral("message"), QStringLiteral("jabber:client"));
        QVERIFY(!message.isNull());
        QVERIFY(Element().isNull());
        message.setAttribute(QStringLiteral("to"), QStringLiteral("a@b"))
            .setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
        message.setAttribute(QStringLiteral("to"), QStringLiteral("c@d")); // replaces
        QCOMPARE(message.attributes().size(), 2);
        QCOMPARE(message.attribute(u"to"), "c@d");
        message.setAttribute(QStringLiteral("empty"), QString());
        QVERIFY(message.hasAttribute(u"empty"));
        QVERIFY(!message.hasAttribute(u"missing"));
        QCOMPARE(message.attribute(u"missing"), QString());
        message.removeAttribute(u"empty");
        QVERIFY(!message.hasAttribute(u"empty"));

        Element &body = message.addTextChild(QStringLiteral("body"), QStringLiteral("hi"));
        QCOMPARE(body.xmlns(), "jabber:client"); // inherits the parent's namespace
        message.addChild(QStringLiteral("origin-id"), QStringLiteral("urn:xmpp:sid:0"))
            .setAttribute(QStringLiteral("id"), QStringLiteral("o1"));
        message.addChild(QStringLiteral("body"), QStringLiteral("urn:other"));
        QCOMPARE(message.children().size(), 3u);
        QCOMPARE(message.childText(u"body"), "hi");
        QCOMPARE(message.childText(u"body", u"jabber:client"), "hi");
        QCOMPARE(message.childText(u"body", u"urn:nothing"), QString());
        QVERIFY(message.findChild(u"body", u"urn:other"));
        QCOMPARE(message.childrenNamed(u"body").size(), 2);
        QCOMPARE(message.childrenNamed(u"body", u"urn:other").size(), 1);
        QCOMPARE(message.firstChild(u"origin-id").attribute(u"id"), "o1");
        QVERIFY(message.firstChild(u"nope").isNull());
        QCOMPARE(message.firstChild().name(), "body"); // any name
        QVERIFY(message.hasChild(u"origin-id", u"urn:xmpp:sid:0"));
        QVERIFY(!message.hasChild(u"origin-id", u"jabber:client"));
        message.findChild(u"body")->appendText(u" there");
        QCOMPARE(message.childText(u"body"), "hi there");
        message.removeChildren(u"body", u"urn:other");
        QCOMPARE(message.children().size(), 2u);
        message.removeChildren(u"body");
        QCOMPARE(message.children().size(), 1u);
        QVERIFY(message.is(u"message", u"jabber:client"));
        QVERIFY(!message.is(u"message", u"jabber:server"));
    }

    void serialisesNamespacesOnlyWhereTheyChange()
    {
        Element iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
        iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
        Element &query = iq.addChild(QStringLiteral("query"), QStringLiteral("jabber:iq:roster"));
        query.addChild(QStringLiteral("item"));
        iq.appendChild(Element(QStringLiteral("none"), QString()));
        QCOMPARE(iq.toXml(), QByteArray("<iq xmlns=\"jabber:client\" type=\"get\">"
                                        "<query xmlns=\"jabber:iq:roster\"><item/></query>"
                                        "<none xmlns=\"\"/></iq>"));
        QCOMPARE(Element().toXml(), QByteArray());
    }

    void escaping()
    {
        QCOMPARE(xmlEscape(u"a&b<c>d\"e'f", false), QByteArray("a&amp;b&lt;c&gt;d\"e'f"));
        QCOMPARE(xmlEscape(u"a&b<c>d\"e'f", true), QByteArray("a&amp;b&lt;c&gt;d&quot;e&apos;f"));
        QCOMPARE(xmlEscape(u"]]>", false), QByteArray("]]&gt;"));
        QCOMPARE(xmlEscape(u"a\tb\nc\rd", true), QByteArray("a&#x9;b&#xA;c&#xD;d"));
        QCOMPARE(xmlEscape(u"a\tb\nc\rd", false), QByteArray("a\tb\nc&#xD;d"));
        // Characters XML 1.0 cannot carry at all become U+FFFD instead of breaking the stream.
        QCOMPARE(xmlEscape(QString::fromUtf8("a\x01"
                                             "b\xef\xbf\xbe"
                                             "c\xef\xbf\xbf"),
                           false),
                 QByteArray("a\xef\xbf\xbd"
                            "b\xef\xbf\xbd"
                            "c\xef\xbf\xbd"));
        QCOMPARE(xmlEscape(QString::fromUtf8("你好\xef\xbf\xbc"), false),
                 QByteArray("你好\xef\xbf\xbc")); // U+FFFC is fine
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("attr");
        QTest::newRow("specials") << "a & b < c > d \" e ' f"
                                  << "& < > \" '";
        QTest::newRow("chinese") << QString::fromUtf8("我们明天去医院，好吗？🍵")
                                 << QString::fromUtf8("张三");
        QTest::newRow("whitespace") << "line1\nline2\r\nline3\ttab"
                                    << "multi\nline\tattr\r";
        QTest::newRow("entities-looking") << "&amp; &lt; &#x41;"
                                          << "&amp;";
        QTest::newRow("cdata-end") << "]]> ]]>"
                                   << "]]>";
        QTest::newRow("empty") << ""
                               << "";
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QString, attr);
        Element message(QStringLiteral("message"), QStringLiteral("jabber:client"));
        message.setAttribute(QStringLiteral("id"), attr);
        message.setAttribute(QStringLiteral("xml:lang"), QStringLiteral("zh"));
        message.addTextChild(QStringLiteral("body"), text);
        Element &reply =
            message.addChild(QStringLiteral("reply"), QStringLiteral("urn:xmpp:reply:0"));
        reply.setAttribute(QStringLiteral("to"), attr);
        reply.addTextChild(QStringLiteral("x"), text, QStringLiteral("urn:a"));

        const QByteArray xml = message.toXml();
        const Element parsed = Element::fromXml(xml);
        QVERIFY2(!parsed.isNull(), xml.constData());
        QVERIFY2(parsed.equivalent(message), xml.constData());
        // Exact, not just trimmed: text and attributes survive byte for byte (a parser turns
        // CR LF into LF, so CR is sent as a character reference).
        QCOMPARE(parsed.attribute(u"id"), attr);
        QCOMPARE(parsed.childText(u"body"), text);
        QCOMPARE(parsed.firstChild(u"reply").attribute(u"to"), attr);
        QCOMPARE(parsed.toXml(), xml);
    }

    void fromXmlParsesNamespacesAndPrefixes()
    {
        const Element e =
            Element::fromXml("<stream:features xmlns:stream='http://etherx.jabber.org/streams' "
                             "xmlns='jabber:client'>"
                             "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
                             "<x:item xmlns:x='urn:x' x:a='1' "
                             "b='2'>t<![CDATA[<c>]]></x:item><plain/></stream:features>");
        QVERIFY(e.is(u"features", u"http://etherx.jabber.org/streams"));
        QCOMPARE(e.children().size(), 3u);
        QVERIFY(e.children()[0].is(u"starttls", u"urn:ietf:params:xml:ns:xmpp-tls"));
        const Element &item = e.children()[1];
        QVERIFY(item.is(u"item", u"urn:x"));
        QCOMPARE(item.attribute(u"x:a"), "1");
        QCOMPARE(item.attribute(u"xmlns:x"), "urn:x"); // kept so x:a serialises again
        QCOMPARE(item.text(), "t<c>");
        QVERIFY(e.children()[2].is(u"plain", u"jabber:client"));
        QVERIFY(Element::fromXml(e.toXml()).equivalent(e));
    }

    void fromXmlRejects_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unclosed") << QByteArray("<a><b></b>");
        QTest::newRow("mismatch") << QByteArray("<a></b>");
        QTest::newRow("two-roots") << QByteArray("<a/><b/>");
        QTest::newRow("dtd") << QByteArray("<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>");
        QTest::newRow("entity") << QByteArray("<a>&nbsp;</a>");
        QTest::newRow("undeclared-prefix") << QByteArray("<a p:x='1'/>");
        QTest::newRow("text-only") << QByteArray("hello");
    }

    void fromXmlRejects()
    {
        QFETCH(QByteArray, xml);
        QVERIFY(Element::fromXml(xml).isNull());
    }

    void equivalence()
    {
        const Element a =
            Element::fromXml("<m xmlns='jabber:client' a='1' b='2'><body> hi </body></m>");
        QVERIFY(a.equivalent(
            Element::fromXml("<m b='2' a='1' xmlns='jabber:client'><body>hi</body></m>")));
        QVERIFY(!a.equivalent(
            Element::fromXml("<m xmlns='jabber:client' a='1' b='3'><body>hi</body></m>")));
        QVERIFY(
            !a.equivalent(Element::fromXml("<m xmlns='jabber:client' a='1'><body>hi</body></m>")));
        QVERIFY(!a.equivalent(
            Element::fromXml("<m xmlns='jabber:server' a='1' b='2'><body>hi</body></m>")));
        QVERIFY(!a.equivalent(
            Element::fromXml("<m xmlns='jabber:client' a='1' b='2'><body>ho</body></m>")));
        QVERIFY(!a.equivalent(
            Element::fromXml("<m xmlns='jabber:client' a='1' b='2'><body>hi</body><x/></m>")));
    }

    void copiesAreDeep()
    {
        Element a(QStringLiteral("a"), QStringLiteral("urn:a"));
        a.addTextChild(QStringLiteral("b"), QStringLiteral("1"));
        Element copy = a;
        copy.findChild(u"b")->setText(QStringLiteral("2"));
        QCOMPARE(a.childText(u"b"), "1");
        QCOMPARE(copy.childText(u"b"), "2");
    }
};

QTEST_GUILESS_MAIN(TestElement)
#include "tst_element.moc"
