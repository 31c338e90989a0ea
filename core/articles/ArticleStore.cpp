#include "articles/ArticleStore.h"

#include "articles/HtmlSanitizer.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

namespace teahouse::articles {

namespace {

const storage::Migrations &migrations()
{
    static const storage::Migrations m = [] {
        storage::Migrations steps(QStringLiteral("articles"));
        steps.addSql(QStringLiteral(R"(
CREATE TABLE article_accounts (
    id TEXT PRIMARY KEY,
    kind INTEGER NOT NULL,
    service TEXT NOT NULL DEFAULT '',
    node TEXT NOT NULL DEFAULT '',
    feed_url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    avatar TEXT NOT NULL DEFAULT '',
    followed INTEGER NOT NULL DEFAULT 0,
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    last_fetched INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE article_items (
    id INTEGER PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES article_accounts(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    html TEXT NOT NULL DEFAULT '',
    body_text TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published INTEGER NOT NULL,
    cover TEXT NOT NULL DEFAULT '',
    is_read INTEGER NOT NULL DEFAULT 0,
    liked INTEGER NOT NULL DEFAULT 0,
    position REAL NOT NULL DEFAULT 0,
    UNIQUE (account_id, item_id)
);
CREATE INDEX article_items_by_date ON article_items(account_id, published);
CREATE TABLE article_images (
    url TEXT PRIMARY KEY,
    media_id TEXT NOT NULL,
    mime_type TEXT NOT NULL DEFAULT ''
);
)"));
        // Likes reach the publisher: who counts them, and the figure it last gave.
        steps.addSql(QStringLiteral(
            "ALTER TABLE article_items ADD COLUMN likes_jid TEXT NOT NULL DEFAULT '';\n"
            "ALTER TABLE article_items ADD COLUMN like_count INTEGER NOT NULL DEFAULT -1;"));
        return steps;
    }();
    return m;
}

constexpr auto kArticleColumns = "id, account_id, item_id, title, summary, html, body_text, link, "
                                 "author, published, cover, is_read, liked, position, likes_jid, "
                                 "like_count";

Article readArticle(storage::Statement &q)
{
    Article a;
    a.id = q.columnInt64(0);
    a.accountId = q.columnText(1);
    a.itemId = q.columnText(2);
    a.title = q.columnText(3);
    a.summary = q.columnText(4);
    a.html = q.columnText(5);
    a.text = q.columnText(6);
    a.link = QUrl(q.columnText(7));
    a.author = q.columnText(8);
    a.published = QDateTime::fromMSecsSinceEpoch(q.columnInt64(9), Qt::UTC);
    a.cover = QUrl(q.columnText(10));
    a.read = q.columnInt(11) != 0;
    a.liked = q.columnInt(12) != 0;
    a.position = q.columnDouble(13);
    a.likesJid = q.columnText(14);
    a.likeCount = q.columnInt(15);
    return a;
}

constexpr auto kAccountColumns =
    "a.id, a.kind, a.service, a.node, a.feed_url, a.title, a.description, a.avatar, a.followed, "
    "a.etag, a.last_modified, a.last_fetched, "
    "(SELECT COUNT(*) FROM article_items i WHERE i.account_id = a.id AND i.is_read = 0), "
    "(SELECT COUNT(*) FROM article_items i WHERE i.account_id = a.id), "
    "(SELECT MAX(published) FROM article_items i WHERE i.account_id = a.id)";

OfficialAccount readAccount(storage::Statement &q)
{
    OfficialAccount a;
    a.id = q.columnText(0);
    a.kind = q.columnInt(1) == 1 ? OfficialAccount::Kind::Feed : OfficialAccount::Kind::PubSub;
    a.service = Jid::parse(q.columnText(2));
    a.node = q.columnText(3);
    a.feedUrl = QUrl(q.columnText(4));
    a.title = q.columnText(5);
    a.description = q.columnText(6);
    a.avatar = QUrl(q.columnText(7));
    a.followed = q.columnInt(8) != 0;
    a.etag = q.columnText(9);
    a.lastModified = q.columnText(10);
    if (const qint64 ms = q.columnInt64(11))
        a.lastFetched = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    a.unread = q.columnInt(12);
    a.articleCount = q.columnInt(13);
    if (!q.isNull(14))
        a.lastArticle = QDateTime::fromMSecsSinceEpoch(q.columnInt64(14), Qt::UTC);
    return a;
}

// Short plain text for the lists.
QString preview(const QString &text)
{
    QString s = text.simplified();
    if (s.size() > 160)
        s = s.left(157) + QStringLiteral("…");
    return s;
}

} // namespace

ArticleStore::ArticleStore(storage::Database &db)
    : m_db(db)
{}

Status ArticleStore::open()
{
    return migrations().apply(m_db);
}

Status ArticleStore::saveAccount(const OfficialAccount &a)
{
    auto insert = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO article_accounts (id, kind) VALUES (:id, :kind)"));
    if (!insert.ok())
        return insert.error();
    insert->bind(":id", a.id).bind(":kind", static_cast<int>(a.kind));
    if (Status s = insert->execute(); !s.ok())
        return s;
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE article_accounts SET kind = :kind, service = :service, node = :node, "
        "feed_url = :feed, title = CASE WHEN :title = '' THEN title ELSE :title END, "
        "description = CASE WHEN :description = '' THEN description ELSE :description END, "
        "avatar = CASE WHEN :avatar = '' THEN avatar ELSE :avatar END WHERE id = :id"));
    if (!update.ok())
        return update.error();
    update->bind(":kind", static_cast<int>(a.kind))
        .bind(":service", a.service.toString())
        .bind(":node", a.node)
        .bind(":feed", a.feedUrl.toString())
        .bind(":title", a.title)
        .bind(":description", a.description)
        .bind(":avatar", a.avatar.toString())
        .bind(":id", a.id);
    return update->execute();
}

Status ArticleStore::setFollowed(const QString &accountId, bool followed)
{
    auto q =
        m_db.prepare(QStringLiteral("UPDATE article_accounts SET followed = :f WHERE id = :id"));
    if (!q.ok())
        return q.error();
    q->bind(":f", followed ? 1 : 0).bind(":id", accountId);
    return q->execute();
}

Status ArticleStore::setFetchState(const QString &accountId, const QString &etag,
                                   const QString &lastModified)
{
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE article_accounts SET etag = :etag, last_modified = :lm, last_fetched = :now "
        "WHERE id = :id"));
    if (!q.ok())
        return q.error();
    q->bind(":etag", etag)
        .bind(":lm", lastModified)
        .bind(":now", QDateTime::currentMSecsSinceEpoch())
        .bind(":id", accountId);
    return q->execute();
}

Result<std::optional<OfficialAccount>> ArticleStore::account(const QString &accountId)
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM article_accounts a WHERE a.id = :id")
                              .arg(QLatin1String(kAccountColumns)));
    if (!q.ok())
        return q.error();
    q->bind(":id", accountId);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<OfficialAccount>();
    return std::optional<OfficialAccount>(readAccount(*q));
}

Result<QList<OfficialAccount>> ArticleStore::accounts()
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM article_accounts a ORDER BY a.followed DESC, a.title")
            .arg(QLatin1String(kAccountColumns)));
    if (!q.ok())
        return q.error();
    QList<OfficialAccount> list;
    for (;;) {
        auto row = q->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        list.append(readAccount(*q));
    }
    return list;
}

Result<ArticleStore::Saved> ArticleStore::saveEntry(const QString &accountId,
                                                    const FeedEntry &entry, const QUrl &base)
{
    const QUrl bodyBase = entry.link.isEmpty() ? base : entry.link;
    const SanitizedHtml body = HtmlSanitizer::sanitize(
        entry.contentHtml.isEmpty() ? entry.summaryHtml : entry.contentHtml, bodyBase);
    const QString summary = preview(
        entry.summaryHtml.isEmpty() ? body.text : HtmlSanitizer::toPlainText(entry.summaryHtml));
    QUrl cover = entry.image;
    if (cover.scheme() != u"http" && cover.scheme() != u"https")
        cover = body.images.value(0);
    QString link = entry.link.toString();
    if (entry.link.scheme() != u"http" && entry.link.scheme() != u"https")
        link.clear();

    auto existing = articleByItem(accountId, entry.id);
    if (!existing.ok())
        return existing.error();
    if (existing->has_value()) {
        auto q = m_db.prepare(QStringLiteral(
            "UPDATE article_items SET title = :title, summary = :summary, html = :html, "
            "body_text = :text, link = :link, author = :author, cover = :cover, "
            "likes_jid = :likes WHERE id = :id"));
        if (!q.ok())
            return q.error();
        const qint64 id = (*existing)->id;
        q->bind(":title", entry.title)
            .bind(":summary", summary)
            .bind(":html", body.html)
            .bind(":text", body.text)
            .bind(":link", link)
            .bind(":author", entry.author)
            .bind(":cover", cover.toString(QUrl::FullyEncoded))
            .bind(":likes", entry.likesJid)
            .bind(":id", id);
        if (Status s = q->execute(); !s.ok())
            return s.error();
        return Saved{id, false};
    }
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO article_items (account_id, item_id, title, summary, html, body_text, link, "
        "author, published, cover, likes_jid) VALUES (:account, :item, :title, :summary, :html, "
        ":text, :link, :author, :published, :cover, :likes)"));
    if (!q.ok())
        return q.error();
    const QDateTime date = entry.date().isValid() ? entry.date() : QDateTime::currentDateTimeUtc();
    q->bind(":account", accountId)
        .bind(":item", entry.id)
        .bind(":title", entry.title)
        .bind(":summary", summary)
        .bind(":html", body.html)
        .bind(":text", body.text)
        .bind(":link", link)
        .bind(":author", entry.author)
        .bind(":published", date.toMSecsSinceEpoch())
        .bind(":cover", cover.toString(QUrl::FullyEncoded))
        .bind(":likes", entry.likesJid);
    if (Status s = q->execute(); !s.ok())
        return s.error();
    return Saved{m_db.lastInsertRowId(), true};
}

Status ArticleStore::removeEntry(const QString &accountId, const QString &itemId)
{
    auto q = m_db.prepare(QStringLiteral(
        "DELETE FROM article_items WHERE account_id = :account AND item_id = :item"));
    if (!q.ok())
        return q.error();
    q->bind(":account", accountId).bind(":item", itemId);
    return q->execute();
}

Result<std::optional<Article>> ArticleStore::article(qint64 id)
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM article_items WHERE id = :id")
                              .arg(QLatin1String(kArticleColumns)));
    if (!q.ok())
        return q.error();
    q->bind(":id", id);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<Article>();
    return std::optional<Article>(readArticle(*q));
}

Result<std::optional<Article>> ArticleStore::articleByItem(const QString &accountId,
                                                           const QString &itemId)
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM article_items WHERE account_id = :a AND item_id = :i")
            .arg(QLatin1String(kArticleColumns)));
    if (!q.ok())
        return q.error();
    q->bind(":a", accountId).bind(":i", itemId);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<Article>();
    return std::optional<Article>(readArticle(*q));
}

Result<QList<Article>> ArticleStore::articles(const QString &accountId, int limit)
{
    const QString where =
        accountId.isEmpty()
            ? QStringLiteral("account_id IN (SELECT id FROM article_accounts WHERE followed = 1)")
            : QStringLiteral("account_id = :a");
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM article_items WHERE %2 "
                                         "ORDER BY published DESC, id DESC LIMIT :limit")
                              .arg(QLatin1String(kArticleColumns), where));
    if (!q.ok())
        return q.error();
    if (!accountId.isEmpty())
        q->bind(":a", accountId);
    q->bind(":limit", limit);
    QList<Article> list;
    for (;;) {
        auto row = q->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        list.append(readArticle(*q));
    }
    return list;
}

Status ArticleStore::setRead(qint64 id, bool read)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE article_items SET is_read = :v WHERE id = :id"));
    if (!q.ok())
        return q.error();
    q->bind(":v", read ? 1 : 0).bind(":id", id);
    return q->execute();
}

Status ArticleStore::setLiked(qint64 id, bool liked)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE article_items SET liked = :v WHERE id = :id"));
    if (!q.ok())
        return q.error();
    q->bind(":v", liked ? 1 : 0).bind(":id", id);
    return q->execute();
}

Status ArticleStore::setLikeCount(qint64 id, int count)
{
    auto q =
        m_db.prepare(QStringLiteral("UPDATE article_items SET like_count = :v WHERE id = :id"));
    if (!q.ok())
        return q.error();
    q->bind(":v", count).bind(":id", id);
    return q->execute();
}

Status ArticleStore::setPosition(qint64 id, double position)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE article_items SET position = :v WHERE id = :id"));
    if (!q.ok())
        return q.error();
    q->bind(":v", std::clamp(position, 0.0, 1.0)).bind(":id", id);
    return q->execute();
}

Status ArticleStore::saveImage(const QUrl &url, const QString &mediaId, const QString &mimeType)
{
    auto q = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO article_images (url, media_id, mime_type) VALUES (:u, :m, :t)"));
    if (!q.ok())
        return q.error();
    q->bind(":u", url.toString(QUrl::FullyEncoded)).bind(":m", mediaId).bind(":t", mimeType);
    return q->execute();
}

Result<std::optional<ArticleStore::CachedImage>> ArticleStore::image(const QUrl &url)
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT media_id, mime_type FROM article_images WHERE url = :u"));
    if (!q.ok())
        return q.error();
    q->bind(":u", url.toString(QUrl::FullyEncoded));
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<CachedImage>();
    return std::optional<CachedImage>(CachedImage{q->columnText(0), q->columnText(1)});
}

} // namespace teahouse::articles
