#pragma once

#include "contacts/Contact.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace teahouse::contacts {
class PinyinCollator;
}

namespace teahouse::ui {

// The contact list as QML shows it: starred friends first (section "★"), then everyone by the
// initial of their name's pinyin (A–Z, "#"), filtered by a search text (name, remarks,
// pinyin, initials, address) and optionally by one tag.
class ContactListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the contacts controller")
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY tagChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    // The index letters present, in order (for the side index).
    Q_PROPERTY(QStringList sections READ sections NOTIFY countChanged)

public:
    enum Role
    {
        JidRole = Qt::UserRole + 1,
        NameRole,
        RemarkRole,
        NicknameRole,
        TagsRole,
        StarredRole,
        SectionRole,
        InitialRole,
        AvatarRole,
        OnlineRole,
        StatusTextRole,
        BlockedRole,
        MutualRole,
    };
    Q_ENUM(Role)

    // Gives the data: URL of a contact's picture ("" for none).
    using AvatarSource = std::function<QString(const contacts::Contact &)>;

    explicit ContactListModel(const contacts::PinyinCollator &collator, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setAvatarSource(AvatarSource source) { m_avatarSource = std::move(source); }
    // Replaces everything (a new roster).
    void setContacts(const QList<contacts::Contact> &contacts);
    // One contact changed (or appeared, or went: nullopt).
    void updateContact(const Jid &jid, const std::optional<contacts::Contact> &contact);

    [[nodiscard]] QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    [[nodiscard]] QString tag() const { return m_tag; }
    void setTag(const QString &tag);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] int totalCount() const { return static_cast<int>(m_all.size()); }
    [[nodiscard]] QStringList sections() const;

    // The first row of a section (for the side index); -1 if none.
    [[nodiscard]] Q_INVOKABLE int rowOfSection(const QString &section) const;
    [[nodiscard]] Q_INVOKABLE int rowOf(const QString &jid) const;
    [[nodiscard]] Q_INVOKABLE QString jidAt(int row) const;

Q_SIGNALS:
    void filterChanged();
    void tagChanged();
    void countChanged();

private:
    struct Entry
    {
        contacts::Contact contact;
        QString name;
        QString initial;
        QString sortKey;
        QString avatar;
    };
    [[nodiscard]] Entry makeEntry(const contacts::Contact &contact) const;
    [[nodiscard]] bool accepts(const Entry &entry) const;
    [[nodiscard]] static QString sectionOf(const Entry &entry);
    void rebuild();

    const contacts::PinyinCollator &m_collator;
    AvatarSource m_avatarSource;
    QList<Entry> m_all; // sorted
    QList<int> m_rows;  // indexes into m_all that pass the filter
    QString m_filter;
    QString m_tag;
};

} // namespace teahouse::ui
