#pragma once

#include "base/Result.h"
#include "xmpp/Element.h"

#include <QList>
#include <QString>
#include <cstdint>
#include <deque>

namespace teahouse::xmpp {

// The bookkeeping of XEP-0198 stream management, without any I/O: the count of inbound
// stanzas handled, the queue of outbound stanzas the server has not acknowledged yet, and the
// resumption id. Counters are unsigned 32-bit and wrap from 2^32-1 to 0 as §4 requires.
class StreamManagementState
{
public:
    // Forgets everything: no SM session.
    void clear();
    // <enabled/> received: a fresh SM session with both counters at zero. Stanzas still in the
    // queue from an earlier session are not kept; take them first with takeUnacked().
    void enable(const QString &id, bool resumable, int maxSeconds);

    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    [[nodiscard]] bool canResume() const { return m_enabled && m_resumable && !m_id.isEmpty(); }
    [[nodiscard]] const QString &id() const { return m_id; }
    [[nodiscard]] int maxResumeSeconds() const { return m_maxSeconds; }

    // Inbound: one more stanza handled; the value goes into <a h=''/> and <resume h=''/>.
    void stanzaHandled() { ++m_inbound; }
    [[nodiscard]] std::uint32_t inboundCount() const { return m_inbound; }

    // Outbound: a stanza went onto the wire and is the stream's responsibility until acked.
    void stanzaSent(const Element &stanza);
    // The server's h (from <a/>, <resumed/> or <failed/>): removes and returns the stanzas it
    // covers, oldest first. An h that acknowledges more than was sent is a protocol error.
    [[nodiscard]] Result<QList<Element>> acknowledge(std::uint32_t h);
    // The last h the server reported (what the counter of acknowledged stanzas stands at).
    [[nodiscard]] std::uint32_t acknowledgedCount() const { return m_acked; }
    // Stanzas sent so far in this SM session, modulo 2^32.
    [[nodiscard]] std::uint32_t sentCount() const
    {
        return m_acked + static_cast<std::uint32_t>(m_unacked.size());
    }
    [[nodiscard]] qsizetype unackedCount() const { return qsizetype(m_unacked.size()); }
    [[nodiscard]] QList<Element> unacked() const;
    // Empties the queue (for resending on a new session) and returns it, oldest first.
    [[nodiscard]] QList<Element> takeUnacked();

    // Tests start the counters near the wrap-around point.
    void setCountersForTest(std::uint32_t inbound, std::uint32_t acked)
    {
        m_inbound = inbound;
        m_acked = acked;
    }

private:
    std::deque<Element> m_unacked;
    QString m_id;
    std::uint32_t m_inbound = 0;
    std::uint32_t m_acked = 0;
    int m_maxSeconds = 0;
    bool m_enabled = false;
    bool m_resumable = false;
};

} // namespace teahouse::xmpp
