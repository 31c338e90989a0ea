#include "TagListModel.h"

namespace teahouse::ui {

TagListModel::TagListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int TagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tags.size());
}

QVariant TagListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &tag = m_tags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return tag.first;
    case CountRole:
        return tag.second;
    default:
        return {};
    }
}

QHash<int, QByteArray> TagListModel::roleNames() const
{
    return {{NameRole, "name"}, {CountRole, "contactCount"}};
}

void TagListModel::setTags(const QList<QPair<QString, int>> &tags)
{
    if (tags == m_tags)
        return;
    beginResetModel();
    m_tags = tags;
    endResetModel();
    Q_EMIT countChanged();
}

QStringList TagListModel::names() const
{
    QStringList out;
    for (const auto &t : m_tags)
        out.append(t.first);
    return out;
}

} // namespace teahouse::ui
