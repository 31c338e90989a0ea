#include "xmpp/StreamManagementState.h"

namespace teahouse::xmpp {

void StreamManagementState::clear()
{
    *this = StreamManagementState();
}

void StreamManagementState::enable(const QString &id, bool resumable, int maxSeconds)
{
    m_unacked.clear();
    m_id = id;
    m_resumable = resumable;
    m_maxSeconds = maxSeconds;
    m_inbound = 0;
    m_acked = 0;
    m_enabled = true;
}

void StreamManagementState::stanzaSent(const Element &stanza)
{
    m_unacked.push_back(stanza);
}

Result<QList<Element>> StreamManagementState::acknowledge(std::uint32_t h)
{
    // Unsigned subtraction gives the distance modulo 2^32, which is exactly what wrap-around
    // of both counters needs.
    const std::uint32_t newlyAcked = h - m_acked;
    if (newlyAcked > m_unacked.size()) {
        return Error::make(Error::Code::Protocol,
                           QStringLiteral("The server acknowledged %1 stanzas but only %2 were "
                                          "waiting for acknowledgement")
                               .arg(newlyAcked)
                               .arg(m_unacked.size()));
    }
    QList<Element> acked;
    acked.reserve(newlyAcked);
    for (std::uint32_t i = 0; i < newlyAcked; ++i) {
        acked.append(std::move(m_unacked.front()));
        m_unacked.pop_front();
    }
    m_acked = h;
    return acked;
}

QList<Element> StreamManagementState::unacked() const
{
    return QList<Element>(m_unacked.begin(), m_unacked.end());
}

QList<Element> StreamManagementState::takeUnacked()
{
    QList<Element> out(std::make_move_iterator(m_unacked.begin()),
                       std::make_move_iterator(m_unacked.end()));
    m_unacked.clear();
    return out;
}

} // namespace teahouse::xmpp
