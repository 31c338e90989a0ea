#include "FeedModel.h"

#include "moments/MomentsService.h"

#include <QVariantMap>

namespace teahouse::ui {

using moments::MomentsPost;

FeedModel::FeedModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void FeedModel::setService(moments::MomentsService *service)
{
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    if (service) {
        connect(service, &moments::MomentsService::postAdded, this, &FeedModel::onAdded);
        connect(service, &moments::MomentsService::postChanged, this, &FeedModel::onChanged);
        connect(service, &moments::MomentsService::postRemoved, this, &FeedModel::onRemoved);
    }
    reload();
}

void FeedModel::setOwner(const QString &jid)
{
    if (jid == m_owner)
        return;
    m_owner = jid;
    reload();
}

void FeedModel::reload()
{
    // Views and testers may ask for more inside the reset notification: not before it is over.
    m_resetting = true;
    beginResetModel();
    m_posts.clear();
    if (m_service) {
        m_posts = m_service->page(0, 0, kFirstPage, m_owner);
        m_complete = m_posts.size() < kFirstPage;
    } else {
        m_complete = true;
    }
    endResetModel();
    m_resetting = false;
    Q_EMIT countChanged();
}

int FeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_posts.size());
}

bool FeedModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_resetting && m_service;
}

void FeedModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_posts.isEmpty())
        return;
    const MomentsPost &last = m_posts.last();
    const auto more = m_service->page(last.published.toMSecsSinceEpoch(), last.id, kNextPage,
                                      m_owner);
    m_complete = more.size() < kNextPage;
    if (more.isEmpty())
        return;
    const int first = static_cast<int>(m_posts.size());
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_posts.append(more);
    endInsertRows();
    Q_EMIT countChanged();
}

const MomentsPost *FeedModel::at(int row) const
{
    return row >= 0 && row < m_posts.size() ? &m_posts[row] : nullptr;
}

int FeedModel::rowOf(qint64 postId) const
{
    for (int i = 0; i < m_posts.size(); ++i)
        if (m_posts[i].id == postId)
            return i;
    return -1;
}

QString FeedModel::relativeTime(const QDateTime &when) const
{
    const QDateTime now = m_clock();
    const qint64 secs = when.secsTo(now);
    if (secs < 60)
        return tr("Just now");
    if (secs < 3600)
        return tr("%1 min ago").arg(secs / 60);
    if (secs < 86400)
        return tr("%1 hr ago").arg(secs / 3600);
    const qint64 days = when.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return tr("Yesterday");
    if (days < 7)
        return tr("%1 days ago").arg(days);
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QVariant FeedModel::data(const QModelIndex &index, int role) const
{
    const MomentsPost *p = at(index.row());
    if (!p || !index.isValid())
        return {};
    const QString me = m_service ? m_service->account().bareString() : QString();
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return p->text;
    case PostIdRole:
        return p->id;
    case AuthorJidRole:
        return p->owner;
    case AuthorNameRole:
        return p->authorName;
    case PublishedRole:
        return p->published;
    case TimeTextRole:
        return relativeTime(p->published);
    case ImagesRole: {
        QVariantList list;
        for (const moments::MomentsImage &im : p->images) {
            QVariantMap m;
            m.insert(QStringLiteral("thumb"),
                     im.thumbId.isEmpty() ? QString()
                                          : QStringLiteral("image://moments/") + im.thumbId);
            m.insert(QStringLiteral("full"),
                     im.mediaId.isEmpty() ? QString()
                                          : QStringLiteral("image://moments/") + im.mediaId);
            m.insert(QStringLiteral("ready"), im.state == moments::MomentsImage::State::Done);
            m.insert(QStringLiteral("failed"), im.state == moments::MomentsImage::State::Failed);
            list.append(m);
        }
        return list;
    }
    case LikesTextRole: {
        QStringList names;
        for (const moments::MomentsComment &c : p->likes)
            names.append(c.authorName);
        return names.join(tr(", "));
    }
    case LikeCountRole:
        return static_cast<int>(p->likes.size());
    case LikedByMeRole:
        for (const moments::MomentsComment &c : p->likes)
            if (c.author == me)
                return true;
        return false;
    case CommentsRole: {
        QVariantList list;
        for (const moments::MomentsComment &c : p->comments) {
            QVariantMap m;
            m.insert(QStringLiteral("id"), c.id);
            m.insert(QStringLiteral("authorName"), c.authorName);
            m.insert(QStringLiteral("text"), c.text);
            m.insert(QStringLiteral("replyToName"), c.replyToName);
            m.insert(QStringLiteral("mine"), c.author == me);
            m.insert(QStringLiteral("canDelete"), c.author == me || p->owner == me);
            list.append(m);
        }
        return list;
    }
    case MineRole:
        return p->owner == me;
    case StateRole:
        return static_cast<int>(p->state);
    case AudienceTextRole:
        switch (p->audience) {
        case moments::Audience::AllFriends:
            return QString();
        case moments::Audience::OnlyTags:
            return p->owner == me ? tr("Only %1").arg(p->audienceTags.join(tr(", ")))
                                  : tr("Shared with you");
        case moments::Audience::ExceptTags:
            return tr("Not %1").arg(p->audienceTags.join(tr(", ")));
        }
        return QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedModel::roleNames() const
{
    return {
        {PostIdRole, "postId"},
        {AuthorJidRole, "authorJid"},
        {AuthorNameRole, "authorName"},
        {TextRole, "text"},
        {PublishedRole, "published"},
        {TimeTextRole, "timeText"},
        {ImagesRole, "images"},
        {LikesTextRole, "likesText"},
        {LikeCountRole, "likeCount"},
        {LikedByMeRole, "likedByMe"},
        {CommentsRole, "comments"},
        {MineRole, "mine"},
        {StateRole, "postState"},
        {AudienceTextRole, "audienceText"},
    };
}

void FeedModel::onAdded(qint64 postId)
{
    if (!m_service || rowOf(postId) >= 0)
        return;
    auto p = m_service->post(postId);
    if (!p || (!m_owner.isEmpty() && p->owner != m_owner))
        return;
    // Its place among the loaded rows; older than all of them: it comes with a later page.
    int row = 0;
    while (row < m_posts.size() &&
           (m_posts[row].published > p->published ||
            (m_posts[row].published == p->published && m_posts[row].id > p->id)))
        ++row;
    if (row == m_posts.size() && !m_complete)
        return;
    beginInsertRows({}, row, row);
    m_posts.insert(row, *p);
    endInsertRows();
    Q_EMIT countChanged();
}

void FeedModel::onChanged(qint64 postId)
{
    const int row = rowOf(postId);
    if (row < 0 || !m_service) {
        onAdded(postId);
        return;
    }
    auto p = m_service->post(postId);
    if (!p) {
        onRemoved(postId);
        return;
    }
    m_posts[row] = *p;
    Q_EMIT dataChanged(index(row), index(row));
}

void FeedModel::onRemoved(qint64 postId)
{
    const int row = rowOf(postId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_posts.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

} // namespace teahouse::ui
