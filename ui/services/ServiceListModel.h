#pragma once

#include "services/ServicesStore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// A list of city services (the catalog of the chosen city, filtered by category and search;
// or the pinned or recently used ones): name, category and whether it is pinned.
class ServiceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the services controller")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles
    {
        CityRole = Qt::UserRole + 1,
        NodeRole,
        NameRole,
        CategoryRole,
        CategoryLabelRole,
        PinnedRole,
        LastUsedRole,
    };

    explicit ServiceListModel(QObject *parent = nullptr);

    void setEntries(const QList<services::ServiceEntry> &entries);
    [[nodiscard]] const QList<services::ServiceEntry> &entries() const { return m_entries; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // The translated name of a category key ("medical" → "Medical").
    [[nodiscard]] static QString categoryLabel(const QString &category);

Q_SIGNALS:
    void countChanged();

private:
    QList<services::ServiceEntry> m_entries;
};

} // namespace teahouse::ui
