#include "MemberListModel.h"

namespace teahouse::ui {

MemberListModel::MemberListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void MemberListModel::setPeople(const QList<Person> &people)
{
    if (people == m_people)
        return;
    m_people = people;
    // Someone who left the list cannot stay picked.
    QSet<QString> still;
    for (const Person &p : people) {
        if (m_checked.contains(p.jid))
            still.insert(p.jid);
    }
    const bool checkedChanged_ = still != m_checked;
    m_checked = still;
    rebuild();
    if (checkedChanged_)
        Q_EMIT checkedChanged();
}

void MemberListModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
    Q_EMIT filterChanged();
}

void MemberListModel::rebuild()
{
    const int before = count();
    beginResetModel();
    m_rows.clear();
    const QString f = m_filter.trimmed();
    for (int i = 0; i < m_people.size(); ++i) {
        const Person &p = m_people.at(i);
        // The address counts by its user part (or its full text when the filter has an "@"):
        // "al" must not match everyone "@localhost".
        const QString address = f.contains(u'@') ? p.jid : p.jid.section(u'@', 0, 0);
        if (f.isEmpty() || p.name.contains(f, Qt::CaseInsensitive) ||
            address.contains(f, Qt::CaseInsensitive))
            m_rows.append(i);
    }
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> MemberListModel::roleNames() const
{
    return {
        {JidRole, "jid"},         {NameRole, "name"},      {RoleTextRole, "roleText"},
        {PresentRole, "present"}, {CheckedRole, "picked"}, {AvatarSourceRole, "avatarSource"},
    };
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &p = m_people.at(m_rows.at(index.row()));
    switch (role) {
    case JidRole:
        return p.jid;
    case NameRole:
        return p.name.isEmpty() ? p.jid.section(u'@', 0, 0) : p.name;
    case RoleTextRole:
        if (p.role == u"owner")
            return tr("Owner");
        if (p.role == u"admin")
            return tr("Admin");
        return QString();
    case PresentRole:
        return p.present;
    case CheckedRole:
        return m_checked.contains(p.jid);
    case AvatarSourceRole:
        return p.avatar;
    default:
        return {};
    }
}

bool MemberListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != CheckedRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked(m_people.at(m_rows.at(index.row())).jid, value.toBool());
    return true;
}

Qt::ItemFlags MemberListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractListModel::flags(index);
    return QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable;
}

void MemberListModel::setChecked(const QString &jid, bool checked)
{
    if (checked == m_checked.contains(jid))
        return;
    if (checked)
        m_checked.insert(jid);
    else
        m_checked.remove(jid);
    for (int row = 0; row < count(); ++row) {
        if (m_people.at(m_rows.at(row)).jid == jid)
            Q_EMIT dataChanged(index(row), index(row), {CheckedRole});
    }
    Q_EMIT checkedChanged();
}

void MemberListModel::clearChecked()
{
    const QStringList jids(m_checked.cbegin(), m_checked.cend());
    for (const QString &jid : jids)
        setChecked(jid, false);
}

QStringList MemberListModel::checkedJids() const
{
    QStringList out;
    for (const Person &p : m_people) {
        if (m_checked.contains(p.jid))
            out.append(p.jid);
    }
    return out;
}

QString MemberListModel::nameOf(const QString &jid) const
{
    for (const Person &p : m_people) {
        if (p.jid == jid)
            return p.name.isEmpty() ? p.jid.section(u'@', 0, 0) : p.name;
    }
    return {};
}

} // namespace teahouse::ui
