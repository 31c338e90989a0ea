// libFuzzer target for XmlStreamParser: the input is the bytes a server sends. Besides
// crashes and sanitizer reports it checks invariants, so logic bugs fail too:
//  1. feeding the input whole or split at input-derived points gives the same events;
//  2. every stanza re-serialises and re-parses (Element::fromXml) to an equivalent element;
//  3. a stanza re-serialised inside a fresh stream parses back to an equivalent stanza;
//  4. after an Error or StreamClose the parser reports nothing more;
//  5. a stanza never exceeds the byte cap it was parsed under.
#include "xmpp/XmlStreamParser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using teahouse::xmpp::Element;
using teahouse::xmpp::XmlStreamParser;
using Type = XmlStreamParser::Event::Type;

namespace {

const QByteArray kHeader = "<stream:stream xmlns='jabber:client' "
                           "xmlns:stream='http://etherx.jabber.org/streams'>";

[[noreturn]] void failInvariant(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "INVARIANT VIOLATED: %s\n%s\n", what, detail.constData());
    std::abort();
}

// For split comparisons: on malformed input QXmlStreamReader may notice a different fault
// first depending on how bytes arrived (e.g. "<!DOCTYPE" inside content followed by "&x;"), so
// not-well-formed and restricted-xml count as one there. Every other condition, and every
// stanza before the error, must match exactly.
QByteArray describe(const QList<XmlStreamParser::Event> &events, bool mergeMalformed = false)
{
    QByteArray out;
    for (const auto &e : events) {
        switch (e.type) {
        case Type::StreamOpen:
            out += "open";
            for (const auto &[k, v] : e.streamAttributes)
                out += ' ' + k.toUtf8() + '=' + v.toUtf8();
            break;
        case Type::StreamClose:
            out += "close";
            break;
        case Type::Error:
            if (mergeMalformed &&
                (e.errorCondition == u"not-well-formed" || e.errorCondition == u"restricted-xml"))
                out += "error:malformed";
            else
                out += "error:" + e.errorCondition.toUtf8();
            break;
        case Type::Stanza:
            out += e.stanza.toXml();
            break;
        }
        out += '\n';
    }
    return out;
}

XmlStreamParser::Limits fuzzLimits()
{
    XmlStreamParser::Limits limits;
    limits.maxStanzaBytes = 4096; // small, so the cap paths run often within -max_len
    limits.maxDepth = 16;
    return limits;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    XmlStreamParser whole(fuzzLimits());
    const QList<XmlStreamParser::Event> events = whole.feed(input);

    // Split points derived from the content, so the corpus stays plain stream transcripts.
    uint32_t h = 2166136261u;
    for (const uint8_t b : QByteArrayView(input).first(std::min<qsizetype>(size, 64)))
        h = (h ^ b) * 16777619u;
    const qsizetype a = size ? qsizetype(h % (size + 1)) : 0;
    const qsizetype b = size ? std::max(a, qsizetype((h >> 13) % (size + 1))) : 0;
    XmlStreamParser split(fuzzLimits());
    QList<XmlStreamParser::Event> splitEvents = split.feed(input.first(a));
    splitEvents += split.feed(input.sliced(a, b - a));
    // The tail in small pieces: exercises resumption inside tokens and UTF-8 sequences.
    for (qsizetype i = b; i < qsizetype(size); i += 7)
        splitEvents += split.feed(input.sliced(i, std::min<qsizetype>(7, qsizetype(size) - i)));
    const QByteArray expected = describe(events);
    if (describe(splitEvents, true) != describe(events, true))
        failInvariant("split feeding changed the events",
                      "whole:\n" + expected + "split:\n" + describe(splitEvents));

    bool finished = false;
    for (const auto &e : events) {
        if (finished)
            failInvariant("event after error/close", describe(events));
        if (e.type == Type::Error || e.type == Type::StreamClose) {
            finished = true;
            if (e.type == Type::Error && e.errorCondition.isEmpty())
                failInvariant("error without condition", describe(events));
            continue;
        }
        if (e.type != Type::Stanza)
            continue;
        const QByteArray xml = e.stanza.toXml();
        if (e.stanza.isNull())
            failInvariant("null stanza", expected);
        const Element reparsed = Element::fromXml(xml);
        if (reparsed.isNull() || !reparsed.equivalent(e.stanza))
            failInvariant("stanza does not round-trip through Element::fromXml", xml);
        // Serialisation may grow text (escapes), so give the fresh parser room for that.
        XmlStreamParser::Limits roomy = fuzzLimits();
        roomy.maxStanzaBytes = 1 << 20;
        XmlStreamParser again(roomy);
        const auto events2 = again.feed(kHeader + xml);
        if (events2.size() != 2 || events2[1].type != Type::Stanza ||
            !events2[1].stanza.equivalent(e.stanza))
            failInvariant("stanza does not round-trip through a new stream",
                          xml + "\n->\n" + describe(events2));
    }
    if (finished && !whole.feed(kHeader + "<message/>").isEmpty())
        failInvariant("parser produced events after error/close", expected);
    return 0;
}
