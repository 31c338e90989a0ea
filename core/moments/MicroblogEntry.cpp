#include "moments/MicroblogEntry.h"

#include "xmpp/Delay.h"

#include <QUrl>

namespace teahouse::moments {

using xmpp::Element;

namespace {

const QString atomNs = MicroblogEntry::kAtomNs.toString();

// The text of an element and all its descendants (xhtml content), blocks on their own lines.
void collectText(const Element &e, QString &out)
{
    out += e.text();
    for (const Element &child : e.children()) {
        const bool block = child.name() == u"p" || child.name() == u"div" ||
                           child.name() == u"br" || child.name() == u"li";
        if (block && !out.isEmpty() && !out.endsWith(u'\n'))
            out += u'\n';
        collectText(child, out);
    }
}

// A peer's claimed time, made sane: a post "from 9999" would stay on top of the feed forever,
// so the future is now; before 1999 is no time at all.
QDateTime parseTime(const QString &text)
{
    return xmpp::Delay::parseStamp(text.trimmed());
}

QString formatTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

QString MicroblogEntry::text() const
{
    if (title.isEmpty())
        return content;
    if (content.isEmpty() || content == title)
        return title;
    return title + u'\n' + content;
}

namespace microblog {

QString commentsNodeFor(const QString &itemId)
{
    return kCommentsPrefix.toString() + itemId;
}

QString restrictedNodeFor(const QString &itemId)
{
    return kRestrictedPrefix.toString() + itemId;
}

bool isPostNode(QStringView node)
{
    return node == kNode ||
           (node.startsWith(kRestrictedPrefix) && node.size() > kRestrictedPrefix.size());
}

bool isCommentsNode(QStringView node)
{
    return node.startsWith(kCommentsPrefix) && node.size() > kCommentsPrefix.size();
}

QString xmppUri(const QString &jid, const QString &node, const QString &item)
{
    QString uri = QStringLiteral("xmpp:") + jid + QStringLiteral("?;node=") +
                  QString::fromLatin1(QUrl::toPercentEncoding(node));
    if (!item.isEmpty())
        uri += QStringLiteral(";item=") + QString::fromLatin1(QUrl::toPercentEncoding(item));
    return uri;
}

bool parseXmppUri(const QString &uri, QString *jid, QString *node)
{
    if (!uri.startsWith(u"xmpp:"))
        return false;
    const qsizetype q = uri.indexOf(u'?');
    if (q < 0)
        return false;
    const QString who = uri.mid(5, q - 5);
    QString found;
    const auto parts = QStringView(uri).mid(q + 1).split(u';');
    for (const QStringView part : parts) {
        if (part.startsWith(u"node="))
            found = QUrl::fromPercentEncoding(part.mid(5).toUtf8());
    }
    if (who.isEmpty() || found.isEmpty())
        return false;
    if (jid)
        *jid = QUrl::fromPercentEncoding(who.toUtf8());
    if (node)
        *node = found;
    return true;
}

QString atomId(const Jid &author, const QDateTime &when, const QString &kind, const QString &itemId)
{
    return QStringLiteral("tag:%1,%2:%3-%4")
        .arg(author.domain(), when.toUTC().date().toString(Qt::ISODate), kind, itemId);
}

} // namespace microblog

Result<MicroblogEntry> parseEntry(const Element &entry)
{
    if (!entry.is(u"entry", MicroblogEntry::kAtomNs))
        return Error::make(Error::Code::Protocol, QStringLiteral("Not an Atom entry"));
    MicroblogEntry e;
    e.atomId = entry.childText(u"id", MicroblogEntry::kAtomNs).trimmed();
    if (const Element *author = entry.findChild(u"author", MicroblogEntry::kAtomNs)) {
        e.authorName = author->childText(u"name", MicroblogEntry::kAtomNs).trimmed();
        QString uri = author->childText(u"uri", MicroblogEntry::kAtomNs).trimmed();
        if (uri.startsWith(u"xmpp:"))
            uri = uri.mid(5);
        const qsizetype q = uri.indexOf(u'?');
        if (q >= 0)
            uri.truncate(q);
        const Jid jid = Jid::parse(uri);
        if (jid.isValid())
            e.author = jid.bare();
    }
    e.title = entry.childText(u"title", MicroblogEntry::kAtomNs).trimmed();
    if (const Element *content = entry.findChild(u"content", MicroblogEntry::kAtomNs)) {
        QString text;
        collectText(*content, text);
        e.content = text.trimmed();
    }
    e.published = parseTime(entry.childText(u"published", MicroblogEntry::kAtomNs));
    e.updated = parseTime(entry.childText(u"updated", MicroblogEntry::kAtomNs));
    if (!e.published.isValid())
        e.published = e.updated;
    if (!e.updated.isValid())
        e.updated = e.published;
    if (!e.published.isValid())
        return Error::make(Error::Code::Protocol, QStringLiteral("Atom entry without a time"));
    for (const Element &link : entry.childrenNamed(u"link", MicroblogEntry::kAtomNs)) {
        const QString rel = link.attribute(u"rel");
        if (rel == u"enclosure") {
            MicroblogImage image;
            image.url = link.attribute(u"href");
            image.mimeType = link.attribute(u"type");
            image.size = link.attribute(u"length").toLongLong();
            image.name = link.attribute(u"title");
            const QUrl url(image.url);
            // Only pictures over HTTP(S): an enclosure is fetched without asking.
            if (image.mimeType.startsWith(u"image/") && url.isValid() &&
                (url.scheme() == u"https" || url.scheme() == u"http"))
                e.images.append(image);
        } else if (rel == u"replies" && link.attribute(u"title") == u"comments") {
            QString jid, node;
            if (microblog::parseXmppUri(link.attribute(u"href"), &jid, &node) &&
                microblog::isCommentsNode(node)) {
                e.commentsService = jid;
                e.commentsNode = node;
            }
        }
    }
    if (const Element *reply = entry.findChild(u"in-reply-to", MicroblogEntry::kThreadNs))
        e.inReplyToRef = reply->attribute(u"ref");
    return e;
}

Element toAtom(const MicroblogEntry &e)
{
    Element entry(QStringLiteral("entry"), atomNs);
    Element &author = entry.addChild(QStringLiteral("author"), atomNs);
    if (!e.authorName.isEmpty())
        author.addTextChild(QStringLiteral("name"), e.authorName, atomNs);
    author.addTextChild(QStringLiteral("uri"), QStringLiteral("xmpp:") + e.author.bareString(),
                        atomNs);
    entry.addTextChild(QStringLiteral("title"), e.title, atomNs)
        .setAttribute(QStringLiteral("type"), QStringLiteral("text"));
    if (!e.content.isEmpty())
        entry.addTextChild(QStringLiteral("content"), e.content, atomNs)
            .setAttribute(QStringLiteral("type"), QStringLiteral("text"));
    for (const MicroblogImage &image : e.images) {
        Element &link = entry.addChild(QStringLiteral("link"), atomNs);
        link.setAttribute(QStringLiteral("rel"), QStringLiteral("enclosure"));
        link.setAttribute(QStringLiteral("type"), image.mimeType);
        link.setAttribute(QStringLiteral("href"), image.url);
        if (image.size > 0)
            link.setAttribute(QStringLiteral("length"), QString::number(image.size));
        if (!image.name.isEmpty())
            link.setAttribute(QStringLiteral("title"), image.name);
    }
    if (!e.commentsNode.isEmpty()) {
        Element &link = entry.addChild(QStringLiteral("link"), atomNs);
        link.setAttribute(QStringLiteral("rel"), QStringLiteral("replies"));
        link.setAttribute(QStringLiteral("title"), QStringLiteral("comments"));
        link.setAttribute(QStringLiteral("href"),
                          microblog::xmppUri(e.commentsService, e.commentsNode));
    }
    if (!e.inReplyToRef.isEmpty()) {
        Element &reply =
            entry.addChild(QStringLiteral("in-reply-to"), MicroblogEntry::kThreadNs.toString());
        reply.setAttribute(QStringLiteral("ref"), e.inReplyToRef);
    }
    if (!e.atomId.isEmpty())
        entry.addTextChild(QStringLiteral("id"), e.atomId, atomNs);
    entry.addTextChild(QStringLiteral("published"), formatTime(e.published), atomNs);
    entry.addTextChild(QStringLiteral("updated"),
                       formatTime(e.updated.isValid() ? e.updated : e.published), atomNs);
    return entry;
}

} // namespace teahouse::moments
