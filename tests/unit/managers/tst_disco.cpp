#include "FakeChannel.h"
#include "xmpp/CapsVerification.h"
#include "xmpp/DiscoManager.h"
#include "xmpp/IqTracker.h"

#include <QSignalSpy>
#include <QtTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;

namespace {

// XEP-0115 §5.2, the simple example.
constexpr const char *kExodusPresence =
    "<presence from='romeo@montague.lit/orchard'>"
    "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
    "node='http://code.google.com/p/exodus' ver='QgayPKawpkPSDYmwT/WM94uAlu0='/></presence>";
constexpr const char *kExodusQuery =
    "<iq type='get' to='romeo@montague.lit/orchard' id='$ID'>"
    "<query xmlns='http://jabber.org/protocol/disco#info' "
    "node='http://code.google.com/p/exodus#QgayPKawpkPSDYmwT/WM94uAlu0='/></iq>";
constexpr const char *kExodusInfo =
    "<iq type='result' from='romeo@montague.lit/orchard' id='$ID'>"
    "<query xmlns='http://jabber.org/protocol/disco#info' "
    "node='http://code.google.com/p/exodus#QgayPKawpkPSDYmwT/WM94uAlu0='>"
    "<identity category='client' name='Exodus 0.9.1' type='pc'/>"
    "<feature var='http://jabber.org/protocol/caps'/>"
    "<feature var='http://jabber.org/protocol/disco#info'/>"
    "<feature var='http://jabber.org/protocol/disco#items'/>"
    "<feature var='http://jabber.org/protocol/muc'/>"
    "</query></iq>";

} // namespace

class TestDisco : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_channel = std::make_unique<FakeChannel>();
        m_tracker = std::make_unique<IqTracker>(m_channel.get());
        m_disco = std::make_unique<DiscoManager>(m_tracker.get());
        m_channel->startSession();
    }
    void cleanup()
    {
        m_disco.reset();
        m_tracker.reset();
        m_channel.reset();
    }

    void infoQuery()
    {
        std::optional<Result<DiscoInfo>> info;
        m_disco->requestInfo(Jid::parse(u"shakespeare.lit"), {}, this,
                             [&](const Result<DiscoInfo> &r) { info = r; });
        // XEP-0030 §3.1, Examples 1 and 2, plus a XEP-0128 form.
        QVERIFY(m_channel->expect("<iq type='get' to='shakespeare.lit' id='$ID'>"
                                  "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"));
        m_channel->inject(
            "<iq type='result' from='shakespeare.lit' to='juliet@capulet.lit/balcony' id='$ID'>"
            "<query xmlns='http://jabber.org/protocol/disco#info'>"
            "<identity category='server' type='im' name='Shakespearean Chat Service'/>"
            "<identity category='conference' type='text' name='Play-Specific Chatrooms'/>"
            "<feature var='http://jabber.org/protocol/disco#info'/>"
            "<feature var='http://jabber.org/protocol/disco#items'/>"
            "<feature var='urn:xmpp:ping'/><feature var='urn:xmpp:ping'/>"
            "<x xmlns='jabber:x:data' type='result'>"
            "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/network/serverinfo"
            "</value></field><field var='abuse-addresses'>"
            "<value>mailto:abuse@shakespeare.lit</value></field></x>"
            "</query></iq>");
        QVERIFY(info.has_value() && info->ok());
        QCOMPARE(info->value().identities.size(), 2);
        QVERIFY(info->value().hasIdentity(u"server", u"im"));
        QVERIFY(!info->value().hasIdentity(u"client"));
        QVERIFY(info->value().hasFeature(u"urn:xmpp:ping"));
        QCOMPARE(info->value().features.size(), 3);
        const DataForm *serverInfo = info->value().form(u"http://jabber.org/network/serverinfo");
        QVERIFY(serverInfo);
        QCOMPARE(serverInfo->field(u"abuse-addresses")->value(),
                 QStringLiteral("mailto:abuse@shakespeare.lit"));
    }

    void infoQueryRefusesForgedAnswer()
    {
        std::optional<Result<DiscoInfo>> info;
        m_disco->requestInfo(Jid::parse(u"shakespeare.lit"), {}, this,
                             [&](const Result<DiscoInfo> &r) { info = r; });
        QVERIFY(m_channel->expect("<iq type='get' to='shakespeare.lit' id='$ID'>"
                                  "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"));
        m_channel->inject("<iq type='result' from='mallory@evil.lit' id='$ID'>"
                          "<query xmlns='http://jabber.org/protocol/disco#info'>"
                          "<feature var='urn:xmpp:evil'/></query></iq>");
        QVERIFY(!info.has_value());
        m_channel->inject("<iq type='error' from='shakespeare.lit' id='$ID'><error type='cancel'>"
                          "<item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                          "</error></iq>");
        QVERIFY(info.has_value() && !info->ok());
        QCOMPARE(info->error().code, Error::Code::NotFound);
    }

    void itemsQuery()
    {
        std::optional<Result<QList<DiscoItem>>> items;
        m_disco->requestItems(Jid::parse(u"shakespeare.lit"), QStringLiteral("music"), this,
                              [&](const Result<QList<DiscoItem>> &r) { items = r; });
        QVERIFY(m_channel->expect("<iq type='get' to='shakespeare.lit' id='$ID'>"
                                  "<query xmlns='http://jabber.org/protocol/disco#items' "
                                  "node='music'/></iq>"));
        // XEP-0030 §4.1, Example 10 (abridged), plus a malformed jid that is skipped.
        m_channel->inject("<iq type='result' from='shakespeare.lit' id='$ID'>"
                          "<query xmlns='http://jabber.org/protocol/disco#items' node='music'>"
                          "<item jid='people.shakespeare.lit' name='Directory of Characters'/>"
                          "<item jid='plays.shakespeare.lit' name='Play-Specific Chatrooms'/>"
                          "<item jid='mim.shakespeare.lit' node='x' name='Gateway'/>"
                          "<item jid='@@' name='broken'/><item name='no jid'/>"
                          "</query></iq>");
        QVERIFY(items.has_value() && items->ok());
        QCOMPARE(items->value().size(), 3);
        QCOMPARE(items->value()[2].jid, Jid::parse(u"mim.shakespeare.lit"));
        QCOMPARE(items->value()[2].node, QStringLiteral("x"));
        QCOMPARE(items->value()[0].name, QStringLiteral("Directory of Characters"));
    }

    void ownVerMatchesXepExample()
    {
        m_disco->setIdentity(
            {QStringLiteral("client"), QStringLiteral("pc"), QStringLiteral("Exodus 0.9.1"), {}});
        m_disco->setFeatures({QStringLiteral("http://jabber.org/protocol/disco#items"),
                              QStringLiteral("http://jabber.org/protocol/muc")});
        QCOMPARE(m_disco->ownVer(), QStringLiteral("QgayPKawpkPSDYmwT/WM94uAlu0="));
        m_disco->setCapsNode(QStringLiteral("http://code.google.com/p/exodus"));
        QVERIFY(FakeChannel::matches(
            FakeChannel::parse("<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
                               "node='http://code.google.com/p/exodus' "
                               "ver='QgayPKawpkPSDYmwT/WM94uAlu0='/>"),
            m_disco->capsElement()));
        // Adding a feature changes the hash.
        m_disco->addFeature(QStringLiteral("urn:xmpp:ping"));
        QVERIFY(m_disco->ownVer() != u"QgayPKawpkPSDYmwT/WM94uAlu0=");
    }

    void answersDiscoInfo()
    {
        m_disco->setIdentity(
            {QStringLiteral("client"), QStringLiteral("pc"), QStringLiteral("Exodus 0.9.1"), {}});
        m_disco->setFeatures({QStringLiteral("http://jabber.org/protocol/disco#items"),
                              QStringLiteral("http://jabber.org/protocol/muc")});
        m_disco->setCapsNode(QStringLiteral("http://code.google.com/p/exodus"));
        const QByteArray answer = "<query xmlns='http://jabber.org/protocol/disco#info'%1>"
                                  "<identity category='client' type='pc' name='Exodus 0.9.1'/>"
                                  "<feature var='http://jabber.org/protocol/disco#items'/>"
                                  "<feature var='http://jabber.org/protocol/muc'/>"
                                  "<feature var='http://jabber.org/protocol/disco#info'/>"
                                  "<feature var='http://jabber.org/protocol/caps'/></query>";
        m_channel->inject("<iq type='get' from='romeo@montague.lit/orchard' id='d1'>"
                          "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>");
        QVERIFY(m_channel->expect("<iq type='result' to='romeo@montague.lit/orchard' id='d1'>" +
                                  QByteArray(answer).replace("%1", "") + "</iq>"));
        // XEP-0115 §6.2: asked with node#ver.
        m_channel->inject("<iq type='get' from='romeo@montague.lit/orchard' id='d2'>"
                          "<query xmlns='http://jabber.org/protocol/disco#info' "
                          "node='http://code.google.com/p/exodus#QgayPKawpkPSDYmwT/WM94uAlu0='/>"
                          "</iq>");
        QVERIFY(m_channel->expect(
            "<iq type='result' to='romeo@montague.lit/orchard' id='d2'>" +
            QByteArray(answer).replace(
                "%1", " node='http://code.google.com/p/exodus#QgayPKawpkPSDYmwT/WM94uAlu0='") +
            "</iq>"));
        // A stale or unknown node.
        m_channel->inject("<iq type='get' from='romeo@montague.lit/orchard' id='d3'>"
                          "<query xmlns='http://jabber.org/protocol/disco#info' "
                          "node='http://code.google.com/p/exodus#old='/></iq>");
        QVERIFY(m_channel->expect("<iq type='error' to='romeo@montague.lit/orchard' id='d3'>"
                                  "<error type='cancel'><item-not-found "
                                  "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
        m_channel->inject("<iq type='get' from='romeo@montague.lit/orchard' id='d4'>"
                          "<query xmlns='http://jabber.org/protocol/disco#items'/></iq>");
        QVERIFY(m_channel->expect("<iq type='result' to='romeo@montague.lit/orchard' id='d4'>"
                                  "<query xmlns='http://jabber.org/protocol/disco#items'/></iq>"));
        // Our answer hashes to what we announce.
        const Element *query = m_channel->history()[1].findChild(u"query");
        QCOMPARE(CapsVerification::verFromDiscoInfo(*query).value(), m_disco->ownVer());
    }

    void verifiedCapsAreCached()
    {
        QSignalSpy resolved(m_disco.get(), &DiscoManager::capsResolved);
        QSignalSpy cached(m_disco.get(), &DiscoManager::capsCached);
        m_channel->inject(kExodusPresence);
        QVERIFY(m_channel->expect(kExodusQuery));
        // Someone else announcing the same hash meanwhile does not cause a second query.
        m_channel->inject("<presence from='benvolio@montague.lit/home'>"
                          "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
                          "node='http://code.google.com/p/exodus' "
                          "ver='QgayPKawpkPSDYmwT/WM94uAlu0='/></presence>");
        QVERIFY(m_channel->expectNothing());
        m_channel->inject(kExodusInfo);
        QCOMPARE(cached.size(), 1);
        QCOMPARE(resolved.size(), 2);
        QVERIFY(m_disco->jidHasFeature(Jid::parse(u"romeo@montague.lit/orchard"),
                                       u"http://jabber.org/protocol/muc"));
        QVERIFY(m_disco->jidHasFeature(Jid::parse(u"benvolio@montague.lit/home"),
                                       u"http://jabber.org/protocol/muc"));
        QVERIFY(!m_disco->jidHasFeature(Jid::parse(u"romeo@montague.lit/orchard"),
                                        u"urn:xmpp:jingle:1"));
        QVERIFY(m_disco->cachedCaps(QStringLiteral("sha-1"),
                                    QStringLiteral("QgayPKawpkPSDYmwT/WM94uAlu0=")));
        // Later announcers are served from the cache without a query.
        m_channel->inject("<presence from='mercutio@montague.lit/x'>"
                          "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
                          "node='http://code.google.com/p/exodus' "
                          "ver='QgayPKawpkPSDYmwT/WM94uAlu0='/></presence>");
        QVERIFY(m_channel->expectNothing());
        QCOMPARE(resolved.size(), 3);
        // Gone offline: nothing known about that resource any more.
        m_channel->inject("<presence from='romeo@montague.lit/orchard' type='unavailable'/>");
        QVERIFY(!m_disco->infoForJid(Jid::parse(u"romeo@montague.lit/orchard")).has_value());
    }

    void complexExampleWithForms()
    {
        // XEP-0115 §5.3.
        m_channel->inject("<presence from='juliet@capulet.lit/chamber'>"
                          "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
                          "node='http://psi-im.org' ver='q07IKJEyjvHSyhy//CH0CxmKi8w='/>"
                          "</presence>");
        QVERIFY(m_channel->expect("<iq type='get' to='juliet@capulet.lit/chamber' id='$ID'>"
                                  "<query xmlns='http://jabber.org/protocol/disco#info' "
                                  "node='http://psi-im.org#q07IKJEyjvHSyhy//CH0CxmKi8w='/>"
                                  "</iq>"));
        m_channel->inject("<iq type='result' from='juliet@capulet.lit/chamber' id='$ID'>"
                          "<query xmlns='http://jabber.org/protocol/disco#info' "
                          "node='http://psi-im.org#q07IKJEyjvHSyhy//CH0CxmKi8w='>"
                          "<identity xml:lang='en' category='client' name='Psi 0.11' type='pc'/>"
                          "<identity xml:lang='el' category='client' name='Ψ 0.11' type='pc'/>"
                          "<feature var='http://jabber.org/protocol/caps'/>"
                          "<feature var='http://jabber.org/protocol/disco#info'/>"
                          "<feature var='http://jabber.org/protocol/disco#items'/>"
                          "<feature var='http://jabber.org/protocol/muc'/>"
                          "<x xmlns='jabber:x:data' type='result'>"
                          "<field var='FORM_TYPE' type='hidden'>"
                          "<value>urn:xmpp:dataforms:softwareinfo</value></field>"
                          "<field var='ip_version'><value>ipv4</value><value>ipv6</value></field>"
                          "<field var='os'><value>Mac</value></field>"
                          "<field var='os_version'><value>10.5.1</value></field>"
                          "<field var='software'><value>Psi</value></field>"
                          "<field var='software_version'><value>0.11</value></field>"
                          "</x></query></iq>");
        const auto info = m_disco->infoForJid(Jid::parse(u"juliet@capulet.lit/chamber"));
        QVERIFY(info.has_value());
        QCOMPARE(info->identities.size(), 2);
        QCOMPARE(info->identities[1].lang, QStringLiteral("el"));
        QVERIFY(info->form(u"urn:xmpp:dataforms:softwareinfo"));
    }

    void badHashIsNotCached()
    {
        QSignalSpy mismatch(m_disco.get(), &DiscoManager::capsMismatch);
        QSignalSpy resolved(m_disco.get(), &DiscoManager::capsResolved);
        // Mallory announces Exodus' hash but answers with more features (poisoning attempt).
        m_channel->inject("<presence from='mallory@evil.lit/x'>"
                          "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
                          "node='http://code.google.com/p/exodus' "
                          "ver='QgayPKawpkPSDYmwT/WM94uAlu0='/></presence>");
        QVERIFY(m_channel->expect("<iq type='get' to='mallory@evil.lit/x' id='$ID'>"
                                  "<query xmlns='http://jabber.org/protocol/disco#info' "
                                  "node='http://code.google.com/p/exodus#QgayPKawpkPSDYmwT/"
                                  "WM94uAlu0='/></iq>"));
        // Romeo announces the same hash while Mallory's query is out.
        m_channel->inject(kExodusPresence);
        QVERIFY(m_channel->expectNothing());
        m_channel->inject("<iq type='result' from='mallory@evil.lit/x' id='$ID'>"
                          "<query xmlns='http://jabber.org/protocol/disco#info'>"
                          "<identity category='client' name='Exodus 0.9.1' type='pc'/>"
                          "<feature var='http://jabber.org/protocol/caps'/>"
                          "<feature var='http://jabber.org/protocol/disco#info'/>"
                          "<feature var='http://jabber.org/protocol/disco#items'/>"
                          "<feature var='http://jabber.org/protocol/muc'/>"
                          "<feature var='urn:xmpp:evil'/></query></iq>");
        QCOMPARE(mismatch.size(), 1);
        QCOMPARE(resolved.size(), 0);
        QVERIFY(!m_disco->cachedCaps(QStringLiteral("sha-1"),
                                     QStringLiteral("QgayPKawpkPSDYmwT/WM94uAlu0=")));
        QVERIFY(!m_disco->infoForJid(Jid::parse(u"mallory@evil.lit/x")).has_value());
        // The next announcer is asked, and its truthful answer is cached.
        QVERIFY(m_channel->expect(kExodusQuery));
        m_channel->inject(kExodusInfo);
        QVERIFY(m_disco->cachedCaps(QStringLiteral("sha-1"),
                                    QStringLiteral("QgayPKawpkPSDYmwT/WM94uAlu0=")));
        QVERIFY(!m_disco->jidHasFeature(Jid::parse(u"mallory@evil.lit/x"), u"urn:xmpp:evil"));
    }

    void illFormedAnswerIsNotCached()
    {
        // XEP-0115 §5.4: duplicate features make the answer unusable even if it would hash.
        m_channel->inject(kExodusPresence);
        QVERIFY(m_channel->expect(kExodusQuery));
        m_channel->inject("<iq type='result' from='romeo@montague.lit/orchard' id='$ID'>"
                          "<query xmlns='http://jabber.org/protocol/disco#info'>"
                          "<identity category='client' name='Exodus 0.9.1' type='pc'/>"
                          "<feature var='http://jabber.org/protocol/caps'/>"
                          "<feature var='http://jabber.org/protocol/disco#info'/>"
                          "<feature var='http://jabber.org/protocol/disco#items'/>"
                          "<feature var='http://jabber.org/protocol/muc'/>"
                          "<feature var='http://jabber.org/protocol/muc'/></query></iq>");
        QVERIFY(!m_disco->cachedCaps(QStringLiteral("sha-1"),
                                     QStringLiteral("QgayPKawpkPSDYmwT/WM94uAlu0=")));
    }

    void unverifiableCapsNotQueried()
    {
        // Legacy caps without 'hash', and an unknown hash function.
        m_channel->inject("<presence from='old@example.lit/x'>"
                          "<c xmlns='http://jabber.org/protocol/caps' "
                          "node='http://example.com/old' ver='1.0' ext='a b'/></presence>");
        m_channel->inject("<presence from='odd@example.lit/x'>"
                          "<c xmlns='http://jabber.org/protocol/caps' hash='sha-0' "
                          "node='http://example.com/odd' ver='abc='/></presence>");
        QVERIFY(m_channel->expectNothing());
    }

    void queriesAreBounded()
    {
        for (int i = 0; i < 50; ++i) {
            Element presence = FakeChannel::parse(
                "<presence><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
                "node='http://example.com/flood'/></presence>");
            presence.setAttribute(QStringLiteral("from"),
                                  QStringLiteral("bot%1@example.lit/x").arg(i));
            presence.findChild(u"c")->setAttribute(QStringLiteral("ver"),
                                                   QStringLiteral("v%1=").arg(i));
            m_channel->inject(presence);
        }
        QCOMPARE(m_channel->pendingCount(), 32);
    }

private:
    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<IqTracker> m_tracker;
    std::unique_ptr<DiscoManager> m_disco;
};

QTEST_GUILESS_MAIN(TestDisco)
#include "tst_disco.moc"
