// At-rest audit: a full scenario on one account — chat messages both ways, images both ways,
// a Moments post with a photo, an article read from the offline cache (with its image), a city
// service form draft and a payment with a note — with unique secret strings and images of
// unique bytes planted everywhere. Then the whole profile folder, the temporary folder (TMPDIR
// is private to this run) and the log (every teahouse category at debug level) are searched for
// each secret in UTF-8, UTF-16LE and UTF-16BE and for slices of each image: none may be found.
// The same searches find the secrets in a plain-text control file, so a miss is not a blind
// scanner.

#include "../articles/HttpFixture.h"
#include "../fault/FaultSupport.h"
#include "StorageTestUtils.h"
#include "TestServer.h"
#include "TestUtils.h"
#include "articles/ArticlesService.h"
#include "chat/ChatService.h"
#include "moments/MomentsService.h"
#include "pay/PayService.h"
#include "platform/LogFile.h"
#include "services/CityServices.h"
#include "storage/Database.h"
#include "xmpp/IqTracker.h"
#include "xmpp/Stream.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::test;

namespace {

// A PNG of random noise (it does not compress), so slices of its bytes occur nowhere else.
QByteArray noisePng(quint32 seed, int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    QRandomGenerator rng(seed);
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x)
            line[x] = 0xff000000u | (rng.generate() & 0xffffffu);
    }
    return teahouse::test::encodedImage(image);
}

// Three 24-byte slices from the middle of the file: its pixel data, not the PNG header.
QList<QByteArray> slicesOf(const QByteArray &file)
{
    return {file.mid(file.size() / 4, 24), file.mid(file.size() / 2, 24),
            file.mid(file.size() * 3 / 4, 24)};
}

QByteArray utf16(const QString &s, bool bigEndian)
{
    QByteArray out;
    for (QChar c : s) {
        const ushort u = c.unicode();
        if (bigEndian)
            out.append(char(u >> 8)).append(char(u & 0xff));
        else
            out.append(char(u & 0xff)).append(char(u >> 8));
    }
    return out;
}

} // namespace

class TestAtRestAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_outside; // server, provider: the other side, not audited
    QString m_root;          // profile, tmp, logs: audited
    QByteArray m_oldTmp;
    std::unique_ptr<TestServer> m_server;
    PaymentProvider m_bank; // its folder is made before TMPDIR changes: not audited
    std::unique_ptr<app::LogFile> m_log;

    // Unique per run; the CJK part makes UTF-8 and UTF-16 forms differ from Latin-1.
    QString secret(const char *what) const
    {
        return QStringLiteral("秘密-%1-%2").arg(QString::fromLatin1(what), m_nonce);
    }
    QString m_nonce;

    QString dir(const char *name) const { return QDir(m_root).filePath(QString::fromLatin1(name)); }

    QStringList hits(const QByteArray &needle) const
    {
        QStringList found;
        for (const char *area : {"profile-lihua", "profile-bob", "tmp", "logs"})
            found += filesContaining(dir(area), needle);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_nonce = QString::number(QRandomGenerator::global()->generate64(), 36);
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        for (const char *user : {"lihua", "bob", "pay", "cafe"})
            QVERIFY(m_server->addUser(QString::fromLatin1(user), kChatPassword).ok());

        const QString why = m_bank.start(*m_server);
        QVERIFY2(why.isEmpty(), qPrintable(why));

        // From here on, everything this process writes goes below m_root.
        m_root = m_outside.filePath(QStringLiteral("audited"));
        for (const char *area : {"profile-lihua", "profile-bob", "tmp", "logs"})
            QVERIFY(QDir().mkpath(dir(area)));
        m_oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", dir("tmp").toLocal8Bit());
        QCOMPARE(QDir::tempPath(), dir("tmp"));
        // The app's own log file, with every teahouse category at debug (raw stanzas too).
        m_log = std::make_unique<app::LogFile>(dir("logs"));
        m_log->install();
        QLoggingCategory::setFilterRules(QStringLiteral("teahouse.*.debug=true"));
    }
    void cleanupTestCase()
    {
        m_log.reset();
        m_bank.provider.reset();
        m_server.reset();
        if (m_oldTmp.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", m_oldTmp);
    }

    void fullScenarioLeavesNoPlaintext()
    {
        const QString lihuaJid = m_server->jid(QStringLiteral("lihua"));
        const QString bobJid = m_server->jid(QStringLiteral("bob"));
        const QByteArray lihuaImage = noisePng(1, 96, 64);
        const QByteArray bobImage = noisePng(2, 80, 80);
        const QByteArray momentImage = noisePng(3, 120, 90);
        const QByteArray articleImage = noisePng(4, 64, 64);
        QList<QString> secrets;
        {
            // ------------------------------------------------------------ chat, both ways
            auto lihuaDb = storage::Database::open(
                QDir(dir("profile-lihua")).filePath(QStringLiteral("teahouse.db")), fixedKey(21));
            QVERIFY(lihuaDb.ok());
            storage::Database db = std::move(lihuaDb).value();
            xmpp::Stream stream;
            stream.setSettings(
                streamSettingsFor(*m_server, QStringLiteral("lihua"), kChatPassword));
            xmpp::IqTracker iq(&stream);
            QObject::connect(&stream, &xmpp::StanzaChannel::sessionStarted, &stream,
                             [&stream](bool resumed) {
                                 if (!resumed)
                                     stream.sendStanza(presence());
                             });
            chat::ChatService chat(Jid::parse(lihuaJid), db,
                                   QDir(dir("profile-lihua")).filePath(QStringLiteral("media")));
            chat.bindChannel(&stream, &iq, m_server->caCertificates());
            stream.connectToServer();
            QVERIFY(waitOnline(stream));

            // Bob's Teahouse keeps its profile in an audited folder too.
            ChatTestClient bob;
            QVERIFY(startBob(bob));

            const QString toBob = secret("chat-to-bob");
            const QString toLihua = secret("chat-to-lihua");
            secrets << toBob << toLihua;
            QVERIFY(chat.sendText(bobJid, toBob).ok());
            QVERIFY(bob.chat->sendText(lihuaJid, toLihua).ok());
            auto image =
                chat.sendData(bobJid, lihuaImage, secret("image-name") + QStringLiteral(".png"),
                              QStringLiteral("image/png"));
            secrets << secret("image-name");
            QVERIFY(image.ok());
            QVERIFY(bob.chat
                        ->sendData(lihuaJid, bobImage, QStringLiteral("bob.png"),
                                   QStringLiteral("image/png"))
                        .ok());
            // Both images arrive and are downloaded into the receivers' media stores.
            const auto doneImage = [](const chat::ChatService &c, const QString &peer) {
                for (const chat::ChatMessage &m : c.newestMessages(peer).messages) {
                    if (!m.isOutgoing() && m.kind == chat::ChatMessage::Kind::Image &&
                        m.attachment.transferState == chat::Attachment::TransferState::Done)
                        return true;
                }
                return false;
            };
            QVERIFY(waitFor(
                [&] { return doneImage(chat, bobJid) && doneImage(*bob.chat, lihuaJid); }, 30000));
            QVERIFY(waitFor([&] { return chat.search(secret("chat-to-lihua")).size() == 1; }));
            // Held, decryptable, by the app: the search found it, the media store returns it.
            QCOMPARE(bob.chat->search(toBob).size(), 1);

            // ------------------------------------------------------------ Moments with a photo
            moments::MomentsService moments(
                Jid::parse(lihuaJid), db,
                QDir(dir("profile-lihua")).filePath(QStringLiteral("media")));
            moments.setOwnName(secret("my-name"));
            secrets << secret("my-name") << secret("moment");
            moments.bindChannel(&stream, &iq, m_server->caCertificates());
            auto post = moments.publishPost(
                secret("moment"),
                {moments::MomentsService::NewImage{momentImage, QStringLiteral("m.png"),
                                                   QStringLiteral("image/png")}},
                moments::Audience::AllFriends, {});
            QVERIFY2(post.ok(), qPrintable(post.ok() ? QString() : post.error().message));
            QVERIFY(waitFor([&] { return postPublished(moments, post.value()); }, 30000));

            // ------------------------------------------------------------ an article, cached
            HttpFixture http;
            const QByteArray rss =
                "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
                "<title>News</title><link>/</link><item><guid>a1</guid><link>/news/a1.html</link>"
                "<title>" +
                secret("article-title").toUtf8() + "</title><description><![CDATA[<p>" +
                secret("article-body").toUtf8() + "</p><img src='" + http.url("/img/a.png") +
                "'/>]]></description></item></channel></rss>";
            secrets << secret("article-title") << secret("article-body");
            http.set("/feed.xml", {"application/rss+xml", rss, {}, {}});
            http.set("/img/a.png", {"image/png", articleImage, {}, {}});
            articles::ArticlesService articles(
                db, QDir(dir("profile-lihua")).filePath(QStringLiteral("media")));
            QVERIFY(articles.open().ok());
            std::optional<Result<QString>> followed;
            articles.followFeed(QUrl(QString::fromLatin1(http.url("/feed.xml"))),
                                [&](Result<QString> r) { followed = r; });
            QVERIFY(waitFor([&] { return followed.has_value(); }));
            QVERIFY(followed->ok());
            const QUrl imageUrl(QString::fromLatin1(http.url("/img/a.png")));
            QVERIFY(waitFor([&] { return articles.isImageCached(imageUrl); }));
            auto list = articles.store().articles(followed->value());
            QVERIFY(list.ok() && list->size() == 1);
            QVERIFY(list->first().html.contains(secret("article-body")));
            QVERIFY(articles.store().setRead(list->first().id, true).ok());
            QVERIFY(articles.cachedImage(imageUrl).ok());

            // ------------------------------------------------------------ a form draft
            services::CityServices city(db);
            QVERIFY(city.open().ok());
            services::FormDraft draft;
            draft.id = services::CityServices::draftId(QStringLiteral("city@localhost"),
                                                       QStringLiteral("residence-permit"));
            draft.city = QStringLiteral("city@localhost");
            draft.node = QStringLiteral("residence-permit");
            draft.title = QStringLiteral("Residence permit");
            draft.snapshot =
                QJsonObject{{QStringLiteral("values"),
                             QJsonObject{{QStringLiteral("id-number"), secret("id-number")},
                                         {QStringLiteral("address"), secret("address")}}}};
            draft.updated = QDateTime::currentDateTimeUtc();
            secrets << secret("id-number") << secret("address");
            QVERIFY(city.store().saveDraft(draft).ok());
            QCOMPARE(city.store().drafts()->size(), 1);

            // ------------------------------------------------------------ a payment with a note
            pay::PayService pay(db);
            QVERIFY(pay.open().ok());
            pay.pin().setCost(10);
            QVERIFY(pay.pin().set(QStringLiteral("135790")).ok());
            pay.setServiceJid(Jid::parse(u"pay@localhost"));
            pay.setTracker(&iq);
            const QString code = m_bank.cafeCode();
            auto request = pay::PaymentRequest::fromText(code);
            QVERIFY(request.ok());
            std::optional<Result<pay::PaymentOrder>> paid;
            pay.pay(request.value(), QStringLiteral("12.34"), secret("pay-note"),
                    QStringLiteral("135790"),
                    [&](const Result<pay::PaymentOrder> &r) { paid = r; });
            secrets << secret("pay-note");
            QVERIFY(waitFor([&] { return paid.has_value(); }, 20000));
            QVERIFY(paid->ok());
            QCOMPARE(paid->value().state, pay::PaymentOrder::State::Paid);
            std::optional<Status> synced;
            pay.refreshStatement([&](const Status &s) { synced = s; });
            QVERIFY(waitFor([&] { return synced.has_value(); }));
            pay.setTracker(nullptr);

            stream.disconnectFromServer();
            QVERIFY(waitFor([&] { return stream.state() == xmpp::Stream::State::Disconnected; }));
        }
        // Everything closed: what is left on disk is all an attacker with the disk gets.

        // The scanner is not blind: a plain control file with the same encodings is found.
        {
            QFile control(QDir(dir("tmp")).filePath(QStringLiteral("control.txt")));
            QVERIFY(control.open(QIODevice::WriteOnly));
            control.write(secret("control").toUtf8());
            control.write(utf16(secret("control"), false));
            control.write(lihuaImage.mid(lihuaImage.size() / 2 - 100, 400));
            control.close();
            QCOMPARE(hits(secret("control").toUtf8()).size(), 1);
            QCOMPARE(hits(utf16(secret("control"), false)).size(), 1);
            QCOMPARE(hits(slicesOf(lihuaImage).at(1)).size(), 1);
            QVERIFY(control.remove());
        }
        QVERIFY(QFileInfo(m_log->currentPath()).size() > 0);

        QStringList leaks;
        for (const QString &s : std::as_const(secrets)) {
            const QList<std::pair<const char *, QByteArray>> forms{
                {"UTF-8", s.toUtf8()},
                {"UTF-16LE", utf16(s, false)},
                {"UTF-16BE", utf16(s, true)},
                // The random part alone (ASCII), in case the CJK prefix was transcoded.
                {"nonce", s.section(u'-', 1).toUtf8()}};
            for (const auto &[name, bytes] : forms) {
                for (const QString &file : hits(bytes))
                    leaks
                        << QStringLiteral("%1 (%2) in %3").arg(s, QString::fromLatin1(name), file);
            }
        }
        const QList<std::pair<const char *, QByteArray>> images{{"lihua's image", lihuaImage},
                                                                {"bob's image", bobImage},
                                                                {"moment photo", momentImage},
                                                                {"article image", articleImage}};
        for (const auto &[name, bytes] : images) {
            for (const QByteArray &slice : slicesOf(bytes)) {
                for (const QString &file : hits(slice))
                    leaks << QStringLiteral("%1 in %2").arg(QString::fromLatin1(name), file);
            }
        }
        leaks.removeDuplicates();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));

        // And the profile holds what the scenario made (it was not all kept in memory): files
        // in the media folders and a database that is not plain SQLite.
        QDirIterator media(QDir(dir("profile-lihua")).filePath(QStringLiteral("media")),
                           QDir::Files, QDirIterator::Subdirectories);
        int mediaFiles = 0;
        while (media.hasNext()) {
            media.next();
            ++mediaFiles;
        }
        QVERIFY2(mediaFiles >= 4, qPrintable(QString::number(mediaFiles)));
        QFile dbFile(QDir(dir("profile-lihua")).filePath(QStringLiteral("teahouse.db")));
        QVERIFY(dbFile.open(QIODevice::ReadOnly));
        QVERIFY(!dbFile.read(16).startsWith("SQLite format 3"));
    }

private:
    bool startBob(ChatTestClient &bob)
    {
        auto opened = storage::Database::open(
            QDir(dir("profile-bob")).filePath(QStringLiteral("c.db")), fixedKey(22));
        if (!opened.ok())
            return false;
        bob.db = std::move(opened).value();
        bob.stream = std::make_unique<xmpp::Stream>();
        bob.stream->setSettings(streamSettingsFor(*m_server, QStringLiteral("bob"), kChatPassword));
        bob.iq = std::make_unique<xmpp::IqTracker>(bob.stream.get());
        bob.chat = std::make_unique<chat::ChatService>(
            Jid::parse(m_server->jid(QStringLiteral("bob"))), bob.db,
            QDir(dir("profile-bob")).filePath(QStringLiteral("media")));
        bob.chat->bindChannel(bob.stream.get(), bob.iq.get(), m_server->caCertificates());
        QObject::connect(bob.stream.get(), &xmpp::StanzaChannel::sessionStarted, bob.stream.get(),
                         [s = bob.stream.get()](bool resumed) {
                             if (!resumed)
                                 s->sendStanza(presence());
                         });
        bob.stream->connectToServer();
        return waitOnline(*bob.stream) && waitFor([&] { return !bob.chat->isSyncing(); });
    }

    static bool postPublished(moments::MomentsService &moments, qint64 id)
    {
        const auto p = moments.post(id);
        return p && p->state == moments::MomentsPost::State::Published;
    }
};

QTEST_GUILESS_MAIN(TestAtRestAudit)
#include "tst_at_rest_audit.moc"
