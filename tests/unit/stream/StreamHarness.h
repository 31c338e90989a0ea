#pragma once

// The test side of a Stream on fake transports (the test plays the server): shared by
// tst_stream and the hostile-server tests (tests/unit/hostile).
#include "FakeStreamTransport.h"
#include "xmpp/Stream.h"

#include <QCoreApplication>
#include <QPointer>

namespace teahouse::test {

using xmpp::Element;
using xmpp::Stream;
using xmpp::StreamSettings;

inline const QByteArray kServerHeader =
    "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' "
    "id='s1' from='example.org' version='1.0'>";
inline const QByteArray kStartTls =
    "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>";

inline QByteArray mechanisms(const QList<QByteArray> &names)
{
    QByteArray out = "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>";
    for (const QByteArray &name : names)
        out += "<mechanism>" + name + "</mechanism>";
    return out + "</mechanisms>";
}

inline QByteArray features(const QByteArray &inner)
{
    return "<stream:features>" + inner + "</stream:features>";
}

inline const QByteArray kBindFeatures =
    features("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
             "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'><optional/></session>"
             "<sm xmlns='urn:xmpp:sm:3'/>");

inline Element message(const QString &to, const QString &body, const QString &id = {})
{
    Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
    m.setAttribute(QStringLiteral("to"), to);
    m.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
    if (!id.isEmpty())
        m.setAttribute(QStringLiteral("id"), id);
    m.addTextChild(QStringLiteral("body"), body);
    return m;
}

inline StreamSettings defaultSettings()
{
    StreamSettings s;
    s.jid = Jid::parse(u"alice@example.org");
    s.password = QStringLiteral("secret");
    s.resource = QStringLiteral("desk");
    s.host = QStringLiteral("xmpp.example.org");
    s.port = 5222;
    s.tlsMode = StreamSettings::TlsMode::StartTls;
    s.watchNetworkReachability = false;
    s.reconnectRandom = [] {
        return 0.5;
    }; // no jitter: delays are exact
    return s;
}

// One item the client wrote: a stream header, a top-level element, or the stream close.
struct Written
{
    enum class Kind
    {
        Header,
        Element,
        Close
    } kind;
    QByteArray raw;
    Element element;
};

// A Stream on fake transports, with the test as the server.
class Harness
{
public:
    explicit Harness(StreamSettings settings = defaultSettings())
        : stream([this] {
            auto transport = std::make_unique<FakeStreamTransport>();
            transport->m_binding = binding;
            transports.append(transport.get());
            return transport;
        })
    {
        stream.setSettings(std::move(settings));
    }

    FakeStreamTransport *t() { return transports.isEmpty() ? nullptr : transports.last().data(); }

    // Parses what the current transport got since the last call.
    void collect()
    {
        if (!t())
            return;
        const QList<QByteArray> chunks = std::exchange(t()->m_written, {});
        for (QByteArray chunk : chunks) {
            allRaw += chunk;
            if (chunk.startsWith("<?xml")) {
                out.append({Written::Kind::Header, chunk, {}});
                continue;
            }
            bool closes = false;
            if (chunk.endsWith("</stream:stream>")) {
                closes = true;
                chunk.chop(int(qstrlen("</stream:stream>")));
            }
            if (!chunk.isEmpty()) {
                const Element wrapper =
                    Element::fromXml("<stream:stream xmlns='jabber:client' "
                                     "xmlns:stream='http://etherx.jabber.org/streams'>" +
                                     chunk + "</stream:stream>");
                if (wrapper.isNull())
                    qWarning() << "Client wrote malformed XML:" << chunk;
                for (const Element &e : wrapper.children())
                    out.append({Written::Kind::Element, chunk, e});
            }
            if (closes)
                out.append({Written::Kind::Close, "</stream:stream>", {}});
        }
    }
    bool nextIsHeader()
    {
        collect();
        if (out.isEmpty() || out.first().kind != Written::Kind::Header) {
            qWarning() << "expected a stream header, got"
                       << (out.isEmpty() ? QByteArray("nothing") : out.first().raw);
            return false;
        }
        lastHeader = out.takeFirst().raw;
        return true;
    }
    Element next()
    {
        collect();
        if (out.isEmpty() || out.first().kind != Written::Kind::Element) {
            qWarning() << "expected an element, got"
                       << (out.isEmpty() ? QByteArray("nothing") : out.first().raw);
            return {};
        }
        return out.takeFirst().element;
    }
    bool nextIsClose()
    {
        collect();
        return !out.isEmpty() && out.takeFirst().kind == Written::Kind::Close;
    }
    bool nothingMore()
    {
        collect();
        if (!out.isEmpty())
            qWarning() << "unexpected output:" << out.first().raw;
        return out.isEmpty();
    }
    void inject(const QByteArray &xml) { t()->inject(xml); }

    // TCP up, STARTTLS done, second stream open: the server is about to offer SASL.
    bool secure()
    {
        t()->completeConnect();
        if (!nextIsHeader())
            return false;
        inject(kServerHeader + features(kStartTls + mechanisms({"PLAIN"})));
        if (!next().is(u"starttls", u"urn:ietf:params:xml:ns:xmpp-tls"))
            return false;
        inject("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
        if (!t()->m_startTlsCalled)
            return false;
        t()->completeTls();
        return nextIsHeader();
    }
    // From SASL features to a signed-in stream restart, with PLAIN.
    bool authenticatePlain()
    {
        inject(kServerHeader + features(mechanisms({"PLAIN"})));
        const Element auth = next();
        if (!auth.is(u"auth", u"urn:ietf:params:xml:ns:xmpp-sasl") ||
            auth.attribute(u"mechanism") != u"PLAIN")
            return false;
        inject("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>");
        return nextIsHeader();
    }
    // Bind and enable SM (resumable) after authentication.
    bool bindAndEnable(bool sm = true, const QByteArray &smId = "sm-1")
    {
        inject(kServerHeader +
               (sm ? kBindFeatures : features("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>")));
        const Element bind = next();
        if (!bind.is(u"iq", u"jabber:client") || !bind.hasChild(u"bind"))
            return false;
        inject("<iq type='result' id='" + bind.attribute(u"id").toUtf8() +
               "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
               "<jid>alice@example.org/desk</jid></bind></iq>");
        if (!sm)
            return stream.isOnline();
        if (!next().is(u"enable", u"urn:xmpp:sm:3"))
            return false;
        inject("<enabled xmlns='urn:xmpp:sm:3' id='" + smId + "' resume='true' max='300'/>");
        return stream.isOnline();
    }
    bool online(bool sm = true)
    {
        stream.connectToServer();
        return secure() && authenticatePlain() && bindAndEnable(sm);
    }
    // The client's <r/> after sends is posted; run it.
    void flushAckRequests() { QCoreApplication::processEvents(); }

    QByteArray binding;
    QList<QPointer<FakeStreamTransport>> transports;
    Stream stream;
    QList<Written> out;
    QByteArray lastHeader;
    QByteArray allRaw;
};

} // namespace teahouse::test
