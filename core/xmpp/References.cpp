#include "xmpp/References.h"

#include <QUrl>

namespace teahouse::xmpp {

namespace {
int toCodePoints(const QString &text, int utf16)
{
    return static_cast<int>(text.left(utf16).toUcs4().size());
}

int toUtf16(const QString &text, int codePoints)
{
    int index = 0;
    for (int cp = 0; cp < codePoints; ++cp) {
        if (index >= text.size())
            return -1;
        index += (text.at(index).isHighSurrogate() && index + 1 < text.size()) ? 2 : 1;
    }
    return index;
}
} // namespace

void References::addMentions(Element &message, const QString &body,
                             const QList<Mention> &mentions)
{
    for (const Mention &m : mentions) {
        if (m.start < 0 || m.length <= 0 || m.start + m.length > body.size())
            continue;
        Element &ref = message.addChild(QStringLiteral("reference"), kNamespace.toString());
        ref.setAttribute(QStringLiteral("type"), QStringLiteral("mention"));
        ref.setAttribute(QStringLiteral("begin"), QString::number(toCodePoints(body, m.start)));
        ref.setAttribute(QStringLiteral("end"),
                         QString::number(toCodePoints(body, m.start + m.length)));
        ref.setAttribute(QStringLiteral("uri"), QStringLiteral("xmpp:") + m.jid);
    }
}

QList<References::Mention> References::mentions(const Element &message, const QString &body)
{
    QList<Mention> out;
    for (const Element &ref : message.childrenNamed(u"reference", kNamespace)) {
        if (ref.attribute(u"type") != u"mention")
            continue;
        QString uri = ref.attribute(u"uri");
        if (!uri.startsWith(u"xmpp:"))
            continue;
        uri = QUrl::fromPercentEncoding(uri.mid(5).toUtf8());
        const int q = static_cast<int>(uri.indexOf(u'?'));
        if (q >= 0)
            uri.truncate(q);
        Mention m;
        m.jid = uri;
        if (ref.hasAttribute(u"begin") && ref.hasAttribute(u"end")) {
            bool ok1 = false;
            bool ok2 = false;
            const int begin = ref.attribute(u"begin").toInt(&ok1);
            const int end = ref.attribute(u"end").toInt(&ok2);
            if (!ok1 || !ok2 || begin < 0 || end <= begin)
                continue;
            const int s = toUtf16(body, begin);
            const int e = toUtf16(body, end);
            if (s < 0 || e < 0)
                continue;
            m.start = s;
            m.length = e - s;
        }
        out.append(m);
    }
    return out;
}

} // namespace teahouse::xmpp
