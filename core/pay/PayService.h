#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "pay/Money.h"
#include "pay/PayStore.h"
#include "pay/PaymentOrder.h"
#include "pay/PaymentPin.h"
#include "pay/PaymentRequest.h"
#include "pay/TransferOffer.h"
#include "xmpp/Command.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace teahouse::storage {
class Database;
}

namespace teahouse::xmpp {
class CommandManager;
class Element;
class IqTracker;
class StanzaChannel;
} // namespace teahouse::xmpp

namespace teahouse::pay {

// The client's payments: the PIN, the pay flow (code → confirmation → PIN → XEP-0050 command on
// the user's payment service → result), the balance and bills from the service, the payment
// code others scan to pay us, and money transfers in chat. Every order is stored with a fresh
// order id before it is sent and resent with the same id until the service answers, so a
// dropped link never pays twice; orders, receipts and transfers live in the encrypted database.
class PayService : public QObject
{
    Q_OBJECT
public:
    using OrderCallback = std::function<void(const Result<PaymentOrder> &)>;
    using StatusCallback = std::function<void(const Status &)>;
    // Sends a transfer card to a friend through the chat (so it shows in the conversation on
    // both sides); false when the chat cannot take it, then it is sent as a plain stanza.
    using CardSender = std::function<bool(const Jid &peer, const xmpp::Element &transfer,
                                          const QString &fallbackText)>;

    explicit PayService(storage::Database &db, QObject *parent = nullptr);
    ~PayService() override;

    // Creates or upgrades the pay tables.
    [[nodiscard]] Status open();

    // The session to use (rebuilt at each sign-in); null detaches. Orders waiting for an
    // answer are resent when the session starts.
    void setTracker(xmpp::IqTracker *tracker);
    // The payment service; a bare JID means its "provider" resource.
    void setServiceJid(const Jid &service);
    [[nodiscard]] Jid serviceJid() const { return m_service; }
    [[nodiscard]] bool isOnline() const;
    [[nodiscard]] Jid account() const;

    [[nodiscard]] PaymentPin &pin() { return m_pin; }
    [[nodiscard]] PayStore &store() { return m_store; }
    // Per-request timeout for commands (tests shorten it).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // The order the confirmation page shows: the amount is the code's when it has one (the
    // typed one is then ignored), otherwise the typed one, which must be a positive amount.
    // Nothing is stored.
    [[nodiscard]] Result<PaymentOrder> prepareOrder(const PaymentRequest &request,
                                                    const QString &typedAmount,
                                                    const QString &note) const;
    // Checks the PIN, stores the order with a new order id, then submits it. `done` gets the
    // order in its final or pending state, or an Error when nothing was stored (wrong PIN,
    // locked, bad amount).
    void pay(const PaymentRequest &request, const QString &typedAmount, const QString &note,
             const QString &pin, OrderCallback done);
    // Sends a stored order again with the same order id.
    void retry(const QString &orderId, OrderCallback done);
    // Resends every order without a final answer.
    void resumePending();

    void refreshBalance(StatusCallback done = {});
    void refreshStatement(StatusCallback done = {});
    [[nodiscard]] std::optional<Money> balance() const;

    // The link my payment code shows (an xmpp: command link naming my account).
    [[nodiscard]] QString receiveLink(const QString &amount = {}, const QString &note = {}) const;

    // Transfers: the money is held by the service until the friend accepts or returns it.
    // peerName: as the bills and the result page show the friend.
    void sendTransfer(const Jid &peer, const QString &amount, const QString &note,
                      const QString &pin, OrderCallback done, const QString &peerName = {});
    void acceptTransfer(const QString &transferId, StatusCallback done);
    void returnTransfer(const QString &transferId, StatusCallback done);
    // How transfer cards reach the friend (the chat's outbox); unset: plain message stanzas.
    void setCardSender(CardSender sender) { m_cardSender = std::move(sender); }
    // A transfer offered to us that the chat holds but this store does not (it came from the
    // archive, or before the pay tables existed): remembered so it can be accepted. `from` is
    // the sender; an offer already known is left as it is.
    [[nodiscard]] Status adoptTransfer(const TransferOffer &offer, const Jid &from);

    // Asks the payee of one of our payments for a refund (the provider's merchants refund at
    // once); the refund's state is kept in the store (PayStore::refund) and refundsChanged.
    void requestRefund(const QString &transactionId, const QString &reason, StatusCallback done);
    // Refunds a payment we received (we are the payee), in full.
    void refundPayment(const QString &transactionId, StatusCallback done);

    // A fresh order id: unique per attempt, not guessable.
    [[nodiscard]] static QString newOrderId();

Q_SIGNALS:
    void orderUpdated(const QString &orderId);
    void balanceChanged();
    void receiptsChanged();
    void transfersChanged();
    void refundsChanged();
    void transferReceived(const QString &transferId);
    void onlineChanged();

private:
    void submit(PaymentOrder order, OrderCallback done);
    void finishOrder(PaymentOrder order, const Result<xmpp::Command> &result,
                     const OrderCallback &done);
    void onStanza(const xmpp::Element &stanza);
    void runSimple(const QString &node, const QList<std::pair<QString, QString>> &fields,
                   std::function<void(const Result<xmpp::Command> &)> done);
    void answerTransfer(const QString &transferId, bool accept, StatusCallback done);
    void sendTransferCard(const Jid &peer, const TransferOffer &offer);
    [[nodiscard]] Jid serviceAddress() const;
    [[nodiscard]] Error offline() const;

    storage::Database &m_db;
    PayStore m_store;
    PaymentPin m_pin;
    QPointer<xmpp::IqTracker> m_tracker;
    std::unique_ptr<xmpp::CommandManager> m_commands;
    QList<QMetaObject::Connection> m_connections;
    Jid m_service;
    QSet<QString> m_inFlight;
    std::chrono::milliseconds m_timeout{20000};
    CardSender m_cardSender;
};

} // namespace teahouse::pay
