#pragma once

#include "articles/FeedEntry.h"
#include "articles/OfficialAccount.h"
#include "base/Result.h"

#include <QList>
#include <optional>

namespace teahouse::storage {
class Database;
}

namespace teahouse::articles {

// The official accounts, their articles and cached images, in the account's encrypted
// database (tables versioned as the "articles" module). Articles are stored sanitised.
class ArticleStore
{
public:
    explicit ArticleStore(storage::Database &db);

    // Creates or upgrades the tables.
    [[nodiscard]] Status open();

    // Inserts or refreshes the account's metadata (title, description, avatar, kind and
    // address); keeps followed, unread and the fetch state.
    [[nodiscard]] Status saveAccount(const OfficialAccount &account);
    [[nodiscard]] Status setFollowed(const QString &accountId, bool followed);
    [[nodiscard]] Status setFetchState(const QString &accountId, const QString &etag,
                                       const QString &lastModified);
    [[nodiscard]] Result<std::optional<OfficialAccount>> account(const QString &accountId);
    // Every known account, followed ones first, with unread and article counts.
    [[nodiscard]] Result<QList<OfficialAccount>> accounts();

    // Sanitises and stores an entry; an entry already stored under the same id is updated
    // (its read/liked/position kept). Returns the article's id, and whether it is new.
    struct Saved
    {
        qint64 id = 0;
        bool added = false;
    };
    [[nodiscard]] Result<Saved> saveEntry(const QString &accountId, const FeedEntry &entry,
                                          const QUrl &base);
    [[nodiscard]] Status removeEntry(const QString &accountId, const QString &itemId);
    [[nodiscard]] Result<std::optional<Article>> article(qint64 id);
    [[nodiscard]] Result<std::optional<Article>> articleByItem(const QString &accountId,
                                                               const QString &itemId);
    // Newest first; an empty accountId means every followed account (the timeline).
    [[nodiscard]] Result<QList<Article>> articles(const QString &accountId, int limit = 200);
    [[nodiscard]] Status setRead(qint64 id, bool read);
    [[nodiscard]] Status setLiked(qint64 id, bool liked);
    // The publisher's like figure for the article (-1 = not known).
    [[nodiscard]] Status setLikeCount(qint64 id, int count);
    [[nodiscard]] Status setPosition(qint64 id, double position);

    // Cached images: an address and the MediaStore file holding its bytes.
    struct CachedImage
    {
        QString mediaId;
        QString mimeType;
    };
    [[nodiscard]] Status saveImage(const QUrl &url, const QString &mediaId,
                                   const QString &mimeType);
    [[nodiscard]] Result<std::optional<CachedImage>> image(const QUrl &url);

private:
    storage::Database &m_db;
};

} // namespace teahouse::articles
