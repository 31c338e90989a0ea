#pragma once

#include "xmpp/Element.h"

#include <QList>
#include <QString>

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
        qsizetype maxStanzaBytes = 1024 * 1024;
        int maxDepth = 64;
    };

    struct Event
    {
        enum class Type { StreamOpen, Stanza, StreamClose, Error };
        Type type = Type::Error;
        // StreamOpen: the <stream:stream> attributes (id, from, to, version, xml:lang).
        QList<Element::Attribute> streamAttributes;
        // Stanza: a complete first-level child of the stream (namespace resolved, e.g.
        // jabber:client for message/presence/iq, http://etherx.jabber.org/streams for
        // stream:features and stream:error).
        Element stanza;
        // Error: an RFC 6120 §4.9.3 stream error condition ("not-well-formed",
        // "restricted-xml", "policy-violation", "invalid-namespace", "bad-format") and detail.
        QString errorCondition;
        QString errorText;
    };

    explicit XmlStreamParser(Limits limits = {});
    ~XmlStreamParser();
    XmlStreamParser(const XmlStreamParser &) = delete;
    XmlStreamParser &operator=(const XmlStreamParser &) = delete;

    // Starts over for a new stream (after STARTTLS or SASL success).
    void reset();
    // Feeds raw bytes (any split, even inside a UTF-8 sequence); returns the events completed.
    [[nodiscard]] QList<Event> feed(QByteArrayView bytes);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace teahouse::xmpp
