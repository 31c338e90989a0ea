#pragma once

#include "xmpp/Element.h"

#include <QString>

namespace teahouse::articles::likes {

// Likes that reach the publisher: each Atom entry a publisher puts on its node names, in
// <counter xmlns=kNs jid='…'/>, the account that counts likes for it (a full JID: requests go to
// that client; a bare one means its "provider" resource). A reader sends that
// account <iq type='set'><like xmlns=kNs node='…' item='…' liked='true|false'/></iq> and asks
// for the figure with <iq type='get'><likes xmlns=kNs node='…' item='…'/></iq>; both are
// answered with <likes xmlns=kNs node='…' item='…' count='N' liked='true|false'/> (liked: this
// reader's own like). The counter keeps one like per reader (bare JID) and article.
inline constexpr QStringView kNs = u"urn:teahouse:articles:likes:0";

[[nodiscard]] inline xmpp::Element counter(const QString &jid)
{
    xmpp::Element e(QStringLiteral("counter"), kNs.toString());
    e.setAttribute(QStringLiteral("jid"), jid);
    return e;
}

[[nodiscard]] inline xmpp::Element like(const QString &node, const QString &item, bool liked)
{
    xmpp::Element e(QStringLiteral("like"), kNs.toString());
    e.setAttribute(QStringLiteral("node"), node);
    e.setAttribute(QStringLiteral("item"), item);
    e.setAttribute(QStringLiteral("liked"),
                   liked ? QStringLiteral("true") : QStringLiteral("false"));
    return e;
}

[[nodiscard]] inline xmpp::Element query(const QString &node, const QString &item)
{
    xmpp::Element e(QStringLiteral("likes"), kNs.toString());
    e.setAttribute(QStringLiteral("node"), node);
    e.setAttribute(QStringLiteral("item"), item);
    return e;
}

[[nodiscard]] inline xmpp::Element reply(const QString &node, const QString &item, int count,
                                         bool liked)
{
    xmpp::Element e = query(node, item);
    e.setAttribute(QStringLiteral("count"), QString::number(count));
    e.setAttribute(QStringLiteral("liked"),
                   liked ? QStringLiteral("true") : QStringLiteral("false"));
    return e;
}

// The figure in a reply (the whole <iq type='result'/>), or -1 when it has none.
[[nodiscard]] inline int countIn(const xmpp::Element &iq)
{
    const xmpp::Element *likes = iq.findChild(u"likes", kNs);
    if (!likes)
        return -1;
    bool ok = false;
    const int n = likes->attribute(u"count").toInt(&ok);
    return ok && n >= 0 ? n : -1;
}

} // namespace teahouse::articles::likes
