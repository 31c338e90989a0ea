#include "FakeChannel.h"
#include "xmpp/AvatarManager.h"
#include "xmpp/IqTracker.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QtTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;

namespace {

QByteArray sampleImage(int size = 300)
{
    QByteArray image("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; image.size() < size; ++i)
        image.append(char(i * 7));
    return image;
}

QString sha1Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

QByteArray dataResult(const QString &id, const QByteArray &base64)
{
    return "<iq type='result' from='juliet@capulet.lit' id='$ID'>"
           "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
           "<items node='urn:xmpp:avatar:data'><item id='" +
           id.toLatin1() + "'><data xmlns='urn:xmpp:avatar:data'>" + base64 +
           "</data></item></items></pubsub></iq>";
}

QByteArray dataRequest(const QString &id)
{
    return "<iq type='get' to='juliet@capulet.lit' id='$ID'>"
           "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
           "<items node='urn:xmpp:avatar:data'><item id='" +
           id.toLatin1() + "'/></items></pubsub></iq>";
}

} // namespace

class TestAvatar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_channel = std::make_unique<FakeChannel>(Jid::parse(u"romeo@montague.lit/orchard"));
        m_tracker = std::make_unique<IqTracker>(m_channel.get());
        m_avatars = std::make_unique<AvatarManager>(m_tracker.get());
        m_channel->startSession();
        m_data.reset();
    }
    void cleanup()
    {
        m_avatars.reset();
        m_tracker.reset();
        m_channel.reset();
    }

    void metadata()
    {
        std::optional<Result<QList<AvatarInfo>>> infos;
        m_avatars->fetchMetadata(Jid::parse(u"juliet@capulet.lit/balcony"), this,
                                 [&](const Result<QList<AvatarInfo>> &r) { infos = r; });
        QVERIFY(m_channel->expect("<iq type='get' to='juliet@capulet.lit' id='$ID'>"
                                  "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                                  "<items node='urn:xmpp:avatar:metadata' max_items='1'/>"
                                  "</pubsub></iq>"));
        // XEP-0084 §4.2.1, Example 4 (two formats), plus an entry without id (skipped).
        m_channel->inject("<iq type='result' from='juliet@capulet.lit' id='$ID'>"
                          "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                          "<items node='urn:xmpp:avatar:metadata'>"
                          "<item id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f'>"
                          "<metadata xmlns='urn:xmpp:avatar:metadata'>"
                          "<info bytes='12345' height='64' "
                          "id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f' type='image/png' "
                          "width='64'/>"
                          "<info bytes='12345' height='64' "
                          "id='e279f80c38f99c1e7e53e262b440993b2f7eea57' type='image/png' "
                          "url='http://avatars.example.org/happy.png' width='128'/>"
                          "<info bytes='1' type='image/png'/>"
                          "</metadata></item></items></pubsub></iq>");
        QVERIFY(infos.has_value() && infos->ok());
        QCOMPARE(infos->value().size(), 2);
        QCOMPARE(infos->value()[0].id, QStringLiteral("111f4b3c50d7b0df729d299bc6f8e9ef9066971f"));
        QCOMPARE(infos->value()[0].bytes, 12345);
        QCOMPARE(infos->value()[0].width, 64);
        QCOMPARE(infos->value()[1].url,
                 QUrl(QStringLiteral("http://avatars.example.org/happy.png")));

        // No avatar: no node at all, or empty metadata.
        infos.reset();
        m_avatars->fetchMetadata(Jid::parse(u"juliet@capulet.lit"), this,
                                 [&](const Result<QList<AvatarInfo>> &r) { infos = r; });
        QVERIFY(m_channel->expect("<iq type='get' to='juliet@capulet.lit' id='$ID'>"
                                  "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                                  "<items node='urn:xmpp:avatar:metadata' max_items='1'/>"
                                  "</pubsub></iq>"));
        m_channel->inject("<iq type='error' from='juliet@capulet.lit' id='$ID'>"
                          "<error type='cancel'><item-not-found "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        QVERIFY(infos->ok() && infos->value().isEmpty());
    }

    void dataVerified()
    {
        const QByteArray image = sampleImage();
        const AvatarInfo info{sha1Hex(image), image.size(), QStringLiteral("image/png"), 8, 8, {}};
        fetch(info);
        QVERIFY(m_channel->expect(dataRequest(info.id)));
        // Line-wrapped base64, as some clients send it.
        QByteArray base64 = image.toBase64();
        base64.insert(40, "\n  ");
        m_channel->inject(dataResult(info.id, base64));
        QVERIFY(m_data.has_value());
        QVERIFY(m_data->ok());
        QCOMPARE(m_data->value(), image);
    }

    void wrongHashRejected()
    {
        const QByteArray image = sampleImage();
        const QByteArray other = sampleImage(301);
        const AvatarInfo info{sha1Hex(image), image.size(), QStringLiteral("image/png"), 0, 0, {}};
        fetch(info);
        QVERIFY(m_channel->expect(dataRequest(info.id)));
        // The item claims the id but carries another picture.
        m_channel->inject(dataResult(info.id, other.toBase64()));
        QVERIFY(m_data.has_value());
        QVERIFY(!m_data->ok());
        QCOMPARE(m_data->error().code, Error::Code::Crypto);
    }

    void oversizeRefusedBeforeAsking()
    {
        const AvatarInfo info{QStringLiteral("111f4b3c50d7b0df729d299bc6f8e9ef9066971f"),
                              AvatarManager::kDefaultMaxBytes + 1,
                              QStringLiteral("image/png"),
                              0,
                              0,
                              {}};
        fetch(info);
        QVERIFY(m_channel->expectNothing());
        QVERIFY(m_data.has_value() && !m_data->ok());
        QCOMPARE(m_data->error().code, Error::Code::PolicyViolation);
    }

    void oversizeDataRefused()
    {
        // Metadata lies about the size; the data itself is over the cap.
        m_avatars->setMaxBytes(256);
        const QByteArray image = sampleImage(1000);
        const AvatarInfo info{sha1Hex(image), 100, QStringLiteral("image/png"), 0, 0, {}};
        fetch(info);
        QVERIFY(m_channel->expect(dataRequest(info.id)));
        m_channel->inject(dataResult(info.id, image.toBase64()));
        QVERIFY(!m_data->ok());
        QCOMPARE(m_data->error().code, Error::Code::PolicyViolation);
        // Just at the cap is fine.
        const QByteArray exact = sampleImage(256);
        QVERIFY(AvatarManager::verifiedData(
                    FakeChannel::parse("<item><data xmlns='urn:xmpp:avatar:data'>" +
                                       exact.toBase64() + "</data></item>"),
                    sha1Hex(exact), 256)
                    .ok());
        QVERIFY(!AvatarManager::verifiedData(
                     FakeChannel::parse("<item><data xmlns='urn:xmpp:avatar:data'>" +
                                        sampleImage(257).toBase64() + "</data></item>"),
                     sha1Hex(sampleImage(257)), 256)
                     .ok());
    }

    void damagedOrMissing()
    {
        const QByteArray image = sampleImage();
        const AvatarInfo info{sha1Hex(image), image.size(), QStringLiteral("image/png"), 0, 0, {}};
        fetch(info);
        QVERIFY(m_channel->expect(dataRequest(info.id)));
        m_channel->inject(dataResult(info.id, "!!not base64!!"));
        QCOMPARE(m_data->error().code, Error::Code::Protocol);
        fetch(info);
        QVERIFY(m_channel->expect(dataRequest(info.id)));
        m_channel->inject(dataResult(QStringLiteral("0000"), image.toBase64()));
        QCOMPARE(m_data->error().code, Error::Code::NotFound);
        fetch(info);
        QVERIFY(m_channel->expect(dataRequest(info.id)));
        m_channel->inject("<iq type='result' from='mallory@evil.lit' id='$ID'/>");
        QVERIFY(!m_data.has_value()); // forged answer not heard
    }

    void publish()
    {
        const QByteArray image = sampleImage();
        const QString id = sha1Hex(image);
        std::optional<Result<AvatarInfo>> published;
        m_avatars->publish(image, QStringLiteral("image/png"), 64, 64, {}, this,
                           [&](const Result<AvatarInfo> &r) { published = r; });
        // XEP-0084 §4.1 Example 1, then §4.2 Example 3.
        QVERIFY(m_channel->expect(
            "<iq type='set' id='$ID'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
            "<publish node='urn:xmpp:avatar:data'><item id='" +
            id.toLatin1() +
            "'>"
            "<data xmlns='urn:xmpp:avatar:data'>" +
            image.toBase64() +
            "</data>"
            "</item></publish></pubsub></iq>"));
        QVERIFY(m_channel->expectNothing()); // metadata only after the data is stored
        m_channel->inject("<iq type='result' id='$ID'/>");
        QVERIFY(m_channel->expect(
            "<iq type='set' id='$ID'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
            "<publish node='urn:xmpp:avatar:metadata'><item id='" +
            id.toLatin1() +
            "'>"
            "<metadata xmlns='urn:xmpp:avatar:metadata'><info bytes='300' id='" +
            id.toLatin1() +
            "' type='image/png' width='64' height='64'/></metadata>"
            "</item></publish></pubsub></iq>"));
        QVERIFY(!published.has_value());
        m_channel->inject("<iq type='result' id='$ID'/>");
        QVERIFY(published.has_value() && published->ok());
        QCOMPARE(published->value().id, id);
    }

    void publishFailuresAndLimits()
    {
        std::optional<Result<AvatarInfo>> published;
        m_avatars->publish(sampleImage(), QStringLiteral("image/png"), 8, 8, {}, this,
                           [&](const Result<AvatarInfo> &r) { published = r; });
        QVERIFY(m_channel->takeSent().toXmlString().contains(u"urn:xmpp:avatar:data"));
        m_channel->inject("<iq type='error' id='$ID'><error type='cancel'><not-acceptable "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        QVERIFY(published.has_value() && !published->ok());
        QVERIFY(m_channel->expectNothing()); // no metadata for data that was not stored

        published.reset();
        m_avatars->setMaxBytes(100);
        m_avatars->publish(sampleImage(), QStringLiteral("image/png"), 8, 8, {}, this,
                           [&](const Result<AvatarInfo> &r) { published = r; });
        QVERIFY(published.has_value() && !published->ok());
        QVERIFY(m_channel->expectNothing());

        std::optional<Status> disabled;
        m_avatars->disable(this, [&](const Status &s) { disabled = s; });
        QVERIFY(m_channel->expect(
            "<iq type='set' id='$ID'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
            "<publish node='urn:xmpp:avatar:metadata'><item id='current'>"
            "<metadata xmlns='urn:xmpp:avatar:metadata'/></item></publish></pubsub></iq>"));
        m_channel->inject("<iq type='result' id='$ID'/>");
        QVERIFY(disabled.has_value() && disabled->ok());
    }

    void notifications()
    {
        QSignalSpy changed(m_avatars.get(), &AvatarManager::avatarChanged);
        // XEP-0084 §4.2 Example 5.
        m_channel->inject("<message to='romeo@montague.lit' from='juliet@capulet.lit'>"
                          "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
                          "<items node='urn:xmpp:avatar:metadata'>"
                          "<item id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f'>"
                          "<metadata xmlns='urn:xmpp:avatar:metadata'>"
                          "<info bytes='12345' height='64' "
                          "id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f' type='image/png' "
                          "width='64'/></metadata></item></items></event></message>");
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Jid>(), Jid::parse(u"juliet@capulet.lit"));
        QCOMPARE(changed.at(0).at(1).value<QList<AvatarInfo>>().size(), 1);
        // From a full JID (not a PEP service): ignored.
        m_channel->inject("<message from='juliet@capulet.lit/balcony'>"
                          "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
                          "<items node='urn:xmpp:avatar:metadata'><item id='x'>"
                          "<metadata xmlns='urn:xmpp:avatar:metadata'/></item></items>"
                          "</event></message>");
        QCOMPARE(changed.size(), 1);
        // Avatar disabled.
        m_channel->inject("<message from='juliet@capulet.lit'>"
                          "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
                          "<items node='urn:xmpp:avatar:metadata'><item id='current'>"
                          "<metadata xmlns='urn:xmpp:avatar:metadata'/></item></items>"
                          "</event></message>");
        QCOMPARE(changed.size(), 2);
        QVERIFY(changed.at(1).at(1).value<QList<AvatarInfo>>().isEmpty());
    }

private:
    void fetch(const AvatarInfo &info)
    {
        m_data.reset();
        m_avatars->fetchData(Jid::parse(u"juliet@capulet.lit"), info, this,
                             [this](const Result<QByteArray> &r) { m_data = r; });
    }

    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<IqTracker> m_tracker;
    std::unique_ptr<AvatarManager> m_avatars;
    std::optional<Result<QByteArray>> m_data;
};

QTEST_GUILESS_MAIN(TestAvatar)
#include "tst_avatar.moc"
