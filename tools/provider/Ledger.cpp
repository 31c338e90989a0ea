#include "Ledger.h"

#include "storage/Key.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace teahouse::provider {

namespace {

storage::Migrations schema()
{
    storage::Migrations m(QStringLiteral("ledger"));
    m.addSql(QStringLiteral(
        "CREATE TABLE accounts (account TEXT PRIMARY KEY, name TEXT NOT NULL, "
        "  currency TEXT NOT NULL, balance INTEGER NOT NULL CHECK (balance >= 0));"
        "CREATE TABLE aliases (alias TEXT PRIMARY KEY, account TEXT NOT NULL);"
        "CREATE TABLE bookings (id TEXT PRIMARY KEY, time INTEGER NOT NULL, kind TEXT NOT NULL, "
        "  payer TEXT NOT NULL, payee TEXT NOT NULL, debit TEXT NOT NULL, credit TEXT NOT NULL, "
        "  amount INTEGER NOT NULL CHECK (amount > 0), currency TEXT NOT NULL, "
        "  note TEXT NOT NULL, reference TEXT NOT NULL, order_id TEXT NOT NULL, "
        "  refund_of TEXT NOT NULL, transfer_id TEXT NOT NULL, "
        "  debit_balance INTEGER NOT NULL, credit_balance INTEGER NOT NULL);"
        "CREATE INDEX bookings_debit ON bookings (debit, time);"
        "CREATE INDEX bookings_credit ON bookings (credit, time);"
        "CREATE UNIQUE INDEX bookings_refund ON bookings (refund_of) WHERE refund_of != '';"
        "CREATE TABLE orders (payer TEXT NOT NULL, order_id TEXT NOT NULL, "
        "  transaction_id TEXT NOT NULL, PRIMARY KEY (payer, order_id));"
        "CREATE TABLE bills (payee TEXT NOT NULL, reference TEXT NOT NULL, "
        "  transaction_id TEXT NOT NULL, PRIMARY KEY (payee, reference));"
        "CREATE TABLE holds (transfer_id TEXT PRIMARY KEY, payer TEXT NOT NULL, "
        "  payee TEXT NOT NULL, amount INTEGER NOT NULL, currency TEXT NOT NULL, "
        "  note TEXT NOT NULL, state TEXT NOT NULL);"));
    // Refunds the payer asked for: 'requested' until the payee refunds (then 'refunded').
    m.addSql(QStringLiteral(
        "CREATE TABLE refund_requests (transaction_id TEXT PRIMARY KEY, requester TEXT NOT NULL, "
        "  payee TEXT NOT NULL, reason TEXT NOT NULL, state TEXT NOT NULL, "
        "  time INTEGER NOT NULL);"));
    // When a transfer was held: unanswered transfers expire (go back to the sender).
    m.addSql(QStringLiteral("ALTER TABLE holds ADD COLUMN created INTEGER NOT NULL DEFAULT 0;"));
    return m;
}

QString newId(const char *prefix)
{
    quint32 words[3];
    QRandomGenerator::system()->fillRange(words);
    return QLatin1String(prefix) +
           QString::fromLatin1(
               QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

constexpr auto kBookingColumns =
    "id, time, kind, payer, payee, amount, currency, note, reference, order_id, refund_of, "
    "transfer_id, debit, credit, debit_balance, credit_balance";

struct Row
{
    Ledger::Booking booking;
    QString debit;
    QString credit;
    qint64 debitBalance = 0;
    qint64 creditBalance = 0;
};

Row readRow(storage::Statement &q)
{
    Row r;
    Ledger::Booking &b = r.booking;
    b.transactionId = q.columnText(0);
    b.time = QDateTime::fromMSecsSinceEpoch(q.columnInt64(1), Qt::UTC);
    b.kind = q.columnText(2);
    b.payer = q.columnText(3);
    b.payee = q.columnText(4);
    b.amount = pay::Money{q.columnInt64(5), q.columnText(6)};
    b.note = q.columnText(7);
    b.reference = q.columnText(8);
    b.orderId = q.columnText(9);
    b.refundOf = q.columnText(10);
    b.transferId = q.columnText(11);
    r.debit = q.columnText(12);
    r.credit = q.columnText(13);
    r.debitBalance = q.columnInt64(14);
    r.creditBalance = q.columnInt64(15);
    b.payerBalance = r.debit == b.payer ? r.debitBalance : r.creditBalance;
    b.payeeBalance = r.credit == b.payee ? r.creditBalance : r.debitBalance;
    return r;
}

} // namespace

Error Ledger::refused(Refusal refusal, const QString &message)
{
    return Error::make(Error::Code::PolicyViolation, message, refusalName(refusal));
}

QString Ledger::refusalName(Refusal refusal)
{
    switch (refusal) {
    case Refusal::InsufficientFunds:
        return QStringLiteral("insufficient-funds");
    case Refusal::UnknownPayee:
        return QStringLiteral("unknown-payee");
    case Refusal::OrderConflict:
        return QStringLiteral("order-conflict");
    case Refusal::BillPaid:
        return QStringLiteral("bill-paid");
    case Refusal::NotAllowed:
        return QStringLiteral("not-allowed");
    case Refusal::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

std::optional<Ledger::Refusal> Ledger::refusalOf(const Error &error)
{
    for (Refusal r : {Refusal::InsufficientFunds, Refusal::UnknownPayee, Refusal::OrderConflict,
                      Refusal::BillPaid, Refusal::NotAllowed, Refusal::Invalid}) {
        if (error.code == Error::Code::PolicyViolation && error.condition == refusalName(r))
            return r;
    }
    return std::nullopt;
}

Result<Ledger> Ledger::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString keyPath = path + QStringLiteral(".key");
    QFile keyFile(keyPath);
    std::optional<storage::Key> key;
    if (keyFile.exists()) {
        if (!keyFile.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::Io, QStringLiteral("cannot read ") + keyPath);
        auto k = storage::Key::fromBytes(QByteArray::fromHex(keyFile.readAll().trimmed()));
        if (!k.ok())
            return k.error();
        key = k.value();
    } else {
        auto k = storage::Key::generate();
        if (!k.ok())
            return k.error();
        if (!keyFile.open(QIODevice::WriteOnly))
            return Error::make(Error::Code::Io, QStringLiteral("cannot write ") + keyPath);
        keyFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QByteArray hex = k->toByteArray().toHex();
        keyFile.write(hex + '\n');
        storage::wipeBytes(hex);
        key = k.value();
    }
    auto db = storage::Database::open(path, *key);
    if (!db.ok())
        return db.error();
    if (Status migrated = schema().apply(db.value()); !migrated.ok())
        return migrated.error();
    return Ledger(std::move(db).value());
}

Status Ledger::ensureAccount(const QString &account, const QString &name, const QString &currency)
{
    auto q = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO accounts (account, name, currency, balance) VALUES (?, ?, ?, 0)"));
    if (!q.ok())
        return q.error();
    q->bind(1, account).bind(2, name).bind(3, currency);
    if (Status s = q->execute(); !s.ok())
        return s;
    if (!name.isEmpty()) {
        auto u = m_db.prepare(QStringLiteral("UPDATE accounts SET name = ? WHERE account = ?"));
        if (!u.ok())
            return u.error();
        u->bind(1, name).bind(2, account);
        return u->execute();
    }
    return {};
}

Status Ledger::addAlias(const QString &alias, const QString &account)
{
    auto q = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO aliases (alias, account) VALUES (?, ?)"));
    if (!q.ok())
        return q.error();
    q->bind(1, alias).bind(2, account);
    return q->execute();
}

Result<qint64> Ledger::balanceOf(const QString &account)
{
    auto q = m_db.prepare(QStringLiteral("SELECT balance FROM accounts WHERE account = ?"));
    if (!q.ok())
        return q.error();
    q->bind(1, account);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return Error::make(Error::Code::NotFound, QStringLiteral("no such account"));
    return q->columnInt64(0);
}

Result<std::optional<pay::Money>> Ledger::balance(const QString &account)
{
    auto q =
        m_db.prepare(QStringLiteral("SELECT balance, currency FROM accounts WHERE account = ?"));
    if (!q.ok())
        return q.error();
    q->bind(1, account);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<pay::Money>();
    return std::optional<pay::Money>(pay::Money{q->columnInt64(0), q->columnText(1)});
}

QString Ledger::accountName(const QString &account)
{
    auto q = m_db.prepare(QStringLiteral("SELECT name FROM accounts WHERE account = ?"));
    if (!q.ok())
        return {};
    q->bind(1, account);
    auto row = q->step();
    return row.ok() && row.value() && !q->columnText(0).isEmpty() ? q->columnText(0) : account;
}

QString Ledger::resolve(const QString &payee)
{
    QString account;
    if (payee.startsWith(u"xmpp:")) {
        account = payee.mid(5);
    } else {
        auto q = m_db.prepare(QStringLiteral("SELECT account FROM aliases WHERE alias = ?"));
        if (!q.ok())
            return {};
        q->bind(1, payee);
        auto row = q->step();
        if (!row.ok() || !row.value())
            return {};
        account = q->columnText(0);
    }
    return balanceOf(account).ok() ? account : QString();
}

Result<Ledger::Booking> Ledger::book(Booking b, const QString &debit, const QString &credit)
{
    auto tx = m_db.transaction();
    if (!tx.ok())
        return tx.error();
    qint64 debitBalance = 0;
    qint64 creditBalance = 0;
    if (!debit.isEmpty()) {
        auto have = balanceOf(debit);
        if (!have.ok())
            return have.error();
        if (have.value() < b.amount.minor) {
            return refused(Refusal::InsufficientFunds,
                           QStringLiteral("Insufficient balance: the account holds %1, the "
                                          "payment needs %2. Nothing was charged.")
                               .arg(pay::Money{have.value(), b.amount.currency}.display(),
                                    b.amount.display()));
        }
        auto u = m_db.prepare(
            QStringLiteral("UPDATE accounts SET balance = balance - ? WHERE account = ?"));
        if (!u.ok())
            return u.error();
        u->bind(1, b.amount.minor).bind(2, debit);
        if (Status s = u->execute(); !s.ok())
            return s.error();
        debitBalance = have.value() - b.amount.minor;
    }
    if (!credit.isEmpty()) {
        auto have = balanceOf(credit);
        if (!have.ok())
            return have.error();
        auto u = m_db.prepare(
            QStringLiteral("UPDATE accounts SET balance = balance + ? WHERE account = ?"));
        if (!u.ok())
            return u.error();
        u->bind(1, b.amount.minor).bind(2, credit);
        if (Status s = u->execute(); !s.ok())
            return s.error();
        creditBalance = have.value() + b.amount.minor;
    }
    b.transactionId = newId("T");
    b.time = QDateTime::currentDateTimeUtc();
    auto ins = m_db.prepare(QStringLiteral("INSERT INTO bookings (%1) VALUES "
                                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                .arg(QLatin1String(kBookingColumns)));
    if (!ins.ok())
        return ins.error();
    ins->bind(1, b.transactionId)
        .bind(2, b.time.toMSecsSinceEpoch())
        .bind(3, b.kind)
        .bind(4, b.payer)
        .bind(5, b.payee)
        .bind(6, b.amount.minor)
        .bind(7, b.amount.currency)
        .bind(8, b.note)
        .bind(9, b.reference)
        .bind(10, b.orderId)
        .bind(11, b.refundOf)
        .bind(12, b.transferId)
        .bind(13, debit)
        .bind(14, credit)
        .bind(15, debitBalance)
        .bind(16, creditBalance);
    if (Status s = ins->execute(); !s.ok())
        return s.error();
    if (!b.orderId.isEmpty()) {
        auto o = m_db.prepare(QStringLiteral(
            "INSERT INTO orders (payer, order_id, transaction_id) VALUES (?, ?, ?)"));
        if (!o.ok())
            return o.error();
        o->bind(1, b.payer).bind(2, b.orderId).bind(3, b.transactionId);
        if (Status s = o->execute(); !s.ok())
            return s.error();
    }
    if (Status s = tx->commit(); !s.ok())
        return s.error();
    b.payerBalance = debit == b.payer ? debitBalance : creditBalance;
    b.payeeBalance = credit == b.payee ? creditBalance : debitBalance;
    return b;
}

Result<std::optional<Ledger::Booking>> Ledger::booking(const QString &transactionId)
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM bookings WHERE id = ?").arg(QLatin1String(kBookingColumns)));
    if (!q.ok())
        return q.error();
    q->bind(1, transactionId);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<Booking>();
    return std::optional<Booking>(readRow(q.value()).booking);
}

Result<std::optional<Ledger::Booking>> Ledger::orderBooking(const QString &payer,
                                                            const QString &orderId)
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT transaction_id FROM orders WHERE payer = ? AND order_id = ?"));
    if (!q.ok())
        return q.error();
    q->bind(1, payer).bind(2, orderId);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<Booking>();
    return booking(q->columnText(0));
}

Result<Ledger::Booking> Ledger::pay(const QString &payer, const QString &orderId,
                                    const QString &payee, const pay::Money &amount,
                                    const QString &note, const QString &reference)
{
    if (orderId.isEmpty() || orderId.size() > 128)
        return refused(Refusal::Invalid, QStringLiteral("Every payment needs an order id."));
    if (amount.minor <= 0)
        return refused(Refusal::Invalid, QStringLiteral("The amount must be above zero."));
    auto earlier = orderBooking(payer, orderId);
    if (!earlier.ok())
        return earlier.error();
    const QString account = resolve(payee);
    if (earlier.value()) {
        Booking b = **earlier;
        // The same order again (a retry): the first booking stands, nothing is charged.
        if (b.amount != amount || b.payee != account)
            return refused(Refusal::OrderConflict,
                           QStringLiteral("This order id was used for another payment."));
        b.duplicate = true;
        return b;
    }
    if (account.isEmpty())
        return refused(Refusal::UnknownPayee,
                       QStringLiteral("This payment service has no account for %1.").arg(payee));
    if (account == payer)
        return refused(Refusal::Invalid, QStringLiteral("You cannot pay yourself."));
    auto payerBalance = balance(payer);
    if (!payerBalance.ok())
        return payerBalance.error();
    if (!payerBalance.value())
        return refused(Refusal::InsufficientFunds,
                       QStringLiteral("You have no account with this payment service yet."));
    if (payerBalance.value()->currency != amount.currency)
        return refused(
            Refusal::Invalid,
            QStringLiteral("This service pays in %1 only.").arg(payerBalance.value()->currency));
    auto tx = m_db.transaction();
    if (!tx.ok())
        return tx.error();
    if (!reference.isEmpty()) {
        auto q =
            m_db.prepare(QStringLiteral("SELECT 1 FROM bills WHERE payee = ? AND reference = ?"));
        if (!q.ok())
            return q.error();
        q->bind(1, account).bind(2, reference);
        auto row = q->step();
        if (!row.ok())
            return row.error();
        if (row.value())
            return refused(Refusal::BillPaid,
                           QStringLiteral("Bill %1 has been paid already.").arg(reference));
    }
    Booking b;
    b.kind = QStringLiteral("payment");
    b.payer = payer;
    b.payee = account;
    b.amount = amount;
    b.note = note;
    b.reference = reference;
    b.orderId = orderId;
    auto booked = book(b, payer, account);
    if (!booked.ok())
        return booked;
    if (!reference.isEmpty()) {
        auto q = m_db.prepare(QStringLiteral(
            "INSERT INTO bills (payee, reference, transaction_id) VALUES (?, ?, ?)"));
        if (!q.ok())
            return q.error();
        q->bind(1, account).bind(2, reference).bind(3, booked->transactionId);
        if (Status s = q->execute(); !s.ok())
            return s.error();
    }
    if (Status s = tx->commit(); !s.ok())
        return s.error();
    return booked;
}

Status Ledger::topUpTo(const QString &account, const pay::Money &target)
{
    auto have = balanceOf(account);
    if (!have.ok())
        return have.error();
    if (have.value() >= target.minor)
        return {};
    Booking b;
    b.kind = QStringLiteral("topup");
    b.payee = account;
    b.amount = pay::Money{target.minor - have.value(), target.currency};
    b.note = QStringLiteral("Top-up");
    auto booked = book(b, QString(), account);
    return booked.ok() ? Status() : Status(booked.error());
}

Result<Ledger::Booking> Ledger::hold(const QString &payer, const QString &orderId,
                                     const QString &payee, const pay::Money &amount,
                                     const QString &note, const QString &transferId)
{
    if (orderId.isEmpty() || amount.minor <= 0)
        return refused(Refusal::Invalid, QStringLiteral("A transfer needs an order id and an "
                                                        "amount above zero."));
    auto earlier = orderBooking(payer, orderId);
    if (!earlier.ok())
        return earlier.error();
    const QString account = payee.startsWith(u"xmpp:") ? payee.mid(5) : QString();
    if (earlier.value()) {
        Booking b = **earlier;
        if (b.amount != amount || b.payee != account)
            return refused(Refusal::OrderConflict,
                           QStringLiteral("This order id was used for another payment."));
        b.duplicate = true;
        return b;
    }
    if (account.isEmpty() || account == payer)
        return refused(Refusal::UnknownPayee, QStringLiteral("Send money to a friend's address."));
    auto tx = m_db.transaction();
    if (!tx.ok())
        return tx.error();
    Booking b;
    b.kind = QStringLiteral("transfer");
    b.payer = payer;
    b.payee = account;
    b.amount = amount;
    b.note = note;
    b.orderId = orderId;
    b.transferId = transferId.isEmpty() ? newId("X") : transferId;
    auto booked = book(b, payer, QString());
    if (!booked.ok())
        return booked;
    auto q = m_db.prepare(QStringLiteral("INSERT INTO holds (transfer_id, payer, payee, amount, "
                                         "currency, note, state, created) "
                                         "VALUES (?, ?, ?, ?, ?, ?, 'held', ?)"));
    if (!q.ok())
        return q.error();
    q->bind(1, b.transferId)
        .bind(2, payer)
        .bind(3, account)
        .bind(4, amount.minor)
        .bind(5, amount.currency)
        .bind(6, note)
        .bind(7, QDateTime::currentMSecsSinceEpoch());
    if (Status s = q->execute(); !s.ok())
        return s.error();
    if (Status s = tx->commit(); !s.ok())
        return s.error();
    return booked;
}

Result<Ledger::Booking> Ledger::acceptTransfer(const QString &transferId, const QString &requester)
{
    auto tx = m_db.transaction();
    if (!tx.ok())
        return tx.error();
    auto q = m_db.prepare(QStringLiteral(
        "SELECT payer, payee, amount, currency, note, state FROM holds WHERE transfer_id = ?"));
    if (!q.ok())
        return q.error();
    q->bind(1, transferId);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value() || q->columnText(1) != requester)
        return refused(Refusal::NotAllowed, QStringLiteral("This transfer is not for you."));
    if (q->columnText(5) == u"expired")
        return refused(Refusal::NotAllowed,
                       QStringLiteral("This transfer expired and went back to the sender."));
    if (q->columnText(5) != u"held")
        return refused(Refusal::NotAllowed, QStringLiteral("This transfer was answered already."));
    Booking b;
    b.kind = QStringLiteral("transfer-accept");
    b.payer = q->columnText(0);
    b.payee = requester;
    b.amount = pay::Money{q->columnInt64(2), q->columnText(3)};
    b.note = q->columnText(4);
    b.transferId = transferId;
    if (Status s = ensureAccount(requester, QString(), b.amount.currency); !s.ok())
        return s.error();
    auto booked = book(b, QString(), requester);
    if (!booked.ok())
        return booked;
    auto u =
        m_db.prepare(QStringLiteral("UPDATE holds SET state = 'accepted' WHERE transfer_id = ?"));
    if (!u.ok())
        return u.error();
    u->bind(1, transferId);
    if (Status s = u->execute(); !s.ok())
        return s.error();
    if (Status s = tx->commit(); !s.ok())
        return s.error();
    return booked;
}

Result<Ledger::Booking> Ledger::returnTransfer(const QString &transferId, const QString &requester)
{
    return giveBack(transferId, requester, QStringLiteral("returned"));
}

Result<QList<Ledger::Booking>> Ledger::expireTransfers(const QDateTime &heldBefore)
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT transfer_id, payee FROM holds WHERE state = 'held' AND created < ?"));
    if (!q.ok())
        return q.error();
    q->bind(1, heldBefore.toMSecsSinceEpoch());
    QList<std::pair<QString, QString>> due;
    while (true) {
        auto row = q->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        due.append({q->columnText(0), q->columnText(1)});
    }
    QList<Booking> out;
    for (const auto &[id, payee] : due) {
        auto back = giveBack(id, payee, QStringLiteral("expired"));
        if (!back.ok())
            return back.error();
        out.append(back.value());
    }
    return out;
}

Result<Ledger::Booking> Ledger::giveBack(const QString &transferId, const QString &requester,
                                         const QString &state)
{
    auto tx = m_db.transaction();
    if (!tx.ok())
        return tx.error();
    auto q = m_db.prepare(QStringLiteral(
        "SELECT payer, payee, amount, currency, note, state FROM holds WHERE transfer_id = ?"));
    if (!q.ok())
        return q.error();
    q->bind(1, transferId);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value() || q->columnText(1) != requester)
        return refused(Refusal::NotAllowed, QStringLiteral("This transfer is not for you."));
    if (q->columnText(5) != u"held")
        return refused(Refusal::NotAllowed, QStringLiteral("This transfer was answered already."));
    Booking b;
    b.kind = QStringLiteral("transfer-return");
    b.payer = requester;
    b.payee = q->columnText(0);
    b.amount = pay::Money{q->columnInt64(2), q->columnText(3)};
    b.note = q->columnText(4);
    b.transferId = transferId;
    auto booked = book(b, QString(), b.payee);
    if (!booked.ok())
        return booked;
    auto u = m_db.prepare(QStringLiteral("UPDATE holds SET state = ? WHERE transfer_id = ?"));
    if (!u.ok())
        return u.error();
    u->bind(1, state).bind(2, transferId);
    if (Status s = u->execute(); !s.ok())
        return s.error();
    if (Status s = tx->commit(); !s.ok())
        return s.error();
    return booked;
}

Result<std::optional<Ledger::Booking>> Ledger::refundOf(const QString &transactionId)
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM bookings WHERE refund_of = ?")
                              .arg(QLatin1String(kBookingColumns)));
    if (!q.ok())
        return q.error();
    q->bind(1, transactionId);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<Booking>();
    return std::optional<Booking>(readRow(q.value()).booking);
}

Result<Ledger::RefundRequest> Ledger::requestRefund(const QString &transactionId,
                                                    const QString &requester, const QString &reason)
{
    auto original = booking(transactionId);
    if (!original.ok())
        return original.error();
    if (!original.value() || original.value()->kind != u"payment" ||
        original.value()->payer != requester)
        return refused(Refusal::NotAllowed,
                       QStringLiteral("Only the payer can ask for a refund of this payment."));
    const Booking &o = **original;
    RefundRequest r;
    r.transactionId = transactionId;
    r.requester = requester;
    r.payee = o.payee;
    r.amount = o.amount;
    r.orderId = o.orderId;
    r.reason = reason.left(200);
    auto done = refundOf(transactionId);
    if (!done.ok())
        return done.error();
    if (done.value()) {
        r.state = QStringLiteral("refunded");
        r.refundTransactionId = done.value()->transactionId;
        return r;
    }
    auto q = m_db.prepare(
        QStringLiteral("SELECT reason, state FROM refund_requests WHERE transaction_id = ?"));
    if (!q.ok())
        return q.error();
    q->bind(1, transactionId);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (row.value()) {
        r.reason = q->columnText(0);
        r.state = q->columnText(1);
        r.existing = true;
        return r;
    }
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO refund_requests (transaction_id, requester, payee, reason, state, time) "
        "VALUES (?, ?, ?, ?, 'requested', ?)"));
    if (!insert.ok())
        return insert.error();
    insert->bind(1, transactionId)
        .bind(2, requester)
        .bind(3, o.payee)
        .bind(4, r.reason)
        .bind(5, QDateTime::currentMSecsSinceEpoch());
    if (Status s = insert->execute(); !s.ok())
        return s.error();
    r.state = QStringLiteral("requested");
    return r;
}

Result<Ledger::Booking> Ledger::refund(const QString &transactionId, const QString &requester)
{
    auto tx = m_db.transaction();
    if (!tx.ok())
        return tx.error();
    auto booked = refundBooking(transactionId, requester);
    if (!booked.ok())
        return booked;
    auto u = m_db.prepare(
        QStringLiteral("UPDATE refund_requests SET state = 'refunded' WHERE transaction_id = ?"));
    if (!u.ok())
        return u.error();
    u->bind(1, transactionId);
    if (Status s = u->execute(); !s.ok())
        return s.error();
    if (Status s = tx->commit(); !s.ok())
        return s.error();
    return booked;
}

Result<Ledger::Booking> Ledger::refundBooking(const QString &transactionId,
                                              const QString &requester)
{
    auto original = booking(transactionId);
    if (!original.ok())
        return original.error();
    if (!original.value() || original.value()->kind != u"payment" ||
        original.value()->payee != requester)
        return refused(Refusal::NotAllowed, QStringLiteral("Only the payee can refund a payment."));
    const Booking &o = **original;
    auto q = m_db.prepare(QStringLiteral("SELECT 1 FROM bookings WHERE refund_of = ?"));
    if (!q.ok())
        return q.error();
    q->bind(1, transactionId);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (row.value())
        return refused(Refusal::NotAllowed, QStringLiteral("This payment was refunded already."));
    Booking b;
    b.kind = QStringLiteral("refund");
    b.payer = requester;
    b.payee = o.payer;
    b.amount = o.amount;
    b.note = o.note;
    b.reference = o.reference;
    b.refundOf = transactionId;
    return book(b, requester, o.payer);
}

Result<QList<Ledger::Entry>> Ledger::statement(const QString &account, int limit)
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM bookings WHERE debit = :a OR credit = :a "
                                         "ORDER BY time DESC, rowid DESC LIMIT :n")
                              .arg(QLatin1String(kBookingColumns)));
    if (!q.ok())
        return q.error();
    q->bind(":a", account).bind(":n", limit);
    QList<Entry> out;
    while (true) {
        auto row = q->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        const Row r = readRow(q.value());
        Entry e;
        e.booking = r.booking;
        const bool out_ = r.debit == account;
        e.amount = pay::Money{out_ ? -r.booking.amount.minor : r.booking.amount.minor,
                              r.booking.amount.currency};
        e.balanceAfter = out_ ? r.debitBalance : r.creditBalance;
        const QString &k = r.booking.kind;
        e.counterparty = r.booking.payer == account ? r.booking.payee : r.booking.payer;
        if (k == u"payment")
            e.kind = out_ ? QStringLiteral("payment") : QStringLiteral("income");
        else if (k == u"transfer")
            e.kind = QStringLiteral("transfer-out");
        else if (k == u"transfer-accept")
            e.kind = QStringLiteral("transfer-in");
        else
            e.kind = k; // refund, transfer-return, topup
        out.append(e);
    }
    return out;
}

} // namespace teahouse::provider
