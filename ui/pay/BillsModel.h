#pragma once

#include "pay/Receipt.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace teahouse::pay {
class PayService;
}

namespace teahouse::ui {

// The wallet's bills: receipts from the encrypted store, newest first, filtered by direction
// (all / spent / received), month and a search text.
class BillsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the pay controller")
    Q_PROPERTY(int direction READ direction WRITE setDirection NOTIFY filterChanged)
    Q_PROPERTY(QString month READ month WRITE setMonth NOTIFY filterChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QStringList months READ months NOTIFY monthsChanged)

public:
    enum Roles
    {
        TransactionIdRole = Qt::UserRole + 1,
        TimeTextRole,
        KindRole,
        KindTextRole,
        CounterpartyRole,
        CounterpartyNameRole,
        AmountTextRole,
        IsExpenseRole,
        NoteRole,
        OrderIdRole,
        BalanceTextRole,
        RefundStateRole, // "", requested, refunded, refused
    };
    // Values of `direction`.
    enum Direction
    {
        All = 0,
        Expense = 1,
        Income = 2,
    };
    Q_ENUM(Direction)

    explicit BillsModel(QObject *parent = nullptr);

    void setService(pay::PayService *service);
    void reload();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int direction() const { return int(m_filter.direction); }
    void setDirection(int direction);
    [[nodiscard]] QString month() const { return m_filter.month; }
    void setMonth(const QString &month);
    [[nodiscard]] QString search() const { return m_filter.search; }
    void setSearch(const QString &search);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    // The months that have bills ("2026-11"), newest first.
    [[nodiscard]] QStringList months() const { return m_months; }

    // One receipt's fields for the detail page (empty map if unknown).
    [[nodiscard]] QVariantMap receipt(const QString &transactionId) const;
    [[nodiscard]] static QString kindText(const QString &kind);

Q_SIGNALS:
    void filterChanged();
    void countChanged();
    void monthsChanged();

private:
    [[nodiscard]] QVariantMap toMap(const pay::Receipt &receipt) const;

    pay::PayService *m_service = nullptr;
    pay::ReceiptFilter m_filter;
    QList<pay::Receipt> m_rows;
    QStringList m_months;
};

} // namespace teahouse::ui
