// Money between people and back, against the Prosody fixture and teahouse-provider's payment
// service: a transfer sent as a chat card (through the chat's outbox) reaches the friend's chat
// and wallet, is accepted or returned, and both ledgers and both chats follow; refunds — at
// once from the service's merchants, on request from anyone else — move exactly the payment
// back, once.
#include "../stream/StreamTestSupport.h"
#include "PaymentModule.h"
#include "Provider.h"
#include "StorageTestUtils.h"
#include "TestServer.h"
#include "chat/ChatService.h"
#include "pay/PayProtocol.h"
#include "pay/PayService.h"
#include "pay/TransferOffer.h"
#include "storage/Database.h"
#include "xmpp/IqTracker.h"
#include "xmpp/Stream.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::test;
using namespace teahouse::provider;

namespace {

const QString kPin = QStringLiteral("135790");

// A Teahouse client as the app builds it for payments: stream, iq tracker, the chat and the
// pay service on one encrypted store; transfer cards go through the chat, as PayFeature does.
struct Client
{
    Client(const TestServer &server, const QString &user, const QString &dbPath,
           const QString &mediaDir)
        : tracker(&stream)
    {
        stream.setSettings(streamSettingsFor(server, user, QStringLiteral("pw")));
        auto opened = storage::Database::open(dbPath, fixedKey(5));
        db.emplace(std::move(opened).value());
        chat = std::make_unique<chat::ChatService>(Jid::parse(server.jid(user)), *db, mediaDir);
        chat->registerCardKind(QStringLiteral("transfer"), QStringLiteral("transfer"),
                               pay::protocol::kNamespace.toString());
        chat->bindChannel(&stream, &tracker, server.caCertificates());
        pay = std::make_unique<pay::PayService>(*db);
        (void)pay->open();
        pay->pin().setCost(10);
        (void)pay->pin().set(kPin);
        pay->setServiceJid(Jid::parse(u"pay@localhost"));
        pay->setTracker(&tracker);
        pay->setCardSender([this](const Jid &peer, const xmpp::Element &t, const QString &text) {
            return chat->sendCard(peer.bareString(), QStringLiteral("transfer"), t, text).ok();
        });
        QObject::connect(&stream, &xmpp::StanzaChannel::sessionStarted, &stream,
                         [this](bool resumed) {
                             if (!resumed)
                                 stream.sendStanza(presence());
                         });
    }
    ~Client()
    {
        pay.reset();
        chat.reset();
        stream.disconnectFromServer();
    }
    bool start()
    {
        stream.connectToServer();
        return waitOnline(stream) && waitFor([this] { return !chat->isSyncing(); });
    }
    Result<pay::PaymentOrder> transfer(const Jid &to, const QString &amount, const QString &note)
    {
        std::optional<Result<pay::PaymentOrder>> result;
        pay->sendTransfer(to, amount, note, kPin, [&](const auto &r) { result = r; });
        if (!waitFor([&] { return result.has_value(); }, 20000))
            return Error::make(Error::Code::Timeout, QStringLiteral("no result"));
        return *result;
    }
    Result<pay::PaymentOrder> payLink(const QString &link)
    {
        auto request = pay::PaymentRequest::fromText(link);
        if (!request.ok())
            return request.error();
        std::optional<Result<pay::PaymentOrder>> result;
        pay->pay(request.value(), QString(), QString(), kPin, [&](const auto &r) { result = r; });
        if (!waitFor([&] { return result.has_value(); }, 20000))
            return Error::make(Error::Code::Timeout, QStringLiteral("no result"));
        return *result;
    }
    Status wait(const std::function<void(pay::PayService::StatusCallback)> &call)
    {
        std::optional<Status> status;
        call([&](const Status &s) { status = s; });
        if (!waitFor([&] { return status.has_value(); }, 20000))
            return Error::make(Error::Code::Timeout, QStringLiteral("no answer"));
        return *status;
    }
    std::optional<pay::PayStore::Transfer> storedTransfer(const QString &id) const
    {
        auto t = pay->store().transfer(id);
        return t.ok() ? t.value() : std::nullopt;
    }
    QString refundState(const QString &transactionId) const
    {
        auto r = pay->store().refund(transactionId);
        return r.ok() && r->has_value() ? (*r)->state : QString();
    }
    // The transfer cards of the chat with `peer`, oldest first.
    QList<chat::ChatMessage> cards(const QString &peer) const
    {
        QList<chat::ChatMessage> out;
        for (const chat::ChatMessage &m : chat->newestMessages(peer, 50).messages) {
            if (m.kind == chat::ChatMessage::Kind::Card && m.cardKind == u"transfer")
                out.append(m);
        }
        return out;
    }

    xmpp::Stream stream;
    xmpp::IqTracker tracker;
    std::optional<storage::Database> db;
    std::unique_ptr<chat::ChatService> chat;
    std::unique_ptr<pay::PayService> pay;
};

QString idOfCard(const chat::ChatMessage &m)
{
    auto offer = pay::TransferOffer::fromElement(xmpp::Element::fromXml(m.cardXml.toUtf8()));
    return offer.ok() ? offer->id : QString();
}

QString stateOfCard(const chat::ChatMessage &m)
{
    auto offer = pay::TransferOffer::fromElement(xmpp::Element::fromXml(m.cardXml.toUtf8()));
    return offer.ok() ? pay::TransferOffer::stateName(offer->state) : QString();
}

} // namespace

class TestProviderTransfer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Provider> m_provider;
    std::unique_ptr<Client> m_lihua;
    std::unique_ptr<Client> m_zhangwei;
    const QString lihua = QStringLiteral("lihua@localhost");
    const QString zhangwei = QStringLiteral("zhangwei@localhost");

    Ledger &ledger()
    {
        return m_provider->module<PaymentModule>(QStringLiteral("payment"))->ledger();
    }
    qint64 balance(const QString &account)
    {
        auto b = ledger().balance(account);
        return b.ok() && b.value() ? b.value()->minor : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        for (const char *user : {"pay", "cafe", "lihua", "zhangwei"})
            QVERIFY(m_server->addUser(QString::fromLatin1(user), QStringLiteral("pw")).ok());

        ProviderConfig config;
        config.host = m_server->host();
        config.port = m_server->c2sPort();
        config.caFile = m_server->caPath();
        config.dataDir = m_dir.filePath(QStringLiteral("provider"));
        config.accounts = {
            {QStringLiteral("pay@localhost"), QStringLiteral("pw"), {QStringLiteral("payment")}},
            {QStringLiteral("cafe@localhost"), QStringLiteral("pw"), {QStringLiteral("merchant")}}};
        config.modules.insert(QStringLiteral("payment"),
                              QJsonObject{{QStringLiteral("balances"),
                                           QJsonObject{{lihua, QStringLiteral("100.00")},
                                                       {zhangwei, QStringLiteral("50.00")}}}});
        m_provider = std::make_unique<Provider>(config, ModuleRegistry::builtIn());
        const Status set = m_provider->setUp();
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
        m_provider->connectAll();
        QVERIFY(waitFor([&] { return m_provider->allOnline(); }, 20000));

        m_lihua = std::make_unique<Client>(*m_server, QStringLiteral("lihua"),
                                           m_dir.filePath(QStringLiteral("lihua.db")),
                                           m_dir.filePath(QStringLiteral("lihua-media")));
        m_zhangwei = std::make_unique<Client>(*m_server, QStringLiteral("zhangwei"),
                                              m_dir.filePath(QStringLiteral("zhangwei.db")),
                                              m_dir.filePath(QStringLiteral("zhangwei-media")));
        QVERIFY(m_lihua->chat->isReady());
        QVERIFY(m_lihua->start());
        QVERIFY(m_zhangwei->start());
    }
    void cleanupTestCase()
    {
        m_lihua.reset();
        m_zhangwei.reset();
        m_provider.reset();
        m_server.reset();
    }

    void transferIsAcceptedThroughTheChat()
    {
        const qint64 lihuaBefore = balance(lihua);
        const qint64 zhangweiBefore = balance(zhangwei);
        auto order =
            m_lihua->transfer(Jid::parse(zhangwei), QStringLiteral("5.20"), QStringLiteral("奶茶"));
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
        QCOMPARE(order->state, pay::PaymentOrder::State::Paid);
        const QString id = order->transferId;
        QVERIFY(!id.isEmpty());
        // Held by the service: out of lihua's balance, not yet in zhangwei's.
        QCOMPARE(balance(lihua), lihuaBefore - 520);
        QCOMPARE(balance(zhangwei), zhangweiBefore);

        // The card is in lihua's chat (sent through the outbox) ...
        const auto mine = m_lihua->cards(zhangwei);
        QCOMPARE(mine.size(), 1);
        QVERIFY(mine.first().isOutgoing());
        QCOMPARE(idOfCard(mine.first()), id);
        QCOMPARE(stateOfCard(mine.first()), QStringLiteral("offered"));
        // ... and reaches zhangwei's chat and wallet.
        QVERIFY(waitFor([&] { return m_zhangwei->cards(lihua).size() == 1; }));
        QCOMPARE(idOfCard(m_zhangwei->cards(lihua).first()), id);
        QVERIFY(waitFor([&] { return m_zhangwei->storedTransfer(id).has_value(); }));
        const auto offered = *m_zhangwei->storedTransfer(id);
        QVERIFY(offered.incoming);
        QCOMPARE(offered.amount.minor, 520);
        QCOMPARE(offered.note, QStringLiteral("奶茶"));
        QCOMPARE(offered.peer.bareString(), lihua);
        QCOMPARE(offered.state, pay::TransferOffer::State::Offered);

        // Nobody else can take it, not even the sender.
        QCOMPARE(ledger().acceptTransfer(id, lihua).error().condition,
                 Ledger::refusalName(Ledger::Refusal::NotAllowed));
        QCOMPARE(
            m_lihua->wait([&](auto done) { m_lihua->pay->acceptTransfer(id, done); }).error().code,
            Error::Code::NotFound);

        const Status accepted =
            m_zhangwei->wait([&](auto done) { m_zhangwei->pay->acceptTransfer(id, done); });
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
        QCOMPARE(balance(zhangwei), zhangweiBefore + 520);
        QCOMPARE(balance(lihua), lihuaBefore - 520);
        QCOMPARE(m_zhangwei->storedTransfer(id)->state, pay::TransferOffer::State::Accepted);
        // The answer is a card in both chats; lihua's wallet knows the transfer was accepted.
        QVERIFY(waitFor([&] {
            const auto t = m_lihua->storedTransfer(id);
            return t && t->state == pay::TransferOffer::State::Accepted;
        }));
        QVERIFY(waitFor([&] { return m_lihua->cards(zhangwei).size() == 2; }));
        QCOMPARE(stateOfCard(m_lihua->cards(zhangwei).last()), QStringLiteral("accepted"));
        QCOMPARE(m_zhangwei->cards(lihua).size(), 2);
        QVERIFY(m_zhangwei->cards(lihua).last().isOutgoing());
        // zhangwei's balance as his wallet shows it.
        QVERIFY(waitFor([&] {
            const auto b = m_zhangwei->pay->balance();
            return b && b->minor == zhangweiBefore + 520;
        }));
        // Answering twice changes nothing.
        QVERIFY(
            m_zhangwei->wait([&](auto done) { m_zhangwei->pay->acceptTransfer(id, done); }).ok());
        QCOMPARE(balance(zhangwei), zhangweiBefore + 520);
    }

    void returnedTransferComesBack()
    {
        const qint64 lihuaBefore = balance(lihua);
        const qint64 zhangweiBefore = balance(zhangwei);
        auto order = m_lihua->transfer(Jid::parse(zhangwei), QStringLiteral("3.00"), QString());
        QVERIFY(order.ok());
        QCOMPARE(order->state, pay::PaymentOrder::State::Paid);
        const QString id = order->transferId;
        QCOMPARE(balance(lihua), lihuaBefore - 300);
        QVERIFY(waitFor([&] { return m_zhangwei->storedTransfer(id).has_value(); }));
        QVERIFY(
            m_zhangwei->wait([&](auto done) { m_zhangwei->pay->returnTransfer(id, done); }).ok());
        QCOMPARE(balance(lihua), lihuaBefore);
        QCOMPARE(balance(zhangwei), zhangweiBefore);
        QVERIFY(waitFor([&] {
            const auto t = m_lihua->storedTransfer(id);
            return t && t->state == pay::TransferOffer::State::Returned;
        }));
        // Returned money cannot be accepted afterwards.
        QCOMPARE(ledger().acceptTransfer(id, zhangwei).error().condition,
                 Ledger::refusalName(Ledger::Refusal::NotAllowed));
        QCOMPARE(balance(zhangwei), zhangweiBefore);
    }

    void unansweredTransferExpires()
    {
        const qint64 lihuaBefore = balance(lihua);
        auto order = m_lihua->transfer(Jid::parse(zhangwei), QStringLiteral("2.00"), QString());
        QVERIFY(order.ok());
        QCOMPARE(order->state, pay::PaymentOrder::State::Paid);
        const QString id = order->transferId;
        QVERIFY(waitFor([&] { return m_zhangwei->storedTransfer(id).has_value(); }));
        QCOMPARE(balance(lihua), lihuaBefore - 200);

        // The service's sweep (every minute for transfers older than a day), brought forward.
        m_provider->module<PaymentModule>(QStringLiteral("payment"))
            ->expireTransfers(QDateTime::currentDateTimeUtc().addSecs(60));
        QCOMPARE(balance(lihua), lihuaBefore);
        // Both wallets learn it from the service's notices.
        QVERIFY(waitFor([&] {
            const auto t = m_lihua->storedTransfer(id);
            return t && t->state == pay::TransferOffer::State::Expired;
        }));
        QVERIFY(waitFor([&] {
            const auto t = m_zhangwei->storedTransfer(id);
            return t && t->state == pay::TransferOffer::State::Expired;
        }));
        // Too late to accept it.
        QVERIFY(
            !m_zhangwei->wait([&](auto done) { m_zhangwei->pay->acceptTransfer(id, done); }).ok());
        QCOMPARE(balance(lihua), lihuaBefore);
    }

    void overdrawnTransferIsRefused()
    {
        const qint64 before = balance(lihua);
        auto order = m_lihua->transfer(Jid::parse(zhangwei), QStringLiteral("9999.00"), QString());
        QVERIFY(order.ok());
        QCOMPARE(order->state, pay::PaymentOrder::State::Refused);
        QVERIFY2(order->message.contains(u"Insufficient balance"), qPrintable(order->message));
        QCOMPARE(balance(lihua), before);
    }

    void merchantRefundsAtOnce()
    {
        const QString link =
            pay::protocol::paymentLink(Jid::parse(u"cafe@localhost"), QStringLiteral("12.00"));
        const qint64 lihuaBefore = balance(lihua);
        const qint64 cafeBefore = balance(QStringLiteral("cafe@localhost"));
        auto order = m_lihua->payLink(link);
        QVERIFY(order.ok());
        QCOMPARE(order->state, pay::PaymentOrder::State::Paid);
        const QString tx = order->transactionId;
        QCOMPARE(balance(lihua), lihuaBefore - 1200);

        QSignalSpy refunds(m_lihua->pay.get(), &pay::PayService::refundsChanged);
        const Status asked = m_lihua->wait([&](auto done) {
            m_lihua->pay->requestRefund(tx, QStringLiteral("The café was closed"), done);
        });
        QVERIFY2(asked.ok(), qPrintable(asked.ok() ? QString() : asked.error().message));
        QVERIFY(!refunds.isEmpty());
        QCOMPARE(m_lihua->refundState(tx), QStringLiteral("refunded"));
        QCOMPARE(balance(lihua), lihuaBefore);
        QCOMPARE(balance(QStringLiteral("cafe@localhost")), cafeBefore);
        auto refund = ledger().refundOf(tx);
        QVERIFY(refund.ok() && refund->has_value());
        QCOMPARE((*refund)->amount.minor, 1200);
        QCOMPARE((*refund)->payee, lihua);
        // The wallet: the balance and a refund bill.
        QVERIFY(waitFor([&] {
            const auto b = m_lihua->pay->balance();
            return b && b->minor == lihuaBefore;
        }));
        QVERIFY(waitFor([&] {
            auto r = m_lihua->pay->store().receipt((*refund)->transactionId);
            return r.ok() && r->has_value() && (*r)->kind == u"refund" &&
                   (*r)->amount.minor == 1200;
        }));

        // Asking again refunds nothing more.
        QVERIFY(m_lihua->wait([&](auto done) { m_lihua->pay->requestRefund(tx, {}, done); }).ok());
        QCOMPARE(balance(lihua), lihuaBefore);
        QCOMPARE(ledger().refund(tx, QStringLiteral("cafe@localhost")).error().condition,
                 Ledger::refusalName(Ledger::Refusal::NotAllowed));
    }

    void friendRefundsOnRequest()
    {
        const qint64 lihuaBefore = balance(lihua);
        const qint64 zhangweiBefore = balance(zhangwei);
        auto order = m_lihua->payLink(
            pay::protocol::paymentLink(Jid::parse(zhangwei), QStringLiteral("20.00")));
        QVERIFY(order.ok());
        QCOMPARE(order->state, pay::PaymentOrder::State::Paid);
        const QString tx = order->transactionId;
        QCOMPARE(balance(zhangwei), zhangweiBefore + 2000);

        // Only the payer may ask, and only for their own payment.
        QCOMPARE(ledger().requestRefund(tx, zhangwei, {}).error().condition,
                 Ledger::refusalName(Ledger::Refusal::NotAllowed));
        QCOMPARE(m_zhangwei->wait([&](auto done) { m_zhangwei->pay->requestRefund(tx, {}, done); })
                     .error()
                     .code,
                 Error::Code::NotFound);

        QVERIFY(m_lihua
                    ->wait([&](auto done) {
                        m_lihua->pay->requestRefund(tx, QStringLiteral("Wrong amount"), done);
                    })
                    .ok());
        // A person decides: asked, nothing moved yet.
        QCOMPARE(m_lihua->refundState(tx), QStringLiteral("requested"));
        QCOMPARE(balance(lihua), lihuaBefore - 2000);

        // zhangwei sees the income in his bills and refunds it.
        QVERIFY(waitFor([&] {
            auto r = m_zhangwei->pay->store().receipt(tx);
            return r.ok() && r->has_value() && (*r)->kind == u"income";
        }));
        const Status refunded =
            m_zhangwei->wait([&](auto done) { m_zhangwei->pay->refundPayment(tx, done); });
        QVERIFY2(refunded.ok(), qPrintable(refunded.ok() ? QString() : refunded.error().message));
        QCOMPARE(balance(lihua), lihuaBefore);
        QCOMPARE(balance(zhangwei), zhangweiBefore);
        // lihua's wallet learns it from the service's notice.
        QVERIFY(waitFor([&] { return m_lihua->refundState(tx) == u"refunded"; }));
        // Once only.
        QVERIFY(
            !m_zhangwei->wait([&](auto done) { m_zhangwei->pay->refundPayment(tx, done); }).ok());
        QCOMPARE(balance(lihua), lihuaBefore);
    }
};

QTEST_GUILESS_MAIN(TestProviderTransfer)
#include "tst_provider_transfer.moc"
