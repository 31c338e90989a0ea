#pragma once

#include "xmpp/DataForm.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// A service's result table (XEP-0004 <reported/> + <item/>s): one row per item with its cells
// in the reported columns' order, sortable by any column (numbers as numbers, the rest by text).
class ResultTableModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the form controller")
    Q_PROPERTY(QStringList columns READ columns NOTIFY columnsChanged)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY columnsChanged)

public:
    enum Roles
    {
        CellsRole = Qt::UserRole + 1,
    };

    explicit ResultTableModel(QObject *parent = nullptr);

    void setForm(const xmpp::DataForm *form);

    [[nodiscard]] QStringList columns() const { return m_columns; }
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] bool sortAscending() const { return m_ascending; }
    // Sorts by a column; the same column again reverses the order.
    Q_INVOKABLE void sortBy(int column);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void columnsChanged();
    void sortChanged();

private:
    QStringList m_columns;
    QList<QStringList> m_rows;
    int m_sortColumn = -1;
    bool m_ascending = true;
};

} // namespace teahouse::ui
