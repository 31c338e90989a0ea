#pragma once

#include "xmpp/Element.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace teahouse::xmpp {

// Incremental parser for an XMPP stream (RFC 6120 §4): bytes in, complete top-level stanzas
// out. Rejects DTDs, processing instructions and entity references beyond the five predefined
// ones; caps each stanza's size and nesting depth. After an Error event the parser is dead
// until reset(); the caller closes the stream with the given condition.
class XmlStreamParser
{
public:
    struct Limits
    {
        // Bytes from the end of the previous stanza (or stream header) to the end of this
        // one, whitespace before it included; counted as bytes arrive, so a stanza that never
        // ends is cut off one byte past the cap.
        qsizetype maxStanzaBytes = 1024 * 1024;
        // Nesting depth inside a stanza (the stanza element itself is depth 1).
        int maxDepth = 64;
        // Default namespaces accepted on the stream header (RFC 6120 §4.8.2); anything else is
        // invalid-namespace. jabber:component:accept is for XEP-0114 component streams.
        QStringList contentNamespaces = {QStringLiteral("jabber:client"),
                                         QStringLiteral("jabber:component:accept")};
    };

    struct Event
    {
        enum class Type
        {
            StreamOpen,
            Stanza,
            StreamClose,
            Error
        };
        Type type = Type::Error;
        // StreamOpen: the <stream:stream> attributes (id, from, to, version, xml:lang).
        QList<Element::Attribute> streamAttributes;
        // Stanza: a complete first-level child of the stream (namespace resolved, e.g.
        // jabber:client for message/presence/iq, http://etherx.jabber.org/streams for
        // stream:features and stream:error).
        Element stanza;
        // Error: an RFC 6120 §4.9.3 stream error condition ("not-well-formed",
        // "restricted-xml", "policy-violation", "invalid-namespace", "bad-namespace-prefix",
        // "bad-format", "unsupported-encoding") and detail.
        QString errorCondition;
        QString errorText;
    };

    // (Two constructors rather than a `Limits limits = {}` default argument: clang rejects a
    // nested class with member initialisers as a default argument inside the enclosing class.)
    XmlStreamParser();
    explicit XmlStreamParser(Limits limits);
    ~XmlStreamParser();
    XmlStreamParser(const XmlStreamParser &) = delete;
    XmlStreamParser &operator=(const XmlStreamParser &) = delete;

    // Starts over for a new stream (after STARTTLS or SASL success).
    void reset();
    // Feeds raw bytes (any split, even inside a UTF-8 sequence); returns the events completed.
    // After StreamClose or Error, further bytes are ignored until reset(). A stream restart
    // (new header after STARTTLS/SASL) needs reset() before the new stream's bytes are fed.
    [[nodiscard]] QList<Event> feed(QByteArrayView bytes);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace teahouse::xmpp
