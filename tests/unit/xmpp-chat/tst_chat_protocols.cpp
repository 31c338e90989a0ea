#include "FakeChannel.h"
#include "xmpp/BookmarksManager.h"
#include "xmpp/CarbonsManager.h"
#include "xmpp/ChatMarkers.h"
#include "xmpp/ChatStates.h"
#include "xmpp/IqTracker.h"
#include "xmpp/MamManager.h"
#include "xmpp/MucManager.h"
#include "xmpp/OutOfBand.h"
#include "xmpp/Receipts.h"
#include "xmpp/References.h"
#include "xmpp/Replies.h"
#include "xmpp/Retraction.h"
#include "xmpp/StanzaId.h"
#include "xmpp/UploadManager.h"

#include <QSignalSpy>
#include <QtTest>

using namespace teahouse;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;

class TestChatProtocols : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_channel = std::make_unique<FakeChannel>();
        m_iq = std::make_unique<IqTracker>(m_channel.get());
    }
    void cleanup()
    {
        m_iq.reset();
        m_channel.reset();
    }

    void receipts()
    {
        Element m = FakeChannel::parse("<message from='romeo@montague.lit/home' id='m1' "
                                       "type='chat'><body>hi</body></message>");
        QVERIFY(Receipts::makeReceipt(m).isNull()); // not requested
        Receipts::addRequest(m);
        QVERIFY(Receipts::requestsReceipt(m));
        const Element r = Receipts::makeReceipt(m);
        QCOMPARE(r.attribute(u"to"), QStringLiteral("romeo@montague.lit/home"));
        QCOMPARE(Receipts::receivedId(r), QStringLiteral("m1"));
        Element group = m;
        group.setAttribute(QStringLiteral("type"), QStringLiteral("groupchat"));
        QVERIFY(Receipts::makeReceipt(group).isNull()); // XEP-0184 §5.3
    }

    void markers()
    {
        const Element d = ChatMarkers::makeMarker(ChatMarkers::Marker::Displayed,
                                                  QStringLiteral("romeo@montague.lit"),
                                                  QStringLiteral("x1"), false);
        QString id;
        QCOMPARE(ChatMarkers::marker(d, &id), ChatMarkers::Marker::Displayed);
        QCOMPARE(id, QStringLiteral("x1"));
        QCOMPARE(d.attribute(u"type"), QStringLiteral("chat"));
        Element m(QStringLiteral("message"));
        QVERIFY(!ChatMarkers::isMarkable(m));
        ChatMarkers::addMarkable(m);
        ChatMarkers::addMarkable(m);
        QVERIFY(ChatMarkers::isMarkable(m));
        QCOMPARE(m.children().size(), size_t(1));
    }

    void chatStates()
    {
        const Element n = ChatStates::makeNotification(QStringLiteral("romeo@montague.lit"),
                                                       ChatStates::State::Composing, false);
        QCOMPARE(ChatStates::state(n), ChatStates::State::Composing);
        QVERIFY(!n.hasChild(u"body"));
        Element m = n;
        ChatStates::add(m, ChatStates::State::Paused);
        QCOMPARE(ChatStates::state(m), ChatStates::State::Paused);
    }

    void retraction()
    {
        const Element r = Retraction::makeRetraction(QStringLiteral("romeo@montague.lit"),
                                                     QStringLiteral("orig-1"), false,
                                                     QStringLiteral("retracted"));
        QCOMPARE(Retraction::retractedId(r), QStringLiteral("orig-1"));
        QVERIFY(!StanzaId::originId(r).isEmpty());
        const Element legacy = FakeChannel::parse(
            "<message><apply-to xmlns='urn:xmpp:fasten:0' id='old-1'>"
            "<retract xmlns='urn:xmpp:message-retract:0'/></apply-to></message>");
        QCOMPARE(Retraction::retractedId(legacy), QStringLiteral("old-1"));
        QVERIFY(Retraction::retractedId(FakeChannel::parse("<message><body>x</body></message>"))
                    .isEmpty());
    }

    void repliesRoundTrip()
    {
        Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
        Replies::addReply(m, {QStringLiteral("romeo@montague.lit"), QStringLiteral("id-7")},
                          QStringLiteral("我们明天去医院 😀"), QStringLiteral("好的"));
        QCOMPARE(m.childText(u"body"), QStringLiteral("> 我们明天去医院 😀\n好的"));
        QCOMPARE(Replies::reply(m).id, QStringLiteral("id-7"));
        // The fallback counts code points (the emoji is one), and is stripped exactly.
        QCOMPARE(Replies::bodyWithoutFallback(m), QStringLiteral("好的"));
        // Bad offsets are ignored, not trusted.
        const Element bad = FakeChannel::parse(
            "<message><body>short</body><reply xmlns='urn:xmpp:reply:0' id='a'/>"
            "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'>"
            "<body start='0' end='99'/></fallback></message>");
        QCOMPARE(Replies::bodyWithoutFallback(bad), QStringLiteral("short"));
    }

    void referencesUseCodePoints()
    {
        const QString body = QStringLiteral("😀 @张伟 hi");
        Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
        References::addMentions(m, body, {{3, 3, QStringLiteral("zhangwei@localhost")}});
        const Element *ref = m.findChild(u"reference", References::kNamespace);
        QVERIFY(ref);
        QCOMPARE(ref->attribute(u"begin"), QStringLiteral("2")); // the emoji is one code point
        QCOMPARE(ref->attribute(u"end"), QStringLiteral("5"));
        QCOMPARE(ref->attribute(u"uri"), QStringLiteral("xmpp:zhangwei@localhost"));
        const auto back = References::mentions(m, body);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().start, 3);
        QCOMPARE(back.first().length, 3);
        QCOMPARE(back.first().jid, QStringLiteral("zhangwei@localhost"));
    }

    void outOfBand()
    {
        Element m(QStringLiteral("message"));
        OutOfBand::addUrl(m, QStringLiteral("https://up.example/a.png"));
        QCOMPARE(OutOfBand::url(m), QStringLiteral("https://up.example/a.png"));
    }

    void carbonsEnableAndSpoof()
    {
        CarbonsManager carbons(m_channel.get(), m_iq.get());
        m_channel->startSession();
        QVERIFY(m_channel->expect("<iq type='set' id='$ID'><enable xmlns='urn:xmpp:carbons:2'/></iq>"));
        m_channel->inject("<iq type='result' id='$ID'/>");
        QVERIFY(carbons.isEnabled());

        QSignalSpy received(&carbons, &CarbonsManager::carbonReceived);
        QSignalSpy rejected(&carbons, &CarbonsManager::carbonRejected);
        const char *carbon =
            "<message from='%1' to='juliet@capulet.lit/balcony'>"
            "<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
            "<message from='juliet@capulet.lit/phone' to='romeo@montague.lit' type='chat'>"
            "<body>from my phone</body></message></forwarded></sent></message>";
        m_channel->inject(QString::fromLatin1(carbon).arg(u"juliet@capulet.lit").toUtf8());
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().at(1).toBool(), true);
        // CVE-2017-5589: a carbon from anyone else (even our full JID) is dropped.
        m_channel->inject(QString::fromLatin1(carbon).arg(u"mallory@evil.lit").toUtf8());
        m_channel->inject(QString::fromLatin1(carbon).arg(u"juliet@capulet.lit/other").toUtf8());
        QCOMPARE(received.size(), 1);
        QCOMPARE(rejected.size(), 2);
    }

    void mamQueryAndPaging()
    {
        m_channel->startSession();
        MamManager mam(m_channel.get(), m_iq.get());
        std::optional<Result<MamManager::Page>> got;
        MamManager::Query q;
        q.with = QStringLiteral("romeo@montague.lit");
        q.before = QString();
        q.max = 2;
        const QString qid = mam.query(q, this, [&](const Result<MamManager::Page> &r) { got = r; });
        const Element sent = m_channel->takeSent();
        QCOMPARE(sent.attribute(u"type"), QStringLiteral("set"));
        const Element *query = sent.findChild(u"query", MamManager::kNamespace);
        QVERIFY(query);
        QCOMPARE(query->attribute(u"queryid"), qid);
        QVERIFY(query->firstChild(u"set").hasChild(u"before"));
        QCOMPARE(query->firstChild(u"set").childText(u"max"), QStringLiteral("2"));
        const QString iqId = sent.attribute(u"id");
        const auto result = [&](const QString &from, const QString &id, const QString &body) {
            QString xml = QStringLiteral(
                "<message %1 to='juliet@capulet.lit/balcony'><result xmlns='urn:xmpp:mam:2' "
                "queryid='%2' id='%3'><forwarded xmlns='urn:xmpp:forward:0'>"
                "<delay xmlns='urn:xmpp:delay' stamp='2024-05-01T10:00:00Z'/>"
                "<message from='romeo@montague.lit/home' to='juliet@capulet.lit' type='chat'>"
                "<body>%4</body></message></forwarded></result></message>")
                              .arg(from, qid, id, body);
            m_channel->inject(xml.toUtf8());
        };
        result(QString(), QStringLiteral("a1"), QStringLiteral("one"));
        result(QStringLiteral("from='juliet@capulet.lit'"), QStringLiteral("a2"),
               QStringLiteral("two"));
        // Spoofed: a contact pretending to be our archive.
        QSignalSpy rejected(&mam, &MamManager::resultRejected);
        result(QStringLiteral("from='romeo@montague.lit'"), QStringLiteral("evil"),
               QStringLiteral("forged"));
        QCOMPARE(rejected.size(), 1);
        m_channel->inject(QStringLiteral("<iq type='result' id='%1'><fin xmlns='urn:xmpp:mam:2'>"
                                         "<set xmlns='http://jabber.org/protocol/rsm'>"
                                         "<first>a1</first><last>a2</last><count>9</count></set>"
                                         "</fin></iq>")
                              .arg(iqId)
                              .toUtf8());
        QVERIFY(got && got->ok());
        const auto &page = got->value();
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.items.at(0).id, QStringLiteral("a1"));
        QCOMPARE(page.items.at(1).message.childText(u"body"), QStringLiteral("two"));
        QCOMPARE(page.items.at(0).stamp, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(page.first, QStringLiteral("a1"));
        QCOMPARE(page.count, 9);
        QVERIFY(!page.complete);
    }

    void mamRoomArchiveOnlyFromRoom()
    {
        m_channel->startSession();
        MamManager mam(m_channel.get(), m_iq.get());
        std::optional<Result<MamManager::Page>> got;
        MamManager::Query q;
        q.archive = Jid::parse(u"room@conference.capulet.lit");
        const QString qid = mam.query(q, this, [&](const Result<MamManager::Page> &r) { got = r; });
        const Element sent = m_channel->takeSent();
        QCOMPARE(sent.attribute(u"to"), QStringLiteral("room@conference.capulet.lit"));
        for (const char *from : {"", "from='juliet@capulet.lit'", "from='room@conference.capulet.lit'"}) {
            m_channel->inject(QStringLiteral("<message %1><result xmlns='urn:xmpp:mam:2' queryid='%2' "
                                             "id='r'><forwarded xmlns='urn:xmpp:forward:0'><message "
                                             "from='room@conference.capulet.lit/nick' "
                                             "type='groupchat'><body>x</body></message></forwarded>"
                                             "</result></message>")
                                  .arg(QLatin1String(from), qid)
                                  .toUtf8());
        }
        m_channel->inject(QStringLiteral("<iq type='result' from='room@conference.capulet.lit' "
                                         "id='%1'><fin xmlns='urn:xmpp:mam:2' complete='true'/></iq>")
                              .arg(sent.attribute(u"id"))
                              .toUtf8());
        QVERIFY(got && got->ok());
        QCOMPARE(got->value().items.size(), 1); // only the one from the room
        QVERIFY(got->value().complete);
    }

    void mucCreateMembersOnlyRoom()
    {
        m_channel->startSession();
        MucManager muc(m_channel.get(), m_iq.get());
        std::optional<Status> done;
        const Jid room = Jid::parse(u"family@conference.capulet.lit");
        muc.createRoom(room, QStringLiteral("juliet"), QStringLiteral("家人群"), this,
                       [&](const Status &s) { done = s; });
        QVERIFY(m_channel->expect("<presence to='family@conference.capulet.lit/juliet'>"
                                  "<x xmlns='http://jabber.org/protocol/muc'>"
                                  "<history maxstanzas='0'/></x></presence>"));
        m_channel->inject("<presence from='family@conference.capulet.lit/juliet'>"
                          "<x xmlns='http://jabber.org/protocol/muc#user'>"
                          "<item affiliation='owner' role='moderator' jid='juliet@capulet.lit/balcony'/>"
                          "<status code='110'/><status code='201'/></x></presence>");
        QVERIFY(muc.isJoined(room));
        QVERIFY(m_channel->expect("<iq type='get' to='family@conference.capulet.lit' id='$ID'>"
                                  "<query xmlns='http://jabber.org/protocol/muc#owner'/></iq>"));
        m_channel->inject(
            "<iq type='result' from='family@conference.capulet.lit' id='$ID'>"
            "<query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='form'>"
            "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"
            "<field var='muc#roomconfig_roomname' type='text-single'/>"
            "<field var='muc#roomconfig_persistentroom' type='boolean'><value>0</value></field>"
            "<field var='muc#roomconfig_membersonly' type='boolean'><value>0</value></field>"
            "<field var='muc#roomconfig_whois' type='list-single'><value>moderators</value></field>"
            "</x></query></iq>");
        const Element submit = m_channel->takeSent();
        const Element submitQuery = submit.firstChild(u"query");
        const Element *x = submitQuery.findChild(u"x", u"jabber:x:data");
        QVERIFY(x);
        QMap<QString, QString> values;
        for (const Element &f : x->childrenNamed(u"field"))
            values.insert(f.attribute(u"var"), f.childText(u"value"));
        QCOMPARE(values.value(QStringLiteral("muc#roomconfig_roomname")), QStringLiteral("家人群"));
        QCOMPARE(values.value(QStringLiteral("muc#roomconfig_persistentroom")), QStringLiteral("1"));
        QCOMPARE(values.value(QStringLiteral("muc#roomconfig_membersonly")), QStringLiteral("1"));
        QCOMPARE(values.value(QStringLiteral("muc#roomconfig_whois")), QStringLiteral("anyone"));
        QVERIFY(!done);
        m_channel->inject(QStringLiteral("<iq type='result' from='family@conference.capulet.lit' id='%1'/>")
                              .arg(submit.attribute(u"id"))
                              .toUtf8());
        QVERIFY(done && done->ok());

        // Invitations: XEP-0249 out, both forms in.
        muc.inviteDirect(room, QStringLiteral("romeo@montague.lit"), QStringLiteral("join us"));
        QVERIFY(m_channel->expect("<message to='romeo@montague.lit'><x xmlns='jabber:x:conference' "
                                  "jid='family@conference.capulet.lit' reason='join us'/></message>"));
        QSignalSpy invited(&muc, &MucManager::invitationReceived);
        m_channel->inject("<message from='work@conference.capulet.lit'><x xmlns='http://jabber.org/"
                          "protocol/muc#user'><invite from='nurse@capulet.lit/x'><reason>hi</reason>"
                          "</invite></x></message>");
        QCOMPARE(invited.size(), 1);
        const auto inv = invited.first().at(0).value<MucManager::Invitation>();
        QCOMPARE(inv.room.bareString(), QStringLiteral("work@conference.capulet.lit"));
        QCOMPARE(inv.from, QStringLiteral("nurse@capulet.lit"));

        // A new session (not resumed) rejoins.
        m_channel->endSession();
        QVERIFY(!muc.isJoined(room));
        m_channel->startSession(false);
        QVERIFY(m_channel->expect("<presence to='family@conference.capulet.lit/juliet'>"
                                  "<x xmlns='http://jabber.org/protocol/muc'>"
                                  "<history maxstanzas='0'/></x></presence>"));
    }

    void mucCreateFailsIfRoomExists()
    {
        m_channel->startSession();
        MucManager muc(m_channel.get(), m_iq.get());
        std::optional<Status> done;
        muc.createRoom(Jid::parse(u"old@conference.capulet.lit"), QStringLiteral("juliet"),
                       QStringLiteral("x"), this, [&](const Status &s) { done = s; });
        (void)m_channel->takeSent();
        m_channel->inject("<presence from='old@conference.capulet.lit/juliet'>"
                          "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' "
                          "role='participant'/><status code='110'/></x></presence>");
        QVERIFY(done && !done->ok());
        QCOMPARE(done->error().code, Error::Code::Conflict);
    }

    void uploadSlot()
    {
        const Element request = UploadManager::makeSlotRequest(QStringLiteral("a b.png"), 1234,
                                                               QStringLiteral("image/png"));
        QCOMPARE(request.attribute(u"size"), QStringLiteral("1234"));
        const Element ok = FakeChannel::parse(
            "<iq type='result'><slot xmlns='urn:xmpp:http:upload:0'>"
            "<put url='https://up.example/abc/a.png'><header name='Authorization'>Basic x</header>"
            "<header name='Host'>evil</header></put><get url='https://up.example/abc/a.png'/>"
            "</slot></iq>");
        auto slot = UploadManager::parseSlot(ok);
        QVERIFY(slot.ok());
        QCOMPARE(slot->putUrl.toString(), QStringLiteral("https://up.example/abc/a.png"));
        QCOMPARE(slot->headers.size(), 1); // Host is not allowed through (XEP-0363 §5)
        QCOMPARE(slot->headers.first().first, QByteArray("Authorization"));
        QVERIFY(!UploadManager::parseSlot(FakeChannel::parse("<iq type='result'/>")).ok());

        m_channel->startSession();
        UploadManager upload(m_iq.get());
        std::optional<Result<Jid>> service;
        upload.discoverService(QStringLiteral("capulet.lit"), this,
                               [&](const Result<Jid> &r) { service = r; });
        QVERIFY(m_channel->expect("<iq type='get' to='capulet.lit' id='$ID'><query "
                                  "xmlns='http://jabber.org/protocol/disco#items'/></iq>"));
        m_channel->inject("<iq type='result' from='capulet.lit' id='$ID'><query "
                          "xmlns='http://jabber.org/protocol/disco#items'><item "
                          "jid='upload.capulet.lit'/></query></iq>");
        QVERIFY(m_channel->expect("<iq type='get' to='capulet.lit' id='$ID'><query "
                                  "xmlns='http://jabber.org/protocol/disco#info'/></iq>"));
        m_channel->inject("<iq type='result' from='capulet.lit' id='$ID'><query "
                          "xmlns='http://jabber.org/protocol/disco#info'/></iq>");
        QVERIFY(m_channel->expect("<iq type='get' to='upload.capulet.lit' id='$ID'><query "
                                  "xmlns='http://jabber.org/protocol/disco#info'/></iq>"));
        m_channel->inject("<iq type='result' from='upload.capulet.lit' id='$ID'><query "
                          "xmlns='http://jabber.org/protocol/disco#info'><feature "
                          "var='urn:xmpp:http:upload:0'/><x xmlns='jabber:x:data' type='result'>"
                          "<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:http:upload:0</value>"
                          "</field><field var='max-file-size'><value>1000</value></field></x>"
                          "</query></iq>");
        QVERIFY(service && service->ok());
        QCOMPARE(service->value().toString(), QStringLiteral("upload.capulet.lit"));
        QCOMPARE(upload.maxFileSize(), 1000);
        std::optional<Result<UploadManager::Slot>> tooBig;
        upload.requestSlot(QStringLiteral("x"), 5000, {}, this,
                           [&](const Result<UploadManager::Slot> &r) { tooBig = r; });
        QVERIFY(tooBig && !tooBig->ok());
        QVERIFY(m_channel->expectNothing());
    }

    void bookmarks()
    {
        m_channel->startSession();
        BookmarksManager bookmarks(m_channel.get(), m_iq.get());
        bookmarks.add({Jid::parse(u"family@conference.capulet.lit"), QStringLiteral("家人群"),
                       QStringLiteral("juliet"), true});
        const Element publish = m_channel->takeSent();
        const Element pubsub = publish.firstChild(u"pubsub");
        QCOMPARE(pubsub.firstChild(u"publish").attribute(u"node"),
                 QStringLiteral("urn:xmpp:bookmarks:1"));
        const Element item = pubsub.firstChild(u"publish").firstChild(u"item");
        QCOMPARE(item.attribute(u"id"), QStringLiteral("family@conference.capulet.lit"));
        QCOMPARE(BookmarksManager::fromItem(item).name, QStringLiteral("家人群"));
        QVERIFY(pubsub.firstChild(u"publish-options").toXmlString().contains(u"whitelist"));

        QSignalSpy added(&bookmarks, &BookmarksManager::bookmarkAdded);
        QSignalSpy removed(&bookmarks, &BookmarksManager::bookmarkRemoved);
        const char *event =
            "<message %1 to='juliet@capulet.lit/balcony'><event "
            "xmlns='http://jabber.org/protocol/pubsub#event'><items node='urn:xmpp:bookmarks:1'>"
            "<item id='work@conference.capulet.lit'><conference xmlns='urn:xmpp:bookmarks:1' "
            "autojoin='true'/></item><retract id='old@conference.capulet.lit'/></items></event>"
            "</message>";
        m_channel->inject(QString::fromLatin1(event).arg(u"from='mallory@evil.lit'").toUtf8());
        QCOMPARE(added.size(), 0);
        m_channel->inject(QString::fromLatin1(event).arg(u"from='juliet@capulet.lit'").toUtf8());
        QCOMPARE(added.size(), 1);
        QCOMPARE(removed.size(), 1);
    }

private:
    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<IqTracker> m_iq;
};

QTEST_GUILESS_MAIN(TestChatProtocols)
#include "tst_chat_protocols.moc"
