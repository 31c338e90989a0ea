#pragma once

#include "base/Result.h"
#include "pay/Money.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace teahouse::provider {

// The payment service's books: accounts with balances, aliases (an IBAN naming a merchant),
// and every booking. A payment is booked at most once per (payer, order id): the same order
// sent again returns the first booking. Overdrafts are refused, dynamic-code bills are paid
// once, refunds return a payment once, and transfers are held until the payee accepts or
// returns them. Every change is one database transaction.
class Ledger
{
public:
    struct Booking
    {
        QString transactionId;
        QDateTime time;
        QString kind; // payment, refund, transfer, transfer-accept, transfer-return, topup
        QString payer;
        QString payee;
        pay::Money amount;
        QString note;
        QString reference;
        QString orderId;
        QString refundOf;
        QString transferId;
        qint64 payerBalance = 0;
        qint64 payeeBalance = 0;
        bool duplicate = false; // the order had been booked before
    };

    // A booking seen from one account: the amount is negative when money went out.
    struct Entry
    {
        Booking booking;
        QString kind; // payment, income, refund, transfer-out, transfer-in, topup, …
        QString counterparty;
        pay::Money amount;
        qint64 balanceAfter = 0;
    };

    // Why a booking was refused: the payer's money is not enough, the order id was used for
    // something else, the payee is unknown, …
    enum class Refusal
    {
        InsufficientFunds,
        UnknownPayee,
        OrderConflict,
        BillPaid,
        NotAllowed,
        Invalid,
    };

    Ledger() = default;
    explicit Ledger(storage::Database db)
        : m_db(std::move(db))
    {}

    // Opens (creating) the ledger database at path, with the key kept next to it
    // (path + ".key", readable by the owner only).
    [[nodiscard]] static Result<Ledger> open(const QString &path);

    // Creates the account if missing (balance 0); keeps an existing one as it is.
    [[nodiscard]] Status ensureAccount(const QString &account, const QString &name,
                                       const QString &currency);
    // Books a top-up so the account holds at least `balance` (demo seeding; idempotent).
    [[nodiscard]] Status topUpTo(const QString &account, const pay::Money &balance);
    [[nodiscard]] Status addAlias(const QString &alias, const QString &account);
    [[nodiscard]] Result<std::optional<pay::Money>> balance(const QString &account);
    [[nodiscard]] QString accountName(const QString &account);
    // "xmpp:cafe@example.org" or an alias ("iban:…") to an account; empty if unknown.
    [[nodiscard]] QString resolve(const QString &payee);

    [[nodiscard]] Result<Booking> pay(const QString &payer, const QString &orderId,
                                      const QString &payee, const pay::Money &amount,
                                      const QString &note, const QString &reference);
    // transferId: chosen by the caller (demo seeding, so a demo chat card can name it);
    // empty for a fresh random one.
    [[nodiscard]] Result<Booking> hold(const QString &payer, const QString &orderId,
                                       const QString &payee, const pay::Money &amount,
                                       const QString &note, const QString &transferId = {});
    // By the transfer's payee only.
    [[nodiscard]] Result<Booking> acceptTransfer(const QString &transferId,
                                                 const QString &requester);
    [[nodiscard]] Result<Booking> returnTransfer(const QString &transferId,
                                                 const QString &requester);
    // Transfers held since before `heldBefore` and still unanswered go back to their senders
    // (state 'expired'; accepting one afterwards is refused). The returns, one per transfer.
    [[nodiscard]] Result<QList<Booking>> expireTransfers(const QDateTime &heldBefore);
    // By the payee of the payment (the merchant) only; the whole amount, once.
    [[nodiscard]] Result<Booking> refund(const QString &transactionId, const QString &requester);

    // A payer's request for a refund of one of their payments, kept until the payee refunds.
    struct RefundRequest
    {
        QString transactionId; // the payment
        QString requester;
        QString payee;
        pay::Money amount;
        QString orderId;
        QString reason;
        QString state;               // requested, refunded
        QString refundTransactionId; // when refunded
        bool existing = false;       // asked before: the payee was told already
    };
    // By the payer only; asking again returns the same request (or "refunded").
    [[nodiscard]] Result<RefundRequest>
    requestRefund(const QString &transactionId, const QString &requester, const QString &reason);
    // The refund booking of a payment, if it was refunded.
    [[nodiscard]] Result<std::optional<Booking>> refundOf(const QString &transactionId);

    [[nodiscard]] Result<QList<Entry>> statement(const QString &account, int limit = 200);
    [[nodiscard]] Result<std::optional<Booking>> booking(const QString &transactionId);

    // The refusal an Error from pay()/hold()/… stands for (Error::condition carries it).
    [[nodiscard]] static std::optional<Refusal> refusalOf(const Error &error);
    [[nodiscard]] static QString refusalName(Refusal refusal);

    [[nodiscard]] storage::Database &database() { return m_db; }

private:
    [[nodiscard]] Result<Booking> giveBack(const QString &transferId, const QString &requester,
                                           const QString &state);
    [[nodiscard]] Result<Booking> refundBooking(const QString &transactionId,
                                                const QString &requester);
    [[nodiscard]] Result<Booking> book(Booking booking, const QString &creditAccount,
                                       const QString &debitAccount);
    [[nodiscard]] Result<std::optional<Booking>> orderBooking(const QString &payer,
                                                              const QString &orderId);
    [[nodiscard]] Result<qint64> balanceOf(const QString &account);
    [[nodiscard]] static Error refused(Refusal refusal, const QString &message);

    storage::Database m_db;
};

} // namespace teahouse::provider
