#include "FakeChannel.h"
#include "StorageTestUtils.h"
#include "contacts/ContactsService.h"
#include "storage/Database.h"
#include "storage/MediaStore.h"
#include "xmpp/AvatarManager.h"
#include "xmpp/BlockingManager.h"
#include "xmpp/IqTracker.h"
#include "xmpp/PresenceManager.h"
#include "xmpp/RosterManager.h"
#include "xmpp/RosterMemoryCache.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace teahouse;
using namespace teahouse::contacts;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;

// ContactsService over the real managers on a FakeChannel and a real encrypted database:
// friend requests both ways (greeting and nickname on the wire, history kept), accept and
// decline, remarks / tags / star as roster edits, the star never a tag, block through
// XEP-0191, and contacts' avatars fetched, checked and cached encrypted.
class TestContactsService : public QObject
{
    Q_OBJECT

    // Every stanza sent so far that matches, removed from the queue (order-independent: the
    // managers all start their work at session start).
    Element take(const QByteArray &xml, bool warn = true)
    {
        const Element expected = FakeChannel::parse(xml);
        Element found;
        QList<Element> rest;
        while (m_channel->pendingCount() > 0) {
            Element e = m_channel->takeSent();
            QString id;
            if (found.isNull() && FakeChannel::matches(expected, e, &id)) {
                found = e;
                m_lastId = e.attribute(u"id");
            } else {
                rest.append(e);
            }
        }
        for (const Element &e : rest)
            m_unmatched.append(e);
        if (found.isNull()) {
            for (qsizetype i = 0; i < m_unmatched.size(); ++i) {
                QString id;
                if (FakeChannel::matches(expected, m_unmatched.at(i), &id)) {
                    found = m_unmatched.takeAt(i);
                    m_lastId = found.attribute(u"id");
                    break;
                }
            }
        }
        if (found.isNull() && warn)
            qWarning().noquote() << "No stanza like" << xml << "among" << [&] {
                QStringList s;
                for (const Element &e : std::as_const(m_unmatched))
                    s << e.toXmlString();
                return s.join(u'\n');
            }();
        return found;
    }
    void answer(const QByteArray &xml)
    {
        QByteArray x = xml;
        x.replace("$ID", m_lastId.toUtf8());
        m_channel->inject(x);
    }

    void startSession(const QByteArray &rosterItems, const QByteArray &blocklist = {})
    {
        m_channel->startSession();
        QVERIFY(!take("<iq type='get' id='$ID'><query xmlns='jabber:iq:roster' ver='$ANY'/></iq>")
                     .isNull());
        answer("<iq type='result' id='$ID'><query xmlns='jabber:iq:roster' ver='v1'>" +
               rosterItems + "</query></iq>");
        QVERIFY(
            !take("<iq type='get' id='$ID'><blocklist xmlns='urn:xmpp:blocking'/></iq>").isNull());
        answer("<iq type='result' id='$ID'><blocklist xmlns='urn:xmpp:blocking'>" + blocklist +
               "</blocklist></iq>");
    }

    // Avatar metadata requests go out for every contact at roster load: answer "none".
    void answerNoAvatars()
    {
        while (true) {
            const Element e = take("<iq type='get' to='$ANY' id='$ID'><pubsub "
                                   "xmlns='http://jabber.org/protocol/pubsub'><items "
                                   "node='urn:xmpp:avatar:metadata' max_items='1'/></pubsub></iq>",
                                   false);
            if (e.isNull())
                break;
            answer("<iq type='error' id='$ID' from='" + e.attribute(u"to").toUtf8() +
                   "'><error type='cancel'><item-not-found "
                   "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        }
        m_unmatched.clear();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = storage::Database::open(m_dir.filePath(u"t.db"_qs), test::fixedKey(7));
        QVERIFY(db.ok());
        m_db = std::make_unique<storage::Database>(std::move(db).value());
        auto media = storage::MediaStore::open(*m_db, m_dir.filePath(u"media"_qs));
        QVERIFY(media.ok());
        m_media = std::make_unique<storage::MediaStore>(std::move(media).value());
        m_channel = std::make_unique<FakeChannel>(Jid::parse(u"lihua@localhost/desk"));
        m_tracker = std::make_unique<IqTracker>(m_channel.get());
        m_roster = std::make_unique<RosterManager>(m_tracker.get(), &m_cache);
        m_presence = std::make_unique<PresenceManager>(m_channel.get());
        m_avatars = std::make_unique<AvatarManager>(m_tracker.get());
        m_blocking = std::make_unique<BlockingManager>(m_tracker.get());
        m_service = std::make_unique<ContactsService>(*m_db, m_media.get());
        QVERIFY(m_service->open().ok());
        m_service->setOwnNickname(u"李华"_qs);
        m_service->bind({m_channel.get(), m_roster.get(), m_presence.get(), m_avatars.get(),
                         m_blocking.get(), nullptr});
        m_unmatched.clear();
    }
    void cleanup()
    {
        m_service.reset();
        m_blocking.reset();
        m_avatars.reset();
        m_presence.reset();
        m_roster.reset();
        m_tracker.reset();
        m_channel.reset();
        m_media.reset();
        m_db.reset();
        m_cache = RosterMemoryCache();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void incomingRequestAccepted()
    {
        startSession("<item jid='alice@localhost' subscription='both' name='Alice'/>");
        answerNoAvatars();
        QSignalSpy received(m_service.get(), &ContactsService::friendRequestReceived);
        m_channel->inject("<presence from='zhangwei@localhost/phone' to='lihua@localhost' "
                          "type='subscribe'><status>我是张伟，茶馆见过</status>"
                          "<nick xmlns='http://jabber.org/protocol/nick'>张伟</nick></presence>");
        QCOMPARE(received.size(), 1);
        QCOMPARE(m_service->pendingIncomingCount(), 1);
        FriendRequest r = m_service->requests().value(0);
        QCOMPARE(r.jid, Jid::parse(u"zhangwei@localhost"));
        QVERIFY(r.incoming);
        QCOMPARE(r.greeting, u"我是张伟，茶馆见过"_qs);
        QCOMPARE(r.nickname, u"张伟"_qs);
        QCOMPARE(r.state, FriendRequest::State::Pending);
        // The server repeats it at the next sign-in: still one request.
        m_channel->inject("<presence from='zhangwei@localhost' type='subscribe'>"
                          "<status>我是张伟，茶馆见过</status></presence>");
        QCOMPARE(m_service->requests().size(), 1);
        answerNoAvatars();

        QVERIFY(
            m_service->accept(Jid::parse(u"zhangwei@localhost"), u"老张"_qs, {u"同事"_qs}).ok());
        QVERIFY(!take("<presence to='zhangwei@localhost' type='subscribed' id='$ANY'/>").isNull());
        QVERIFY(
            !take("<iq type='set' id='$ID'><query xmlns='jabber:iq:roster'><item "
                  "jid='zhangwei@localhost' name='老张'><group>同事</group></item></query></iq>")
                 .isNull());
        // Asking back, with our nickname, makes it "both".
        QVERIFY(!take("<presence to='zhangwei@localhost' type='subscribe' id='$ANY'>"
                      "<nick xmlns='http://jabber.org/protocol/nick'>李华</nick></presence>")
                     .isNull());
        QCOMPARE(m_service->requests().value(0).state, FriendRequest::State::Accepted);
        QCOMPARE(m_service->pendingIncomingCount(), 0);

        // The history survives a restart.
        m_service.reset();
        ContactsService again(*m_db, m_media.get());
        QVERIFY(again.open().ok());
        QCOMPARE(again.requests().size(), 1);
        QCOMPARE(again.requests().value(0).state, FriendRequest::State::Accepted);
        QCOMPARE(again.nicknameOf(Jid::parse(u"zhangwei@localhost")), u"张伟"_qs);
    }

    void outgoingRequestCompletes()
    {
        startSession({});
        QVERIFY(m_service
                    ->sendFriendRequest(Jid::parse(u"wangfang@localhost"), u"Hi, it's Li Hua"_qs,
                                        u"Fang"_qs, {u"Family"_qs, u"★"_qs, u" "_qs})
                    .ok());
        QVERIFY(!take("<iq type='set' id='$ID'><query xmlns='jabber:iq:roster'><item "
                      "jid='wangfang@localhost' name='Fang'><group>Family</group></item>"
                      "</query></iq>")
                     .isNull());
        QVERIFY(!take("<presence to='wangfang@localhost' type='subscribe' id='$ANY'>"
                      "<status>Hi, it's Li Hua</status>"
                      "<nick xmlns='http://jabber.org/protocol/nick'>李华</nick></presence>")
                     .isNull());
        QCOMPARE(m_service->requests().value(0).incoming, false);
        QCOMPARE(m_service->requests().value(0).state, FriendRequest::State::Pending);
        // While waiting, they are not on the contact list.
        m_channel->inject("<iq type='set' id='p1'><query xmlns='jabber:iq:roster'><item "
                          "jid='wangfang@localhost' name='Fang' subscription='none' "
                          "ask='subscribe'><group>Family</group></item></query></iq>");
        QVERIFY(m_service->contacts().isEmpty());
        // They accept and ask back: we approve at once.
        m_channel->inject("<presence from='wangfang@localhost' type='subscribed'/>");
        m_channel->inject("<presence from='wangfang@localhost' type='subscribe'/>");
        QVERIFY(!take("<presence to='wangfang@localhost' type='subscribed' id='$ANY'/>").isNull());
        QCOMPARE(m_service->requests().value(0).state, FriendRequest::State::Accepted);
        QCOMPARE(m_service->pendingIncomingCount(), 0);
        m_channel->inject("<iq type='set' id='p2'><query xmlns='jabber:iq:roster'><item "
                          "jid='wangfang@localhost' name='Fang' subscription='both'>"
                          "<group>Family</group></item></query></iq>");
        QCOMPARE(m_service->contacts().size(), 1);
        QVERIFY(m_service->contacts().value(0).isMutual());

        // Own account and malformed addresses are refused without a stanza.
        m_unmatched.clear();
        while (m_channel->pendingCount() > 0)
            (void)m_channel->takeSent();
        QVERIFY(!m_service->sendFriendRequest(Jid::parse(u"lihua@localhost"), {}).ok());
        QVERIFY(!m_service->sendFriendRequest(Jid::parse(u"localhost"), {}).ok());
        QCOMPARE(m_channel->pendingCount(), 0);
    }

    void outgoingRequestRefused()
    {
        startSession({});
        QVERIFY(m_service->sendFriendRequest(Jid::parse(u"bob@localhost"), u"hi"_qs).ok());
        m_channel->inject("<iq type='set' id='p1'><query xmlns='jabber:iq:roster'><item "
                          "jid='bob@localhost' subscription='none' ask='subscribe'/></query></iq>");
        m_channel->inject("<iq type='set' id='p2'><query xmlns='jabber:iq:roster'><item "
                          "jid='bob@localhost' subscription='none'/></query></iq>");
        m_unmatched.clear();
        while (m_channel->pendingCount() > 0)
            (void)m_channel->takeSent();
        m_channel->inject("<presence from='bob@localhost' type='unsubscribed'/>");
        QCOMPARE(m_service->requests().value(0).state, FriendRequest::State::Declined);
        // The entry only existed for the request: removed.
        QVERIFY(!take("<iq type='set' id='$ID'><query xmlns='jabber:iq:roster'><item "
                      "jid='bob@localhost' subscription='remove'/></query></iq>")
                     .isNull());
    }

    void declineIncoming()
    {
        startSession({});
        m_channel->inject("<presence from='mallory@localhost' type='subscribe'/>");
        QVERIFY(m_service->decline(Jid::parse(u"mallory@localhost")).ok());
        QVERIFY(!take("<presence to='mallory@localhost' type='unsubscribed' id='$ANY'/>").isNull());
        QCOMPARE(m_service->requests().value(0).state, FriendRequest::State::Declined);
        QVERIFY(m_service->forgetRequest(Jid::parse(u"mallory@localhost")).ok());
        QVERIFY(m_service->requests().isEmpty());
    }

    void remarksTagsAndStar()
    {
        startSession("<item jid='alice@localhost' subscription='both' name='Alice'>"
                     "<group>Friends</group></item>"
                     "<item jid='bob@localhost' subscription='both'><group>★</group>"
                     "<group>Work</group></item>");
        answerNoAvatars();
        QCOMPARE(m_service->tags(), (QStringList{u"Friends"_qs, u"Work"_qs}));
        auto bob = m_service->contact(Jid::parse(u"bob@localhost"));
        QVERIFY(bob && bob->starred);
        QCOMPARE(bob->tags, QStringList{u"Work"_qs});
        QCOMPARE(bob->displayName(), u"bob"_qs);

        m_service->setStarred(Jid::parse(u"alice@localhost"), true);
        QVERIFY(!take("<iq type='set' id='$ID'><query xmlns='jabber:iq:roster'><item "
                      "jid='alice@localhost' name='Alice'><group>★</group><group>Friends</group>"
                      "</item></query></iq>")
                     .isNull());
        m_service->setTags(Jid::parse(u"bob@localhost"), {u"Tea"_qs, u"Work"_qs});
        QVERIFY(!take("<iq type='set' id='$ID'><query xmlns='jabber:iq:roster'><item "
                      "jid='bob@localhost'><group>★</group><group>Tea</group><group>Work</group>"
                      "</item></query></iq>")
                     .isNull());
        std::optional<Status> done;
        m_service->setRemark(Jid::parse(u"bob@localhost"), u" 鲍勃 "_qs,
                             [&](const Status &s) { done = s; });
        QVERIFY(!take("<iq type='set' id='$ID'><query xmlns='jabber:iq:roster'><item "
                      "jid='bob@localhost' name='鲍勃'><group>★</group><group>Work</group>"
                      "</item></query></iq>")
                     .isNull());
        answer("<iq type='result' id='$ID'/>");
        QVERIFY(done && done->ok());
        m_service->setRemark(Jid::parse(u"nobody@localhost"), u"x"_qs,
                             [&](const Status &s) { done = s; });
        QVERIFY(!done->ok());
        QCOMPARE(done->error().code, Error::Code::NotFound);
        m_service->remove(Jid::parse(u"alice@localhost"));
        QVERIFY(!take("<iq type='set' id='$ID'><query xmlns='jabber:iq:roster'><item "
                      "jid='alice@localhost' subscription='remove'/></query></iq>")
                     .isNull());
    }

    void blocking()
    {
        startSession("<item jid='alice@localhost' subscription='both'/>",
                     "<item jid='spam@localhost'/>");
        answerNoAvatars();
        QCOMPARE(m_service->blocklist(), QList<Jid>{Jid::parse(u"spam@localhost")});
        QSignalSpy changed(m_service.get(), &ContactsService::contactChanged);
        m_service->block(Jid::parse(u"alice@localhost/x"));
        QVERIFY(!take("<iq type='set' id='$ID'><block xmlns='urn:xmpp:blocking'>"
                      "<item jid='alice@localhost'/></block></iq>")
                     .isNull());
        answer("<iq type='result' id='$ID'/>");
        QVERIFY(m_service->contact(Jid::parse(u"alice@localhost"))->blocked);
        QVERIFY(
            changed.contains(QVariantList{QVariant::fromValue(Jid::parse(u"alice@localhost"))}));
        // Kept for offline display.
        ContactsService again(*m_db, m_media.get());
        QVERIFY(again.open().ok());
        QVERIFY(again.isBlocked(Jid::parse(u"alice@localhost")));
        QVERIFY(again.isBlocked(Jid::parse(u"spam@localhost")));

        m_service->unblock(Jid::parse(u"alice@localhost"));
        QVERIFY(!take("<iq type='set' id='$ID'><unblock xmlns='urn:xmpp:blocking'>"
                      "<item jid='alice@localhost'/></unblock></iq>")
                     .isNull());
        answer("<iq type='result' id='$ID'/>");
        QVERIFY(!m_service->contact(Jid::parse(u"alice@localhost"))->blocked);
    }

    void avatarFetchedAndCachedEncrypted()
    {
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png += QByteArray("avatar-bytes-that-must-not-be-on-disk-in-plaintext");
        const QString id =
            QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha1).toHex());
        startSession("<item jid='alice@localhost' subscription='both'/>");
        QVERIFY(!take("<iq type='get' to='alice@localhost' id='$ID'><pubsub "
                      "xmlns='http://jabber.org/protocol/pubsub'><items "
                      "node='urn:xmpp:avatar:metadata' max_items='1'/></pubsub></iq>")
                     .isNull());
        answer("<iq type='result' from='alice@localhost' id='$ID'><pubsub "
               "xmlns='http://jabber.org/protocol/pubsub'><items node='urn:xmpp:avatar:metadata'>"
               "<item id='" +
               id.toLatin1() +
               "'><metadata xmlns='urn:xmpp:avatar:metadata'>"
               "<info id='" +
               id.toLatin1() + "' bytes='" + QByteArray::number(png.size()) +
               "' type='image/png' width='1' height='1'/></metadata></item></items></pubsub></iq>");
        QVERIFY(!take("<iq type='get' to='alice@localhost' id='$ID'><pubsub "
                      "xmlns='http://jabber.org/protocol/pubsub'><items "
                      "node='urn:xmpp:avatar:data'><item id='" +
                      id.toLatin1() +
                      "'/></items>"
                      "</pubsub></iq>")
                     .isNull());
        QSignalSpy changed(m_service.get(), &ContactsService::contactChanged);
        answer("<iq type='result' from='alice@localhost' id='$ID'><pubsub "
               "xmlns='http://jabber.org/protocol/pubsub'><items node='urn:xmpp:avatar:data'>"
               "<item id='" +
               id.toLatin1() + "'><data xmlns='urn:xmpp:avatar:data'>" + png.toBase64() +
               "</data></item></items></pubsub></iq>");
        QCOMPARE(changed.size(), 1);
        auto image = m_service->avatarImage(Jid::parse(u"alice@localhost"));
        QVERIFY(image.ok());
        QCOMPARE(image.value(), png);
        QCOMPARE(m_service->contact(Jid::parse(u"alice@localhost"))->avatarId, id);
        // Encrypted at rest: the bytes appear in no file.
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("avatar-bytes-that-must-not"));
            ++files;
        }
        QVERIFY(files >= 2);

        // The same id again (a notification): nothing fetched.
        m_channel->inject("<message from='alice@localhost' to='lihua@localhost/desk'><event "
                          "xmlns='http://jabber.org/protocol/pubsub#event'><items "
                          "node='urn:xmpp:avatar:metadata'><item id='" +
                          id.toLatin1() +
                          "'>"
                          "<metadata xmlns='urn:xmpp:avatar:metadata'><info id='" +
                          id.toLatin1() +
                          "' bytes='10' type='image/png'/></metadata></item></items></event>"
                          "</message>");
        QCOMPARE(m_channel->pendingCount(), 0);
        // Removed (empty metadata): the cache goes.
        m_channel->inject("<message from='alice@localhost' to='lihua@localhost/desk'><event "
                          "xmlns='http://jabber.org/protocol/pubsub#event'><items "
                          "node='urn:xmpp:avatar:metadata'><item id='current'>"
                          "<metadata xmlns='urn:xmpp:avatar:metadata'/></item></items></event>"
                          "</message>");
        QVERIFY(!m_service->avatarImage(Jid::parse(u"alice@localhost")).ok());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::MediaStore> m_media;
    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<IqTracker> m_tracker;
    RosterMemoryCache m_cache;
    std::unique_ptr<RosterManager> m_roster;
    std::unique_ptr<PresenceManager> m_presence;
    std::unique_ptr<AvatarManager> m_avatars;
    std::unique_ptr<BlockingManager> m_blocking;
    std::unique_ptr<ContactsService> m_service;
    QList<Element> m_unmatched;
    QString m_lastId;
};

QTEST_GUILESS_MAIN(TestContactsService)
#include "tst_contacts_service.moc"
