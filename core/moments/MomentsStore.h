#pragma once

#include "base/Result.h"
#include "moments/MomentsPost.h"

#include <QList>
#include <QString>
#include <optional>

namespace teahouse::storage {
class Database;
}

namespace teahouse::moments {

// The Moments cache in the account's encrypted database (module "moments"): posts, their
// images (media store ids), comments and likes, and when the interactions were last seen.
// Feed pages are read newest first by (published, id), so scrolling never loads all of it.
class MomentsStore
{
public:
    explicit MomentsStore(storage::Database &db);

    [[nodiscard]] static Status applySchema(storage::Database &db);

    // Inserts or updates the post (by owner + item id) without touching its images; the
    // row id, and whether it was new.
    [[nodiscard]] Result<std::pair<qint64, bool>> upsertPost(const MomentsPost &post);
    Status setState(qint64 postId, MomentsPost::State state);
    Status setNode(qint64 postId, const QString &node, const QString &commentsNode);
    // Replaces the images of a post (positions in list order); fills the ids in.
    Status setImages(qint64 postId, QList<MomentsImage> &images);
    Status updateImage(const MomentsImage &image);
    // Removes the post with its images and comments; returns the media ids it held.
    [[nodiscard]] Result<QStringList> removePost(qint64 postId);

    [[nodiscard]] std::optional<MomentsPost> post(qint64 postId) const;
    [[nodiscard]] std::optional<MomentsPost> postByItem(const QString &owner,
                                                        const QString &itemId) const;
    // Newest first, strictly older than (beforeMs, beforeId) when beforeId > 0; owner filter
    // when not empty. With images, likes and comments.
    [[nodiscard]] QList<MomentsPost> page(qint64 beforeMs, qint64 beforeId, int limit,
                                          const QString &owner = {}) const;
    // Cached posts of this owner on these nodes (for dropping what the server no longer has).
    [[nodiscard]] QList<std::pair<qint64, QString>> postItems(const QString &owner,
                                                              const QString &node) const;
    [[nodiscard]] QList<std::pair<qint64, QString>> restrictedPosts(const QString &owner) const;
    [[nodiscard]] QList<MomentsImage> pendingImages(int limit) const;
    [[nodiscard]] qint64 postIdOfImage(qint64 imageId) const;
    [[nodiscard]] int postCount() const;

    // True when the comment was not cached before.
    [[nodiscard]] Result<bool> upsertComment(const MomentsComment &comment);
    [[nodiscard]] std::optional<MomentsComment> comment(qint64 id) const;
    Status removeComment(const QString &owner, const QString &postItem, const QString &itemId);
    [[nodiscard]] QStringList commentItems(const QString &owner, const QString &postItem) const;

    // Comments and likes by others on my posts, newest first; unseen = after the last look.
    [[nodiscard]] QList<MomentsComment> interactions(const QString &me, int limit) const;
    [[nodiscard]] int unseenInteractions(const QString &me) const;
    Status markInteractionsSeen(qint64 nowMs);

private:
    void loadDetails(QList<MomentsPost> &posts) const;
    [[nodiscard]] QList<MomentsPost> queryPosts(const QString &where, const QList<QVariant> &args,
                                                int limit) const;
    [[nodiscard]] qint64 seenMs() const;

    storage::Database *m_db;
};

} // namespace teahouse::moments
