#pragma once

#include "articles/OfficialAccount.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace teahouse::ui {

// Official accounts for QML: the directory (browse, filtered by a search text) or only the
// followed ones with their unread counts.
class AccountsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by ArticlesController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role
    {
        AccountIdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        AvatarRole,
        FollowedRole,
        UnreadRole,
        ArticleCountRole,
        IsFeedRole,
        // image://articles/… of the account's cached picture; empty: draw the initial.
        AvatarSourceRole,
    };

    explicit AccountsModel(bool followedOnly, QObject *parent = nullptr);

    void setAccounts(const QList<articles::OfficialAccount> &accounts);
    void setFilter(const QString &text);
    void setAvatarLookup(std::function<QString(const articles::OfficialAccount &)> lookup)
    {
        m_avatarLookup = std::move(lookup);
    }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    void rebuild();

    bool m_followedOnly;
    QString m_filter;
    QList<articles::OfficialAccount> m_all;
    QList<articles::OfficialAccount> m_rows;
    std::function<QString(const articles::OfficialAccount &)> m_avatarLookup;
};

} // namespace teahouse::ui
