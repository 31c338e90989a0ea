#include "xmpp/Replies.h"

#include <QStringList>

namespace teahouse::xmpp {

namespace {
// XEP-0426: fallback offsets count Unicode code points.
int codePointsToUtf16(const QString &text, int codePoints)
{
    int index = 0;
    for (int cp = 0; cp < codePoints; ++cp) {
        if (index >= text.size())
            return -1; // beyond the text: the offsets are wrong
        index += (text.at(index).isHighSurrogate() && index + 1 < text.size()) ? 2 : 1;
    }
    return index;
}
} // namespace

void Replies::addReply(Element &message, const Reply &reply, const QString &quotedText,
                       const QString &text)
{
    QStringList quoted;
    for (const QString &line : quotedText.split(u'\n'))
        quoted.append(QStringLiteral("> ") + line);
    const QString fallback = quoted.join(u'\n') + u'\n';
    message.removeChildren(u"body");
    message.addTextChild(QStringLiteral("body"), fallback + text);
    Element &r = message.addChild(QStringLiteral("reply"), kNamespace.toString());
    if (!reply.to.isEmpty())
        r.setAttribute(QStringLiteral("to"), reply.to);
    r.setAttribute(QStringLiteral("id"), reply.id);
    Element &fb = message.addChild(QStringLiteral("fallback"), kFallbackNamespace.toString());
    fb.setAttribute(QStringLiteral("for"), kNamespace.toString());
    fb.addChild(QStringLiteral("body"))
        .setAttribute(QStringLiteral("start"), QStringLiteral("0"))
        .setAttribute(QStringLiteral("end"),
                      QString::number(fallback.toUcs4().size()));
}

Replies::Reply Replies::reply(const Element &message)
{
    const Element *r = message.findChild(u"reply", kNamespace);
    if (!r)
        return {};
    return {r->attribute(u"to"), r->attribute(u"id")};
}

QString Replies::bodyWithoutFallback(const Element &message)
{
    const QString body = message.childText(u"body");
    for (const Element &fb : message.childrenNamed(u"fallback", kFallbackNamespace)) {
        if (fb.attribute(u"for") != kNamespace)
            continue;
        const Element *range = fb.findChild(u"body");
        if (!range)
            continue;
        bool okStart = false;
        bool okEnd = false;
        const int start = range->attribute(u"start").toInt(&okStart);
        const int end = range->attribute(u"end").toInt(&okEnd);
        if (!okStart || !okEnd || start < 0 || end < start)
            continue;
        const int s = codePointsToUtf16(body, start);
        const int e = codePointsToUtf16(body, end);
        if (s < 0 || e < 0)
            continue;
        return body.left(s) + body.mid(e);
    }
    return body;
}

} // namespace teahouse::xmpp
