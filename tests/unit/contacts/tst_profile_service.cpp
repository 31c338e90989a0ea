#include "FakeChannel.h"
#include "QrDecode.h"
#include "StorageTestUtils.h"
#include "profile/ProfileService.h"
#include "qr/XmppUri.h"
#include "storage/Database.h"
#include "storage/MediaStore.h"
#include "xmpp/AvatarManager.h"
#include "xmpp/IqTracker.h"
#include "xmpp/PresenceManager.h"
#include "xmpp/VCardManager.h"

#include <QBuffer>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace teahouse;
using namespace teahouse::profile;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;

// ProfileService: nickname and status kept encrypted and published (vCard4, presence), the
// avatar cropped to a square and published with XEP-0084 (data before metadata), changes
// made offline published at the next sign-in, and "my QR code" readable as the roster URI.
class TestProfileService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = storage::Database::open(m_dir.filePath(u"p.db"_qs), test::fixedKey(3));
        QVERIFY(db.ok());
        m_db = std::make_unique<storage::Database>(std::move(db).value());
        auto media = storage::MediaStore::open(*m_db, m_dir.filePath(u"media"_qs));
        QVERIFY(media.ok());
        m_media = std::make_unique<storage::MediaStore>(std::move(media).value());
        m_channel = std::make_unique<FakeChannel>(Jid::parse(u"lihua@localhost/desk"));
        m_tracker = std::make_unique<IqTracker>(m_channel.get());
        m_presence = std::make_unique<PresenceManager>(m_channel.get());
        m_avatars = std::make_unique<AvatarManager>(m_tracker.get());
        m_vcards = std::make_unique<VCardManager>(m_tracker.get());
        m_service = std::make_unique<ProfileService>(*m_db, m_media.get(),
                                                     Jid::parse(u"lihua@localhost/desk"));
        QVERIFY(m_service->open().ok());
        m_service->bind({m_channel.get(), m_presence.get(), m_avatars.get(), m_vcards.get()});
    }
    void cleanup()
    {
        m_service.reset();
        m_vcards.reset();
        m_avatars.reset();
        m_presence.reset();
        m_tracker.reset();
        m_channel.reset();
        m_media.reset();
        m_db.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void offlineEditsPublishedAtSignIn()
    {
        QVERIFY(m_service->setNickname(u"  李华  "_qs).ok());
        QCOMPARE(m_service->nickname(), u"李华"_qs);
        QVERIFY(m_service->hasUnpublishedChanges());
        QVERIFY(m_service->setStatusText(u"喝茶中"_qs).ok());
        QCOMPARE(m_channel->pendingCount(), 0); // offline: nothing sent yet

        m_channel->startSession();
        // Presence carries the status; our own card is fetched before publishing over it.
        QVERIFY(m_channel->expect("<presence><status>喝茶中</status></presence>"));
        QVERIFY(m_channel->expect("<iq type='get' to='lihua@localhost' id='$ID'><pubsub "
                                  "xmlns='http://jabber.org/protocol/pubsub'><items "
                                  "node='urn:xmpp:vcard4' max_items='1'/></pubsub></iq>"));
        const QByteArray vcardId = m_channel->lastId().toUtf8();
        // Our picture from another device is looked for too (none here).
        QVERIFY(m_channel->expect("<iq type='get' to='lihua@localhost' id='$ID'><pubsub "
                                  "xmlns='http://jabber.org/protocol/pubsub'><items "
                                  "node='urn:xmpp:avatar:metadata' max_items='1'/></pubsub></iq>"));
        m_channel->inject("<iq type='result' from='lihua@localhost' id='$ID'/>");
        m_channel->inject("<iq type='error' from='lihua@localhost' id='" + vcardId +
                          "'><error type='cancel'>"
                          "<item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                          "</error></iq>");
        const Element publish = m_channel->takeSent();
        QCOMPARE(publish.attribute(u"type"), u"set"_qs);
        QVERIFY(publish.toXmlString().contains(u"urn:xmpp:vcard4"_qs));
        QVERIFY(publish.toXmlString().contains(u"<text>李华</text>"_qs));
        QVERIFY(publish.toXmlString().contains(u"<value>open</value>"_qs));
        m_channel->inject("<iq type='result' id='$ID'/>");
        QVERIFY(!m_service->hasUnpublishedChanges());

        // Everything is back after a restart.
        ProfileService again(*m_db, m_media.get(), Jid::parse(u"lihua@localhost"));
        QVERIFY(again.open().ok());
        QCOMPARE(again.nickname(), u"李华"_qs);
        QCOMPARE(again.statusText(), u"喝茶中"_qs);
        QVERIFY(!again.hasUnpublishedChanges());
    }

    void avatarCroppedAndPublished()
    {
        m_channel->startSession();
        QVERIFY(m_channel->expect("<iq type='get' to='lihua@localhost' id='$ID'><pubsub "
                                  "xmlns='http://jabber.org/protocol/pubsub'><items "
                                  "node='urn:xmpp:vcard4' max_items='1'/></pubsub></iq>"));
        m_channel->inject("<iq type='result' from='lihua@localhost' id='$ID'/>");
        QVERIFY(m_channel->expect("<iq type='get' to='lihua@localhost' id='$ID'><pubsub "
                                  "xmlns='http://jabber.org/protocol/pubsub'><items "
                                  "node='urn:xmpp:avatar:metadata' max_items='1'/></pubsub></iq>"));
        m_channel->inject("<iq type='result' from='lihua@localhost' id='$ID'/>");

        // A 400x200 picture: left half red, right half blue; crop the right square.
        QImage source(400, 200, QImage::Format_RGB32);
        source.fill(Qt::red);
        QPainter(&source).fillRect(200, 0, 200, 200, Qt::blue);
        QSignalSpy changed(m_service.get(), &ProfileService::avatarChanged);
        QVERIFY(m_service->setAvatar(source, QRect(200, 0, 200, 200)).ok());
        QCOMPARE(changed.size(), 1);
        auto stored = m_service->avatarImage();
        QVERIFY(stored.ok());
        const QImage avatar = QImage::fromData(stored.value(), "PNG");
        QCOMPARE(avatar.size(), QSize(ProfileService::kAvatarSide, ProfileService::kAvatarSide));
        QCOMPARE(QColor(avatar.pixel(10, 10)), QColor(Qt::blue));
        QCOMPARE(m_service->avatarId(), AvatarManager::imageId(stored.value()));

        // Data first, then metadata (XEP-0084 §4.1, §4.2), both open to anyone.
        const Element data = m_channel->takeSent();
        QVERIFY(data.toXmlString().contains(u"urn:xmpp:avatar:data"_qs));
        QVERIFY(data.toXmlString().contains(QString::fromLatin1(stored.value().toBase64())));
        m_channel->inject("<iq type='result' id='$ID'/>");
        const Element metadata = m_channel->takeSent();
        QVERIFY(metadata.toXmlString().contains(u"urn:xmpp:avatar:metadata"_qs));
        QVERIFY(metadata.toXmlString().contains(m_service->avatarId()));
        QSignalSpy published(m_service.get(), &ProfileService::published);
        m_channel->inject("<iq type='result' id='$ID'/>");
        QCOMPARE(published.size(), 1);
        QVERIFY(!m_service->hasUnpublishedChanges());
    }

    void cropDefaults()
    {
        QImage tall(100, 300, QImage::Format_RGB32);
        tall.fill(Qt::green);
        const QImage cropped = ProfileService::cropAvatar(tall, {}, 64);
        QCOMPARE(cropped.size(), QSize(64, 64));
        // A non-square crop becomes its centred square; outside the picture is clipped.
        const QImage clipped = ProfileService::cropAvatar(tall, QRect(-50, 0, 300, 120), 32);
        QCOMPARE(clipped.size(), QSize(32, 32));
        QVERIFY(ProfileService::cropAvatar(QImage(), {}).isNull());
        QVERIFY(!m_service->setAvatar(QImage()).ok());
    }

    void myQrCode()
    {
        QVERIFY(m_service->setNickname(u"李华"_qs).ok());
        QCOMPARE(m_service->myUri(), u"xmpp:lihua@localhost?roster;name=%E6%9D%8E%E5%8D%8E"_qs);
        auto image = m_service->myQrCode(300);
        QVERIFY(image.ok());
        QVERIFY(image->width() >= 300);
        const QString decoded = test::decodeQr(*image);
        QCOMPARE(decoded, m_service->myUri());
        auto uri = qr::XmppUri::parse(decoded);
        QVERIFY(uri.ok());
        QCOMPARE(uri->kind, qr::XmppUri::Kind::AddFriend);
        QCOMPARE(uri->jid, Jid::parse(u"lihua@localhost"));
        QCOMPARE(uri->name, u"李华"_qs);
        // Without a nickname the name is the account's local part.
        QVERIFY(m_service->setNickname({}).ok());
        QCOMPARE(m_service->myUri(), u"xmpp:lihua@localhost?roster;name=lihua"_qs);
        QVERIFY(!m_service->setNickname(QString(65, u'x')).ok());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::MediaStore> m_media;
    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<IqTracker> m_tracker;
    std::unique_ptr<PresenceManager> m_presence;
    std::unique_ptr<AvatarManager> m_avatars;
    std::unique_ptr<VCardManager> m_vcards;
    std::unique_ptr<ProfileService> m_service;
};

QTEST_GUILESS_MAIN(TestProfileService)
#include "tst_profile_service.moc"
