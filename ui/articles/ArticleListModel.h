#pragma once

#include "articles/OfficialAccount.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// Articles for QML, newest first: one account's page or the Subscriptions timeline.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by ArticlesController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        AccountIdRole,
        AccountTitleRole,
        DateRole,
        ReadRole,
        LikedRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setArticles(const QList<articles::Article> &articles,
                     const QHash<QString, QString> &accountTitles);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<articles::Article> m_rows;
    QHash<QString, QString> m_titles;
};

} // namespace teahouse::ui
