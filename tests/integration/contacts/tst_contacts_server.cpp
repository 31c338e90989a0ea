#include "../../unit/contacts/QrDecode.h"
#include "../stream/StreamTestSupport.h"
#include "Peer.h"
#include "StorageTestUtils.h"
#include "TestServer.h"
#include "contacts/ContactsService.h"
#include "profile/ProfileService.h"
#include "qr/XmppUri.h"
#include "storage/Database.h"
#include "storage/MediaStore.h"
#include "xmpp/AvatarManager.h"
#include "xmpp/BlockingManager.h"
#include "xmpp/IqTracker.h"
#include "xmpp/PresenceManager.h"
#include "xmpp/RosterManager.h"
#include "xmpp/RosterMemoryCache.h"
#include "xmpp/Stream.h"
#include "xmpp/VCardManager.h"

#include <QBuffer>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::test;
using namespace teahouse::xmpp;

// ContactsService and ProfileService against Prosody, wired as the app wires them: A's QR
// code is decoded and used by B to send a request that A accepts (both rosters "both"); a
// declined request leaves no subscription; a blocked contact's messages never reach the
// stream; our avatar is read by slixmpp and slixmpp's avatar is shown by us.
class TestContactsServer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;

    struct Client
    {
        Client(const StreamSettings &settings, const QString &dir)
            : tracker(&stream)
            , roster(&tracker, &cache)
            , presence(&stream)
            , avatars(&tracker)
            , blocking(&tracker)
            , vcards(&tracker)
        {
            stream.setSettings(settings);
            auto opened = storage::Database::open(dir + u"/c.db"_qs, fixedKey(9));
            QVERIFY(opened.ok());
            db = std::make_unique<storage::Database>(std::move(opened).value());
            auto m = storage::MediaStore::open(*db, dir + u"/media"_qs);
            QVERIFY(m.ok());
            media = std::make_unique<storage::MediaStore>(std::move(m).value());
            contacts = std::make_unique<contacts::ContactsService>(*db, media.get());
            QVERIFY(contacts->open().ok());
            profile = std::make_unique<profile::ProfileService>(*db, media.get(), settings.jid);
            QVERIFY(profile->open().ok());
            contacts->bind({&stream, &roster, &presence, &avatars, &blocking, &vcards});
            profile->bind({&stream, &presence, &avatars, &vcards});
        }
        ~Client()
        {
            contacts.reset();
            profile.reset();
            stream.disconnectFromServer();
        }
        bool signIn()
        {
            QSignalSpy loaded(&roster, &RosterManager::rosterReceived);
            QSignalSpy blocklist(&blocking, &BlockingManager::blocklistReceived);
            presence.setOwnPresence(PresenceManager::Show::Online);
            stream.connectToServer();
            return waitOnline(stream) &&
                   waitFor([&] { return !loaded.isEmpty() && !blocklist.isEmpty(); });
        }
        [[nodiscard]] RosterItem::Subscription subscription(const QString &jid) const
        {
            const auto item = roster.item(Jid::parse(jid));
            return item ? item->subscription : RosterItem::Subscription::Remove;
        }

        Stream stream;
        IqTracker tracker;
        RosterMemoryCache cache;
        RosterManager roster;
        PresenceManager presence;
        AvatarManager avatars;
        BlockingManager blocking;
        VCardManager vcards;
        std::unique_ptr<storage::Database> db;
        std::unique_ptr<storage::MediaStore> media;
        std::unique_ptr<contacts::ContactsService> contacts;
        std::unique_ptr<profile::ProfileService> profile;
    };

    std::unique_ptr<Client> client(const QString &user, QTemporaryDir &dir)
    {
        return std::make_unique<Client>(streamSettingsFor(*m_server, user, user + u" pw"_qs),
                                        dir.path());
    }
    void addUsers(const QStringList &users)
    {
        for (const QString &u : users)
            QVERIFY(m_server->addUser(u, u + u" pw"_qs).ok());
    }

    static QByteArray pngOf(QColor colour, int side = 64)
    {
        QImage image(side, side, QImage::Format_RGB32);
        image.fill(colour);
        QPainter(&image).fillRect(side / 4, side / 4, side / 2, side / 2, Qt::white);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return png;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
    }
    void cleanupTestCase() { m_server.reset(); }

    void qrCodeRequestAccepted()
    {
        addUsers({u"anna"_qs, u"ben"_qs});
        QTemporaryDir da, db;
        auto a = client(u"anna"_qs, da);
        auto b = client(u"ben"_qs, db);
        QVERIFY(a->signIn());
        QVERIFY(b->signIn());
        QVERIFY(a->profile->setNickname(u"安娜"_qs).ok());
        QVERIFY(b->profile->setNickname(u"Ben"_qs).ok());
        b->contacts->setOwnNickname(u"Ben"_qs);

        // A shows the code; B's camera reads it (ZXing's reader) and B acts on the link.
        auto code = a->profile->myQrCode(400);
        QVERIFY(code.ok());
        const QString scanned = decodeQr(*code);
        QCOMPARE(scanned, a->profile->myUri());
        auto uri = qr::XmppUri::parse(scanned);
        QVERIFY(uri.ok());
        QCOMPARE(uri->kind, qr::XmppUri::Kind::AddFriend);
        QCOMPARE(uri->name, u"安娜"_qs);

        QVERIFY(b->contacts->sendFriendRequest(uri->jid, u"你好，我是 Ben"_qs, uri->name).ok());
        QVERIFY(waitFor([&] { return a->contacts->pendingIncomingCount() == 1; }));
        const contacts::FriendRequest request = a->contacts->requests().value(0);
        QCOMPARE(request.jid, Jid::parse(m_server->jid(u"ben"_qs)));
        QCOMPARE(request.greeting, u"你好，我是 Ben"_qs);
        QCOMPARE(request.nickname, u"Ben"_qs);

        QVERIFY(a->contacts->accept(request.jid).ok());
        const QString annaJid = m_server->jid(u"anna"_qs);
        const QString benJid = m_server->jid(u"ben"_qs);
        QVERIFY2(waitFor([&] {
                     return a->subscription(benJid) == RosterItem::Subscription::Both &&
                            b->subscription(annaJid) == RosterItem::Subscription::Both;
                 }),
                 qPrintable(u"anna sees %1, ben sees %2"_qs.arg(
                     RosterItem::subscriptionName(a->subscription(benJid)),
                     RosterItem::subscriptionName(b->subscription(annaJid)))));
        // B keeps the name from the code as remarks; both requests are settled.
        QCOMPARE(b->roster.item(Jid::parse(annaJid))->name, u"安娜"_qs);
        QVERIFY(waitFor([&] {
            return b->contacts->requests().value(0).state ==
                       contacts::FriendRequest::State::Accepted &&
                   a->contacts->requests().value(0).state ==
                       contacts::FriendRequest::State::Accepted;
        }));
        QCOMPARE(a->contacts->contacts().size(), 1);
        QVERIFY(a->contacts->contacts().value(0).isMutual());
    }

    void declineLeavesNoSubscription()
    {
        addUsers({u"carl"_qs, u"dora"_qs});
        QTemporaryDir dc, dd;
        auto c = client(u"carl"_qs, dc);
        auto d = client(u"dora"_qs, dd);
        QVERIFY(c->signIn());
        QVERIFY(d->signIn());
        const QString carlJid = m_server->jid(u"carl"_qs);
        const QString doraJid = m_server->jid(u"dora"_qs);
        QVERIFY(c->contacts->sendFriendRequest(Jid::parse(doraJid), u"hi"_qs).ok());
        QVERIFY(waitFor([&] { return d->contacts->pendingIncomingCount() == 1; }));
        QVERIFY(d->contacts->decline(Jid::parse(carlJid)).ok());
        QVERIFY(waitFor([&] {
            return c->contacts->requests().value(0).state ==
                   contacts::FriendRequest::State::Declined;
        }));
        // Carl's entry, which only existed for the request, goes; Dora never had one.
        QVERIFY(waitFor([&] { return !c->roster.item(Jid::parse(doraJid)).has_value(); }));
        QVERIFY(!d->roster.item(Jid::parse(carlJid)).has_value());
        QVERIFY(c->contacts->contacts().isEmpty());
        QVERIFY(d->contacts->contacts().isEmpty());
        // The server agrees: a fresh roster fetch shows nothing either way.
        StreamSettings second = streamSettingsFor(*m_server, u"dora"_qs, u"dora pw"_qs);
        second.resource = u"second"_qs;
        Client again(second, dd.path());
        QVERIFY(again.signIn());
        QVERIFY(!again.roster.item(Jid::parse(carlJid)).has_value());
    }

    void blockedContactNeverReachesUs()
    {
        addUsers({u"erin"_qs, u"spammer"_qs});
        QTemporaryDir de;
        auto e = client(u"erin"_qs, de);
        QVERIFY(e->signIn());
        Peer peer(u"spammer"_qs);
        QVERIFY(peer.start().ok());
        QVERIFY(peer.signIn(*m_server, u"spammer"_qs, u"spammer pw"_qs).ok());
        const QString erinJid = m_server->jid(u"erin"_qs);
        const QString spammerJid = m_server->jid(u"spammer"_qs);

        QList<Element> fromSpammer;
        connect(&e->stream, &Stream::stanzaReceived, this, [&](const Element &s) {
            if (s.name() == u"message" &&
                Jid::parse(s.attribute(u"from")).bare() == Jid::parse(spammerJid))
                fromSpammer.append(s);
        });

        std::optional<Status> blocked;
        e->contacts->block(Jid::parse(spammerJid), [&](const Status &s) { blocked = s; });
        QVERIFY(waitFor([&] { return blocked.has_value(); }));
        QVERIFY(blocked->ok());
        QVERIFY(e->contacts->isBlocked(Jid::parse(spammerJid)));

        // Sent to the bare address, a blocked message bounces back to its sender
        // (service-unavailable): proof the server has handled it.
        peer.sendMessage(erinJid, u"buy now"_qs);
        const auto bounce = peer.waitForEvent([](const QJsonObject &ev) {
            return ev.value(u"event").toString() == u"message" &&
                   ev.value(u"type").toString() == u"error";
        });
        QVERIFY2(bounce.has_value(), qPrintable(peer.diagnostics()));
        QVERIFY(bounce->value(u"xml").toString().contains(u"service-unavailable"));

        // Unblocked, the next message arrives; had the first one been delivered, it would
        // have arrived before it.
        std::optional<Status> unblocked;
        e->contacts->unblock(Jid::parse(spammerJid), [&](const Status &s) { unblocked = s; });
        QVERIFY(waitFor([&] { return unblocked.has_value(); }));
        QVERIFY(unblocked->ok());
        QVERIFY(!e->contacts->isBlocked(Jid::parse(spammerJid)));
        peer.sendMessage(erinJid, u"sorry, hello"_qs);
        QVERIFY(waitFor([&] { return !fromSpammer.isEmpty(); }));
        QCOMPARE(fromSpammer.size(), 1);
        QCOMPARE(fromSpammer.front().childText(u"body"), u"sorry, hello"_qs);
    }

    void avatarsBothWays()
    {
        addUsers({u"fay"_qs, u"gus"_qs});
        QTemporaryDir df;
        auto f = client(u"fay"_qs, df);
        QVERIFY(f->signIn());
        Peer peer(u"gus"_qs);
        QVERIFY(peer.start().ok());
        QVERIFY(peer.signIn(*m_server, u"gus"_qs, u"gus pw"_qs).ok());
        const QString fayJid = m_server->jid(u"fay"_qs);
        const QString gusJid = m_server->jid(u"gus"_qs);

        // Ours, cropped and published, read by slixmpp's XEP-0084 plugin.
        QImage source(300, 200, QImage::Format_RGB32);
        source.fill(QColor(0xd4, 0x5d, 0x3a));
        QSignalSpy published(f->profile.get(), &profile::ProfileService::published);
        QVERIFY(f->profile->setAvatar(source).ok());
        QVERIFY(waitFor([&] { return !published.isEmpty(); }));
        auto ours = f->profile->avatarImage();
        QVERIFY(ours.ok());
        auto read = peer.request({{u"cmd"_qs, u"avatar_get"_qs}, {u"jid"_qs, fayJid}});
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->value(u"id").toString(), f->profile->avatarId());
        QCOMPARE(QByteArray::fromBase64(read->value(u"data").toString().toLatin1()), ours.value());

        // Theirs, published by slixmpp, fetched and cached (encrypted) by us.
        const QByteArray theirs = pngOf(QColor(0x2e, 0x7d, 0x32));
        auto sent = peer.request({{u"cmd"_qs, u"avatar_publish"_qs},
                                  {u"data"_qs, QString::fromLatin1(theirs.toBase64())},
                                  {u"type"_qs, u"image/png"_qs},
                                  {u"width"_qs, 64},
                                  {u"height"_qs, 64},
                                  {u"access"_qs, u"open"_qs}},
                                 20000);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
        f->contacts->refreshAvatar(Jid::parse(gusJid));
        QVERIFY(waitFor([&] { return f->contacts->avatarImage(Jid::parse(gusJid)).ok(); }));
        QCOMPARE(f->contacts->avatarImage(Jid::parse(gusJid)).value(), theirs);
        QCOMPARE(QImage::fromData(f->contacts->avatarImage(Jid::parse(gusJid)).value()).size(),
                 QSize(64, 64));
    }
};

QTEST_GUILESS_MAIN(TestContactsServer)
#include "tst_contacts_server.moc"
