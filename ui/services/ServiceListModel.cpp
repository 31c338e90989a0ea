#include "ServiceListModel.h"

#include "services/CityProtocol.h"

#include <QLocale>

namespace teahouse::ui {

ServiceListModel::ServiceListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

QString ServiceListModel::categoryLabel(const QString &c)
{
    if (c == u"public-security")
        return tr("Public security");
    if (c == u"social-security")
        return tr("Social security");
    if (c == u"housing-fund")
        return tr("Housing fund");
    if (c == u"transport")
        return tr("Transport");
    if (c == u"taxation")
        return tr("Taxation");
    if (c == u"medical")
        return tr("Medical");
    if (c == u"education")
        return tr("Education");
    if (c == u"utilities")
        return tr("Utilities");
    if (c == u"weather")
        return tr("Weather");
    if (c == u"complaints")
        return tr("Complaints");
    return tr("Other");
}

void ServiceListModel::setEntries(const QList<services::ServiceEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
    Q_EMIT countChanged();
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::ServiceEntry &e = m_entries.at(index.row());
    switch (role) {
    case CityRole:
        return e.city;
    case NodeRole:
        return e.node;
    case NameRole:
        return e.name.isEmpty() ? e.node : e.name;
    case CategoryRole:
        return services::city::categoryOf(e.node);
    case CategoryLabelRole:
        return categoryLabel(services::city::categoryOf(e.node));
    case PinnedRole:
        return e.pinned;
    case LastUsedRole:
        return e.lastUsed.isValid()
                   ? QLocale().toString(e.lastUsed.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    return {{CityRole, "city"},
            {NodeRole, "node"},
            {NameRole, "name"},
            {CategoryRole, "category"},
            {CategoryLabelRole, "categoryLabel"},
            {PinnedRole, "pinned"},
            {LastUsedRole, "lastUsed"}};
}

} // namespace teahouse::ui
