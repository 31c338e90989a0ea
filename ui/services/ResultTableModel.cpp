#include "ResultTableModel.h"

#include <QCollator>
#include <algorithm>

namespace teahouse::ui {

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ResultTableModel::setForm(const xmpp::DataForm *form)
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    m_sortColumn = -1;
    m_ascending = true;
    if (form) {
        QStringList vars;
        for (const auto &f : form->reported()) {
            vars.append(f.var);
            m_columns.append(f.label.isEmpty() ? f.var : f.label);
        }
        for (const auto &item : form->items()) {
            QStringList cells;
            for (const QString &var : std::as_const(vars)) {
                QString value;
                for (const auto &f : item)
                    if (f.var == var)
                        value = f.values.join(QStringLiteral(", "));
                cells.append(value);
            }
            m_rows.append(cells);
        }
    }
    endResetModel();
    Q_EMIT columnsChanged();
    Q_EMIT sortChanged();
}

void ResultTableModel::sortBy(int column)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_ascending = column == m_sortColumn ? !m_ascending : true;
    m_sortColumn = column;
    QCollator collator;
    collator.setNumericMode(true);
    beginResetModel();
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const QStringList &a, const QStringList &b) {
        bool aNum = false;
        bool bNum = false;
        const double x = a.value(column).toDouble(&aNum);
        const double y = b.value(column).toDouble(&bNum);
        const int c = aNum && bNum ? (x < y ? -1 : (x > y ? 1 : 0))
                                   : collator.compare(a.value(column), b.value(column));
        return m_ascending ? c < 0 : c > 0;
    });
    endResetModel();
    Q_EMIT sortChanged();
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != CellsRole)
        return {};
    return m_rows.at(index.row());
}

QHash<int, QByteArray> ResultTableModel::roleNames() const
{
    return {{CellsRole, "cells"}};
}

} // namespace teahouse::ui
