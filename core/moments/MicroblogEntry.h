#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/Element.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace teahouse::moments {

// An image of a post: an Atom <link rel='enclosure'/> to the file on an HTTP upload service
// (XEP-0363), as Movim writes them.
struct MicroblogImage
{
    QString url;
    QString mimeType;
    qint64 size = 0;
    QString name;

    friend bool operator==(const MicroblogImage &, const MicroblogImage &) = default;
};

// One XEP-0277 Atom entry: a post on a microblog node or a comment on a comments node. A like
// is a comment whose title is "♥" (Movim's convention). A reply to a comment carries the
// replied comment's Atom id in <thr:in-reply-to/> (RFC 4685).
struct MicroblogEntry
{
    static constexpr QStringView kAtomNs = u"http://www.w3.org/2005/Atom";
    static constexpr QStringView kThreadNs = u"http://purl.org/syndication/thread/1.0";
    static constexpr QStringView kLikeTitle = u"\u2665";

    QString itemId; // the pubsub item id (not part of the Atom entry)
    QString atomId; // tag:domain,date:posts-ID
    Jid author;     // bare JID from <author><uri>xmpp:…</uri>
    QString authorName;
    QString title;
    QString content; // plain text (xhtml content is flattened)
    QDateTime published;
    QDateTime updated;
    QList<MicroblogImage> images;
    QString commentsService; // JID of the comments node's service (the author's PEP)
    QString commentsNode;
    QString inReplyToRef; // a comment answering another comment: that comment's atom id

    [[nodiscard]] bool isLike() const { return title.trimmed() == kLikeTitle && content.isEmpty(); }
    // What the feed shows: title, then content when both exist (Movim posts have both).
    [[nodiscard]] QString text() const;

    friend bool operator==(const MicroblogEntry &, const MicroblogEntry &) = default;
};

// XEP-0277 node names and links.
namespace microblog {
inline constexpr QStringView kNode = u"urn:xmpp:microblog:0";
inline constexpr QStringView kCommentsPrefix = u"urn:xmpp:microblog:0:comments/";
// Our posts for a chosen audience: one whitelist node per post (Prosody 0.12's PEP offers
// only presence/whitelist/open access models, one per node).
inline constexpr QStringView kRestrictedPrefix = u"urn:xmpp:microblog:0:restricted/";
inline constexpr QStringView kNotifyFeature = u"urn:xmpp:microblog:0+notify";

[[nodiscard]] QString commentsNodeFor(const QString &itemId);
[[nodiscard]] QString restrictedNodeFor(const QString &itemId);
[[nodiscard]] bool isPostNode(QStringView node);
[[nodiscard]] bool isCommentsNode(QStringView node);
// xmpp:JID?;node=NODE[;item=ID] with the node and item percent-encoded (RFC 5122).
[[nodiscard]] QString xmppUri(const QString &jid, const QString &node, const QString &item = {});
// The JID and node of such a URI; false if it is not one.
[[nodiscard]] bool parseXmppUri(const QString &uri, QString *jid, QString *node);
// tag:DOMAIN,YYYY-MM-DD:KIND-ID (RFC 4151), as XEP-0277's examples.
[[nodiscard]] QString atomId(const Jid &author, const QDateTime &when, const QString &kind,
                             const QString &itemId);
} // namespace microblog

// Parses <entry xmlns='http://www.w3.org/2005/Atom'/>; itemId is left for the caller. An
// Error for something that is not an Atom entry or has no time stamp.
[[nodiscard]] Result<MicroblogEntry> parseEntry(const xmpp::Element &entry);
// The <entry/> for publishing (author, title, content only when set, links, ids, times).
[[nodiscard]] xmpp::Element toAtom(const MicroblogEntry &entry);

} // namespace teahouse::moments
