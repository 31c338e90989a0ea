#pragma once

#include "BillsModel.h"
#include "pay/PayService.h"
#include "pay/PaymentOrder.h"
#include "pay/PaymentRequest.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

namespace teahouse::ui {

// What the wallet and the pay flow screens see as features.pay: the balance, the bills, the
// PIN state, and the pay flow as a small state machine — a scanned code becomes a confirmation
// (payee, amount editable only when the code has none, currency, note), then the PIN, then the
// result of the command on the payment service. The amount and payee on the confirmation page
// are exactly the ones submitted.
class PayController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app's PayFeature")
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(QString serviceJid READ serviceJid NOTIFY serviceChanged)
    Q_PROPERTY(QString balanceText READ balanceText NOTIFY balanceChanged)
    Q_PROPERTY(bool hasBalance READ hasBalance NOTIFY balanceChanged)
    Q_PROPERTY(bool pinSet READ pinSet NOTIFY pinChanged)
    Q_PROPERTY(bool pinLocked READ pinLocked NOTIFY pinChanged)
    Q_PROPERTY(QString pinMessage READ pinMessage NOTIFY pinChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QString payeeName READ payeeName NOTIFY confirmationChanged)
    Q_PROPERTY(QString payee READ payee NOTIFY confirmationChanged)
    Q_PROPERTY(QString city READ city NOTIFY confirmationChanged)
    Q_PROPERTY(QString amount READ amount NOTIFY confirmationChanged)
    Q_PROPERTY(bool amountEditable READ amountEditable NOTIFY confirmationChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY confirmationChanged)
    Q_PROPERTY(QString currencySymbol READ currencySymbol NOTIFY confirmationChanged)
    Q_PROPERTY(QString note READ note NOTIFY confirmationChanged)
    Q_PROPERTY(QString reference READ reference NOTIFY confirmationChanged)
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY confirmationChanged)
    Q_PROPERTY(QString confirmedAmountText READ confirmedAmountText NOTIFY confirmationChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString resultState READ resultState NOTIFY resultChanged)
    Q_PROPERTY(QString resultMessage READ resultMessage NOTIFY resultChanged)
    Q_PROPERTY(QString resultAmountText READ resultAmountText NOTIFY resultChanged)
    Q_PROPERTY(QString resultPayeeName READ resultPayeeName NOTIFY resultChanged)
    Q_PROPERTY(QString resultOrderId READ resultOrderId NOTIFY resultChanged)
    Q_PROPERTY(QString resultTransactionId READ resultTransactionId NOTIFY resultChanged)
    Q_PROPERTY(QString resultBalanceText READ resultBalanceText NOTIFY resultChanged)
    Q_PROPERTY(teahouse::ui::BillsModel *bills READ bills CONSTANT)
    // The flow is a transfer to a friend from a chat (not a payment from a code).
    Q_PROPERTY(bool isTransfer READ isTransfer NOTIFY confirmationChanged)
    Q_PROPERTY(QString transferPeer READ transferPeer NOTIFY confirmationChanged)

public:
    enum class Stage
    {
        Idle,
        Confirm, // the confirmation page
        Pin,     // the PIN pad for this payment
        Sending,
        Result,
    };
    Q_ENUM(Stage)

    explicit PayController(QObject *parent = nullptr);
    ~PayController() override;

    // The account's service while attached (null: the wallet shows its empty state).
    void setService(pay::PayService *service);
    [[nodiscard]] pay::PayService *service() const { return m_service; }

    [[nodiscard]] bool isReady() const { return m_service != nullptr; }
    [[nodiscard]] bool isOnline() const;
    [[nodiscard]] QString serviceJid() const;
    [[nodiscard]] QString balanceText() const;
    [[nodiscard]] bool hasBalance() const;
    [[nodiscard]] bool pinSet() const;
    [[nodiscard]] bool pinLocked() const;
    [[nodiscard]] QString pinMessage() const { return m_pinMessage; }
    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] QString payeeName() const { return m_request ? m_request->payeeName : QString(); }
    [[nodiscard]] QString payee() const { return m_request ? m_request->payee : QString(); }
    [[nodiscard]] QString city() const { return m_request ? m_request->city : QString(); }
    [[nodiscard]] QString amount() const { return m_request ? m_request->amount : QString(); }
    [[nodiscard]] bool amountEditable() const { return m_request && !m_request->amountFixed(); }
    [[nodiscard]] QString currency() const { return m_request ? m_request->currency : QString(); }
    [[nodiscard]] QString currencySymbol() const;
    [[nodiscard]] QString note() const { return m_request ? m_request->note : QString(); }
    [[nodiscard]] QString reference() const { return m_request ? m_request->reference : QString(); }
    [[nodiscard]] QString sourceText() const;
    // The amount as it will be submitted, after confirm().
    [[nodiscard]] QString confirmedAmountText() const;
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] QString resultState() const;
    [[nodiscard]] QString resultMessage() const { return m_result ? m_result->message : QString(); }
    [[nodiscard]] QString resultAmountText() const;
    [[nodiscard]] QString resultPayeeName() const
    {
        return m_result ? m_result->payeeName : QString();
    }
    [[nodiscard]] QString resultOrderId() const { return m_result ? m_result->orderId : QString(); }
    [[nodiscard]] QString resultTransactionId() const
    {
        return m_result ? m_result->transactionId : QString();
    }
    [[nodiscard]] QString resultBalanceText() const;
    [[nodiscard]] BillsModel *bills() { return &m_bills; }
    [[nodiscard]] bool isTransfer() const { return m_transferPeer.isValid(); }
    [[nodiscard]] QString transferPeer() const { return m_transferPeer.bareString(); }

    // The scanner hands over a code's text: true when it is a payment code (the confirmation
    // page opens), false with errorText saying why not.
    Q_INVOKABLE bool beginPayment(const QString &qrText);
    // The confirmation page's Pay button: checks the amount, then asks for the PIN.
    Q_INVOKABLE bool confirm(const QString &typedAmount, const QString &note);
    // The PIN pad: pays, or says what was wrong (tries left, locked).
    Q_INVOKABLE void submitPin(const QString &pin);
    Q_INVOKABLE void retry();
    // Back to the wallet (from any stage but Sending).
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void backToConfirm();

    Q_INVOKABLE bool setPin(const QString &pin, const QString &repeat);
    Q_INVOKABLE bool changePin(const QString &oldPin, const QString &pin, const QString &repeat);
    Q_INVOKABLE void refresh();
    Q_INVOKABLE QString receiveLink(const QString &amount = {}, const QString &note = {}) const;
    Q_INVOKABLE QString myAccount() const;
    Q_INVOKABLE QVariantMap receipt(const QString &transactionId) const
    {
        return m_bills.receipt(transactionId);
    }
    // Chat transfers (the chat renders the card; these act on it).
    Q_INVOKABLE QVariantMap transfer(const QString &transferId) const;
    Q_INVOKABLE void acceptTransfer(const QString &transferId);
    Q_INVOKABLE void returnTransfer(const QString &transferId);
    Q_INVOKABLE void sendTransfer(const QString &jid, const QString &amount, const QString &note,
                                  const QString &pin);
    // A chat's "Transfer" action: the confirmation page asks for the amount and a note, then
    // the PIN, and the transfer card goes into the chat with `jid`.
    Q_INVOKABLE bool beginTransfer(const QString &jid, const QString &name);
    // Back to the chat the transfer was sent from (the result page's button).
    Q_INVOKABLE void backToChat();
    // A transfer card in a chat: the transfer (amount, note, incoming, the current state) and
    // the state this message announced (offered, accepted, returned). An offer to us the store
    // does not know yet (from the archive) is adopted, so it can be accepted.
    Q_INVOKABLE QVariantMap transferCard(const QString &cardXml, bool outgoing,
                                         const QString &senderJid);

    // Refunds (the receipt page): ask the payee of our payment for a refund, or refund a
    // payment we received; refundState(transactionId) = {state, reason, message}.
    Q_INVOKABLE void requestRefund(const QString &transactionId, const QString &reason);
    Q_INVOKABLE void refundPayment(const QString &transactionId);
    Q_INVOKABLE QVariantMap refundState(const QString &transactionId) const;

    // The account setting "pay.service" (the wallet's "Payment service" page): the app stores
    // it (setServiceStore) and the service uses it from then on. Empty: pay@<my domain>.
    using ServiceStore = std::function<Status(const QString &address)>;
    void setServiceStore(ServiceStore store) { m_serviceStore = std::move(store); }
    Q_INVOKABLE bool setServiceAddress(const QString &address);

    // Shows a wallet page: "home", "receipt" (of transactionId) or "refund" (the refund screen
    // of that receipt); for links into the wallet and the screenshot tour.
    Q_INVOKABLE void showPage(const QString &page, const QString &transactionId = {});

    // For the screenshot tour and tests: shows a result without a service round trip.
    void showResult(const pay::PaymentOrder &order);

Q_SIGNALS:
    void readyChanged();
    void onlineChanged();
    void serviceChanged();
    void balanceChanged();
    void pinChanged();
    void stageChanged();
    void confirmationChanged();
    void errorChanged();
    void resultChanged();
    void transfersChanged();
    // A payment code was accepted: the shell shows the wallet's confirmation page.
    void paymentStarted();
    void transferDone(const QString &transferId, bool ok, const QString &message);
    void refundsChanged();
    void pageRequested(const QString &page, const QString &transactionId);
    void refundDone(const QString &transactionId, bool ok, const QString &message);
    // The shell should show the chat with this friend (after a transfer).
    void chatRequested(const QString &jid);

private:
    void setStage(Stage stage);
    void setError(const QString &error);
    void updatePinMessage();

    QPointer<pay::PayService> m_service;
    BillsModel m_bills;
    Stage m_stage = Stage::Idle;
    std::optional<pay::PaymentRequest> m_request;
    std::optional<pay::PaymentOrder> m_prepared;
    std::optional<pay::PaymentOrder> m_result;
    Jid m_transferPeer; // valid while the flow is a transfer
    ServiceStore m_serviceStore;
    QString m_error;
    QString m_pinMessage;
};

} // namespace teahouse::ui
