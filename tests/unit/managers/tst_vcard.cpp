#include "FakeChannel.h"
#include "xmpp/IqTracker.h"
#include "xmpp/VCardManager.h"

#include <QSignalSpy>
#include <QtTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;

namespace {

constexpr const char *kFetch = "<iq type='get' to='stpeter@jabber.org' id='$ID'>"
                               "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                               "<items node='urn:xmpp:vcard4' max_items='1'/></pubsub></iq>";

// XEP-0292 §3.1 example card (abridged), as a PEP item.
constexpr const char *kCardResult =
    "<iq type='result' from='stpeter@jabber.org' id='$ID'>"
    "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
    "<items node='urn:xmpp:vcard4'><item id='current'>"
    "<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'>"
    "<fn><text>Peter Saint-Andre</text></fn>"
    "<n><surname>Saint-Andre</surname><given>Peter</given><middle></middle></n>"
    "<nickname><text>stpeter</text></nickname>"
    "<nickname><text>psa</text></nickname>"
    "<bday><date>1966-08-06</date></bday>"
    "<note><text>\n        More information about me is located on my\n"
    "        personal website: https://stpeter.im/\n        </text></note>"
    "</vcard></item></items></pubsub></iq>";

} // namespace

class TestVCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_channel = std::make_unique<FakeChannel>(Jid::parse(u"samizzi@cisco.com/foo"));
        m_tracker = std::make_unique<IqTracker>(m_channel.get());
        m_vcards = std::make_unique<VCardManager>(m_tracker.get());
        m_channel->startSession();
        m_card.reset();
        m_status.reset();
    }
    void cleanup()
    {
        m_vcards.reset();
        m_tracker.reset();
        m_channel.reset();
    }

    void fetch()
    {
        m_vcards->fetch(Jid::parse(u"stpeter@jabber.org/roundabout"), this,
                        [this](const Result<VCard> &c) { m_card = c; });
        QVERIFY(m_channel->expect(kFetch));
        m_channel->inject(kCardResult);
        QVERIFY(m_card.has_value() && m_card->ok());
        QCOMPARE(m_card->value().fullName(), QStringLiteral("Peter Saint-Andre"));
        QCOMPARE(m_card->value().nickname(), QStringLiteral("stpeter"));
        QVERIFY(m_card->value().note().startsWith(u"More information about me"));
        QVERIFY(m_card->value().note().endsWith(u"https://stpeter.im/"));
    }

    void fetchWithoutCardAndErrors()
    {
        m_vcards->fetch(Jid::parse(u"stpeter@jabber.org"), this,
                        [this](const Result<VCard> &c) { m_card = c; });
        QVERIFY(m_channel->expect(kFetch));
        // Prosody: no node yet.
        m_channel->inject("<iq type='error' from='stpeter@jabber.org' id='$ID'>"
                          "<error type='cancel'><item-not-found "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        QVERIFY(m_card->ok());
        QVERIFY(m_card->value().isEmpty());

        m_card.reset();
        m_vcards->fetch(Jid::parse(u"stpeter@jabber.org"), this,
                        [this](const Result<VCard> &c) { m_card = c; });
        QVERIFY(m_channel->expect(kFetch));
        // Someone else answering is not heard; the real answer is a refusal.
        m_channel->inject("<iq type='result' from='mallory@evil.lit' id='$ID'>"
                          "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                          "<items node='urn:xmpp:vcard4'><item id='current'>"
                          "<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'>"
                          "<fn><text>Fake</text></fn></vcard></item></items></pubsub></iq>");
        QVERIFY(!m_card.has_value());
        m_channel->inject("<iq type='error' from='stpeter@jabber.org' id='$ID'>"
                          "<error type='auth'><forbidden "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        QVERIFY(!m_card->ok());
        QCOMPARE(m_card->error().code, Error::Code::PolicyViolation);

        // An empty result (node exists, no item).
        m_card.reset();
        m_vcards->fetch(Jid::parse(u"stpeter@jabber.org"), this,
                        [this](const Result<VCard> &c) { m_card = c; });
        QVERIFY(m_channel->expect(kFetch));
        m_channel->inject("<iq type='result' from='stpeter@jabber.org' id='$ID'>"
                          "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                          "<items node='urn:xmpp:vcard4'/></pubsub></iq>");
        QVERIFY(m_card->ok() && m_card->value().isEmpty());
    }

    void publishNewCard()
    {
        VCard card;
        card.setFullName(QStringLiteral("王小明"));
        card.setNickname(QStringLiteral("小明"));
        card.setNote(QStringLiteral("喜欢喝茶"));
        m_vcards->publish(card, QStringLiteral("open"), this,
                          [this](const Status &s) { m_status = s; });
        QVERIFY(m_channel->expect(
            "<iq type='set' id='$ID'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
            "<publish node='urn:xmpp:vcard4'><item id='current'>"
            "<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'>"
            "<fn><text>王小明</text></fn><nickname><text>小明</text></nickname>"
            "<note><text>喜欢喝茶</text></note></vcard></item></publish>"
            "<publish-options><x xmlns='jabber:x:data' type='submit'>"
            "<field var='FORM_TYPE' type='hidden'>"
            "<value>http://jabber.org/protocol/pubsub#publish-options</value></field>"
            "<field var='pubsub#access_model'><value>open</value></field></x>"
            "</publish-options></pubsub></iq>"));
        m_channel->inject("<iq type='result' id='$ID'/>");
        QVERIFY(m_status.has_value() && m_status->ok());
    }

    void publishKeepsOtherProperties()
    {
        m_vcards->fetch(Jid::parse(u"stpeter@jabber.org"), this,
                        [this](const Result<VCard> &c) { m_card = c; });
        QVERIFY(m_channel->expect(kFetch));
        m_channel->inject(kCardResult);
        VCard card = m_card->value();
        card.setNickname(QStringLiteral("peter"));
        card.setNote(QString());
        m_vcards->publish(card, {}, this, [this](const Status &s) { m_status = s; });
        QVERIFY(m_channel->expect(
            "<iq type='set' id='$ID'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
            "<publish node='urn:xmpp:vcard4'><item id='current'>"
            "<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'>"
            "<fn><text>Peter Saint-Andre</text></fn>"
            "<n><surname>Saint-Andre</surname><given>Peter</given><middle/></n>"
            "<nickname><text>peter</text></nickname>"
            "<bday><date>1966-08-06</date></bday>"
            "</vcard></item></publish></pubsub></iq>"));
        m_channel->inject("<iq type='error' id='$ID'><error type='auth'><forbidden "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        QVERIFY(m_status.has_value() && !m_status->ok());
    }

    void notifications()
    {
        QSignalSpy changed(m_vcards.get(), &VCardManager::vcardChanged);
        // XEP-0292 §4.2.3 style notification.
        m_channel->inject("<message from='romeo@montague.lit' to='juliet@capulet.lit' "
                          "type='headline'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                          "<items node='urn:xmpp:vcard4'><item id='current'/></items>"
                          "</event></message>");
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Jid>(), Jid::parse(u"romeo@montague.lit"));
        // Not from a PEP service (a full JID or a server), or another node: ignored.
        m_channel->inject("<message from='romeo@montague.lit/orchard' type='headline'>"
                          "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
                          "<items node='urn:xmpp:vcard4'><item id='current'/></items>"
                          "</event></message>");
        m_channel->inject("<message from='montague.lit' type='headline'>"
                          "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
                          "<items node='urn:xmpp:vcard4'><item id='current'/></items>"
                          "</event></message>");
        m_channel->inject("<message from='romeo@montague.lit' type='headline'>"
                          "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
                          "<items node='urn:xmpp:microblog:0'><item id='x'/></items>"
                          "</event></message>");
        QCOMPARE(changed.size(), 1);
    }

    void parsing()
    {
        QVERIFY(!VCard::fromElement(FakeChannel::parse("<vCard xmlns='vcard-temp'/>")).ok());
        const auto empty = VCard::fromElement(
            FakeChannel::parse("<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'/>"));
        QVERIFY(empty.ok() && empty->isEmpty());
    }

private:
    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<IqTracker> m_tracker;
    std::unique_ptr<VCardManager> m_vcards;
    std::optional<Result<VCard>> m_card;
    std::optional<Status> m_status;
};

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
