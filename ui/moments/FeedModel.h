#pragma once

#include "moments/MomentsPost.h"

#include "moments/MomentsService.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace teahouse::ui {

// The Moments feed for QML: posts newest first, read from the encrypted cache a page at a time
// (20 first, 30 more each time the view nears the end), so opening a feed of thousands of posts
// costs one page. Follows the service's added/changed/removed posts; optionally one person's.
class FeedModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FeedModel belongs to the MomentsController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role
    {
        PostIdRole = Qt::UserRole + 1,
        AuthorJidRole,
        AuthorNameRole,
        TextRole,
        PublishedRole,
        TimeTextRole,
        ImagesRole, // [{thumb, full, ready}]
        LikesTextRole,
        LikeCountRole,
        LikedByMeRole,
        CommentsRole, // [{id, authorName, text, replyToName, mine}]
        MineRole,
        StateRole, // 0 published, 1 sending, 2 failed
        AudienceTextRole,
    };
    Q_ENUM(Role)

    static constexpr int kFirstPage = 20;
    static constexpr int kNextPage = 30;

    explicit FeedModel(QObject *parent = nullptr);

    void setService(moments::MomentsService *service);
    // Only this person's posts (empty: everyone's).
    void setOwner(const QString &jid);
    [[nodiscard]] QString owner() const { return m_owner; }
    // "Now" for relative times (tests fix it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void reload();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] const moments::MomentsPost *at(int row) const;
    [[nodiscard]] int rowOf(qint64 postId) const;
    [[nodiscard]] QString relativeTime(const QDateTime &when) const;

Q_SIGNALS:
    void countChanged();

private:
    void onAdded(qint64 postId);
    void onChanged(qint64 postId);
    void onRemoved(qint64 postId);

    QPointer<moments::MomentsService> m_service;
    QString m_owner;
    QList<moments::MomentsPost> m_posts;
    bool m_complete = true;
    bool m_resetting = false;
    std::function<QDateTime()> m_clock;
};

} // namespace teahouse::ui
