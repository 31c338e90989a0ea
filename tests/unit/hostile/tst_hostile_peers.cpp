// Hostile contacts and services, through a scripted channel: absurd timestamps (delay stamps
// in the year 9999, before XMPP existed, malformed), huge avatars (a tiny file declaring a
// huge canvas), a data form with ten thousand fields. Each is refused or made harmless with a
// clear error, and the session goes on.
#include "FakeChannel.h"
#include "StorageTestUtils.h"
#include "TestUtils.h"
#include "chat/ChatService.h"
#include "storage/Database.h"
#include "xmpp/AvatarManager.h"
#include "xmpp/CommandManager.h"
#include "xmpp/DataForm.h"
#include "xmpp/Delay.h"
#include "xmpp/IqTracker.h"
#include "xmpp/MamManager.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QtTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;
using teahouse::test::pngClaiming;

namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QByteArray avatarResult(const QByteArray &image)
{
    const QByteArray id = QCryptographicHash::hash(image, QCryptographicHash::Sha1).toHex();
    return "<iq type='result' from='romeo@montague.lit' id='$ID'>"
           "<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='urn:xmpp:avatar:data'>"
           "<item id='" +
           id + "'><data xmlns='urn:xmpp:avatar:data'>" + image.toBase64() +
           "</data></item></items></pubsub></iq>";
}

QByteArray formWithFields(int count)
{
    QByteArray x = "<x xmlns='jabber:x:data' type='form'><title>Sign up</title>";
    for (int i = 0; i < count; ++i)
        x += "<field var='f" + QByteArray::number(i) + "' type='text-single' label='Field'/>";
    return x + "</x>";
}

} // namespace

class TestHostilePeers : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<IqTracker> m_iq;

private Q_SLOTS:
    void init()
    {
        m_channel = std::make_unique<FakeChannel>();
        m_iq = std::make_unique<IqTracker>(m_channel.get());
        m_channel->startSession();
    }
    void cleanup()
    {
        m_iq.reset();
        m_channel.reset();
    }

    // --- absurd timestamps ----------------------------------------------------------------

    void delayStamps_data()
    {
        QTest::addColumn<QString>("stamp");
        QTest::addColumn<QDateTime>("expected"); // invalid: ignored
        QTest::newRow("ordinary") << "2026-02-28T08:30:00Z"
                                  << QDateTime(QDate(2026, 2, 28), QTime(8, 30), Qt::UTC);
        QTest::newRow("fraction-and-offset")
            << "2026-02-28T16:30:00.250+08:00"
            << QDateTime(QDate(2026, 2, 28), QTime(8, 30, 0, 250), Qt::UTC);
        QTest::newRow("no-offset-is-utc")
            << "2026-02-28T08:30:00" << QDateTime(QDate(2026, 2, 28), QTime(8, 30), Qt::UTC);
        QTest::newRow("year-9999") << "9999-12-31T23:59:59Z" << kNow;
        QTest::newRow("tomorrow") << "2026-03-02T12:00:00Z" << kNow;
        QTest::newRow("negative-year") << "-0001-01-01T00:00:00Z" << QDateTime();
        QTest::newRow("year-0") << "0000-01-01T00:00:00Z" << QDateTime();
        QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << QDateTime();
        QTest::newRow("month-13") << "2026-13-01T00:00:00Z" << QDateTime();
        QTest::newRow("date-only") << "2026-02-28" << QDateTime();
        QTest::newRow("garbage") << "yesterday" << QDateTime();
        QTest::newRow("empty") << "" << QDateTime();
        QTest::newRow("huge") << QString(100000, u'9') << QDateTime();
        QTest::newRow("legacy-0091") << "20260228T08:30:00" << QDateTime();
    }
    void delayStamps()
    {
        QFETCH(QString, stamp);
        QFETCH(QDateTime, expected);
        const QDateTime got = Delay::parseStamp(stamp, kNow);
        QCOMPARE(got.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(got, expected);
            QCOMPARE(got.timeSpec(), Qt::UTC);
        }
    }

    // The archive's stamp is a claim too: a result stamped 9999 arrives stamped now at most.
    void mamFutureStampClamped()
    {
        MamManager mam(m_channel.get(), m_iq.get());
        std::optional<Result<MamManager::Page>> got;
        const QString qid =
            mam.query({}, this, [&](const Result<MamManager::Page> &r) { got = r; });
        const Element sent = m_channel->takeSent();
        for (const char *stamp : {"9999-12-31T23:59:59Z", "not a time", "2024-05-01T10:00:00Z"}) {
            m_channel->inject(
                QStringLiteral("<message><result xmlns='urn:xmpp:mam:2' queryid='%1' id='%2'>"
                               "<forwarded xmlns='urn:xmpp:forward:0'>"
                               "<delay xmlns='urn:xmpp:delay' stamp='%2'/>"
                               "<message from='romeo@montague.lit/home' type='chat'>"
                               "<body>hi</body></message></forwarded></result></message>")
                    .arg(qid, QLatin1String(stamp))
                    .toUtf8());
        }
        m_channel->inject(QStringLiteral("<iq type='result' id='%1'><fin xmlns='urn:xmpp:mam:2' "
                                         "complete='true'/></iq>")
                              .arg(sent.attribute(u"id"))
                              .toUtf8());
        QVERIFY(got && got->ok());
        const auto &items = got->value().items;
        QCOMPARE(items.size(), 3);
        QVERIFY(items.at(0).stamp.isValid());
        QVERIFY(items.at(0).stamp <= QDateTime::currentDateTimeUtc());
        QVERIFY(!items.at(1).stamp.isValid()); // the caller uses the arrival time
        QCOMPARE(items.at(2).stamp, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    }

    // A contact's message "delayed" from the year 9999 must not stay on top of the chat list
    // for ever: stored at most at its arrival time, and a later message from someone else
    // sorts above it.
    void chatFutureMessageDoesNotStayOnTop()
    {
        QTemporaryDir dir;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("t.db")), test::fixedKey(3));
        QVERIFY(db.ok());
        storage::Database database = std::move(db).value();
        {
            chat::ChatService service(Jid::parse(u"juliet@capulet.lit"), database,
                                      dir.filePath(QStringLiteral("media")));
            QVERIFY(service.isReady());
            service.bindChannel(m_channel.get(), m_iq.get());
            const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
            m_channel->inject("<message from='tybalt@capulet.lit/x' type='chat' id='m1'>"
                              "<body>first, from the future</body>"
                              "<delay xmlns='urn:xmpp:delay' stamp='9999-12-31T23:59:59Z'/>"
                              "</message>");
            m_channel->inject("<message from='romeo@montague.lit/x' type='chat' id='m2'>"
                              "<body>second</body>"
                              "<delay xmlns='urn:xmpp:delay' stamp='garbage'/></message>");
            const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
            const auto conversations = service.conversations();
            QCOMPARE(conversations.size(), 2);
            for (const auto &c : conversations) {
                QVERIFY2(c.lastActivity >= before && c.lastActivity <= after,
                         qPrintable(c.lastActivity.toString(Qt::ISODate)));
                const auto page = service.newestMessages(c.jid);
                QCOMPARE(page.messages.size(), 1);
                QVERIFY(page.messages.first().timestamp <= after);
            }
            QCOMPARE(conversations.first().jid, QStringLiteral("romeo@montague.lit"));
        }
        database.close();
    }

    // --- huge avatars ---------------------------------------------------------------------

    void hugeAvatarRefusedBeforeDecoding()
    {
        AvatarManager avatars(m_iq.get());
        const QByteArray bomb = pngClaiming(30000, 30000); // 900 Mpx: 3.6 GB decoded
        QVERIFY(bomb.size() < 1024);
        {
            QByteArray copy = bomb;
            QBuffer buffer(&copy);
            QCOMPARE(QImageReader(&buffer).size(), QSize(30000, 30000)); // the header says so
        }
        AvatarInfo info;
        info.id =
            QString::fromLatin1(QCryptographicHash::hash(bomb, QCryptographicHash::Sha1).toHex());
        info.bytes = bomb.size();
        info.type = QStringLiteral("image/png");
        std::optional<Result<QByteArray>> got;
        avatars.fetchData(Jid::parse(u"romeo@montague.lit"), info, this,
                          [&](const Result<QByteArray> &r) { got = r; });
        QCOMPARE(m_channel->takeSent().name(), QStringLiteral("iq"));
        m_channel->inject(avatarResult(bomb));
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().code, Error::Code::PolicyViolation);
        QVERIFY2(got->error().message.contains(u"30000"), qPrintable(got->error().message));

        // Metadata that admits the size: refused without even asking.
        info.width = 20000;
        info.height = 20000;
        got.reset();
        avatars.fetchData(Jid::parse(u"romeo@montague.lit"), info, this,
                          [&](const Result<QByteArray> &r) { got = r; });
        QVERIFY(got && !got->ok());
        QVERIFY(m_channel->expectNothing());

        // An honest picture still loads.
        const QByteArray fine = pngClaiming(4, 4);
        info.id =
            QString::fromLatin1(QCryptographicHash::hash(fine, QCryptographicHash::Sha1).toHex());
        info.bytes = fine.size();
        info.width = info.height = 4;
        got.reset();
        avatars.fetchData(Jid::parse(u"romeo@montague.lit"), info, this,
                          [&](const Result<QByteArray> &r) { got = r; });
        QCOMPARE(m_channel->takeSent().name(), QStringLiteral("iq"));
        m_channel->inject(avatarResult(fine));
        QVERIFY(got && got->ok());
        QCOMPARE(QImage::fromData(got->value()).size(), QSize(4, 4));
    }

    // --- a form with ten thousand fields ----------------------------------------------------

    void formLimits_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("500-fields") << formWithFields(int(DataForm::kMaxFields)) << true;
        QTest::newRow("501-fields") << formWithFields(int(DataForm::kMaxFields) + 1) << false;
        QTest::newRow("10000-fields") << formWithFields(10000) << false;
        QByteArray options = "<x xmlns='jabber:x:data' type='form'><field var='c' "
                             "type='list-single'>";
        for (int i = 0; i < 5000; ++i)
            options += "<option label='o'><value>" + QByteArray::number(i) + "</value></option>";
        QTest::newRow("5000-options") << options + "</field></x>" << false;
        QByteArray values = "<x xmlns='jabber:x:data' type='form'><field var='t' "
                            "type='text-multi'>";
        for (int i = 0; i < 5000; ++i)
            values += "<value>line</value>";
        QTest::newRow("5000-values") << values + "</field></x>" << false;
        QByteArray rows = "<x xmlns='jabber:x:data' type='result'><reported><field var='a'/>"
                          "</reported>";
        for (int i = 0; i < 5000; ++i)
            rows += "<item><field var='a'><value>1</value></field></item>";
        QTest::newRow("5000-rows") << rows + "</x>" << false;
    }
    void formLimits()
    {
        QFETCH(QByteArray, xml);
        QFETCH(bool, accepted);
        const auto form = DataForm::fromElement(Element::fromXml(xml));
        QCOMPARE(form.ok(), accepted);
        if (!accepted) {
            QCOMPARE(form.error().condition, QStringLiteral("resource-constraint"));
            QVERIFY(form.error().message.contains(u"at most"));
        } else {
            QCOMPARE(form->fields().size(), DataForm::kMaxFields);
        }
    }

    // A service answering a command with 10,000 fields: the command fails with that error
    // (what the services page shows), and the next command on the same session works.
    void commandWithTenThousandFields()
    {
        CommandManager commands(m_iq.get());
        const Jid service = Jid::parse(u"city.capulet.lit");
        std::optional<Result<Command>> got;
        commands.execute(service, QStringLiteral("permit"), this,
                         [&](const Result<Command> &r) { got = r; });
        QCOMPARE(m_channel->takeSent().name(), QStringLiteral("iq"));
        m_channel->inject("<iq type='result' from='city.capulet.lit' id='$ID'>"
                          "<command xmlns='http://jabber.org/protocol/commands' node='permit' "
                          "sessionid='s1' status='executing'>" +
                          formWithFields(10000) + "</command></iq>");
        QVERIFY(got && !got->ok());
        QVERIFY2(got->error().message.contains(u"10000"), qPrintable(got->error().message));

        got.reset();
        commands.execute(service, QStringLiteral("permit"), this,
                         [&](const Result<Command> &r) { got = r; });
        QCOMPARE(m_channel->takeSent().name(), QStringLiteral("iq"));
        m_channel->inject("<iq type='result' from='city.capulet.lit' id='$ID'>"
                          "<command xmlns='http://jabber.org/protocol/commands' node='permit' "
                          "sessionid='s2' status='executing'>" +
                          formWithFields(3) + "</command></iq>");
        QVERIFY(got && got->ok());
        QVERIFY(got->value().form);
        QCOMPARE(got->value().form->fields().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestHostilePeers)
#include "tst_hostile_peers.moc"
