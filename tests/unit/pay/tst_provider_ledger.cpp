#include "Ledger.h"
#include "Merchant.h"
#include "pay/PaymentRequest.h"
#include "qr/EmvcoPayload.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace teahouse;
using namespace teahouse::provider;
using pay::Money;

namespace {

Money cny(qint64 minor)
{
    return Money{minor, QStringLiteral("CNY")};
}

} // namespace

// The payment service's ledger: balances move by exactly the amount, an order id is booked
// once, overdrafts and unknown payees are refused, bills and refunds happen once, transfers are
// held until accepted or returned; everything survives reopening.
class TestProviderLedger : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    Ledger fresh()
    {
        auto l = Ledger::open(m_dir.filePath(QStringLiteral("l%1.db").arg(++m_n)));
        if (!l.ok())
            qFatal("ledger: %s", qPrintable(l.error().message));
        Ledger ledger = std::move(l).value();
        for (const char *a : {"lihua@localhost", "cafe@localhost", "zhangwei@localhost"})
            (void)ledger.ensureAccount(QString::fromLatin1(a), QString(), QStringLiteral("CNY"));
        (void)ledger.topUpTo(QStringLiteral("lihua@localhost"), cny(50000));
        return ledger;
    }
    static qint64 balance(Ledger &l, const char *account)
    {
        return l.balance(QString::fromLatin1(account)).value()->minor;
    }

private Q_SLOTS:
    void payMovesExactlyTheAmount()
    {
        Ledger l = fresh();
        auto b = l.pay(QStringLiteral("lihua@localhost"), QStringLiteral("O1"),
                       QStringLiteral("xmpp:cafe@localhost"), cny(1850), QStringLiteral("latte"),
                       QString());
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
        QCOMPARE(balance(l, "lihua@localhost"), 50000 - 1850);
        QCOMPARE(balance(l, "cafe@localhost"), 1850);
        QCOMPARE(b->payerBalance, 50000 - 1850);
        QCOMPARE(b->payeeBalance, 1850);
        QVERIFY(!b->duplicate);
    }

    void orderIdIsBookedOnce()
    {
        Ledger l = fresh();
        const QString payer = QStringLiteral("lihua@localhost");
        auto first = l.pay(payer, QStringLiteral("O1"), QStringLiteral("xmpp:cafe@localhost"),
                           cny(1800), QString(), QString());
        QVERIFY(first.ok());
        for (int i = 0; i < 3; ++i) {
            auto again = l.pay(payer, QStringLiteral("O1"), QStringLiteral("xmpp:cafe@localhost"),
                               cny(1800), QString(), QString());
            QVERIFY(again.ok());
            QVERIFY(again->duplicate);
            QCOMPARE(again->transactionId, first->transactionId);
        }
        QCOMPARE(balance(l, "lihua@localhost"), 50000 - 1800);
        QCOMPARE(balance(l, "cafe@localhost"), 1800);
        // The same order id for something else is a conflict, not a second payment.
        auto other = l.pay(payer, QStringLiteral("O1"), QStringLiteral("xmpp:cafe@localhost"),
                           cny(100), QString(), QString());
        QCOMPARE(Ledger::refusalOf(other.error()), Ledger::Refusal::OrderConflict);
        // Another payer may use the same order id: ids are per payer.
        (void)l.topUpTo(QStringLiteral("zhangwei@localhost"), cny(1000));
        QVERIFY(l.pay(QStringLiteral("zhangwei@localhost"), QStringLiteral("O1"),
                      QStringLiteral("xmpp:cafe@localhost"), cny(100), QString(), QString())
                    .ok());
        QCOMPARE(balance(l, "cafe@localhost"), 1900);
    }

    void overdraftIsRefused()
    {
        Ledger l = fresh();
        auto b = l.pay(QStringLiteral("lihua@localhost"), QStringLiteral("O1"),
                       QStringLiteral("xmpp:cafe@localhost"), cny(50001), QString(), QString());
        QVERIFY(!b.ok());
        QCOMPARE(Ledger::refusalOf(b.error()), Ledger::Refusal::InsufficientFunds);
        QVERIFY(b.error().message.contains(u"¥500.00"));
        QVERIFY(b.error().message.contains(u"¥500.01"));
        QCOMPARE(balance(l, "lihua@localhost"), 50000);
        QCOMPARE(balance(l, "cafe@localhost"), 0);
        // The refused order id is free again: nothing was booked under it.
        QVERIFY(l.pay(QStringLiteral("lihua@localhost"), QStringLiteral("O1"),
                      QStringLiteral("xmpp:cafe@localhost"), cny(50000), QString(), QString())
                    .ok());
        QCOMPARE(balance(l, "lihua@localhost"), 0);
    }

    void unknownPayeesAndAliases()
    {
        Ledger l = fresh();
        auto b = l.pay(QStringLiteral("lihua@localhost"), QStringLiteral("O1"),
                       QStringLiteral("xmpp:nobody@localhost"), cny(100), QString(), QString());
        QCOMPARE(Ledger::refusalOf(b.error()), Ledger::Refusal::UnknownPayee);
        QVERIFY(l.addAlias(QStringLiteral("iban:DE89370400440532013000"),
                           QStringLiteral("cafe@localhost"))
                    .ok());
        QVERIFY(l.pay(QStringLiteral("lihua@localhost"), QStringLiteral("O2"),
                      QStringLiteral("iban:DE89370400440532013000"), cny(100), QString(), QString())
                    .ok());
        QCOMPARE(balance(l, "cafe@localhost"), 100);
        auto self = l.pay(QStringLiteral("lihua@localhost"), QStringLiteral("O3"),
                          QStringLiteral("xmpp:lihua@localhost"), cny(100), QString(), QString());
        QVERIFY(!self.ok());
    }

    void billsAndRefundsOnce()
    {
        Ledger l = fresh();
        auto b = l.pay(QStringLiteral("lihua@localhost"), QStringLiteral("O1"),
                       QStringLiteral("xmpp:cafe@localhost"), cny(1800), QString(),
                       QStringLiteral("CAFE-0001"));
        QVERIFY(b.ok());
        auto twice = l.pay(QStringLiteral("lihua@localhost"), QStringLiteral("O2"),
                           QStringLiteral("xmpp:cafe@localhost"), cny(1800), QString(),
                           QStringLiteral("CAFE-0001"));
        QCOMPARE(Ledger::refusalOf(twice.error()), Ledger::Refusal::BillPaid);
        QCOMPARE(balance(l, "lihua@localhost"), 50000 - 1800);
        // Only the merchant refunds, once.
        QVERIFY(!l.refund(b->transactionId, QStringLiteral("lihua@localhost")).ok());
        auto refund = l.refund(b->transactionId, QStringLiteral("cafe@localhost"));
        QVERIFY(refund.ok());
        QCOMPARE(balance(l, "lihua@localhost"), 50000);
        QCOMPARE(balance(l, "cafe@localhost"), 0);
        QVERIFY(!l.refund(b->transactionId, QStringLiteral("cafe@localhost")).ok());
        const auto statement = l.statement(QStringLiteral("lihua@localhost"));
        QCOMPARE(statement->size(), 3); // top-up, payment, refund
        QCOMPARE(statement->at(0).kind, QStringLiteral("refund"));
        QCOMPARE(statement->at(0).amount.minor, 1800);
        QCOMPARE(statement->at(1).kind, QStringLiteral("payment"));
        QCOMPARE(statement->at(1).amount.minor, -1800);
        QCOMPARE(statement->at(1).counterparty, QStringLiteral("cafe@localhost"));
    }

    void transfersAreHeld()
    {
        Ledger l = fresh();
        auto held =
            l.hold(QStringLiteral("lihua@localhost"), QStringLiteral("O1"),
                   QStringLiteral("xmpp:zhangwei@localhost"), cny(520), QStringLiteral("tea"));
        QVERIFY(held.ok());
        QVERIFY(!held->transferId.isEmpty());
        QCOMPARE(balance(l, "lihua@localhost"), 50000 - 520);
        QCOMPARE(balance(l, "zhangwei@localhost"), 0);
        QVERIFY(!l.acceptTransfer(held->transferId, QStringLiteral("cafe@localhost")).ok());
        QVERIFY(l.acceptTransfer(held->transferId, QStringLiteral("zhangwei@localhost")).ok());
        QCOMPARE(balance(l, "zhangwei@localhost"), 520);
        QVERIFY(!l.returnTransfer(held->transferId, QStringLiteral("zhangwei@localhost")).ok());

        auto second = l.hold(QStringLiteral("lihua@localhost"), QStringLiteral("O2"),
                             QStringLiteral("xmpp:zhangwei@localhost"), cny(1000), QString());
        QVERIFY(l.returnTransfer(second->transferId, QStringLiteral("zhangwei@localhost")).ok());
        QCOMPARE(balance(l, "lihua@localhost"), 50000 - 520);
        QCOMPARE(balance(l, "zhangwei@localhost"), 520);
        const auto zw = l.statement(QStringLiteral("zhangwei@localhost"));
        QCOMPARE(zw->size(), 1);
        QCOMPARE(zw->first().kind, QStringLiteral("transfer-in"));
    }

    void refundRequests()
    {
        Ledger l = fresh();
        auto b = l.pay(QStringLiteral("lihua@localhost"), QStringLiteral("R1"),
                       QStringLiteral("xmpp:cafe@localhost"), cny(2500), QStringLiteral("cake"),
                       QString());
        QVERIFY(b.ok());
        // Only the payer asks, and only about a payment.
        QCOMPARE(
            Ledger::refusalOf(
                l.requestRefund(b->transactionId, QStringLiteral("cafe@localhost"), {}).error()),
            Ledger::Refusal::NotAllowed);
        QVERIFY(
            !l.requestRefund(QStringLiteral("T-none"), QStringLiteral("lihua@localhost"), {}).ok());
        auto asked = l.requestRefund(b->transactionId, QStringLiteral("lihua@localhost"),
                                     QStringLiteral("sold out"));
        QVERIFY(asked.ok());
        QCOMPARE(asked->state, QStringLiteral("requested"));
        QCOMPARE(asked->payee, QStringLiteral("cafe@localhost"));
        QCOMPARE(asked->amount.minor, 2500);
        QVERIFY(!asked->existing);
        // Asking is not refunding.
        QCOMPARE(balance(l, "lihua@localhost"), 50000 - 2500);
        auto again = l.requestRefund(b->transactionId, QStringLiteral("lihua@localhost"), {});
        QVERIFY(again->existing);
        QCOMPARE(again->reason, QStringLiteral("sold out"));
        QVERIFY(!l.refundOf(b->transactionId)->has_value());

        auto refund = l.refund(b->transactionId, QStringLiteral("cafe@localhost"));
        QVERIFY(refund.ok());
        QCOMPARE(balance(l, "lihua@localhost"), 50000);
        auto done = l.requestRefund(b->transactionId, QStringLiteral("lihua@localhost"), {});
        QCOMPARE(done->state, QStringLiteral("refunded"));
        QCOMPARE(done->refundTransactionId, refund->transactionId);
        QCOMPARE(l.refundOf(b->transactionId).value()->transactionId, refund->transactionId);
        QCOMPARE(l.statement(QStringLiteral("lihua@localhost"))->first().booking.refundOf,
                 b->transactionId);
    }

    void unansweredTransfersExpire()
    {
        Ledger l = fresh();
        auto held =
            l.hold(QStringLiteral("lihua@localhost"), QStringLiteral("E1"),
                   QStringLiteral("xmpp:zhangwei@localhost"), cny(700), QStringLiteral("tea"));
        QVERIFY(held.ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Not old enough yet.
        QVERIFY(l.expireTransfers(now.addSecs(-3600))->isEmpty());
        QCOMPARE(balance(l, "lihua@localhost"), 50000 - 700);
        auto expired = l.expireTransfers(now.addSecs(60));
        QVERIFY(expired.ok());
        QCOMPARE(expired->size(), 1);
        QCOMPARE(expired->first().transferId, held->transferId);
        QCOMPARE(expired->first().payee, QStringLiteral("lihua@localhost"));
        QCOMPARE(expired->first().amount.minor, 700);
        QCOMPARE(balance(l, "lihua@localhost"), 50000);
        QCOMPARE(balance(l, "zhangwei@localhost"), 0);
        const Error late =
            l.acceptTransfer(held->transferId, QStringLiteral("zhangwei@localhost")).error();
        QVERIFY2(late.message.contains(u"expired"), qPrintable(late.message));
        QCOMPARE(balance(l, "zhangwei@localhost"), 0);
        // Once.
        QVERIFY(l.expireTransfers(now.addSecs(60))->isEmpty());
        QCOMPARE(balance(l, "lihua@localhost"), 50000);
    }

    void demoTransferKeepsItsId()
    {
        Ledger l = fresh();
        auto held = l.hold(QStringLiteral("lihua@localhost"), QStringLiteral("D1"),
                           QStringLiteral("xmpp:zhangwei@localhost"), cny(8800),
                           QStringLiteral("生日快乐"), QStringLiteral("X-DEMO-1"));
        QVERIFY(held.ok());
        QCOMPARE(held->transferId, QStringLiteral("X-DEMO-1"));
        // Seeding again (the provider restarts) holds nothing more.
        auto again = l.hold(QStringLiteral("lihua@localhost"), QStringLiteral("D1"),
                            QStringLiteral("xmpp:zhangwei@localhost"), cny(8800),
                            QStringLiteral("生日快乐"), QStringLiteral("X-DEMO-1"));
        QVERIFY(again.ok() && again->duplicate);
        QCOMPARE(balance(l, "lihua@localhost"), 50000 - 8800);
        QVERIFY(l.acceptTransfer(QStringLiteral("X-DEMO-1"), QStringLiteral("zhangwei@localhost"))
                    .ok());
        QCOMPARE(balance(l, "zhangwei@localhost"), 8800);
    }

    void persistsAcrossReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.db"));
        {
            auto l = Ledger::open(path);
            QVERIFY(l.ok());
            QVERIFY(l->ensureAccount(QStringLiteral("a@x"), QString(), QStringLiteral("CNY")).ok());
            QVERIFY(l->ensureAccount(QStringLiteral("b@x"), QString(), QStringLiteral("CNY")).ok());
            QVERIFY(l->topUpTo(QStringLiteral("a@x"), cny(1000)).ok());
            QVERIFY(l->pay(QStringLiteral("a@x"), QStringLiteral("O1"), QStringLiteral("xmpp:b@x"),
                           cny(300), QString(), QString())
                        .ok());
        }
        auto l = Ledger::open(path);
        QVERIFY(l.ok());
        QCOMPARE(l->balance(QStringLiteral("a@x")).value()->minor, 700);
        auto again = l->pay(QStringLiteral("a@x"), QStringLiteral("O1"), QStringLiteral("xmpp:b@x"),
                            cny(300), QString(), QString());
        QVERIFY(again.ok() && again->duplicate);
        QCOMPARE(l->balance(QStringLiteral("b@x")).value()->minor, 300);
        // Top-up is idempotent too.
        QVERIFY(l->topUpTo(QStringLiteral("a@x"), cny(500)).ok());
        QCOMPARE(l->balance(QStringLiteral("a@x")).value()->minor, 700);
    }

    void merchantCodesParse()
    {
        for (const Merchant &m : Merchant::demo(QStringLiteral("localhost"))) {
            for (bool dynamic : {false, true}) {
                auto r = pay::PaymentRequest::fromText(m.emvco(dynamic));
                QVERIFY2(r.ok(), qPrintable(m.emvco(dynamic)));
                QCOMPARE(r->payee, QStringLiteral("xmpp:") + m.jid.bareString());
                QCOMPARE(r->amountFixed(), dynamic);
                if (dynamic) {
                    QCOMPARE(r->amount, m.dynamicAmount);
                    QCOMPARE(r->reference, m.dynamicBill);
                }
                QVERIFY(r->payeeName.contains(m.nameZh));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestProviderLedger)
#include "tst_provider_ledger.moc"
