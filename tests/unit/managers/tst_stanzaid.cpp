#include "FakeChannel.h"
#include "xmpp/StanzaId.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace teahouse;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;

class TestStanzaId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedIdsAreUniqueBase64Url()
    {
        const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]{22}$"));
        QSet<QString> seen;
        for (int i = 0; i < 10000; ++i) {
            const QString id = StanzaId::generate();
            QVERIFY2(base64url.match(id).hasMatch(), qPrintable(id));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
        }
        // 22 base64url characters carry 132 bits; the last holds 2 bits of padding, so
        // 128 bits of randomness: decoding gives 16 bytes.
        QCOMPARE(
            QByteArray::fromBase64(StanzaId::generate().toLatin1(), QByteArray::Base64UrlEncoding)
                .size(),
            16);
    }

    void originId()
    {
        Element message = FakeChannel::parse("<message to='romeo@montague.lit' type='chat'>"
                                             "<body>hi</body></message>");
        QVERIFY(StanzaId::originId(message).isEmpty());
        const QString id = StanzaId::addOriginId(message);
        QCOMPARE(StanzaId::originId(message), id);
        // Replaces, never duplicates (a resend keeps one origin-id).
        StanzaId::addOriginId(message, QStringLiteral("fixed"));
        QVERIFY(FakeChannel::matches(
            FakeChannel::parse("<message to='romeo@montague.lit' type='chat'><body>hi</body>"
                               "<origin-id xmlns='urn:xmpp:sid:0' id='fixed'/></message>"),
            message));
    }

    void stanzaIdOnlyFromTrustedBy()
    {
        // XEP-0359 §3 example, plus a forged stanza-id put in by the sender.
        const Element message = FakeChannel::parse(
            "<message xmlns='jabber:client' to='juliet@capulet.lit' from='romeo@montague.lit/x'"
            " type='chat'><body>Wherefore art thou, Romeo?</body>"
            "<stanza-id xmlns='urn:xmpp:sid:0' id='forged' by='juliet@capulet.lit/evil'/>"
            "<stanza-id xmlns='urn:xmpp:sid:0' id='also-forged' by='romeo@montague.lit'/>"
            "<stanza-id xmlns='urn:xmpp:sid:0' id='de305d54-75b4-431b-adb2-eb6b9e546013' "
            "by='Juliet@Capulet.lit'/>"
            "<origin-id xmlns='urn:xmpp:sid:0' id='de305d54-75b4-431b-adb2-eb6b9e546013'/>"
            "</message>");
        QCOMPARE(StanzaId::stanzaId(message, Jid::parse(u"juliet@capulet.lit")),
                 QStringLiteral("de305d54-75b4-431b-adb2-eb6b9e546013"));
        QVERIFY(StanzaId::stanzaId(message, Jid::parse(u"nurse@capulet.lit")).isEmpty());
        const Element room = FakeChannel::parse(
            "<message from='coven@chat.shakespeare.lit/firstwitch' type='groupchat'>"
            "<stanza-id xmlns='urn:xmpp:sid:0' id='room-1' by='coven@chat.shakespeare.lit'/>"
            "</message>");
        QCOMPARE(StanzaId::stanzaId(room, {Jid::parse(u"juliet@capulet.lit"),
                                           Jid::parse(u"coven@chat.shakespeare.lit")}),
                 QStringLiteral("room-1"));
        QVERIFY(StanzaId::stanzaId(room, Jid::parse(u"juliet@capulet.lit")).isEmpty());
        // Wrong namespace or no id: nothing.
        const Element odd = FakeChannel::parse(
            "<message><stanza-id xmlns='urn:xmpp:sid:1' id='x' by='juliet@capulet.lit'/>"
            "<stanza-id xmlns='urn:xmpp:sid:0' by='juliet@capulet.lit'/></message>");
        QVERIFY(StanzaId::stanzaId(odd, Jid::parse(u"juliet@capulet.lit")).isEmpty());
    }

    void fakeChannelMatcherCanFail()
    {
        // The matcher all these tests rely on must reject what differs.
        const auto m = [](const char *a, const char *b) {
            return FakeChannel::matches(FakeChannel::parse(a), FakeChannel::parse(b));
        };
        QVERIFY(m("<iq type='get' id='1'/>", "<iq id='1' type='get'/>"));
        QVERIFY(!m("<iq type='get' id='1'/>", "<iq type='set' id='1'/>"));
        QVERIFY(!m("<iq type='get' id='1'/>", "<iq type='get' id='1' to='a'/>"));
        QVERIFY(!m("<iq type='get' id='$ID'/>", "<iq type='get'/>"));
        QVERIFY(m("<iq type='get' id='$ID'/>", "<iq type='get' id='x'/>"));
        QVERIFY(!m("<iq><a xmlns='urn:a'/></iq>", "<iq><a xmlns='urn:b'/></iq>"));
        QVERIFY(!m("<iq><a/><b/></iq>", "<iq><b/><a/></iq>"));
        QVERIFY(!m("<message><body>a</body></message>", "<message><body>b</body></message>"));
        QVERIFY(m("<message><body>$ANY</body></message>", "<message><body>b</body></message>"));
        QVERIFY(!m("<message/>", "<message><body>b</body></message>"));
    }
};

QTEST_GUILESS_MAIN(TestStanzaId)
#include "tst_stanzaid.moc"
