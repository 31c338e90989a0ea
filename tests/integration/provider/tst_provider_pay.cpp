#include "../stream/StreamTestSupport.h"
#include "CodeWriter.h"
#include "MerchantModule.h"
#include "PaymentModule.h"
#include "Provider.h"
#include "StorageTestUtils.h"
#include "TestServer.h"
#include "pay/PayProtocol.h"
#include "pay/PayService.h"
#include "storage/Database.h"
#include "xmpp/Command.h"
#include "xmpp/IqTracker.h"
#include "xmpp/Stream.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <ZXing/ReadBarcode.h>
#include <optional>

using namespace teahouse;
using namespace teahouse::test;
using namespace teahouse::provider;

namespace {

// The text of the one QR code in a PNG, as the scanner reads it (ZXing::ReadBarcode).
QString decode(const QString &file)
{
    const QImage image = QImage(file).convertToFormat(QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    const ZXing::ImageView view(image.constBits(), image.width(), image.height(),
                                ZXing::ImageFormat::Lum, int(image.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view);
    return result.isValid() ? QString::fromStdWString(result.text()) : QString();
}

} // namespace

class TestProviderPay : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Provider> m_provider;
    QString m_codes;

    // The payer: a signed-in stream with the app's PayService on an encrypted store.
    struct Payer
    {
        explicit Payer(const xmpp::StreamSettings &settings, const QString &dbPath)
            : tracker(&stream)
        {
            stream.setSettings(settings);
            auto opened = storage::Database::open(dbPath, fixedKey(9));
            db.emplace(std::move(opened).value());
            service = std::make_unique<pay::PayService>(*db);
            (void)service->open();
            service->pin().setCost(10);
            service->setServiceJid(Jid::parse(u"pay@localhost"));
            service->setTracker(&tracker);
        }
        ~Payer()
        {
            service.reset();
            stream.disconnectFromServer();
        }
        Result<pay::PaymentOrder> pay(const pay::PaymentRequest &request, const QString &amount,
                                      const QString &pin)
        {
            std::optional<Result<pay::PaymentOrder>> result;
            service->pay(request, amount, QString(), pin,
                         [&](const Result<pay::PaymentOrder> &r) { result = r; });
            if (!waitFor([&] { return result.has_value(); }, 20000))
                return Error::make(Error::Code::Timeout, QStringLiteral("no result"));
            return *result;
        }
        xmpp::Stream stream;
        xmpp::IqTracker tracker;
        std::optional<storage::Database> db;
        std::unique_ptr<pay::PayService> service;
    };

    Ledger &ledger()
    {
        return m_provider->module<PaymentModule>(QStringLiteral("payment"))->ledger();
    }
    qint64 balance(const char *account)
    {
        auto b = ledger().balance(QString::fromLatin1(account));
        return b.ok() && b.value() ? b.value()->minor : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        for (const char *user : {"pay", "cafe", "lihua"})
            QVERIFY(m_server->addUser(QString::fromLatin1(user), QStringLiteral("pw")).ok());

        ProviderConfig config;
        config.host = m_server->host();
        config.port = m_server->c2sPort();
        config.caFile = m_server->caPath();
        config.dataDir = m_dir.filePath(QStringLiteral("provider"));
        config.accounts = {
            {QStringLiteral("pay@localhost"), QStringLiteral("pw"), {QStringLiteral("payment")}},
            {QStringLiteral("cafe@localhost"), QStringLiteral("pw"), {QStringLiteral("merchant")}}};
        config.modules.insert(
            QStringLiteral("payment"),
            QJsonObject{{QStringLiteral("balances"), QJsonObject{{QStringLiteral("lihua@localhost"),
                                                                  QStringLiteral("100.00")}}}});
        m_provider = std::make_unique<Provider>(config, ModuleRegistry::builtIn());
        const Status set = m_provider->setUp();
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
        m_provider->connectAll();
        QVERIFY(waitFor([&] { return m_provider->allOnline(); }, 20000));

        m_codes = m_dir.filePath(QStringLiteral("codes"));
        auto written = CodeWriter::writeMerchantCodes(
            m_provider->module<PaymentModule>(QStringLiteral("payment"))->merchants(), m_codes);
        QVERIFY(written.ok());
        QCOMPARE(written->size(), 7); // 3 merchants x 2 codes + codes.json
    }
    void cleanupTestCase()
    {
        m_provider.reset();
        m_server.reset();
    }

    void scannedCodeIsPaidExactly()
    {
        Payer payer(streamSettingsFor(*m_server, QStringLiteral("lihua"), QStringLiteral("pw")),
                    m_dir.filePath(QStringLiteral("lihua1.db")));
        QVERIFY(payer.service->pin().set(QStringLiteral("135790")).ok());
        payer.stream.connectToServer();
        QVERIFY(waitOnline(payer.stream));

        const QString text = decode(QDir(m_codes).filePath(QStringLiteral("cafe-dynamic.png")));
        QVERIFY2(text.startsWith(u"000201"), qPrintable(text));
        auto request = pay::PaymentRequest::fromText(text);
        QVERIFY(request.ok());
        QCOMPARE(request->payee, QStringLiteral("xmpp:cafe@localhost"));

        auto *merchant = m_provider->module<MerchantModule>(QStringLiteral("merchant"));
        QSignalSpy notices(merchant, &MerchantModule::noticeReceived);
        const qint64 payerBefore = balance("lihua@localhost");
        const qint64 cafeBefore = balance("cafe@localhost");
        auto order = payer.pay(request.value(), QString(), QStringLiteral("135790"));
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
        QCOMPARE(order->state, pay::PaymentOrder::State::Paid);
        QCOMPARE(order->amount.minor, 1800);
        QCOMPARE(balance("lihua@localhost"), payerBefore - 1800);
        QCOMPARE(balance("cafe@localhost"), cafeBefore + 1800);
        QCOMPARE(order->balanceAfter, payerBefore - 1800);
        // The merchant is told.
        QVERIFY(waitFor([&] { return !notices.isEmpty(); }));
        const QJsonObject notice = notices.first().first().toJsonObject();
        QCOMPARE(notice.value(u"amount").toString(), QStringLiteral("18.00"));
        QCOMPARE(notice.value(u"order-id").toString(), order->orderId);
        QCOMPARE(notice.value(u"reference").toString(), QStringLiteral("CAFE-0001"));

        // A dynamic code's bill is paid once.
        auto again = payer.pay(request.value(), QString(), QStringLiteral("135790"));
        QVERIFY(again.ok());
        QCOMPARE(again->state, pay::PaymentOrder::State::Refused);
        QCOMPARE(balance("lihua@localhost"), payerBefore - 1800);

        // The wallet's statement shows the payment.
        std::optional<Status> synced;
        payer.service->refreshStatement([&](const Status &s) { synced = s; });
        QVERIFY(waitFor([&] { return synced.has_value(); }));
        QVERIFY(synced->ok());
        const auto receipts = payer.service->store().receipts();
        QVERIFY(std::any_of(receipts->begin(), receipts->end(), [&](const pay::Receipt &r) {
            return r.orderId == order->orderId && r.amount.minor == -1800;
        }));
    }

    void retryAfterCutLinkChargesOnce()
    {
        Payer payer(streamSettingsFor(*m_server, QStringLiteral("lihua"), QStringLiteral("pw")),
                    m_dir.filePath(QStringLiteral("lihua2.db")));
        QVERIFY(payer.service->pin().set(QStringLiteral("135790")).ok());
        payer.stream.connectToServer();
        QVERIFY(waitOnline(payer.stream));
        auto request = pay::PaymentRequest::fromText(
            decode(QDir(m_codes).filePath(QStringLiteral("cafe-static.png"))));
        QVERIFY(request.ok());
        QVERIFY(!request->amountFixed());

        // Cut the link right after the client submitted the order (the form came back and the
        // completion went out in the same turn), before the service's answer can arrive.
        bool cut = false;
        connect(&payer.stream, &xmpp::StanzaChannel::stanzaReceived, this,
                [&](const xmpp::Element &stanza) {
                    const xmpp::Element *c =
                        stanza.findChild(u"command", xmpp::Command::kNamespace);
                    if (!cut && c && c->attribute(u"status") == u"executing" &&
                        c->attribute(u"node") == pay::protocol::kPayNode) {
                        cut = true;
                        payer.stream.disconnectFromServer();
                    }
                });
        const qint64 payerBefore = balance("lihua@localhost");
        const qint64 cafeBefore = balance("cafe@localhost");
        auto order = payer.pay(request.value(), QStringLiteral("7.50"), QStringLiteral("135790"));
        QVERIFY(order.ok());
        QVERIFY(cut);
        QCOMPARE(order->state, pay::PaymentOrder::State::Unknown);
        // The service booked it although the answer was lost.
        QVERIFY(waitFor([&] { return balance("cafe@localhost") == cafeBefore + 750; }));

        // Back online: the same order is sent again by itself and not charged again.
        payer.stream.connectToServer();
        QVERIFY(waitOnline(payer.stream));
        QVERIFY(waitFor([&] {
            auto o = payer.service->store().order(order->orderId);
            return o.ok() && o->has_value() && (*o)->state == pay::PaymentOrder::State::Paid;
        }));
        const auto done = payer.service->store().order(order->orderId);
        QVERIFY((*done)->duplicate);
        QCOMPARE((*done)->attempts, 2);
        QCOMPARE(balance("lihua@localhost"), payerBefore - 750);
        QCOMPARE(balance("cafe@localhost"), cafeBefore + 750);
        // And again by hand: still once.
        std::optional<Result<pay::PaymentOrder>> retried;
        payer.service->retry(order->orderId, [&](const auto &r) { retried = r; });
        QVERIFY(waitFor([&] { return retried.has_value(); }));
        QCOMPARE(balance("lihua@localhost"), payerBefore - 750);
    }

    void fiveWrongPinsLock()
    {
        Payer payer(streamSettingsFor(*m_server, QStringLiteral("lihua"), QStringLiteral("pw")),
                    m_dir.filePath(QStringLiteral("lihua3.db")));
        QVERIFY(payer.service->pin().set(QStringLiteral("135790")).ok());
        payer.stream.connectToServer();
        QVERIFY(waitOnline(payer.stream));
        auto request = pay::PaymentRequest::fromText(
            decode(QDir(m_codes).filePath(QStringLiteral("bus-dynamic.png"))));
        QVERIFY(request.ok());
        const qint64 before = balance("lihua@localhost");
        for (int i = 1; i <= 4; ++i) {
            auto r = payer.pay(request.value(), QString(), QStringLiteral("000001"));
            QCOMPARE(r.error().code, Error::Code::Authentication);
        }
        auto fifth = payer.pay(request.value(), QString(), QStringLiteral("000001"));
        QCOMPARE(fifth.error().code, Error::Code::PolicyViolation);
        QVERIFY(payer.service->pin().isLocked());
        auto right = payer.pay(request.value(), QString(), QStringLiteral("135790"));
        QCOMPARE(right.error().code, Error::Code::PolicyViolation);
        QCOMPARE(balance("lihua@localhost"), before);
        QVERIFY(payer.service->store().pendingOrders()->isEmpty());
    }

    void overdraftIsRefusedClearly()
    {
        Payer payer(streamSettingsFor(*m_server, QStringLiteral("lihua"), QStringLiteral("pw")),
                    m_dir.filePath(QStringLiteral("lihua4.db")));
        QVERIFY(payer.service->pin().set(QStringLiteral("135790")).ok());
        payer.stream.connectToServer();
        QVERIFY(waitOnline(payer.stream));
        auto request = pay::PaymentRequest::fromText(
            decode(QDir(m_codes).filePath(QStringLiteral("utility-static.png"))));
        QVERIFY(request.ok());
        const qint64 before = balance("lihua@localhost");
        const qint64 utilityBefore = balance("utility@localhost");
        auto r = payer.pay(request.value(), QStringLiteral("5000.00"), QStringLiteral("135790"));
        QVERIFY(r.ok());
        QCOMPARE(r->state, pay::PaymentOrder::State::Refused);
        QVERIFY2(r->message.contains(u"Insufficient balance"), qPrintable(r->message));
        QVERIFY(r->message.contains(u"¥5000.00"));
        QCOMPARE(balance("lihua@localhost"), before);
        QCOMPARE(balance("utility@localhost"), utilityBefore);
    }
};

QTEST_GUILESS_MAIN(TestProviderPay)
#include "tst_provider_pay.moc"
