#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace teahouse::articles {

// One entry of an Atom feed, an RSS item or an Atom entry published on a pubsub node, as the
// parser read it: links resolved against the document's base, content still untrusted HTML.
// A missing date stays invalid (the store then uses the time it first saw the entry).
struct FeedEntry
{
    QString id;
    QString title;
    QUrl link;
    QString summaryHtml;
    QString contentHtml;
    QString author;
    QDateTime published;
    QDateTime updated;
    QUrl image; // cover: an image enclosure, media:thumbnail or Atom link rel=enclosure
    // Atom <source>: the publishing account's own metadata, carried by each entry it publishes.
    QString sourceTitle;
    QUrl sourceIcon;
    // Who counts likes for this entry (LikeProtocol.h's <counter/>), a bare JID; empty if none.
    QString likesJid;

    [[nodiscard]] QDateTime date() const { return published.isValid() ? published : updated; }
};

// A parsed feed: its own metadata and its entries in document order.
struct Feed
{
    enum class Format
    {
        Atom,
        Rss
    };
    Format format = Format::Atom;
    QString title;
    QString description;
    QUrl link;
    QUrl icon;
    QList<FeedEntry> entries;
};

} // namespace teahouse::articles
