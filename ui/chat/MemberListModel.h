#pragma once

#include <QAbstractListModel>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// People in a list: a group's members (info panel, @mention completion) or the contacts to
// pick from (new group, invite, forward). A filter narrows the rows by name or address; picked
// rows are remembered across filtering.
class MemberListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MemberListModel comes from ChatController")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int checkedCount READ checkedCount NOTIFY checkedChanged)

public:
    struct Person
    {
        QString jid;  // bare JID, or room@service/nick for a member whose JID is hidden
        QString name; // display name (roster name, nick)
        QString role; // "owner", "admin", "member", "" for contacts
        bool present = false;
        QString avatar; // picture URL (image://, data:), empty: the initial is drawn
        friend bool operator==(const Person &, const Person &) = default;
    };

    enum Role
    {
        JidRole = Qt::UserRole + 1,
        NameRole,
        RoleTextRole,
        PresentRole,
        CheckedRole,
        AvatarSourceRole,
    };
    Q_ENUM(Role)

    explicit MemberListModel(QObject *parent = nullptr);

    void setPeople(const QList<Person> &people);
    [[nodiscard]] const QList<Person> &people() const { return m_people; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    [[nodiscard]] int checkedCount() const { return int(m_checked.size()); }

    Q_INVOKABLE void setChecked(const QString &jid, bool checked);
    Q_INVOKABLE void clearChecked();
    [[nodiscard]] Q_INVOKABLE QStringList checkedJids() const;
    [[nodiscard]] Q_INVOKABLE QString nameOf(const QString &jid) const;

Q_SIGNALS:
    void countChanged();
    void filterChanged();
    void checkedChanged();

private:
    void rebuild();

    QList<Person> m_people;
    QList<int> m_rows; // indices into m_people that pass the filter
    QString m_filter;
    QSet<QString> m_checked;
};

} // namespace teahouse::ui
