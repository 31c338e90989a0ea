#include "pay/PayStore.h"

#include "storage/Database.h"

#include <QTimeZone>

namespace teahouse::pay {

namespace {

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

PaymentOrder readOrder(storage::Statement &q)
{
    PaymentOrder o;
    o.orderId = q.columnText(0);
    o.kind =
        q.columnText(1) == u"transfer" ? PaymentOrder::Kind::Transfer : PaymentOrder::Kind::Payment;
    o.payee = q.columnText(2);
    o.payeeName = q.columnText(3);
    o.amount = Money{q.columnInt64(4), q.columnText(5)};
    o.note = q.columnText(6);
    o.reference = q.columnText(7);
    o.state = PaymentOrder::stateFromName(q.columnText(8));
    o.message = q.columnText(9);
    o.transactionId = q.columnText(10);
    o.transferId = q.columnText(11);
    o.balanceAfter = q.isNull(12) ? -1 : q.columnInt64(12);
    o.duplicate = q.columnInt(13) != 0;
    o.created = fromMs(q.columnInt64(14));
    o.updated = fromMs(q.columnInt64(15));
    o.attempts = q.columnInt(16);
    return o;
}

constexpr auto kOrderColumns =
    "order_id, kind, payee, payee_name, amount_minor, currency, note, reference, state, message, "
    "transaction_id, transfer_id, balance_after, duplicate, created, updated, attempts";

Receipt readReceipt(storage::Statement &q)
{
    Receipt r;
    r.transactionId = q.columnText(0);
    r.time = fromMs(q.columnInt64(1));
    r.kind = q.columnText(2);
    r.counterparty = q.columnText(3);
    r.counterpartyName = q.columnText(4);
    r.amount = Money{q.columnInt64(5), q.columnText(6)};
    r.note = q.columnText(7);
    r.orderId = q.columnText(8);
    r.balanceAfter = q.isNull(9) ? -1 : q.columnInt64(9);
    return r;
}

constexpr auto kReceiptColumns = "transaction_id, time, kind, counterparty, counterparty_name, "
                                 "amount_minor, currency, note, order_id, balance_after";

PayStore::Transfer readTransfer(storage::Statement &q)
{
    PayStore::Transfer t;
    t.id = q.columnText(0);
    t.incoming = q.columnText(1) == u"in";
    t.peer = Jid::parse(q.columnText(2));
    t.amount = Money{q.columnInt64(3), q.columnText(4)};
    t.note = q.columnText(5);
    t.state = TransferOffer::stateFromName(q.columnText(6));
    t.service = Jid::parse(q.columnText(7));
    t.time = fromMs(q.columnInt64(8));
    return t;
}

constexpr auto kTransferColumns =
    "transfer_id, direction, peer, amount_minor, currency, note, state, service, time";

} // namespace

PayStore::PayStore(storage::Database &db)
    : m_db(db)
{}

storage::Migrations PayStore::migrations()
{
    storage::Migrations m(QStringLiteral("pay"));
    m.addSql(QStringLiteral(
        "CREATE TABLE pay_pin (id INTEGER PRIMARY KEY CHECK (id = 1), salt BLOB NOT NULL, "
        "  hash BLOB NOT NULL, log_n INTEGER NOT NULL, r INTEGER NOT NULL, p INTEGER NOT NULL, "
        "  failures INTEGER NOT NULL DEFAULT 0, locked_until INTEGER NOT NULL DEFAULT 0);"
        "CREATE TABLE pay_orders (order_id TEXT PRIMARY KEY, kind TEXT NOT NULL, "
        "  payee TEXT NOT NULL, payee_name TEXT NOT NULL, amount_minor INTEGER NOT NULL, "
        "  currency TEXT NOT NULL, note TEXT NOT NULL, reference TEXT NOT NULL, "
        "  state TEXT NOT NULL, message TEXT NOT NULL, transaction_id TEXT NOT NULL, "
        "  transfer_id TEXT NOT NULL, balance_after INTEGER, duplicate INTEGER NOT NULL, "
        "  created INTEGER NOT NULL, updated INTEGER NOT NULL, attempts INTEGER NOT NULL);"
        "CREATE INDEX pay_orders_state ON pay_orders (state, created);"
        "CREATE TABLE pay_receipts (transaction_id TEXT PRIMARY KEY, time INTEGER NOT NULL, "
        "  kind TEXT NOT NULL, counterparty TEXT NOT NULL, counterparty_name TEXT NOT NULL, "
        "  amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, note TEXT NOT NULL, "
        "  order_id TEXT NOT NULL, balance_after INTEGER);"
        "CREATE INDEX pay_receipts_time ON pay_receipts (time);"
        "CREATE TABLE pay_transfers (transfer_id TEXT PRIMARY KEY, direction TEXT NOT NULL, "
        "  peer TEXT NOT NULL, amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, "
        "  note TEXT NOT NULL, state TEXT NOT NULL, service TEXT NOT NULL, time INTEGER NOT NULL);"
        "CREATE TABLE pay_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);"));
    m.addSql(QStringLiteral(
        "CREATE TABLE pay_refunds (transaction_id TEXT PRIMARY KEY, state TEXT NOT NULL, "
        "  reason TEXT NOT NULL, message TEXT NOT NULL, refund_transaction TEXT NOT NULL, "
        "  updated INTEGER NOT NULL);"));
    return m;
}

Status PayStore::saveOrder(const PaymentOrder &o)
{
    auto q = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO pay_orders (%1) VALUES "
                                         "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(QLatin1String(kOrderColumns)));
    if (!q.ok())
        return q.error();
    q->bind(1, o.orderId)
        .bind(2, o.kind == PaymentOrder::Kind::Transfer ? QStringLiteral("transfer")
                                                        : QStringLiteral("payment"))
        .bind(3, o.payee)
        .bind(4, o.payeeName)
        .bind(5, o.amount.minor)
        .bind(6, o.amount.currency)
        .bind(7, o.note)
        .bind(8, o.reference)
        .bind(9, PaymentOrder::stateName(o.state))
        .bind(10, o.message)
        .bind(11, o.transactionId)
        .bind(12, o.transferId)
        .bind(13, o.balanceAfter >= 0 ? std::optional<qint64>(o.balanceAfter) : std::nullopt)
        .bind(14, o.duplicate ? 1 : 0)
        .bind(15, o.created.toMSecsSinceEpoch())
        .bind(16, o.updated.toMSecsSinceEpoch())
        .bind(17, o.attempts);
    return q->execute();
}

Result<std::optional<PaymentOrder>> PayStore::order(const QString &orderId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM pay_orders WHERE order_id = ?")
                              .arg(QLatin1String(kOrderColumns)));
    if (!q.ok())
        return q.error();
    q->bind(1, orderId);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<PaymentOrder>();
    return std::optional<PaymentOrder>(readOrder(q.value()));
}

Result<QList<PaymentOrder>> PayStore::pendingOrders() const
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM pay_orders WHERE state IN "
                                         "('sending', 'unknown') ORDER BY created")
                              .arg(QLatin1String(kOrderColumns)));
    if (!q.ok())
        return q.error();
    QList<PaymentOrder> out;
    while (true) {
        auto row = q->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        out.append(readOrder(q.value()));
    }
    return out;
}

Status PayStore::saveReceipt(const Receipt &r)
{
    auto q = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO pay_receipts (%1) VALUES "
                                         "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(QLatin1String(kReceiptColumns)));
    if (!q.ok())
        return q.error();
    q->bind(1, r.transactionId)
        .bind(2, r.time.toMSecsSinceEpoch())
        .bind(3, r.kind)
        .bind(4, r.counterparty)
        .bind(5, r.counterpartyName)
        .bind(6, r.amount.minor)
        .bind(7, r.amount.currency)
        .bind(8, r.note)
        .bind(9, r.orderId)
        .bind(10, r.balanceAfter >= 0 ? std::optional<qint64>(r.balanceAfter) : std::nullopt);
    return q->execute();
}

Result<QList<Receipt>> PayStore::receipts(const ReceiptFilter &filter) const
{
    QString sql =
        QStringLiteral("SELECT %1 FROM pay_receipts WHERE 1").arg(QLatin1String(kReceiptColumns));
    if (filter.direction == ReceiptFilter::Direction::Expense)
        sql += QStringLiteral(" AND amount_minor < 0");
    else if (filter.direction == ReceiptFilter::Direction::Income)
        sql += QStringLiteral(" AND amount_minor > 0");
    qint64 from = 0;
    qint64 to = 0;
    if (!filter.month.isEmpty()) {
        const QDate first = QDate::fromString(filter.month + QStringLiteral("-01"), Qt::ISODate);
        if (first.isValid()) {
            // Months are the user's local months.
            from = QDateTime(first, QTime(0, 0)).toMSecsSinceEpoch();
            to = QDateTime(first.addMonths(1), QTime(0, 0)).toMSecsSinceEpoch();
            sql += QStringLiteral(" AND time >= :from AND time < :to");
        }
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty())
        sql += QStringLiteral(" AND (instr(lower(counterparty_name), lower(:s)) > 0 OR "
                              "instr(lower(counterparty), lower(:s)) > 0 OR "
                              "instr(lower(note), lower(:s)) > 0 OR instr(order_id, :s) > 0)");
    sql += QStringLiteral(" ORDER BY time DESC, transaction_id DESC");
    auto q = m_db.prepare(sql);
    if (!q.ok())
        return q.error();
    if (from != 0) {
        q->bind(":from", from);
        q->bind(":to", to);
    }
    if (!search.isEmpty())
        q->bind(":s", search);
    QList<Receipt> out;
    while (true) {
        auto row = q->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        out.append(readReceipt(q.value()));
    }
    return out;
}

Result<std::optional<Receipt>> PayStore::receipt(const QString &transactionId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM pay_receipts WHERE transaction_id = ?")
                              .arg(QLatin1String(kReceiptColumns)));
    if (!q.ok())
        return q.error();
    q->bind(1, transactionId);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<Receipt>();
    return std::optional<Receipt>(readReceipt(q.value()));
}

Status PayStore::saveTransfer(const Transfer &t)
{
    auto q = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO pay_transfers (%1) VALUES "
                                         "(?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(QLatin1String(kTransferColumns)));
    if (!q.ok())
        return q.error();
    q->bind(1, t.id)
        .bind(2, t.incoming ? QStringLiteral("in") : QStringLiteral("out"))
        .bind(3, t.peer.bareString())
        .bind(4, t.amount.minor)
        .bind(5, t.amount.currency)
        .bind(6, t.note)
        .bind(7, TransferOffer::stateName(t.state))
        .bind(8, t.service.toString())
        .bind(9, t.time.toMSecsSinceEpoch());
    return q->execute();
}

Result<std::optional<PayStore::Transfer>> PayStore::transfer(const QString &id) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM pay_transfers WHERE transfer_id = ?")
                              .arg(QLatin1String(kTransferColumns)));
    if (!q.ok())
        return q.error();
    q->bind(1, id);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<Transfer>();
    return std::optional<Transfer>(readTransfer(q.value()));
}

Result<QList<PayStore::Transfer>> PayStore::transfers() const
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM pay_transfers ORDER BY time DESC")
                              .arg(QLatin1String(kTransferColumns)));
    if (!q.ok())
        return q.error();
    QList<Transfer> out;
    while (true) {
        auto row = q->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        out.append(readTransfer(q.value()));
    }
    return out;
}

Status PayStore::saveRefund(const Refund &r)
{
    auto q = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO pay_refunds (transaction_id, state, reason, message, "
        "refund_transaction, updated) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q.ok())
        return q.error();
    q->bind(1, r.transactionId)
        .bind(2, r.state)
        .bind(3, r.reason)
        .bind(4, r.message)
        .bind(5, r.refundTransactionId)
        .bind(6, r.updated.toMSecsSinceEpoch());
    return q->execute();
}

Result<std::optional<PayStore::Refund>> PayStore::refund(const QString &transactionId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT state, reason, message, refund_transaction, "
                                         "updated FROM pay_refunds WHERE transaction_id = ?"));
    if (!q.ok())
        return q.error();
    q->bind(1, transactionId);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<Refund>();
    Refund r;
    r.transactionId = transactionId;
    r.state = q->columnText(0);
    r.reason = q->columnText(1);
    r.message = q->columnText(2);
    r.refundTransactionId = q->columnText(3);
    r.updated = fromMs(q->columnInt64(4));
    return std::optional<Refund>(r);
}

Status PayStore::saveBalance(const Money &balance)
{
    auto q = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO pay_state (key, value) VALUES ('balance', ?)"));
    if (!q.ok())
        return q.error();
    q->bind(1, QString::number(balance.minor) + u' ' + balance.currency);
    return q->execute();
}

Result<std::optional<Money>> PayStore::balance() const
{
    auto q = m_db.prepare(QStringLiteral("SELECT value FROM pay_state WHERE key = 'balance'"));
    if (!q.ok())
        return q.error();
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<Money>();
    const QStringList parts = q->columnText(0).split(u' ');
    if (parts.size() != 2)
        return std::optional<Money>();
    return std::optional<Money>(Money{parts[0].toLongLong(), parts[1]});
}

} // namespace teahouse::pay
