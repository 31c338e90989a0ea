#pragma once

#include "base/Jid.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace teahouse::articles {

// An official account as the client knows it: a node on a pubsub service (XEP-0060) or a
// plain Atom/RSS feed followed by its address. id is "xmpp:<service>?;node=<node>" for a node
// (RFC 5122 style, so it can be shown and shared) and the feed's address for a feed.
struct OfficialAccount
{
    enum class Kind
    {
        PubSub = 0,
        Feed = 1
    };
    QString id;
    Kind kind = Kind::PubSub;
    Jid service;
    QString node;
    QUrl feedUrl;
    QString title;
    QString description;
    QUrl avatar;
    bool followed = false;
    int unread = 0;
    int articleCount = 0;
    QDateTime lastArticle;
    // Conditional GET state of a feed (RFC 9110 §13): sent back on the next fetch.
    QString etag;
    QString lastModified;
    QDateTime lastFetched;

    [[nodiscard]] static QString pubSubId(const Jid &service, const QString &node)
    {
        return QStringLiteral("xmpp:%1?;node=%2").arg(service.toString(), node);
    }
};

// A cached article: the sanitised body (safe to show), its plain text, and what the reader
// remembers about it.
struct Article
{
    qint64 id = 0; // the store's row id
    QString accountId;
    QString itemId;
    QString title;
    QString summary; // plain text, for lists
    QString html;    // sanitised body
    QString text;    // plain text of the body, read aloud
    QUrl link;
    QString author;
    QDateTime published; // the entry's date, else when it was first seen
    QUrl cover;
    bool read = false;
    bool liked = false;
    double position = 0; // reading position, 0..1 of the page height
    QString likesJid;    // the publisher's like counter (bare JID), empty when it has none
    int likeCount = -1;  // as the counter last said; -1 = not known
};

} // namespace teahouse::articles
Q_DECLARE_METATYPE(teahouse::articles::Article)
