#include "../stream/StreamTestSupport.h"
#include "CityModule.h"
#include "Peer.h"
#include "Provider.h"
#include "StorageTestUtils.h"
#include "TestServer.h"
#include "TestUtils.h"
#include "services/CityServices.h"
#include "services/FormSession.h"
#include "storage/Database.h"
#include "xmpp/CommandManager.h"
#include "xmpp/DiscoManager.h"
#include "xmpp/IqTracker.h"
#include "xmpp/Stream.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <ZXing/ReadBarcode.h>
#include <csignal>
#include <cstdio>
#include <optional>

using namespace teahouse;
using namespace teahouse::test;
using namespace teahouse::provider;
using services::CityServices;
using services::FormSession;

namespace {

const QString kBeijing = QStringLiteral("city-beijing@localhost");
const QString kShanghai = QStringLiteral("city-shanghai@localhost");

// A signed-in client with the app's CityServices on an encrypted store.
struct Client
{
    Client(const xmpp::StreamSettings &settings, const QString &dbPath)
        : tracker(&stream)
        , disco(&tracker)
    {
        stream.setSettings(settings);
        auto opened = storage::Database::open(dbPath, fixedKey(7));
        db.emplace(std::move(opened).value());
        services = std::make_unique<CityServices>(*db);
        (void)services->open();
        services->bind(&stream, &tracker, &disco);
        services->setUploadTrust(settings.extraCaCertificates, {});
    }
    ~Client()
    {
        services.reset();
        stream.disconnectFromServer();
    }
    xmpp::Stream stream;
    xmpp::IqTracker tracker;
    xmpp::DiscoManager disco;
    std::optional<storage::Database> db;
    std::unique_ptr<CityServices> services;
};

bool waitState(FormSession &s, FormSession::State state, int stage = -1)
{
    return waitFor([&] { return s.state() == state && (stage < 0 || s.stage() == stage); }, 15000);
}

QString decodeDataImage(const QString &uri)
{
    const int comma = uri.indexOf(u',');
    const QImage image = QImage::fromData(QByteArray::fromBase64(uri.mid(comma + 1).toLatin1()))
                             .convertToFormat(QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    const ZXing::ImageView view(image.constBits(), image.width(), image.height(),
                                ZXing::ImageFormat::Lum, int(image.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view);
    return result.isValid() ? QString::fromStdWString(result.text()) : QString();
}

// A small PNG "photo" of a pothole (grey road, dark hole).
QByteArray testPhoto()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(0x80, 0x80, 0x80));
    for (int y = 18; y < 30; ++y)
        for (int x = 24; x < 40; ++x)
            image.setPixel(x, y, qRgb(0x20, 0x20, 0x20));
    return teahouse::test::encodedImage(image);
}

QString mediaUri(const xmpp::DataForm::Field &f)
{
    for (const auto &ext : f.extensions) {
        if (const auto *uri = ext.findChild(u"uri"))
            return uri->text();
    }
    return {};
}

// The child process of draftSurvivesSigkill: fills the first two stages of the appointment,
// says READY and waits to be killed.
int runDraftChild(const QStringList &args)
{
    // args: host port ca db user password
    xmpp::StreamSettings s;
    s.jid = Jid::parse(args.at(4));
    s.password = args.at(5);
    s.resource = QStringLiteral("child");
    s.host = args.at(0);
    s.port = static_cast<quint16>(args.at(1).toInt());
    s.tlsMode = xmpp::StreamSettings::TlsMode::StartTls;
    s.extraCaCertificates = QSslCertificate::fromPath(args.at(2));
    s.watchNetworkReachability = false;
    Client client(s, args.at(3));
    client.stream.connectToServer();
    if (!waitOnline(client.stream))
        return 3;
    FormSession form(client.services->commands(), CityServices::commandAddress(kBeijing),
                     QStringLiteral("medical/appointment"));
    client.services->track(&form, kBeijing, QStringLiteral("Hospital appointment"));
    form.start();
    if (!waitState(form, FormSession::State::Editing, 0))
        return 4;
    form.setValues(QStringLiteral("hospital"), {QStringLiteral("tiantan")});
    form.goForward();
    if (!waitState(form, FormSession::State::Editing, 1))
        return 5;
    form.setValues(QStringLiteral("department"), {QStringLiteral("ophthalmology")});
    std::fputs("READY\n", stdout);
    std::fflush(stdout);
    waitFor([] { return false; }, 120000);
    return 0;
}

} // namespace

class TestCityServices : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Provider> m_provider;
    std::unique_ptr<Client> m_client;

    // The first "city" module: Beijing's (the first account).
    CityModule *m_beijing = nullptr;

    std::unique_ptr<FormSession> open(const QString &node, const QString &city = kBeijing)
    {
        auto s = std::make_unique<FormSession>(m_client->services->commands(),
                                               CityServices::commandAddress(city), node);
        m_client->services->track(s.get(), city, node);
        s->start();
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        for (const char *user : {"city-beijing", "city-shanghai", "lihua", "surveyor"})
            QVERIFY(m_server->addUser(QString::fromLatin1(user), QStringLiteral("pw")).ok());

        ProviderConfig config;
        config.host = m_server->host();
        config.port = m_server->c2sPort();
        config.caFile = m_server->caPath();
        config.dataDir = m_dir.filePath(QStringLiteral("provider"));
        config.accounts = {{kBeijing, QStringLiteral("pw"), {QStringLiteral("city")}},
                           {kShanghai, QStringLiteral("pw"), {QStringLiteral("city")}}};
        config.modules.insert(
            QStringLiteral("city"),
            QJsonObject{
                {QStringLiteral("statusDelayMs"), 300},
                {QStringLiteral("cities"),
                 QJsonObject{{kBeijing,
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("北京 Beijing")},
                                          {QStringLiteral("plate"), QStringLiteral("京")}}},
                             {kShanghai,
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("上海 Shanghai")},
                                          {QStringLiteral("plate"), QStringLiteral("沪")}}}}}});
        m_provider = std::make_unique<Provider>(config, ModuleRegistry::builtIn());
        const Status set = m_provider->setUp();
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
        m_provider->connectAll();
        QVERIFY(waitFor([&] { return m_provider->allOnline(); }, 20000));
        m_beijing = m_provider->module<CityModule>(QStringLiteral("city"));
        QVERIFY(m_beijing);
        QCOMPARE(m_beijing->cityName(), QStringLiteral("北京 Beijing"));

        m_client = std::make_unique<Client>(
            streamSettingsFor(*m_server, QStringLiteral("lihua"), QStringLiteral("pw")),
            m_dir.filePath(QStringLiteral("lihua.db")));
        m_client->stream.connectToServer();
        QVERIFY(waitOnline(m_client->stream));
        // Available, so the cities' status messages to the bare JID reach this resource.
        m_client->stream.sendStanza(presence());
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_provider.reset();
        m_server.reset();
    }

    void citiesAreDiscovered()
    {
        std::optional<Status> added;
        m_client->services->addCity(kBeijing, [&](Status s) { added = s; });
        QVERIFY(waitFor([&] { return added.has_value(); }));
        QVERIFY(added->ok());
        m_client->services->probeCity(kShanghai);
        m_client->services->probeCity(QStringLiteral("nobody@localhost"));
        QVERIFY(waitFor([&] {
            auto c = m_client->services->store().cities();
            return c.ok() && c->size() == 2 && c->at(0).name == u"北京 Beijing" &&
                   c->at(1).name == u"上海 Shanghai";
        }));
        auto services = m_client->services->store().services(kShanghai);
        QVERIFY(services.ok());
        QCOMPARE(services->size(), 6);
        QStringList nodes;
        for (const auto &e : services.value())
            nodes.append(e.node);
        QVERIFY(nodes.contains(u"medical/appointment"));
        QVERIFY(nodes.contains(u"public-security/traffic-violations"));
    }

    void trafficViolationsTable()
    {
        auto s = open(QStringLiteral("public-security/traffic-violations"));
        QVERIFY(waitState(*s, FormSession::State::Editing));
        const int before = int(m_beijing->submissions().size());
        // Refused inline, in plain words; nothing sent.
        s->setValues(QStringLiteral("plate"), {QStringLiteral("ABC")});
        s->setValues(QStringLiteral("engine"), {QStringLiteral("123456")});
        QVERIFY(!s->complete());
        QVERIFY(s->problems().contains(QStringLiteral("plate")));
        QVERIFY(!s->problems().value(QStringLiteral("plate")).isEmpty());
        QCOMPARE(s->state(), FormSession::State::Editing);
        s->setValues(QStringLiteral("plate"), {QStringLiteral("京A12345")});
        QVERIFY(s->problemOf(QStringLiteral("plate")).isEmpty());
        QVERIFY(s->complete());
        QVERIFY(waitState(*s, FormSession::State::Completed));
        QVERIFY(s->result());
        QCOMPARE(s->result()->reported().size(), 6);
        QVERIFY(s->result()->items().size() >= 2);
        QCOMPARE(int(m_beijing->submissions().size()), before + 1);
        const auto &sub = m_beijing->submissions().last();
        QCOMPARE(sub.node, QStringLiteral("public-security/traffic-violations"));
        QCOMPARE(sub.from, QStringLiteral("lihua@localhost"));
        QCOMPARE(sub.values.value(QStringLiteral("plate")),
                 QStringList{QStringLiteral("京A12345")});
        QCOMPARE(sub.values.value(QStringLiteral("vehicle")), QStringList{QStringLiteral("small")});
    }

    void serviceErrorIsShownAndFormKept()
    {
        auto s = open(QStringLiteral("public-security/traffic-violations"));
        QVERIFY(waitState(*s, FormSession::State::Editing));
        s->setValues(QStringLiteral("plate"), {QStringLiteral("京A12340")}); // not registered
        s->setValues(QStringLiteral("engine"), {QStringLiteral("654321")});
        QVERIFY(s->complete());
        QVERIFY(waitFor([&] { return s->error().has_value(); }));
        QCOMPARE(s->state(), FormSession::State::Editing);
        QVERIFY2(s->error()->message.contains(u"No vehicle"), qPrintable(s->error()->message));
        QCOMPARE(s->error()->condition, QStringLiteral("item-not-found"));
        QCOMPARE(s->values(QStringLiteral("plate")), QStringList{QStringLiteral("京A12340")});
    }

    void socialSecurityResultForm()
    {
        auto s = open(QStringLiteral("social-security/balance"));
        QVERIFY(waitState(*s, FormSession::State::Editing));
        s->setValues(QStringLiteral("id_number"), {QStringLiteral("11010119900307123X")});
        s->setValues(QStringLiteral("password"), {QStringLiteral("12345")});
        QVERIFY(!s->complete()); // 5 digits: refused before sending
        QVERIFY(s->problems().contains(QStringLiteral("password")));
        s->setValues(QStringLiteral("password"), {QStringLiteral("000000")});
        QVERIFY(s->complete());
        QVERIFY(waitFor([&] { return s->error().has_value(); }));
        QVERIFY(s->error()->message.contains(u"password is wrong"));
        s->setValues(QStringLiteral("password"), {QStringLiteral("123456")});
        QVERIFY(s->complete());
        QVERIFY(waitState(*s, FormSession::State::Completed));
        QVERIFY(s->result());
        QVERIFY(s->result()->field(u"pension"));
        QCOMPARE(s->result()->field(u"id_number")->value(), QStringLiteral("1101**********123X"));
        QCOMPARE(m_beijing->submissions().last().values.value(QStringLiteral("id_number")),
                 QStringList{QStringLiteral("11010119900307123X")});
        // Hidden FORM_TYPE went back unchanged (XEP-0004 §3.2).
        QVERIFY(!m_beijing->submissions().last().values.contains(QStringLiteral("FORM_TYPE")));
    }

    void appointmentFourStepsWithPrevNext()
    {
        auto s = open(QStringLiteral("medical/appointment"));
        QVERIFY(waitState(*s, FormSession::State::Editing, 0));
        // The hospital picture arrives as XEP-0231 data with a cid: reference (XEP-0221).
        const QString cid = mediaUri(*s->form().field(u"hospital"));
        QVERIFY(cid.startsWith(u"cid:sha1+"));
        bool bob = false;
        for (const auto &p : s->payloads())
            bob =
                bob || (p.name() == u"data" && QStringLiteral("cid:") + p.attribute(u"cid") == cid);
        QVERIFY(bob);
        s->setValues(QStringLiteral("hospital"), {QStringLiteral("pumch")});
        QVERIFY(s->goForward());
        QVERIFY(waitState(*s, FormSession::State::Editing, 1));
        QCOMPARE(s->form().field(u"department")->options.size(), 3);
        s->setValues(QStringLiteral("department"), {QStringLiteral("cardiology")});
        QVERIFY(s->goForward());
        QVERIFY(waitState(*s, FormSession::State::Editing, 2));
        QCOMPARE(s->pageCount(), 2);
        const QString day = QDate::currentDate().addDays(2).toString(Qt::ISODate);
        s->setValues(QStringLiteral("doctor"), {QStringLiteral("d2")});
        s->setValues(QStringLiteral("day"),
                     {QDate::currentDate().addDays(30).toString(Qt::ISODate)});
        s->setValues(QStringLiteral("slot"), {QStringLiteral("09:30")});
        QVERIFY(!s->goForward()); // the day is beyond the range
        QVERIFY(s->problems().value(QStringLiteral("day")).size() > 0);
        s->setValues(QStringLiteral("day"), {day});
        QVERIFY(s->goForward());
        QCOMPARE(s->page(), 1);
        // Back to the hospital and forward again: every value is still there.
        s->goBack();
        QCOMPARE(s->page(), 0);
        s->goBack();
        QVERIFY(waitState(*s, FormSession::State::Editing, 1));
        QCOMPARE(s->values(QStringLiteral("department")),
                 QStringList{QStringLiteral("cardiology")});
        s->goBack();
        QVERIFY(waitState(*s, FormSession::State::Editing, 0));
        QCOMPARE(s->values(QStringLiteral("hospital")), QStringList{QStringLiteral("pumch")});
        QVERIFY(s->goForward());
        QVERIFY(waitState(*s, FormSession::State::Editing, 1));
        QVERIFY(s->goForward());
        QVERIFY(waitState(*s, FormSession::State::Editing, 2));
        QCOMPARE(s->values(QStringLiteral("doctor")), QStringList{QStringLiteral("d2")});
        QCOMPARE(s->values(QStringLiteral("day")), QStringList{day});
        QVERIFY(s->goForward()); // page 2: the patient
        s->setValues(QStringLiteral("patient_name"), {QStringLiteral("李华")});
        s->setValues(QStringLiteral("id_number"), {QStringLiteral("110101199003071234")});
        s->setValues(QStringLiteral("phone"), {QStringLiteral("1380013800")}); // 10 digits
        QVERIFY(!s->goForward());
        QVERIFY(s->problems().contains(QStringLiteral("phone")));
        s->setValues(QStringLiteral("phone"), {QStringLiteral("13800138000")});
        QVERIFY(s->goForward());
        QVERIFY(waitState(*s, FormSession::State::Editing, 3));
        QVERIFY(s->canComplete());
        QVERIFY(!s->complete()); // "agree" is required
        s->setValues(QStringLiteral("agree"), {QStringLiteral("1")});
        QVERIFY(s->complete());
        QVERIFY(waitState(*s, FormSession::State::Completed));

        const auto &sub = m_beijing->submissions().last();
        QCOMPARE(sub.node, QStringLiteral("medical/appointment"));
        QCOMPARE(sub.values.value(QStringLiteral("hospital")),
                 QStringList{QStringLiteral("pumch")});
        QCOMPARE(sub.values.value(QStringLiteral("department")),
                 QStringList{QStringLiteral("cardiology")});
        QCOMPARE(sub.values.value(QStringLiteral("doctor")), QStringList{QStringLiteral("d2")});
        QCOMPARE(sub.values.value(QStringLiteral("day")), QStringList{day});
        QCOMPARE(sub.values.value(QStringLiteral("phone")),
                 QStringList{QStringLiteral("13800138000")});
        QCOMPARE(sub.values.value(QStringLiteral("agree")), QStringList{QStringLiteral("1")});

        // The receipt: the reference and a QR code that decodes to it.
        QVERIFY(s->result());
        const QString reference = s->result()->field(u"reference")->value();
        QCOMPARE(reference, sub.reference);
        QString qr;
        for (const auto &f : s->result()->fields())
            if (f.var.isEmpty())
                qr = mediaUri(f);
        QVERIFY(qr.startsWith(u"data:image/png;base64,"));
        QCOMPARE(decodeDataImage(qr), QStringLiteral("HOSPITAL:pumch:") + reference);

        // Recorded as an application; the draft is gone; the status message arrives later.
        QVERIFY(waitFor([&] {
            auto apps = m_client->services->store().applications();
            return apps.ok() && !apps->isEmpty() && apps->first().reference == reference &&
                   apps->first().state == u"confirmed";
        }));
        auto apps = m_client->services->store().applications();
        QCOMPARE(apps->first().updates.size(), 2); // the note, then the status message
        QVERIFY(apps->first().updates.last().second.contains(reference));
        auto draft = m_client->services->store().draft(
            CityServices::draftId(kBeijing, QStringLiteral("medical/appointment")));
        QVERIFY(draft.ok() && !draft->has_value());
    }

    void utilityBillHandsOverToPay()
    {
        auto s = open(QStringLiteral("utilities/bill"));
        QVERIFY(waitState(*s, FormSession::State::Editing, 0));
        s->setValues(QStringLiteral("utility"), {QStringLiteral("electricity")});
        s->setValues(QStringLiteral("account"), {QStringLiteral("1234567")});
        QVERIFY(!s->goForward());
        s->setValues(QStringLiteral("account"), {QStringLiteral("12345678")});
        QVERIFY(s->goForward());
        QVERIFY(waitState(*s, FormSession::State::Editing, 1));
        const QString amount = s->values(QStringLiteral("amount")).value(0);
        QVERIFY(!amount.isEmpty());
        s->setValues(QStringLiteral("amount"), {QStringLiteral("-3")});
        QVERIFY(!s->complete());
        s->setValues(QStringLiteral("amount"), {amount});
        QVERIFY(s->complete());
        QVERIFY(waitState(*s, FormSession::State::Completed));
        const QString link = s->result()->field(u"payment")->value();
        QVERIFY2(link.startsWith(u"xmpp:utility@localhost"), qPrintable(link));
        QVERIFY(link.contains(QStringLiteral("amount=") + amount));
        const auto &sub = m_beijing->submissions().last();
        QCOMPARE(sub.node, QStringLiteral("utilities/bill"));
        QCOMPARE(sub.values.value(QStringLiteral("account")),
                 QStringList{QStringLiteral("12345678")});
        QCOMPARE(sub.values.value(QStringLiteral("amount")), QStringList{amount});
        QVERIFY(link.contains(sub.reference));
    }

    void housingFundChecksDates()
    {
        auto s = open(QStringLiteral("housing-fund/query"));
        QVERIFY(waitState(*s, FormSession::State::Editing));
        s->setValues(QStringLiteral("id_number"), {QStringLiteral("110101199003071234")});
        s->setValues(QStringLiteral("birth_date"), {QStringLiteral("1990-02-30")});
        s->setValues(QStringLiteral("years"), {QStringLiteral("9")});
        QVERIFY(!s->complete());
        QVERIFY(s->problems().contains(QStringLiteral("birth_date")));
        QVERIFY(s->problems().contains(QStringLiteral("years")));
        s->setValues(QStringLiteral("birth_date"), {QStringLiteral("1990-03-07")});
        s->setValues(QStringLiteral("years"), {QStringLiteral("3")});
        QVERIFY(s->complete());
        QVERIFY(waitState(*s, FormSession::State::Completed));
        QVERIFY(s->result()->field(u"balance"));
        QCOMPARE(m_beijing->submissions().last().values.value(QStringLiteral("years")),
                 QStringList{QStringLiteral("3")});
    }

    void complaintWithPhotoAndUpdates()
    {
        auto s = open(QStringLiteral("complaints/new"));
        QVERIFY(waitState(*s, FormSession::State::Editing));
        s->setValues(QStringLiteral("kind"), {QStringLiteral("noise")});
        s->setValues(QStringLiteral("when"), {QStringLiteral("morning"), QStringLiteral("day"),
                                              QStringLiteral("evening"), QStringLiteral("night")});
        s->setValues(QStringLiteral("place"), {QStringLiteral("Jianguo Road 88")});
        s->setValues(QStringLiteral("description"), {QStringLiteral("Loud")});
        QVERIFY(!s->complete());
        QVERIFY(s->problems().contains(QStringLiteral("when")));        // list range: 1 to 3
        QVERIFY(s->problems().contains(QStringLiteral("description"))); // at least 10 characters
        s->setValues(QStringLiteral("when"), {QStringLiteral("night")});
        s->setValues(QStringLiteral("description"),
                     {QStringLiteral("A building site works through the night."),
                      QStringLiteral("夜间施工噪音很大，影响休息。")});
        s->setValues(QStringLiteral("photo"), {QStringLiteral("site.jpg")}); // not uploaded
        s->setValues(QStringLiteral("cc"), {QStringLiteral("zhangwei@localhost")});
        QVERIFY(s->complete());
        QVERIFY(waitFor([&] { return s->error().has_value(); }));
        QVERIFY(s->error()->message.contains(u"upload"));
        // A link to nothing: the service fetches the picture and refuses.
        s->setValues(QStringLiteral("photo"),
                     {QStringLiteral("https://localhost:1/share/site.jpg")});
        QVERIFY(s->complete());
        QVERIFY(waitFor(
            [&] { return s->error().has_value() && s->error()->message.contains(u"fetched"); }));
        // The real thing: uploaded over XEP-0363 (HTTPS to the server), its URL submitted; the
        // service fetches it and gets the same bytes.
        const QByteArray photo = testPhoto();
        std::optional<Result<QString>> uploaded;
        m_client->services->uploadFile(photo, QStringLiteral("site.png"),
                                       QStringLiteral("image/png"), this,
                                       [&](const Result<QString> &url) { uploaded = url; });
        QVERIFY(waitFor([&] { return uploaded.has_value(); }));
        QVERIFY2(uploaded->ok(),
                 qPrintable(uploaded->ok() ? QString() : uploaded->error().message));
        QVERIFY(uploaded->value().startsWith(u"https://"));
        s->setValues(QStringLiteral("photo"), {uploaded->value()});
        QVERIFY(s->complete());
        QVERIFY(waitState(*s, FormSession::State::Completed));
        const auto &sub = m_beijing->submissions().last();
        QCOMPARE(sub.values.value(QStringLiteral("photo")), QStringList{uploaded->value()});
        QCOMPARE(sub.photoSize, qint64(photo.size()));
        QCOMPARE(sub.photoSha256,
                 QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
        QCOMPARE(sub.values.value(QStringLiteral("description")).size(), 2);
        QCOMPARE(sub.values.value(QStringLiteral("cc")),
                 QStringList{QStringLiteral("zhangwei@localhost")});
        QCOMPARE(sub.values.value(QStringLiteral("anonymous")), QStringList{QStringLiteral("0")});
        const QString reference = s->result()->field(u"reference")->value();
        QVERIFY(waitFor([&] {
            auto apps = m_client->services->store().applications();
            if (!apps.ok())
                return false;
            for (const auto &a : apps.value())
                if (a.reference == reference)
                    return a.state == u"resolved" && a.updates.size() == 3;
            return false;
        }));
    }

    void cancelDropsTheDraft()
    {
        auto s = open(QStringLiteral("complaints/new"));
        QVERIFY(waitState(*s, FormSession::State::Editing));
        s->setValues(QStringLiteral("place"), {QStringLiteral("Somewhere")});
        QVERIFY(m_client->services->store()
                    .draft(CityServices::draftId(kBeijing, QStringLiteral("complaints/new")))
                    ->has_value());
        s->cancel();
        QVERIFY(waitState(*s, FormSession::State::Canceled));
        QVERIFY(!m_client->services->store()
                     .draft(CityServices::draftId(kBeijing, QStringLiteral("complaints/new")))
                     ->has_value());
    }

    void draftSurvivesSigkill()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("child.db"));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--draft-child"), m_server->host(),
                     QString::number(m_server->c2sPort()), m_server->caPath(), dbPath,
                     m_server->jid(QStringLiteral("lihua")), QStringLiteral("pw")});
        QVERIFY(child.waitForStarted());
        QVERIFY(waitFor(
            [&] {
                return child.readAllStandardOutput().contains("READY") ||
                       child.state() == QProcess::NotRunning;
            },
            30000));
        QCOMPARE(child.state(), QProcess::Running);
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // Nothing of the draft is readable in the files left behind.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(dbPath + suffix);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains("ophthalmology"));
        }

        auto opened = storage::Database::open(dbPath, fixedKey(7));
        QVERIFY(opened.ok());
        storage::Database db = std::move(opened).value();
        CityServices services(db);
        QVERIFY(services.open().ok());
        services.bind(&m_client->stream, &m_client->tracker, &m_client->disco);
        auto draft = services.store().draft(
            CityServices::draftId(kBeijing, QStringLiteral("medical/appointment")));
        QVERIFY(draft.ok() && draft->has_value());
        FormSession restored(services.commands(), CityServices::commandAddress(kBeijing),
                             QStringLiteral("medical/appointment"));
        restored.restore(draft.value()->snapshot);
        QVERIFY(waitState(restored, FormSession::State::Editing, 1));
        QCOMPARE(restored.values(QStringLiteral("department")),
                 QStringList{QStringLiteral("ophthalmology")});
        // The department list is Tiantan's: the replayed first stage chose the hospital.
        QCOMPARE(restored.form().field(u"department")->options.size(), 2);
        restored.goBack();
        QVERIFY(waitState(restored, FormSession::State::Editing, 0));
        QCOMPARE(restored.values(QStringLiteral("hospital")),
                 QStringList{QStringLiteral("tiantan")});
        services.bind(nullptr, nullptr, nullptr);
    }

    void slixmppCommandWorks()
    {
        Peer peer(QStringLiteral("surveyor"));
        QVERIFY(peer.start().ok());
        QVERIFY(peer.signIn(*m_server, QStringLiteral("surveyor"), QStringLiteral("pw")).ok());
        auto served = peer.request({{QStringLiteral("cmd"), QStringLiteral("serve_command")},
                                    {QStringLiteral("node"), QStringLiteral("survey")}});
        QVERIFY2(served.ok(), qPrintable(peer.diagnostics()));
        const Jid address = Jid::parse(peer.boundJid());
        QVERIFY(address.isValid() && !address.isBare());

        std::optional<Result<QList<xmpp::DiscoItem>>> listed;
        m_client->services->commands()->listCommands(address, this,
                                                     [&](const auto &r) { listed = r; });
        QVERIFY(waitFor([&] { return listed.has_value(); }));
        QVERIFY(listed->ok());
        QCOMPARE(listed->value().size(), 1);
        QCOMPARE(listed->value().first().node, QStringLiteral("survey"));

        FormSession s(m_client->services->commands(), address, QStringLiteral("survey"));
        s.start();
        QVERIFY(waitState(s, FormSession::State::Editing, 0));
        QVERIFY(s.canGoForward());
        QVERIFY(!s.goForward()); // name and colour are required
        QCOMPARE(s.problems().size(), 2);
        s.setValues(QStringLiteral("name"), {QStringLiteral("李华")});
        s.setValues(QStringLiteral("colour"), {QStringLiteral("green")});
        s.setValues(QStringLiteral("topics"), {QStringLiteral("tea"), QStringLiteral("trains")});
        s.setValues(QStringLiteral("comment"),
                    {QStringLiteral("line one"), QStringLiteral("line two")});
        QVERIFY(s.goForward());
        QVERIFY(waitState(s, FormSession::State::Editing, 1));
        QVERIFY(s.canComplete());
        s.setValues(QStringLiteral("agree"), {QStringLiteral("true")});
        QVERIFY(s.complete());
        QVERIFY(waitState(s, FormSession::State::Completed));
        QVERIFY(s.result());
        QCOMPARE(s.result()->field(u"reference")->value(), QStringLiteral("PEER-1"));
        QCOMPARE(s.notes().size(), 1);

        auto submitted = peer.waitForEvent(QStringLiteral("command_submitted"));
        QVERIFY(submitted);
        const QJsonObject values = submitted->value(QStringLiteral("values")).toObject();
        QCOMPARE(values.value(QStringLiteral("name")).toString(), QStringLiteral("李华"));
        QCOMPARE(values.value(QStringLiteral("colour")).toString(), QStringLiteral("green"));
        QCOMPARE(values.value(QStringLiteral("topics")).toArray().size(), 2);
        // slixmpp reads an untyped submitted field as text: "true" as we sent it.
        const QJsonValue agree = values.value(QStringLiteral("agree"));
        QVERIFY2(agree.isBool() ? agree.toBool() : agree.toString() == u"true",
                 qPrintable(QJsonDocument(values).toJson()));
        const QJsonValue comment = values.value(QStringLiteral("comment"));
        QVERIFY2(comment.isArray() ? comment.toArray().contains(QStringLiteral("line two"))
                                   : comment.toString().contains(u"line two"),
                 qPrintable(QJsonDocument(values).toJson()));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--draft-child") == 0)
        return runDraftChild(app.arguments().mid(2));
    TestCityServices test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_city_services.moc"
