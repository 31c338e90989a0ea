#pragma once

#include "base/Jid.h"
#include "xmpp/Element.h"
#include "xmpp/StanzaChannel.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace teahouse::test {

// A scripted StanzaChannel for protocol tests without a network, in the QXmpp style:
// the manager under test sends into a queue that expect() checks stanza by stanza, and
// inject() delivers stanzas as if the server had sent them.
//
// XML given to expect()/inject() is parsed as a child of a jabber:client stream, so
// "<iq type='get'>…</iq>" means what it would on the wire. In expected XML the attribute
// value "$ID" on the root matches any non-empty id and captures it (lastId()); "$ANY" as an
// attribute value or as element text matches anything. inject() replaces "$ID" with the
// last captured id, so a test can answer a request whose id it does not know in advance.
class FakeChannel : public xmpp::StanzaChannel
{
    Q_OBJECT
public:
    explicit FakeChannel(Jid bound = Jid::parse(u"juliet@capulet.lit/balcony"),
                         QObject *parent = nullptr);

    [[nodiscard]] Jid boundJid() const override { return m_online ? m_bound : Jid(); }
    void sendStanza(const xmpp::Element &stanza) override;
    [[nodiscard]] bool isOnline() const override { return m_online; }

    void setBoundJid(const Jid &jid) { m_bound = jid; }
    // Goes online with the bound JID and emits sessionStarted(resumed).
    void startSession(bool resumed = false);
    // The link dropped but the session may be resumed (XEP-0198): offline, no signal — as
    // the Stream does. Follow with startSession(true) for a resumption.
    void dropLink() { m_online = false; }
    // The session is gone for good: offline, and sessionEnded() (the Stream emits it only
    // when the session cannot be resumed).
    void endSession();

    // Parses XML as a jabber:client stanza; a null Element (and a warning) if malformed.
    [[nodiscard]] static xmpp::Element parse(QByteArrayView xml);

    // Pops the oldest sent stanza and checks it against the expectation; on mismatch prints
    // both and returns false. Use as QVERIFY(channel.expect("…")).
    [[nodiscard]] bool expect(QByteArrayView xml);
    // True when nothing was sent that has not been checked yet.
    [[nodiscard]] bool expectNothing();
    // Delivers a stanza as received from the server ("$ID" is replaced by lastId()).
    void inject(QByteArrayView xml);
    void inject(const xmpp::Element &stanza);

    [[nodiscard]] QString lastId() const { return m_lastId; }
    [[nodiscard]] qsizetype pendingCount() const { return m_sent.size(); }
    // Removes and returns the oldest unchecked sent stanza (null if none); its id becomes
    // lastId().
    [[nodiscard]] xmpp::Element takeSent();
    // Every stanza sent so far, including checked ones.
    [[nodiscard]] const QList<xmpp::Element> &history() const { return m_history; }

    // Wildcard-aware comparison used by expect() (see the class comment).
    [[nodiscard]] static bool matches(const xmpp::Element &expected, const xmpp::Element &actual,
                                      QString *capturedId = nullptr);

private:
    Jid m_bound;
    bool m_online = false;
    QList<xmpp::Element> m_sent;
    QList<xmpp::Element> m_history;
    QString m_lastId;
};

} // namespace teahouse::test
