#include "xmpp/XmlStreamParser.h"

#include "base/Logging.h"

#include <QXmlStreamReader>
#include <algorithm>
#include <optional>
#include <vector>

namespace teahouse::xmpp {

namespace {

const QString kStreamNs = QStringLiteral("http://etherx.jabber.org/streams");

// The reader is fed at most this much at a time: the stanza size cap is enforced between
// slices, and the reader never holds more than one slice beyond what the cap allows.
constexpr qsizetype kSliceBytes = 8 * 1024;

bool isPredefinedEntity(QByteArrayView name)
{
    return name == "lt" || name == "gt" || name == "amp" || name == "apos" || name == "quot";
}

// UTF-16 code units one byte of UTF-8 adds once its sequence is complete (QXmlStreamReader
// counts characterOffset() in UTF-16 units of the decoded text).
int utf16Units(unsigned char byte)
{
    if ((byte & 0xC0) == 0x80)
        return 0; // continuation
    return byte >= 0xF0 ? 2 : 1;
}

// Checks UTF-8 as it arrives, across feeds (Unicode Table 3-7: no overlong forms, no
// surrogates, nothing above U+10FFFF), plus the C0 controls XML 1.0 forbids. QXmlStreamReader
// notices bad UTF-8 when it comes in one piece, but not when it is split over addData() calls.
class Utf8Validator
{
public:
    // The index of the first byte that cannot be part of well-formed XML text, or -1.
    qsizetype accept(QByteArrayView bytes)
    {
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto b = static_cast<unsigned char>(bytes[i]);
            if (m_need == 0) {
                if (b < 0x80) {
                    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r')
                        return i;
                    continue;
                }
                m_lo = 0x80;
                m_hi = 0xBF;
                if (b >= 0xC2 && b <= 0xDF) {
                    m_need = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    m_need = 2;
                    if (b == 0xE0)
                        m_lo = 0xA0;
                    else if (b == 0xED)
                        m_hi = 0x9F;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    m_need = 3;
                    if (b == 0xF0)
                        m_lo = 0x90;
                    else if (b == 0xF4)
                        m_hi = 0x8F;
                } else {
                    return i;
                }
            } else {
                if (b < m_lo || b > m_hi)
                    return i;
                m_lo = 0x80;
                m_hi = 0xBF;
                --m_need;
            }
        }
        return -1;
    }
    void reset() { m_need = 0; }

private:
    int m_need = 0;
    unsigned char m_lo = 0x80;
    unsigned char m_hi = 0xBF;
};

// Finds "]]>" in character data, which XML forbids outside CDATA sections. QXmlStreamReader
// only notices it when the three characters arrive in one addData() call; this tracks just
// enough context (content, tag, quoted value, CDATA section) to catch it at any split.
class ContentScanner
{
public:
    // The index of the '>' of a "]]>" in content, or -1.
    qsizetype scan(QByteArrayView bytes)
    {
        static constexpr char cdataOpen[] = "<![CDATA[";
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const char c = bytes[i];
            switch (m_state) {
            case State::Content:
                if (c == '<') {
                    m_state = State::TagStart;
                    m_matched = 1;
                } else if (c == '>' && m_brackets >= 2) {
                    return i;
                }
                m_brackets = c == ']' ? m_brackets + 1 : 0;
                break;
            case State::TagStart:
                if (c == cdataOpen[m_matched]) {
                    if (++m_matched == 9) {
                        m_state = State::CData;
                        m_brackets = 0;
                    }
                    break;
                }
                m_state = State::Tag;
                [[fallthrough]];
            case State::Tag:
                if (c == '"' || c == '\'') {
                    m_quote = c;
                    m_state = State::Quoted;
                } else if (c == '>') {
                    m_state = State::Content;
                    m_brackets = 0;
                }
                break;
            case State::Quoted:
                if (c == m_quote)
                    m_state = State::Tag;
                break;
            case State::CData:
                if (c == '>' && m_brackets >= 2) {
                    m_state = State::Content;
                    m_brackets = 0;
                } else {
                    m_brackets = c == ']' ? m_brackets + 1 : 0;
                }
                break;
            }
        }
        return -1;
    }
    void reset() { *this = ContentScanner(); }

private:
    enum class State
    {
        Content,
        TagStart,
        Tag,
        Quoted,
        CData
    };
    State m_state = State::Content;
    int m_matched = 0;
    int m_brackets = 0;
    char m_quote = 0;
};

} // namespace

struct XmlStreamParser::Private
{
    enum class State
    {
        BeforeStream,
        InStream,
        Closed,
        Failed
    };

    explicit Private(Limits l)
        : limits(std::move(l))
    {
        restart();
    }

    void restart()
    {
        reader.emplace();
        reader->setNamespaceProcessing(true);
        state = State::BeforeStream;
        stack.clear();
        window.clear();
        windowByte = 0;
        windowChar = 0;
        cursorByte = 0;
        cursorChar = 0;
        bytesFed = 0;
        unitStartByte = 0;
        sawFirstByte = false;
        bomChecked = false;
        pendingBom.clear();
        utf8.reset();
        content.reset();
    }

    // atByte: where the fault is (the reader's position when -1). A fault found past the
    // stanza cap reports the cap instead, so that the condition depends on the bytes only, not
    // on how far the reader had been fed when it noticed.
    void fail(QList<Event> &events, const QString &condition, const QString &text,
              qint64 atByte = -1)
    {
        if (atByte < 0)
            atByte = byteOffsetOf(reader->characterOffset());
        const bool overCap = atByte - unitStartByte > limits.maxStanzaBytes;
        state = State::Failed;
        Event event;
        event.type = Event::Type::Error;
        event.errorCondition = overCap ? QStringLiteral("policy-violation") : condition;
        event.errorText = overCap ? QStringLiteral("stanza too large") : text;
        qCDebug(lcXmpp) << "XML stream error" << condition << text;
        events.append(std::move(event));
        stack.clear();
        window.clear();
    }

    // Absolute byte offset of the UTF-16 position `charOffset` of the reader. Walks forward
    // from the last mapped position, so mapping every stanza end costs O(bytes) in total.
    qint64 byteOffsetOf(qint64 charOffset)
    {
        if (charOffset < cursorChar) {
            cursorByte = windowByte;
            cursorChar = windowChar;
        }
        const qint64 windowEnd = windowByte + window.size();
        while (cursorChar < charOffset && cursorByte < windowEnd) {
            cursorChar += utf16Units(static_cast<unsigned char>(window[cursorByte - windowByte]));
            ++cursorByte;
            // Step over the rest of a multi-byte sequence: it adds no units.
            while (cursorByte < windowEnd &&
                   (static_cast<unsigned char>(window[cursorByte - windowByte]) & 0xC0) == 0x80)
                ++cursorByte;
        }
        return cursorByte;
    }

    // Drops the bytes before the last mapped position (a stanza boundary): nothing looks at
    // them again. What stays is at most the stanza in progress, which the cap bounds.
    void trimWindow()
    {
        const qint64 drop = cursorByte - windowByte;
        if (drop < kSliceBytes)
            return; // amortises the move
        window.remove(0, qsizetype(drop));
        windowByte = cursorByte;
        windowChar = cursorChar;
    }

    // An unknown entity makes QXmlStreamReader raise a plain not-well-formed error; RFC 6120
    // wants restricted-xml for it. The error is reported right after the reference's ';' (give
    // or take the reader's lookahead), so look for a complete "&name;" just before it.
    bool errorIsUndeclaredEntity()
    {
        const qint64 end = byteOffsetOf(reader->characterOffset()) - windowByte;
        if (end <= 0 || end > window.size())
            return false;
        const QByteArrayView before = QByteArrayView(window).first(end);
        const qsizetype semicolon = before.lastIndexOf(';');
        if (semicolon < 0 || end - semicolon > 2)
            return false;
        qsizetype start = semicolon;
        auto isNameByte = [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '_' || c == ':' || c == '-' || c == '.' || (c & 0x80);
        };
        while (start > 0 && isNameByte(before[start - 1]))
            --start;
        if (start == 0 || before[start - 1] != '&' || start == semicolon)
            return false;
        return !isPredefinedEntity(before.sliced(start, semicolon - start));
    }

    void handleReaderError(QList<Event> &events)
    {
        if (reader->error() == QXmlStreamReader::NotWellFormedError && errorIsUndeclaredEntity()) {
            fail(events, QStringLiteral("restricted-xml"),
                 QStringLiteral("entity references other than the predefined ones"));
            return;
        }
        fail(events, QStringLiteral("not-well-formed"), reader->errorString());
    }

    void openStream(QList<Event> &events)
    {
        if (reader->namespaceUri() != kStreamNs) {
            fail(events, QStringLiteral("invalid-namespace"),
                 QStringLiteral("stream element not in ") + kStreamNs);
            return;
        }
        if (reader->name() != u"stream") {
            fail(events, QStringLiteral("bad-format"), QStringLiteral("root is not a stream"));
            return;
        }
        QString contentNamespace;
        bool declared = false;
        for (const QXmlStreamNamespaceDeclaration &ns : reader->namespaceDeclarations()) {
            if (ns.prefix().isEmpty()) {
                contentNamespace = ns.namespaceUri().toString();
                declared = true;
            }
        }
        if (!declared || !limits.contentNamespaces.contains(contentNamespace)) {
            fail(events, QStringLiteral("invalid-namespace"),
                 QStringLiteral("unsupported content namespace '%1'").arg(contentNamespace));
            return;
        }
        if (overCap(events))
            return;
        Event event;
        event.type = Event::Type::StreamOpen;
        for (const QXmlStreamAttribute &attr : reader->attributes())
            event.streamAttributes.append(
                {attr.qualifiedName().toString(), attr.value().toString()});
        events.append(std::move(event));
        state = State::InStream;
        unitStartByte = byteOffsetOf(reader->characterOffset());
    }

    // Checks the bytes up to the current token against the cap before an event is reported,
    // so the events do not depend on where the input was split.
    bool overCap(QList<Event> &events)
    {
        const qint64 end = byteOffsetOf(reader->characterOffset());
        if (end - unitStartByte <= limits.maxStanzaBytes)
            return false;
        fail(events, QStringLiteral("policy-violation"), QStringLiteral("stanza too large"), end);
        return true;
    }

    // Returns false when the parser failed.
    bool handleToken(QXmlStreamReader::TokenType token, QList<Event> &events)
    {
        switch (token) {
        case QXmlStreamReader::StartDocument: {
            const QStringView encoding = reader->documentEncoding();
            if (!encoding.isEmpty() && encoding.compare(u"UTF-8", Qt::CaseInsensitive) != 0) {
                fail(events, QStringLiteral("unsupported-encoding"),
                     QStringLiteral("XMPP streams are UTF-8"));
                return false;
            }
            return true;
        }
        case QXmlStreamReader::DTD:
            // Reported once the DTD is read and before any entity it declares is expanded,
            // so refusing here is what keeps "billion laughs" out.
            fail(events, QStringLiteral("restricted-xml"), QStringLiteral("DTD"));
            return false;
        case QXmlStreamReader::EntityReference:
            fail(events, QStringLiteral("restricted-xml"), QStringLiteral("entity reference"));
            return false;
        case QXmlStreamReader::ProcessingInstruction:
            fail(events, QStringLiteral("restricted-xml"),
                 QStringLiteral("processing instruction"));
            return false;
        case QXmlStreamReader::Comment:
            fail(events, QStringLiteral("restricted-xml"), QStringLiteral("comment"));
            return false;
        case QXmlStreamReader::StartElement:
            if (state == State::BeforeStream) {
                openStream(events);
                return state != State::Failed;
            }
            if (qsizetype(stack.size()) >= limits.maxDepth) {
                fail(events, QStringLiteral("policy-violation"),
                     QStringLiteral("elements nested deeper than %1").arg(limits.maxDepth));
                return false;
            }
            // Elements may not live in the reserved xml namespace (<xml:lang/>): no XMPP
            // payload uses it, and no default-namespace serialisation can express it.
            if (reader->namespaceUri() == u"http://www.w3.org/XML/1998/namespace") {
                fail(events, QStringLiteral("bad-namespace-prefix"),
                     QStringLiteral("element in the reserved xml namespace"));
                return false;
            }
            stack.push_back(Element::fromStartElement(*reader));
            return true;
        case QXmlStreamReader::EndElement: {
            if (stack.empty()) {
                // The stream element itself: the peer closed the stream.
                if (overCap(events))
                    return false;
                Event event;
                event.type = Event::Type::StreamClose;
                events.append(std::move(event));
                state = State::Closed;
                return false;
            }
            Element done = std::move(stack.back());
            stack.pop_back();
            if (!stack.empty()) {
                stack.back().children().push_back(std::move(done));
                return true;
            }
            const qint64 end = byteOffsetOf(reader->characterOffset());
            if (end - unitStartByte > limits.maxStanzaBytes) {
                fail(events, QStringLiteral("policy-violation"),
                     QStringLiteral("stanza too large"));
                return false;
            }
            unitStartByte = end;
            Event event;
            event.type = Event::Type::Stanza;
            event.stanza = std::move(done);
            events.append(std::move(event));
            return true;
        }
        case QXmlStreamReader::Characters:
            if (!stack.empty()) {
                stack.back().appendText(reader->text());
            } else if (!reader->isWhitespace()) {
                fail(events, QStringLiteral("bad-format"),
                     QStringLiteral("text outside of a stanza"));
                return false;
            }
            return true;
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::Invalid:
            return true;
        }
        return true;
    }

    // Checks the bytes that must come first, before the reader guesses an encoding from them:
    // XMPP is UTF-8 only, and a UTF-8 byte order mark is dropped so that byte and character
    // offsets stay in step.
    QByteArrayView checkStart(QByteArrayView bytes, QList<Event> &events)
    {
        if (sawFirstByte || bytes.isEmpty())
            return bytes;
        QByteArray start = pendingBom + bytes.toByteArray();
        pendingBom.clear();
        // At most one byte order mark, however the input is split (a second one is content).
        if (!bomChecked) {
            if (start.size() < 3 && QByteArrayView("\xEF\xBB\xBF").startsWith(start)) {
                pendingBom = std::move(start); // could still become a byte order mark
                return {};
            }
            bomChecked = true;
            if (start.startsWith("\xEF\xBB\xBF"))
                start.remove(0, 3);
        }
        if (start.isEmpty())
            return {};
        sawFirstByte = true;
        const auto first = static_cast<unsigned char>(start[0]);
        if (first != '<' && first != ' ' && first != '\t' && first != '\r' && first != '\n') {
            fail(events, QStringLiteral("unsupported-encoding"),
                 QStringLiteral("stream does not start with UTF-8 markup"));
            return {};
        }
        startBuffer = std::move(start);
        return startBuffer;
    }

    // Feeds the reader and handles the tokens; false once the parser failed or closed.
    bool parse(QByteArrayView bytes, QList<Event> &events)
    {
        trimWindow();
        window.append(bytes.data(), bytes.size());
        bytesFed += bytes.size();
        reader->addData(bytes.toByteArray());
        while (true) {
            const QXmlStreamReader::TokenType token = reader->readNext();
            if (token == QXmlStreamReader::Invalid) {
                if (reader->error() == QXmlStreamReader::PrematureEndOfDocumentError)
                    return true; // needs more bytes
                handleReaderError(events);
                return false;
            }
            if (!handleToken(token, events))
                return false;
        }
    }

    void feedSlice(QByteArrayView slice, QList<Event> &events)
    {
        // Bytes up to a UTF-8 or control-character fault are parsed first, so the events
        // before the fault are the same however the input was split. This also refuses NUL,
        // which keeps the reader from taking the stream for UTF-16.
        qsizetype bad = utf8.accept(slice);
        const qsizetype cdataEnd = content.scan(bad < 0 ? slice : slice.first(bad));
        if (cdataEnd >= 0)
            bad = cdataEnd;
        const QByteArrayView good = bad < 0 ? slice : slice.first(bad);
        if (!good.isEmpty() && !parse(good, events))
            return;
        if (bad >= 0) {
            fail(events, QStringLiteral("not-well-formed"),
                 cdataEnd >= 0 ? QStringLiteral("']]>' in character data")
                               : QStringLiteral("invalid UTF-8 or a control character"),
                 bytesFed + 1);
            return;
        }
        if (bytesFed - unitStartByte > limits.maxStanzaBytes)
            fail(events, QStringLiteral("policy-violation"), QStringLiteral("stanza too large"),
                 bytesFed);
    }

    Limits limits;
    std::optional<QXmlStreamReader> reader;
    State state = State::BeforeStream;
    std::vector<Element> stack; // open elements of the stanza being read
    QByteArray window;          // bytes fed since about the last stanza end, from windowByte
    qint64 windowByte = 0;
    qint64 windowChar = 0; // reader character offset at windowByte
    qint64 cursorByte = 0; // last mapped position (byte, character)
    qint64 cursorChar = 0;
    qint64 bytesFed = 0;
    qint64 unitStartByte = 0; // where the current stanza (with whitespace before it) began
    bool sawFirstByte = false;
    bool bomChecked = false;
    Utf8Validator utf8;
    ContentScanner content;
    QByteArray pendingBom;
    QByteArray startBuffer;
};

XmlStreamParser::XmlStreamParser()
    : XmlStreamParser(Limits())
{}

XmlStreamParser::XmlStreamParser(Limits limits)
    : d(std::make_unique<Private>(std::move(limits)))
{}

XmlStreamParser::~XmlStreamParser() = default;

void XmlStreamParser::reset()
{
    d->restart();
}

QList<XmlStreamParser::Event> XmlStreamParser::feed(QByteArrayView bytes)
{
    QList<Event> events;
    if (d->state == Private::State::Failed || d->state == Private::State::Closed)
        return events;
    bytes = d->checkStart(bytes, events);
    while (!bytes.isEmpty() && d->state != Private::State::Failed &&
           d->state != Private::State::Closed) {
        // Never feed past the cap: the reader then holds at most one byte more than the cap
        // allows for the stanza in progress, and an endless stanza is cut off right there.
        const qint64 room = d->limits.maxStanzaBytes - (d->bytesFed - d->unitStartByte) + 1;
        const qsizetype take = std::clamp<qint64>(room, 1, kSliceBytes);
        const qsizetype n = std::min(take, bytes.size());
        d->feedSlice(bytes.first(n), events);
        bytes = bytes.sliced(n);
    }
    d->startBuffer.clear();
    return events;
}

} // namespace teahouse::xmpp
