#include "BillsModel.h"

#include "pay/PayService.h"

#include <QLocale>

namespace teahouse::ui {

BillsModel::BillsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void BillsModel::setService(pay::PayService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service) {
        connect(m_service, &pay::PayService::receiptsChanged, this, &BillsModel::reload);
        connect(m_service, &pay::PayService::refundsChanged, this, &BillsModel::reload);
    }
    reload();
}

void BillsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_service) {
        auto rows = m_service->store().receipts(m_filter);
        if (rows.ok())
            m_rows = rows.value();
    }
    endResetModel();
    Q_EMIT countChanged();
    QStringList months;
    if (m_service) {
        auto all = m_service->store().receipts();
        if (all.ok()) {
            for (const pay::Receipt &r : all.value()) {
                const QString m = r.time.toLocalTime().toString(QStringLiteral("yyyy-MM"));
                if (!months.contains(m))
                    months.append(m);
            }
        }
    }
    if (months != m_months) {
        m_months = months;
        Q_EMIT monthsChanged();
    }
}

int BillsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString BillsModel::kindText(const QString &kind)
{
    if (kind == u"payment")
        return tr("Payment");
    if (kind == u"income")
        return tr("Received");
    if (kind == u"refund")
        return tr("Refund");
    if (kind == u"transfer-out")
        return tr("Transfer sent");
    if (kind == u"transfer-in")
        return tr("Transfer received");
    if (kind == u"transfer-return")
        return tr("Transfer returned");
    if (kind == u"topup")
        return tr("Top-up");
    return kind;
}

QVariantMap BillsModel::toMap(const pay::Receipt &r) const
{
    QString refundState;
    if (m_service) {
        auto refund = m_service->store().refund(r.transactionId);
        if (refund.ok() && refund->has_value())
            refundState = (*refund)->state;
    }
    const pay::Money balance{r.balanceAfter, r.amount.currency};
    QString amount = r.amount.display();
    if (r.amount.minor > 0)
        amount.prepend(u'+');
    return {
        {QStringLiteral("transactionId"), r.transactionId},
        {QStringLiteral("timeText"),
         QLocale().toString(r.time.toLocalTime(), QLocale::ShortFormat)},
        {QStringLiteral("kind"), r.kind},
        {QStringLiteral("kindText"), kindText(r.kind)},
        {QStringLiteral("counterparty"), r.counterparty},
        {QStringLiteral("counterpartyName"), r.counterpartyName},
        {QStringLiteral("amountText"), amount},
        {QStringLiteral("isExpense"), r.isExpense()},
        {QStringLiteral("note"), r.note},
        {QStringLiteral("orderId"), r.orderId},
        {QStringLiteral("balanceText"), r.balanceAfter >= 0 ? balance.display() : QString()},
        {QStringLiteral("refundState"), refundState},
    };
}

QVariant BillsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantMap m = toMap(m_rows.at(index.row()));
    const QByteArray name = roleNames().value(role);
    return name.isEmpty() ? QVariant() : m.value(QString::fromLatin1(name));
}

QHash<int, QByteArray> BillsModel::roleNames() const
{
    return {
        {TransactionIdRole, "transactionId"},
        {TimeTextRole, "timeText"},
        {KindRole, "kind"},
        {KindTextRole, "kindText"},
        {CounterpartyRole, "counterparty"},
        {CounterpartyNameRole, "counterpartyName"},
        {AmountTextRole, "amountText"},
        {IsExpenseRole, "isExpense"},
        {NoteRole, "note"},
        {OrderIdRole, "orderId"},
        {BalanceTextRole, "balanceText"},
        {RefundStateRole, "refundState"},
    };
}

void BillsModel::setDirection(int direction)
{
    const auto d = static_cast<pay::ReceiptFilter::Direction>(qBound(0, direction, 2));
    if (d == m_filter.direction)
        return;
    m_filter.direction = d;
    Q_EMIT filterChanged();
    reload();
}

void BillsModel::setMonth(const QString &month)
{
    if (month == m_filter.month)
        return;
    m_filter.month = month;
    Q_EMIT filterChanged();
    reload();
}

void BillsModel::setSearch(const QString &search)
{
    if (search == m_filter.search)
        return;
    m_filter.search = search;
    Q_EMIT filterChanged();
    reload();
}

QVariantMap BillsModel::receipt(const QString &transactionId) const
{
    if (!m_service)
        return {};
    auto r = m_service->store().receipt(transactionId);
    if (!r.ok() || !r->has_value())
        return {};
    return toMap(**r);
}

} // namespace teahouse::ui
