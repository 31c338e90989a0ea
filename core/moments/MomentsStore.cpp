#include "moments/MomentsStore.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QHash>
#include <QVariant>

namespace teahouse::moments {

namespace {

const QString postColumns = QStringLiteral(
    "id, owner, node, item_id, atom_id, author_name, text, published, comments_node, audience, "
    "audience_tags, state");

void bindVariant(storage::Statement &s, int index, const QVariant &v)
{
    if (v.typeId() == QMetaType::QString)
        s.bind(index, v.toString());
    else
        s.bind(index, v.toLongLong());
}

MomentsPost readPost(const storage::Statement &s)
{
    MomentsPost p;
    p.id = s.columnInt64(0);
    p.owner = s.columnText(1);
    p.node = s.columnText(2);
    p.itemId = s.columnText(3);
    p.atomId = s.columnText(4);
    p.authorName = s.columnText(5);
    p.text = s.columnText(6);
    p.published = QDateTime::fromMSecsSinceEpoch(s.columnInt64(7), Qt::UTC);
    p.commentsNode = s.columnText(8);
    p.audience = static_cast<Audience>(s.columnInt(9));
    const QString tags = s.columnText(10);
    p.audienceTags = tags.isEmpty() ? QStringList() : tags.split(u'\n');
    p.state = static_cast<MomentsPost::State>(s.columnInt(11));
    return p;
}

const QString commentColumns = QStringLiteral(
    "id, owner, post_item, item_id, author, author_name, text, is_like, published, atom_id, "
    "reply_to");

MomentsComment readComment(const storage::Statement &s)
{
    MomentsComment c;
    c.id = s.columnInt64(0);
    c.owner = s.columnText(1);
    c.postItem = s.columnText(2);
    c.itemId = s.columnText(3);
    c.author = s.columnText(4);
    c.authorName = s.columnText(5);
    c.text = s.columnText(6);
    c.like = s.columnInt(7) != 0;
    c.published = QDateTime::fromMSecsSinceEpoch(s.columnInt64(8), Qt::UTC);
    c.atomId = s.columnText(9);
    c.replyToRef = s.columnText(10);
    return c;
}

const QString imageColumns = QStringLiteral(
    "id, url, mime, name, size, media_id, thumb_id, width, height, state, post_id");

MomentsImage readImage(const storage::Statement &s)
{
    MomentsImage i;
    i.id = s.columnInt64(0);
    i.url = s.columnText(1);
    i.mimeType = s.columnText(2);
    i.name = s.columnText(3);
    i.size = s.columnInt64(4);
    i.mediaId = s.columnText(5);
    i.thumbId = s.columnText(6);
    i.width = s.columnInt(7);
    i.height = s.columnInt(8);
    i.state = static_cast<MomentsImage::State>(s.columnInt(9));
    return i;
}

} // namespace

MomentsStore::MomentsStore(storage::Database &db)
    : m_db(&db)
{}

Status MomentsStore::applySchema(storage::Database &db)
{
    storage::Migrations m(QStringLiteral("moments"));
    m.addSql(QStringLiteral(R"(
CREATE TABLE moments_posts (
    id INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    node TEXT NOT NULL DEFAULT '',
    item_id TEXT NOT NULL,
    atom_id TEXT NOT NULL DEFAULT '',
    author_name TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    published INTEGER NOT NULL,
    comments_node TEXT NOT NULL DEFAULT '',
    audience INTEGER NOT NULL DEFAULT 0,
    audience_tags TEXT NOT NULL DEFAULT '',
    state INTEGER NOT NULL DEFAULT 0,
    UNIQUE (owner, item_id)
);
CREATE INDEX moments_posts_time ON moments_posts (published DESC, id DESC);
CREATE INDEX moments_posts_owner ON moments_posts (owner, published DESC);
CREATE TABLE moments_images (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES moments_posts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    mime TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    media_id TEXT NOT NULL DEFAULT '',
    thumb_id TEXT NOT NULL DEFAULT '',
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    state INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX moments_images_post ON moments_images (post_id, position);
CREATE TABLE moments_comments (
    id INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    post_item TEXT NOT NULL,
    item_id TEXT NOT NULL,
    author TEXT NOT NULL,
    author_name TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    is_like INTEGER NOT NULL DEFAULT 0,
    published INTEGER NOT NULL,
    atom_id TEXT NOT NULL DEFAULT '',
    reply_to TEXT NOT NULL DEFAULT '',
    UNIQUE (owner, post_item, item_id)
);
CREATE INDEX moments_comments_owner ON moments_comments (owner, published DESC);
CREATE TABLE moments_state (
    key TEXT PRIMARY KEY NOT NULL,
    value INTEGER NOT NULL
);
)"));
    return m.apply(db);
}

Result<std::pair<qint64, bool>> MomentsStore::upsertPost(const MomentsPost &p)
{
    auto tx = m_db->transaction();
    if (!tx)
        return tx.error();
    auto find = m_db->prepare(
        QStringLiteral("SELECT id FROM moments_posts WHERE owner = ? AND item_id = ?"));
    if (!find)
        return find.error();
    find->bind(1, p.owner).bind(2, p.itemId);
    auto row = find->step();
    if (!row)
        return row.error();
    qint64 id = row.value() ? find->columnInt64(0) : 0;
    const bool created = id == 0;
    auto s = m_db->prepare(
        created ? QStringLiteral("INSERT INTO moments_posts (node, atom_id, author_name, text, "
                                 "published, comments_node, audience, audience_tags, state, "
                                 "owner, item_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                : QStringLiteral("UPDATE moments_posts SET node = ?, atom_id = ?, author_name = "
                                 "?, text = ?, published = ?, comments_node = ?, audience = ?, "
                                 "audience_tags = ?, state = ? WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, p.node)
        .bind(2, p.atomId)
        .bind(3, p.authorName)
        .bind(4, p.text)
        .bind(5, p.published.toMSecsSinceEpoch())
        .bind(6, p.commentsNode)
        .bind(7, static_cast<int>(p.audience))
        .bind(8, p.audienceTags.join(u'\n'))
        .bind(9, static_cast<int>(p.state));
    if (created)
        s->bind(10, p.owner).bind(11, p.itemId);
    else
        s->bind(10, id);
    if (Status st = s->execute(); !st)
        return st.error();
    if (created)
        id = m_db->lastInsertRowId();
    if (Status st = tx->commit(); !st)
        return st.error();
    return std::make_pair(id, created);
}

Status MomentsStore::setState(qint64 postId, MomentsPost::State state)
{
    auto s = m_db->prepare(QStringLiteral("UPDATE moments_posts SET state = ? WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, static_cast<int>(state)).bind(2, postId);
    return s->execute();
}

Status MomentsStore::setNode(qint64 postId, const QString &node, const QString &commentsNode)
{
    auto s = m_db->prepare(
        QStringLiteral("UPDATE moments_posts SET node = ?, comments_node = ? WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, node).bind(2, commentsNode).bind(3, postId);
    return s->execute();
}

Status MomentsStore::setImages(qint64 postId, QList<MomentsImage> &images)
{
    auto tx = m_db->transaction();
    if (!tx)
        return tx.error();
    auto del = m_db->prepare(QStringLiteral("DELETE FROM moments_images WHERE post_id = ?"));
    if (!del)
        return del.error();
    del->bind(1, postId);
    if (Status st = del->execute(); !st)
        return st;
    auto ins = m_db->prepare(QStringLiteral(
        "INSERT INTO moments_images (post_id, position, url, mime, name, size, media_id, "
        "thumb_id, width, height, state) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    if (!ins)
        return ins.error();
    for (int i = 0; i < images.size(); ++i) {
        MomentsImage &im = images[i];
        ins->bind(1, postId)
            .bind(2, i)
            .bind(3, im.url)
            .bind(4, im.mimeType)
            .bind(5, im.name)
            .bind(6, im.size)
            .bind(7, im.mediaId)
            .bind(8, im.thumbId)
            .bind(9, im.width)
            .bind(10, im.height)
            .bind(11, static_cast<int>(im.state));
        if (Status st = ins->execute(); !st)
            return st;
        im.id = m_db->lastInsertRowId();
    }
    return tx->commit();
}

Status MomentsStore::updateImage(const MomentsImage &im)
{
    auto s = m_db->prepare(QStringLiteral(
        "UPDATE moments_images SET url = ?, mime = ?, size = ?, media_id = ?, thumb_id = ?, "
        "width = ?, height = ?, state = ? WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, im.url)
        .bind(2, im.mimeType)
        .bind(3, im.size)
        .bind(4, im.mediaId)
        .bind(5, im.thumbId)
        .bind(6, im.width)
        .bind(7, im.height)
        .bind(8, static_cast<int>(im.state))
        .bind(9, im.id);
    return s->execute();
}

Result<QStringList> MomentsStore::removePost(qint64 postId)
{
    auto p = post(postId);
    if (!p)
        return QStringList();
    QStringList media;
    for (const MomentsImage &im : std::as_const(p->images)) {
        if (!im.mediaId.isEmpty())
            media.append(im.mediaId);
        if (!im.thumbId.isEmpty())
            media.append(im.thumbId);
    }
    auto tx = m_db->transaction();
    if (!tx)
        return tx.error();
    for (const QString &sql :
         {QStringLiteral("DELETE FROM moments_images WHERE post_id = ?"),
          QStringLiteral("DELETE FROM moments_posts WHERE id = ?")}) {
        auto s = m_db->prepare(sql);
        if (!s)
            return s.error();
        s->bind(1, postId);
        if (Status st = s->execute(); !st)
            return st.error();
    }
    auto c = m_db->prepare(
        QStringLiteral("DELETE FROM moments_comments WHERE owner = ? AND post_item = ?"));
    if (!c)
        return c.error();
    c->bind(1, p->owner).bind(2, p->itemId);
    if (Status st = c->execute(); !st)
        return st.error();
    if (Status st = tx->commit(); !st)
        return st.error();
    return media;
}

QList<MomentsPost> MomentsStore::queryPosts(const QString &where, const QList<QVariant> &args,
                                            int limit) const
{
    QList<MomentsPost> out;
    QString sql = QStringLiteral("SELECT ") + postColumns + QStringLiteral(" FROM moments_posts");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY published DESC, id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(limit);
    auto s = m_db->prepare(sql);
    if (!s)
        return out;
    for (int i = 0; i < args.size(); ++i)
        bindVariant(*s, i + 1, args[i]);
    while (true) {
        auto row = s->step();
        if (!row || !row.value())
            break;
        out.append(readPost(*s));
    }
    loadDetails(out);
    return out;
}

void MomentsStore::loadDetails(QList<MomentsPost> &posts) const
{
    if (posts.isEmpty())
        return;
    QHash<qint64, int> byId;
    QHash<QString, int> byItem; // owner + '\n' + item
    QStringList ids;
    for (int i = 0; i < posts.size(); ++i) {
        byId.insert(posts[i].id, i);
        byItem.insert(posts[i].owner + u'\n' + posts[i].itemId, i);
        ids.append(QString::number(posts[i].id));
    }
    // Ids are integers from our own rows: safe to inline into one IN list.
    auto images = m_db->prepare(QStringLiteral("SELECT ") + imageColumns +
                                QStringLiteral(" FROM moments_images WHERE post_id IN (") +
                                ids.join(u',') + QStringLiteral(") ORDER BY post_id, position"));
    if (images) {
        while (true) {
            auto row = images->step();
            if (!row || !row.value())
                break;
            const int at = byId.value(images->columnInt64(10), -1);
            if (at >= 0)
                posts[at].images.append(readImage(*images));
        }
    }
    // Comments of these posts: one query per owner keeps it on the (owner, …) index.
    QHash<QString, QStringList> itemsByOwner;
    for (const MomentsPost &p : std::as_const(posts))
        itemsByOwner[p.owner].append(p.itemId);
    for (auto it = itemsByOwner.cbegin(); it != itemsByOwner.cend(); ++it) {
        QString marks;
        for (int i = 0; i < it.value().size(); ++i)
            marks += i ? QStringLiteral(",?") : QStringLiteral("?");
        auto s = m_db->prepare(QStringLiteral("SELECT ") + commentColumns +
                               QStringLiteral(" FROM moments_comments WHERE owner = ? AND "
                                              "post_item IN (") +
                               marks + QStringLiteral(") ORDER BY published, id"));
        if (!s)
            continue;
        s->bind(1, it.key());
        for (int i = 0; i < it.value().size(); ++i)
            s->bind(i + 2, it.value()[i]);
        while (true) {
            auto row = s->step();
            if (!row || !row.value())
                break;
            MomentsComment c = readComment(*s);
            const int at = byItem.value(c.owner + u'\n' + c.postItem, -1);
            if (at < 0)
                continue;
            if (c.like)
                posts[at].likes.append(c);
            else
                posts[at].comments.append(c);
        }
    }
    for (MomentsPost &p : posts) {
        QHash<QString, QString> names;
        for (const MomentsComment &c : std::as_const(p.comments))
            if (!c.atomId.isEmpty())
                names.insert(c.atomId, c.authorName.isEmpty() ? c.author : c.authorName);
        for (MomentsComment &c : p.comments)
            if (!c.replyToRef.isEmpty())
                c.replyToName = names.value(c.replyToRef);
    }
}

std::optional<MomentsPost> MomentsStore::post(qint64 postId) const
{
    auto list = queryPosts(QStringLiteral("id = ?"), {QVariant::fromValue(postId)}, 1);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

std::optional<MomentsPost> MomentsStore::postByItem(const QString &owner,
                                                    const QString &itemId) const
{
    auto list = queryPosts(QStringLiteral("owner = ? AND item_id = ?"), {owner, itemId}, 1);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<MomentsPost> MomentsStore::page(qint64 beforeMs, qint64 beforeId, int limit,
                                      const QString &owner) const
{
    QStringList where;
    QList<QVariant> args;
    if (beforeId > 0) {
        where.append(QStringLiteral("(published < ? OR (published = ? AND id < ?))"));
        args << QVariant::fromValue(beforeMs) << QVariant::fromValue(beforeMs)
             << QVariant::fromValue(beforeId);
    }
    if (!owner.isEmpty()) {
        where.append(QStringLiteral("owner = ?"));
        args << owner;
    }
    return queryPosts(where.join(QStringLiteral(" AND ")), args, limit);
}

QList<std::pair<qint64, QString>> MomentsStore::postItems(const QString &owner,
                                                          const QString &node) const
{
    QList<std::pair<qint64, QString>> out;
    auto s = m_db->prepare(QStringLiteral(
        "SELECT id, item_id FROM moments_posts WHERE owner = ? AND node = ? AND state = 0"));
    if (!s)
        return out;
    s->bind(1, owner).bind(2, node);
    while (true) {
        auto row = s->step();
        if (!row || !row.value())
            break;
        out.append({s->columnInt64(0), s->columnText(1)});
    }
    return out;
}

QList<std::pair<qint64, QString>> MomentsStore::restrictedPosts(const QString &owner) const
{
    QList<std::pair<qint64, QString>> out;
    auto s = m_db->prepare(QStringLiteral(
        "SELECT id, node FROM moments_posts WHERE owner = ? AND node LIKE ? AND state = 0"));
    if (!s)
        return out;
    s->bind(1, owner).bind(2, QStringLiteral("urn:xmpp:microblog:0:restricted/%"));
    while (true) {
        auto row = s->step();
        if (!row || !row.value())
            break;
        out.append({s->columnInt64(0), s->columnText(1)});
    }
    return out;
}

QList<MomentsImage> MomentsStore::pendingImages(int limit) const
{
    QList<MomentsImage> out;
    auto s = m_db->prepare(QStringLiteral("SELECT ") + imageColumns +
                           QStringLiteral(" FROM moments_images WHERE state = 0 AND url != '' "
                                          "ORDER BY post_id DESC, position LIMIT ?"));
    if (!s)
        return out;
    s->bind(1, limit);
    while (true) {
        auto row = s->step();
        if (!row || !row.value())
            break;
        out.append(readImage(*s));
    }
    return out;
}

qint64 MomentsStore::postIdOfImage(qint64 imageId) const
{
    auto s = m_db->prepare(QStringLiteral("SELECT post_id FROM moments_images WHERE id = ?"));
    if (!s)
        return 0;
    s->bind(1, imageId);
    auto row = s->step();
    return row && row.value() ? s->columnInt64(0) : 0;
}

int MomentsStore::postCount() const
{
    auto s = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM moments_posts"));
    if (!s)
        return 0;
    auto row = s->step();
    return row && row.value() ? s->columnInt(0) : 0;
}

Result<bool> MomentsStore::upsertComment(const MomentsComment &c)
{
    auto find = m_db->prepare(QStringLiteral(
        "SELECT id FROM moments_comments WHERE owner = ? AND post_item = ? AND item_id = ?"));
    if (!find)
        return find.error();
    find->bind(1, c.owner).bind(2, c.postItem).bind(3, c.itemId);
    auto row = find->step();
    if (!row)
        return row.error();
    const qint64 id = row.value() ? find->columnInt64(0) : 0;
    auto s = m_db->prepare(
        id == 0 ? QStringLiteral("INSERT INTO moments_comments (author, author_name, text, "
                                 "is_like, published, atom_id, reply_to, owner, post_item, "
                                 "item_id) VALUES (?,?,?,?,?,?,?,?,?,?)")
                : QStringLiteral("UPDATE moments_comments SET author = ?, author_name = ?, text "
                                 "= ?, is_like = ?, published = ?, atom_id = ?, reply_to = ? "
                                 "WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, c.author)
        .bind(2, c.authorName)
        .bind(3, c.text)
        .bind(4, c.like ? 1 : 0)
        .bind(5, c.published.toMSecsSinceEpoch())
        .bind(6, c.atomId)
        .bind(7, c.replyToRef);
    if (id == 0)
        s->bind(8, c.owner).bind(9, c.postItem).bind(10, c.itemId);
    else
        s->bind(8, id);
    if (Status st = s->execute(); !st)
        return st.error();
    return id == 0;
}

std::optional<MomentsComment> MomentsStore::comment(qint64 id) const
{
    auto s = m_db->prepare(QStringLiteral("SELECT ") + commentColumns +
                           QStringLiteral(" FROM moments_comments WHERE id = ?"));
    if (!s)
        return std::nullopt;
    s->bind(1, id);
    auto row = s->step();
    if (!row || !row.value())
        return std::nullopt;
    return readComment(*s);
}

Status MomentsStore::removeComment(const QString &owner, const QString &postItem,
                                   const QString &itemId)
{
    auto s = m_db->prepare(QStringLiteral(
        "DELETE FROM moments_comments WHERE owner = ? AND post_item = ? AND item_id = ?"));
    if (!s)
        return s.error();
    s->bind(1, owner).bind(2, postItem).bind(3, itemId);
    return s->execute();
}

QStringList MomentsStore::commentItems(const QString &owner, const QString &postItem) const
{
    QStringList out;
    auto s = m_db->prepare(QStringLiteral(
        "SELECT item_id FROM moments_comments WHERE owner = ? AND post_item = ?"));
    if (!s)
        return out;
    s->bind(1, owner).bind(2, postItem);
    while (true) {
        auto row = s->step();
        if (!row || !row.value())
            break;
        out.append(s->columnText(0));
    }
    return out;
}

QList<MomentsComment> MomentsStore::interactions(const QString &me, int limit) const
{
    QList<MomentsComment> out;
    auto s = m_db->prepare(QStringLiteral("SELECT ") + commentColumns +
                           QStringLiteral(" FROM moments_comments WHERE owner = ? AND author != "
                                          "? ORDER BY published DESC, id DESC LIMIT ?"));
    if (!s)
        return out;
    s->bind(1, me).bind(2, me).bind(3, limit);
    while (true) {
        auto row = s->step();
        if (!row || !row.value())
            break;
        out.append(readComment(*s));
    }
    return out;
}

qint64 MomentsStore::seenMs() const
{
    auto s = m_db->prepare(
        QStringLiteral("SELECT value FROM moments_state WHERE key = 'interactions_seen'"));
    if (!s)
        return 0;
    auto row = s->step();
    return row && row.value() ? s->columnInt64(0) : 0;
}

int MomentsStore::unseenInteractions(const QString &me) const
{
    auto s = m_db->prepare(QStringLiteral(
        "SELECT COUNT(*) FROM moments_comments WHERE owner = ? AND author != ? AND published > ?"));
    if (!s)
        return 0;
    s->bind(1, me).bind(2, me).bind(3, seenMs());
    auto row = s->step();
    return row && row.value() ? s->columnInt(0) : 0;
}

Status MomentsStore::markInteractionsSeen(qint64 nowMs)
{
    auto del = m_db->prepare(
        QStringLiteral("DELETE FROM moments_state WHERE key = 'interactions_seen'"));
    if (!del)
        return del.error();
    if (Status st = del->execute(); !st)
        return st;
    auto s = m_db->prepare(
        QStringLiteral("INSERT INTO moments_state (key, value) VALUES ('interactions_seen', ?)"));
    if (!s)
        return s.error();
    s->bind(1, nowMs);
    return s->execute();
}

} // namespace teahouse::moments
