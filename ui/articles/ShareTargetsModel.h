#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// Where an article can be shared: the chat's conversations (people and groups, newest first),
// then the contacts there is no conversation with yet, filtered by a search text. It reads the
// chat's own models by their role names (jid, name, isGroup, avatarSource), so the articles
// module needs nothing of the chat but those models.
class ShareTargetsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by ArticlesController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)

public:
    enum Role
    {
        JidRole = Qt::UserRole + 1,
        NameRole,
        IsGroupRole,
        AvatarSourceRole,
        // "chats" or "contacts": the list's sections.
        KindRole,
    };

    explicit ShareTargetsModel(QObject *parent = nullptr);

    // Either may be null (no chat feature, or no account open).
    void setSources(QAbstractItemModel *conversations, QAbstractItemModel *contacts);
    [[nodiscard]] QString filter() const { return m_filter; }
    void setFilter(const QString &text);
    // Reads the sources again (the picker calls it when it opens).
    Q_INVOKABLE void reload();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void filterChanged();

private:
    struct Target
    {
        QString jid;
        QString name;
        bool isGroup = false;
        QString avatarSource;
        QString kind;
    };
    void read(QAbstractItemModel *model, const QString &kind, QList<Target> &out) const;
    void watch(QAbstractItemModel *model);

    QPointer<QAbstractItemModel> m_conversations;
    QPointer<QAbstractItemModel> m_contacts;
    QString m_filter;
    QList<Target> m_rows;
};

} // namespace teahouse::ui
