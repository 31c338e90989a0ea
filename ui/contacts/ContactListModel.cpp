#include "ContactListModel.h"

#include "contacts/PinyinCollator.h"

#include <algorithm>

namespace teahouse::ui {

namespace {
const QString kStarSection = QStringLiteral("★");
}

ContactListModel::ContactListModel(const contacts::PinyinCollator &collator, QObject *parent)
    : QAbstractListModel(parent)
    , m_collator(collator)
{}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QString ContactListModel::sectionOf(const Entry &entry)
{
    return entry.contact.starred ? kStarSection : entry.initial;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_all.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case JidRole:
        return e.contact.jid.toString();
    case RemarkRole:
        return e.contact.remark;
    case NicknameRole:
        return e.contact.nickname;
    case TagsRole:
        return e.contact.tags;
    case StarredRole:
        return e.contact.starred;
    case SectionRole:
        return sectionOf(e);
    case InitialRole:
        return e.initial;
    case AvatarRole:
        return e.avatar;
    case OnlineRole:
        return e.contact.online;
    case StatusTextRole:
        return e.contact.statusText;
    case BlockedRole:
        return e.contact.blocked;
    case MutualRole:
        return e.contact.isMutual();
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactListModel::roleNames() const
{
    return {{JidRole, "jid"},
            {NameRole, "name"},
            {RemarkRole, "remark"},
            {NicknameRole, "nickname"},
            {TagsRole, "tags"},
            {StarredRole, "starred"},
            {SectionRole, "section"},
            {InitialRole, "initial"},
            {AvatarRole, "avatar"},
            {OnlineRole, "online"},
            {StatusTextRole, "statusText"},
            {BlockedRole, "blocked"},
            {MutualRole, "mutual"}};
}

ContactListModel::Entry ContactListModel::makeEntry(const contacts::Contact &contact) const
{
    Entry e;
    e.contact = contact;
    e.name = contact.displayName();
    const auto key = m_collator.key(e.name);
    e.initial = key.initial;
    // Starred friends first; within each part, the pinyin order.
    e.sortKey = (contact.starred ? QStringLiteral("0") : QStringLiteral("1")) + key.sortKey;
    if (m_avatarSource)
        e.avatar = m_avatarSource(contact);
    return e;
}

bool ContactListModel::accepts(const Entry &entry) const
{
    if (!m_tag.isEmpty() && !entry.contact.tags.contains(m_tag))
        return false;
    if (m_filter.trimmed().isEmpty())
        return true;
    const QString jid = entry.contact.jid.toString();
    return m_collator.matches(entry.name, m_filter) ||
           (!entry.contact.nickname.isEmpty() &&
            m_collator.matches(entry.contact.nickname, m_filter)) ||
           jid.contains(m_filter.trimmed(), Qt::CaseInsensitive);
}

void ContactListModel::rebuild()
{
    beginResetModel();
    std::sort(m_all.begin(), m_all.end(),
              [](const Entry &a, const Entry &b) { return a.sortKey < b.sortKey; });
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (accepts(m_all.at(i)))
            m_rows.append(i);
    }
    endResetModel();
    Q_EMIT countChanged();
}

void ContactListModel::setContacts(const QList<contacts::Contact> &contacts)
{
    m_all.clear();
    for (const contacts::Contact &c : contacts)
        m_all.append(makeEntry(c));
    rebuild();
}

void ContactListModel::updateContact(const Jid &jid,
                                     const std::optional<contacts::Contact> &contact)
{
    const Jid bare = jid.bare();
    int at = -1;
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_all.at(i).contact.jid == bare) {
            at = i;
            break;
        }
    }
    if (!contact) {
        if (at < 0)
            return;
        m_all.removeAt(at);
        rebuild();
        return;
    }
    Entry entry = makeEntry(*contact);
    if (at < 0) {
        m_all.append(entry);
        rebuild();
        return;
    }
    const Entry &old = m_all.at(at);
    // Same place and same visibility: update the row in place, so the view keeps its state.
    if (old.sortKey == entry.sortKey && accepts(old) == accepts(entry)) {
        const bool changed = !(old.contact == entry.contact) || old.avatar != entry.avatar;
        m_all[at] = entry;
        const int row = static_cast<int>(m_rows.indexOf(at));
        if (changed && row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    m_all[at] = entry;
    rebuild();
}

void ContactListModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
    Q_EMIT filterChanged();
}

void ContactListModel::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    rebuild();
    Q_EMIT tagChanged();
}

QStringList ContactListModel::sections() const
{
    QStringList out;
    for (int i : m_rows) {
        const QString s = sectionOf(m_all.at(i));
        if (!out.contains(s))
            out.append(s);
    }
    return out;
}

int ContactListModel::rowOfSection(const QString &section) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (sectionOf(m_all.at(m_rows.at(row))) == section)
            return row;
    }
    return -1;
}

int ContactListModel::rowOf(const QString &jid) const
{
    const Jid wanted = Jid::parse(jid).bare();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_all.at(m_rows.at(row)).contact.jid == wanted)
            return row;
    }
    return -1;
}

QString ContactListModel::jidAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_all.at(m_rows.at(row)).contact.jid.toString();
}

} // namespace teahouse::ui
