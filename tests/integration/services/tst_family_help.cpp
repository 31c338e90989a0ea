// "Ask family to fill this" on the real Prosody fixture and teahouse-provider: two app-level
// clients (chat service, city services and the services controller the app uses, wired as
// ServicesFeature wires them). 李华 asks 张伟 to fill in a complaint; the request arrives as a
// chat card, 张伟 opens it, fills it in (with a photo uploaded over XEP-0363) and it goes back
// as a card; 李华 reviews it in her draft and submits it; the city receives 张伟's values from
// 李华. Both sides keep the request, with its state, in their encrypted stores.
#include "../chat/ChatTestClient.h"
#include "CityModule.h"
#include "Provider.h"
#include "TestUtils.h"
#include "services/CityProtocol.h"
#include "services/CityServices.h"
#include "services/FormSession.h"
#include "services/ServicesController.h"
#include "xmpp/Element.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonObject>
#include <QTest>

using namespace teahouse;
using namespace teahouse::test;
using namespace teahouse::provider;
using services::CityServices;
using services::FormSession;
using ui::ServicesController;

namespace {

const QString kBeijing = QStringLiteral("city-beijing@localhost");
const QString kComplaint = QStringLiteral("complaints/new");

// One app: chat, city services on the same encrypted database, and the controller QML sees.
struct App
{
    ChatTestClient client;
    std::unique_ptr<CityServices> services;
    std::unique_ptr<ServicesController> controller;
    QString lastCardXml; // the last city-form card that came in

    bool start(const TestServer &server, const QString &user)
    {
        if (!client.start(server, user))
            return false;
        services = std::make_unique<CityServices>(client.db);
        if (!services->open().ok())
            return false;
        services->bind(client.stream.get(), client.iq.get(), nullptr);
        services->setUploadTrust(server.caCertificates(), {});
        controller = std::make_unique<ServicesController>();
        controller->setServices(services.get());
        chat::ChatService *chat = client.chat.get();
        const QString kind = ServicesController::kCardKind.toString();
        chat->registerCardKind(kind, ServicesController::kCardElement.toString(),
                               services::city::kNamespace.toString());
        controller->setCardSender(
            [chat, kind](const QString &jid, const xmpp::Element &payload, const QString &text) {
                return chat->sendCard(jid, kind, payload, text).ok();
            });
        QObject::connect(chat, &chat::ChatService::messageAdded, controller.get(),
                         [this](const chat::ChatMessage &m) {
                             if (m.kind != chat::ChatMessage::Kind::Card ||
                                 m.cardKind != ServicesController::kCardKind || m.isOutgoing())
                                 return;
                             lastCardXml = m.cardXml;
                             controller->cardReceived(m.senderJid, m.senderName, m.cardXml);
                         });
        return true;
    }
    ~App()
    {
        if (controller)
            controller->setServices(nullptr);
        services.reset();
        if (client.stream)
            client.stream->disconnectFromServer();
    }
    [[nodiscard]] FormSession::State formState() const
    {
        auto *s = controller->form()->session();
        return s ? s->state() : FormSession::State::Idle;
    }
    [[nodiscard]] QVariantMap help(int i = 0) const
    {
        return controller->helpRequests().value(i).toMap();
    }
};

QByteArray testPhoto()
{
    QImage image(80, 60, QImage::Format_RGB32);
    image.fill(QColor(0x70, 0x70, 0x70));
    for (int y = 20; y < 40; ++y)
        for (int x = 30; x < 50; ++x)
            image.setPixel(x, y, qRgb(0x10, 0x10, 0x10));
    return teahouse::test::encodedImage(image);
}

} // namespace

class TestFamilyHelp : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Provider> m_provider;
    CityModule *m_city = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        QVERIFY(m_server->addUser(QStringLiteral("city-beijing"), QStringLiteral("pw")).ok());
        for (const char *user : {"lihua", "zhangwei"})
            QVERIFY(m_server->addUser(QString::fromLatin1(user), kChatPassword).ok());
        ProviderConfig config;
        config.host = m_server->host();
        config.port = m_server->c2sPort();
        config.caFile = m_server->caPath();
        config.dataDir = m_dir.filePath(QStringLiteral("provider"));
        config.accounts = {{kBeijing, QStringLiteral("pw"), {QStringLiteral("city")}}};
        config.modules.insert(
            QStringLiteral("city"),
            QJsonObject{{QStringLiteral("statusDelayMs"), 200},
                        {QStringLiteral("cities"),
                         QJsonObject{{kBeijing, QJsonObject{{QStringLiteral("name"),
                                                             QStringLiteral("北京 Beijing")}}}}}});
        m_provider = std::make_unique<Provider>(config, ModuleRegistry::builtIn());
        QVERIFY(m_provider->setUp().ok());
        m_provider->connectAll();
        QVERIFY(waitFor([&] { return m_provider->allOnline(); }, 20000));
        m_city = m_provider->module<CityModule>(QStringLiteral("city"));
        QVERIFY(m_city);
    }
    void cleanupTestCase()
    {
        m_provider.reset();
        m_server.reset();
    }

    void askFillReviewSubmit()
    {
        App lihua;
        QVERIFY(lihua.start(*m_server, QStringLiteral("lihua")));
        App zhangwei;
        QVERIFY(zhangwei.start(*m_server, QStringLiteral("zhangwei")));
        const QString lihuaJid = m_server->jid(QStringLiteral("lihua"));
        const QString zhangweiJid = m_server->jid(QStringLiteral("zhangwei"));
        lihua.controller->setContacts(
            {QVariantMap{{QStringLiteral("jid"), zhangweiJid},
                         {QStringLiteral("name"), QStringLiteral("张伟")}}});
        zhangwei.controller->setContacts({QVariantMap{
            {QStringLiteral("jid"), lihuaJid}, {QStringLiteral("name"), QStringLiteral("李华")}}});

        // 李华 opens the complaint and asks 张伟.
        std::optional<Status> added;
        lihua.services->addCity(kBeijing, [&](Status s) { added = s; });
        QVERIFY(waitFor([&] { return added.has_value(); }));
        QVERIFY(added->ok());
        lihua.controller->openService(kBeijing, kComplaint, QStringLiteral("Report a problem"));
        QVERIFY(waitFor([&] { return lihua.formState() == FormSession::State::Editing; }));
        QVERIFY(lihua.controller->form()->canAskFamily());
        QVERIFY(lihua.controller->askFamily(zhangweiJid));
        QCOMPARE(lihua.controller->helpRequests().size(), 1);
        QCOMPARE(lihua.help().value(QStringLiteral("direction")).toString(), QStringLiteral("out"));
        QCOMPARE(lihua.help().value(QStringLiteral("state")).toString(), QStringLiteral("asked"));
        lihua.controller->form()->close(); // the draft stays

        // 张伟 gets the card in the chat, persisted as a request waiting for him.
        QVERIFY(waitFor([&] { return zhangwei.controller->pendingHelp() == 1; }));
        QVERIFY(!zhangwei.lastCardXml.isEmpty());
        const QVariantMap card =
            zhangwei.controller->cardInfo(zhangwei.lastCardXml, false, lihuaJid);
        QCOMPARE(card.value(QStringLiteral("title")).toString(),
                 QStringLiteral("李华 asks you to fill: Report a problem"));
        QCOMPARE(card.value(QStringLiteral("buttonText")).toString(), QStringLiteral("Open"));
        int pages = 0;
        connect(zhangwei.controller.get(), &ServicesController::pageRequested, this,
                [&] { ++pages; });
        zhangwei.controller->openCard(zhangwei.lastCardXml, false, lihuaJid);
        QCOMPARE(pages, 1);
        QCOMPARE(zhangwei.controller->view(), QStringLiteral("form"));
        ui::FormController &form = *zhangwei.controller->form();
        QVERIFY(form.isLocal());
        form.setValue(QStringLiteral("kind"), QStringLiteral("roads"));
        form.setValues(QStringLiteral("when"), {QStringLiteral("morning")});
        form.setValue(QStringLiteral("place"), QStringLiteral("Dongsi North Street 12 东四北大街"));
        form.setValues(QStringLiteral("description"),
                       {QStringLiteral("A deep pothole by the bus stop. 公交站旁有个深坑。")});
        const QByteArray photo = testPhoto();
        QVERIFY(form.attachPhotoData(QStringLiteral("photo"), photo, QStringLiteral("hole.png")));
        QCOMPARE(form.photos()
                     .value(QStringLiteral("photo"))
                     .toMap()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("uploading"));
        QVERIFY(waitFor([&] {
            return form.photos()
                       .value(QStringLiteral("photo"))
                       .toMap()
                       .value(QStringLiteral("state"))
                       .toString() != u"uploading";
        }));
        QCOMPARE(form.photos()
                     .value(QStringLiteral("photo"))
                     .toMap()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("done"));
        const QString photoUrl = form.valuesOf(QStringLiteral("photo")).value(0);
        QVERIFY2(photoUrl.startsWith(u"https://"), qPrintable(photoUrl));
        QVERIFY(form.complete()); // local: checked, then sent back as a card
        QVERIFY(waitFor(
            [&] { return zhangwei.help().value(QStringLiteral("state")).toString() == u"sent"; }));
        QCOMPARE(zhangwei.controller->pendingHelp(), 0);

        // 李华: the values are in her draft; the card offers the review.
        const QString draftId = CityServices::draftId(kBeijing, kComplaint);
        QVERIFY(waitFor(
            [&] { return lihua.help().value(QStringLiteral("state")).toString() == u"answered"; }));
        QVERIFY(lihua.help().value(QStringLiteral("canReview")).toBool());
        QCOMPARE(lihua.controller->cardInfo(lihua.lastCardXml, false, zhangweiJid)
                     .value(QStringLiteral("buttonText"))
                     .toString(),
                 QStringLiteral("Review and submit"));
        QCOMPARE(
            lihua.controller->drafts().first().toMap().value(QStringLiteral("helpedBy")).toString(),
            QStringLiteral("张伟"));
        lihua.controller->openCard(lihua.lastCardXml, false, zhangweiJid);
        QVERIFY(waitFor([&] { return lihua.formState() == FormSession::State::Editing; }));
        ui::FormController &mine = *lihua.controller->form();
        QCOMPARE(mine.valuesOf(QStringLiteral("place")),
                 QStringList{QStringLiteral("Dongsi North Street 12 东四北大街")});
        QCOMPARE(mine.valuesOf(QStringLiteral("photo")), QStringList{photoUrl});
        QVERIFY(mine.helperNote().contains(u"张伟"));
        const int before = int(m_city->submissions().size());
        QVERIFY(mine.complete());
        QVERIFY(waitFor([&] { return lihua.formState() == FormSession::State::Completed; }));

        // The city got 张伟's values (and his picture) from 李华.
        QCOMPARE(int(m_city->submissions().size()), before + 1);
        const CityModule::Submission &sub = m_city->submissions().last();
        QCOMPARE(sub.node, kComplaint);
        QCOMPARE(sub.from, lihuaJid);
        QCOMPARE(sub.values.value(QStringLiteral("place")),
                 QStringList{QStringLiteral("Dongsi North Street 12 东四北大街")});
        QCOMPARE(sub.values.value(QStringLiteral("kind")), QStringList{QStringLiteral("roads")});
        QCOMPARE(sub.photoSha256,
                 QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
        QVERIFY(waitFor([&] {
            return lihua.help().value(QStringLiteral("state")).toString() == u"submitted";
        }));
        QVERIFY(!lihua.services->store().draft(draftId)->has_value());

        // A restart (a new controller on the same store) finds both requests and their states.
        lihua.controller->setServices(nullptr);
        lihua.controller->setServices(lihua.services.get());
        QCOMPARE(lihua.help().value(QStringLiteral("state")).toString(),
                 QStringLiteral("submitted"));
        ServicesController again;
        again.setServices(zhangwei.services.get());
        QCOMPARE(again.helpRequests().size(), 1);
        QCOMPARE(again.helpRequests().first().toMap().value(QStringLiteral("state")).toString(),
                 QStringLiteral("sent"));
        again.setServices(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestFamilyHelp)
#include "tst_family_help.moc"
