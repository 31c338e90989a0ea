#include "FakeChannel.h"
#include "StorageTestUtils.h"
#include "pay/PayProtocol.h"
#include "pay/PayService.h"
#include "storage/Database.h"
#include "xmpp/Command.h"
#include "xmpp/DataForm.h"
#include "xmpp/IqTracker.h"

#include <QTemporaryDir>
#include <QtTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::pay;
using teahouse::test::FakeChannel;
using xmpp::Command;
using xmpp::DataForm;
using xmpp::Element;

namespace {

QString field(const Element &command, QStringView var)
{
    const Element *x = command.findChild(u"x", DataForm::kNamespace);
    if (!x)
        return {};
    auto form = DataForm::fromElement(*x);
    const DataForm::Field *f = form.ok() ? form->field(var) : nullptr;
    return f ? f->value() : QString();
}

// The form the provider offers for the pay node (the fields the client must fill).
QByteArray payForm(const QByteArray &sessionId, const QByteArray &node = "urn:teahouse:pay:0#pay")
{
    return "<iq type='result' from='pay@capulet.lit/provider' id='$ID'>"
           "<command xmlns='http://jabber.org/protocol/commands' node='" +
           node + "' sessionid='" + sessionId +
           "' status='executing'><actions execute='complete'><complete/></actions>"
           "<x xmlns='jabber:x:data' type='form'>"
           "<field var='FORM_TYPE' type='hidden'><value>urn:teahouse:pay:0</value></field>"
           "<field var='payee' type='text-single'><required/></field>"
           "<field var='payee-name' type='text-single'/>"
           "<field var='amount' type='text-single'><required/></field>"
           "<field var='currency' type='text-single'><value>CNY</value></field>"
           "<field var='order-id' type='text-single'><required/></field>"
           "<field var='note' type='text-single'/><field var='reference' type='text-single'/>"
           "</x></command></iq>";
}

QByteArray paidResult(const QByteArray &sessionId, const QString &orderId, bool duplicate = false)
{
    return "<iq type='result' from='pay@capulet.lit/provider' id='$ID'>"
           "<command xmlns='http://jabber.org/protocol/commands' node='urn:teahouse:pay:0#pay' "
           "sessionid='" +
           sessionId +
           "' status='completed'>"
           "<note type='info'>Paid</note><x xmlns='jabber:x:data' type='result'>"
           "<field var='status'><value>paid</value></field>"
           "<field var='transaction-id'><value>T100</value></field>"
           "<field var='order-id'><value>" +
           orderId.toUtf8() +
           "</value></field>"
           "<field var='payee'><value>xmpp:cafe@capulet.lit</value></field>"
           "<field var='amount'><value>18.00</value></field>"
           "<field var='currency'><value>CNY</value></field>"
           "<field var='balance'><value>482.00</value></field>"
           "<field var='time'><value>2026-11-21T10:00:00.000Z</value></field>"
           "<field var='duplicate'><value>" +
           (duplicate ? "1" : "0") +
           "</value></field>"
           "</x></command></iq>";
}

} // namespace

class TestPayService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<storage::Database> m_db;
    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<xmpp::IqTracker> m_tracker;
    std::unique_ptr<PayService> m_service;

    PaymentRequest cafe(const QString &amount = QStringLiteral("18.00"))
    {
        PaymentRequest r;
        r.payee = QStringLiteral("xmpp:cafe@capulet.lit");
        r.payeeName = QStringLiteral("Teahouse Cafe");
        r.amount = amount;
        r.currency = QStringLiteral("CNY");
        return r;
    }

private Q_SLOTS:
    void init()
    {
        auto db = storage::Database::open(
            m_dir.filePath(QString::number(QRandomGenerator::global()->generate()) +
                           QStringLiteral(".db")),
            test::fixedKey(7));
        QVERIFY(db.ok());
        m_db.emplace(std::move(db).value());
        m_channel = std::make_unique<FakeChannel>();
        m_tracker = std::make_unique<xmpp::IqTracker>(m_channel.get());
        m_service = std::make_unique<PayService>(*m_db);
        QVERIFY(m_service->open().ok());
        m_service->pin().setCost(10);
        QVERIFY(m_service->pin().set(QStringLiteral("135790")).ok());
        m_channel->startSession();
        m_service->setServiceJid(Jid::parse(u"pay@capulet.lit"));
        m_service->setTracker(m_tracker.get());
    }
    void cleanup()
    {
        m_service.reset();
        m_tracker.reset();
        m_channel.reset();
        m_db.reset();
    }

    void confirmationUsesTheCodesAmount()
    {
        // A code with an amount: what the user typed is ignored.
        auto order = m_service->prepareOrder(cafe(), QStringLiteral("1.00"), QString());
        QVERIFY(order.ok());
        QCOMPARE(order->amount.amountText(), QStringLiteral("18.00"));
        // Without one, the typed amount counts and must be positive.
        QCOMPARE(m_service->prepareOrder(cafe(QString()), QStringLiteral("7.5"), QString())
                     ->amount.minor,
                 750);
        QVERIFY(!m_service->prepareOrder(cafe(QString()), QStringLiteral("0"), QString()).ok());
        QVERIFY(!m_service->prepareOrder(cafe(QString()), QString(), QString()).ok());
    }

    void wrongPinSendsNothing()
    {
        std::optional<Result<PaymentOrder>> result;
        m_service->pay(cafe(), QString(), QString(), QStringLiteral("000001"),
                       [&](const Result<PaymentOrder> &r) { result = r; });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, Error::Code::Authentication);
        QVERIFY(m_channel->expectNothing());
        QVERIFY(m_service->store().pendingOrders()->isEmpty());
    }

    void paysWhatWasConfirmed()
    {
        std::optional<Result<PaymentOrder>> result;
        m_service->pay(cafe(), QString(), QStringLiteral("two lattes"), QStringLiteral("135790"),
                       [&](const Result<PaymentOrder> &r) { result = r; });
        QVERIFY(m_channel->expect("<iq type='set' to='pay@capulet.lit/provider' id='$ID'>"
                                  "<command xmlns='http://jabber.org/protocol/commands' "
                                  "node='urn:teahouse:pay:0#pay' action='execute'/></iq>"));
        // The order is stored before anything is submitted.
        const auto pending = m_service->store().pendingOrders();
        QCOMPARE(pending->size(), 1);
        const QString orderId = pending->first().orderId;
        QVERIFY(orderId.startsWith(u"TH-"));
        m_channel->inject(payForm("S1"));
        const Element complete = m_channel->takeSent();
        const Element command = complete.firstChild(u"command");
        QCOMPARE(command.attribute(u"action"), QStringLiteral("complete"));
        QCOMPARE(command.attribute(u"sessionid"), QStringLiteral("S1"));
        QCOMPARE(field(command, u"order-id"), orderId);
        QCOMPARE(field(command, u"payee"), QStringLiteral("xmpp:cafe@capulet.lit"));
        QCOMPARE(field(command, u"amount"), QStringLiteral("18.00"));
        QCOMPARE(field(command, u"currency"), QStringLiteral("CNY"));
        QCOMPARE(field(command, u"note"), QStringLiteral("two lattes"));
        QVERIFY(!result.has_value());
        m_channel->inject(paidResult("S1", orderId));
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().state, PaymentOrder::State::Paid);
        QCOMPARE(result->value().transactionId, QStringLiteral("T100"));
        QCOMPARE(m_service->balance()->amountText(), QStringLiteral("482.00"));
        const auto receipts = m_service->store().receipts();
        QCOMPARE(receipts->size(), 1);
        QCOMPARE(receipts->first().amount.minor, -1800);
        QCOMPARE(receipts->first().orderId, orderId);
        QVERIFY(m_service->store().pendingOrders()->isEmpty());
    }

    void retryAfterDroppedLinkReusesTheOrderId()
    {
        std::optional<Result<PaymentOrder>> result;
        m_service->setTimeout(std::chrono::milliseconds(5000));
        m_service->pay(cafe(), QString(), QString(), QStringLiteral("135790"),
                       [&](const Result<PaymentOrder> &r) { result = r; });
        QVERIFY(m_channel->expect("<iq type='set' to='pay@capulet.lit/provider' id='$ID'>"
                                  "<command xmlns='http://jabber.org/protocol/commands' "
                                  "node='urn:teahouse:pay:0#pay' action='execute'/></iq>"));
        m_channel->inject(payForm("S1"));
        const QString orderId = field(m_channel->takeSent().firstChild(u"command"), u"order-id");
        QVERIFY(!orderId.isEmpty());
        // The link drops before the answer: the outcome is unknown.
        m_channel->endSession();
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().state, PaymentOrder::State::Unknown);
        QCOMPARE(m_service->store().pendingOrders()->size(), 1);

        // Back online: the same order goes again by itself.
        m_channel->startSession();
        const Element again = m_channel->takeSent();
        QCOMPARE(again.firstChild(u"command").attribute(u"node"), protocol::kPayNode.toString());
        m_channel->inject(payForm("S2"));
        // Balance and statement requests went out on reconnect as well; find the completion.
        Element complete;
        while (m_channel->pendingCount() > 0) {
            Element e = m_channel->takeSent();
            if (e.firstChild(u"command").attribute(u"action") == u"complete")
                complete = e;
        }
        QVERIFY(!complete.isNull());
        QCOMPARE(field(complete.firstChild(u"command"), u"order-id"), orderId);
        m_channel->inject(
            QByteArray(paidResult("S2", orderId, true))
                .replace("id='$ID'", "id='" + complete.attribute(u"id").toUtf8() + "'"));
        const auto order = m_service->store().order(orderId);
        QCOMPARE(order->value().state, PaymentOrder::State::Paid);
        QVERIFY(order->value().duplicate);
        QCOMPARE(order->value().attempts, 2);
    }

    void refusalIsFinal()
    {
        std::optional<Result<PaymentOrder>> result;
        m_service->pay(cafe(), QString(), QString(), QStringLiteral("135790"),
                       [&](const Result<PaymentOrder> &r) { result = r; });
        (void)m_channel->takeSent();
        m_channel->inject(payForm("S1"));
        (void)m_channel->takeSent();
        m_channel->inject("<iq type='result' from='pay@capulet.lit/provider' id='$ID'>"
                          "<command xmlns='http://jabber.org/protocol/commands' "
                          "node='urn:teahouse:pay:0#pay' sessionid='S1' status='completed'>"
                          "<note type='error'>Insufficient balance: the account holds ¥3.00, "
                          "the payment needs ¥18.00. Nothing was charged.</note>"
                          "<x xmlns='jabber:x:data' type='result'><field var='status'>"
                          "<value>refused</value></field></x></command></iq>");
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().state, PaymentOrder::State::Refused);
        QVERIFY(result->value().message.contains(u"Insufficient balance"));
        QVERIFY(m_service->store().pendingOrders()->isEmpty());
        QVERIFY(m_service->store().receipts()->isEmpty());
    }

    void incomingTransfer()
    {
        QSignalSpy received(m_service.get(), &PayService::transferReceived);
        m_channel->inject("<message from='zhangwei@capulet.lit/phone' type='chat'><body>x</body>"
                          "<transfer xmlns='urn:teahouse:pay:0' id='X9' amount='5.20' "
                          "currency='CNY' service='pay@capulet.lit/provider' state='offered'>"
                          "<note>奶茶</note></transfer></message>");
        QCOMPARE(received.size(), 1);
        auto t = m_service->store().transfer(QStringLiteral("X9"));
        QVERIFY(t.ok() && t->has_value());
        QVERIFY((*t)->incoming);
        QCOMPARE((*t)->amount.minor, 520);
        // The same offer again (carbon, archive) is not a second transfer.
        m_channel->inject("<message from='zhangwei@capulet.lit/desk' type='chat'>"
                          "<transfer xmlns='urn:teahouse:pay:0' id='X9' amount='5.20' "
                          "currency='CNY' service='pay@capulet.lit/provider' state='offered'/>"
                          "</message>");
        QCOMPARE(received.size(), 1);

        std::optional<Status> accepted;
        m_service->acceptTransfer(QStringLiteral("X9"), [&](const Status &s) { accepted = s; });
        QVERIFY(
            m_channel->expect("<iq type='set' to='pay@capulet.lit/provider' id='$ID'>"
                              "<command xmlns='http://jabber.org/protocol/commands' "
                              "node='urn:teahouse:pay:0#transfer-accept' action='execute'/></iq>"));
        m_channel->inject("<iq type='result' from='pay@capulet.lit/provider' id='$ID'>"
                          "<command xmlns='http://jabber.org/protocol/commands' "
                          "node='urn:teahouse:pay:0#transfer-accept' sessionid='A1' "
                          "status='executing'><actions><complete/></actions>"
                          "<x xmlns='jabber:x:data' type='form'><field var='transfer-id'/></x>"
                          "</command></iq>");
        const Element complete = m_channel->takeSent();
        QCOMPARE(field(complete.firstChild(u"command"), u"transfer-id"), QStringLiteral("X9"));
        m_channel->inject("<iq type='result' from='pay@capulet.lit/provider' id='$ID'>"
                          "<command xmlns='http://jabber.org/protocol/commands' "
                          "node='urn:teahouse:pay:0#transfer-accept' sessionid='A1' "
                          "status='completed'><note type='info'>ok</note></command></iq>");
        QVERIFY(accepted && accepted->ok());
        // The friend is told.
        const Element told = m_channel->takeSent();
        QCOMPARE(told.name(), QStringLiteral("message"));
        QCOMPARE(told.attribute(u"to"), QStringLiteral("zhangwei@capulet.lit"));
        QCOMPARE(told.findChild(u"transfer", protocol::kNamespace)->attribute(u"state"),
                 QStringLiteral("accepted"));
        QCOMPARE((*m_service->store().transfer(QStringLiteral("X9")))->state,
                 TransferOffer::State::Accepted);
    }

    void transferCardsGoThroughTheChat()
    {
        // The app hands transfer cards to the chat's outbox; what it gets is the <transfer/>.
        QList<std::pair<Jid, Element>> cards;
        m_service->setCardSender([&](const Jid &peer, const Element &t, const QString &text) {
            cards.append({peer, t});
            return !text.isEmpty();
        });
        m_channel->inject("<message from='zhangwei@capulet.lit/phone' type='chat'><body>x</body>"
                          "<transfer xmlns='urn:teahouse:pay:0' id='X7' amount='1.00' "
                          "currency='CNY' service='pay@capulet.lit/provider' state='offered'/>"
                          "</message>");
        std::optional<Status> returned;
        m_service->returnTransfer(QStringLiteral("X7"), [&](const Status &s) { returned = s; });
        QVERIFY(m_channel->expect("<iq type='set' to='pay@capulet.lit/provider' id='$ID'>"
                                  "<command xmlns='http://jabber.org/protocol/commands' "
                                  "node='urn:teahouse:pay:0#transfer-return' "
                                  "action='execute'/></iq>"));
        m_channel->inject("<iq type='result' from='pay@capulet.lit/provider' id='$ID'>"
                          "<command xmlns='http://jabber.org/protocol/commands' "
                          "node='urn:teahouse:pay:0#transfer-return' sessionid='A2' "
                          "status='completed'/></iq>");
        QVERIFY(returned && returned->ok());
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().first.bareString(), QStringLiteral("zhangwei@capulet.lit"));
        QCOMPARE(cards.first().second.attribute(u"state"), QStringLiteral("returned"));
        QCOMPARE(cards.first().second.attribute(u"id"), QStringLiteral("X7"));
        m_service->setCardSender({});
    }

    void transferFromTheArchiveIsAdopted()
    {
        TransferOffer offer;
        offer.id = QStringLiteral("X8");
        offer.amount = Money{8800, QStringLiteral("CNY")};
        offer.service = Jid::parse(u"pay@capulet.lit/provider");
        offer.note = QStringLiteral("生日快乐");
        QVERIFY(!m_service->store().transfer(QStringLiteral("X8"))->has_value());
        QVERIFY(m_service->adoptTransfer(offer, Jid::parse(u"zhangwei@capulet.lit/phone")).ok());
        auto t = m_service->store().transfer(QStringLiteral("X8"));
        QVERIFY(t.ok() && t->has_value());
        QVERIFY((*t)->incoming);
        QCOMPARE((*t)->peer.toString(), QStringLiteral("zhangwei@capulet.lit"));
        QCOMPARE((*t)->amount.minor, 8800);
        // Only offers are adopted, and a known transfer keeps its state.
        TransferOffer answer = offer;
        answer.state = TransferOffer::State::Accepted;
        QVERIFY(!m_service->adoptTransfer(answer, Jid::parse(u"zhangwei@capulet.lit")).ok());
        PayStore::Transfer known = **t;
        known.state = TransferOffer::State::Returned;
        QVERIFY(m_service->store().saveTransfer(known).ok());
        QVERIFY(m_service->adoptTransfer(offer, Jid::parse(u"zhangwei@capulet.lit")).ok());
        QCOMPARE((*m_service->store().transfer(QStringLiteral("X8")))->state,
                 TransferOffer::State::Returned);
    }

    void receiveLink()
    {
        const QString link = m_service->receiveLink(QStringLiteral("12"));
        QCOMPARE(link,
                 QStringLiteral("xmpp:juliet@capulet.lit?command;node=urn%3Ateahouse%3Apay%3A0;"
                                "amount=12.00;currency=CNY"));
        QVERIFY(m_service->receiveLink(QStringLiteral("-1")).isEmpty());
        QVERIFY(m_service->receiveLink().endsWith(u"node=urn%3Ateahouse%3Apay%3A0"));
        // The link parses back to a payment of me.
        auto back = PaymentRequest::fromText(link);
        QVERIFY(back.ok());
        QCOMPARE(back->payee, QStringLiteral("xmpp:juliet@capulet.lit"));
        QCOMPARE(back->amount, QStringLiteral("12.00"));
    }
};

QTEST_GUILESS_MAIN(TestPayService)
#include "tst_pay_service.moc"
