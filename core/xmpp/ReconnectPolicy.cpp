#include "xmpp/ReconnectPolicy.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace teahouse::xmpp {

ReconnectPolicy::ReconnectPolicy()
    : ReconnectPolicy(Settings{})
{}

ReconnectPolicy::ReconnectPolicy(Settings settings, RandomSource random)
    : m_settings(settings)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] {
            return QRandomGenerator::global()->generateDouble();
        };
}

int ReconnectPolicy::baseDelayMs() const
{
    // Computed in double so that a long outage cannot overflow before the cap applies.
    const double base = m_settings.initialDelayMs * std::pow(m_settings.factor, m_attempts);
    return static_cast<int>(std::min(base, static_cast<double>(m_settings.maxDelayMs)));
}

int ReconnectPolicy::nextDelayMs()
{
    const double base = baseDelayMs();
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const double scale = 1.0 + m_settings.jitter * (2.0 * r - 1.0);
    if (m_attempts < 64) // the cap is reached long before; keeps the counter bounded
        ++m_attempts;
    return std::max(0, static_cast<int>(std::lround(base * scale)));
}

} // namespace teahouse::xmpp
