#pragma once

#include <functional>

namespace teahouse::xmpp {

// Delays between reconnection attempts: truncated exponential backoff with jitter
// (RFC 6120 §3.3 asks for unpredictable, increasing delays so that clients cut off together
// do not come back together). Pure: the random source is injected so tests are exact.
class ReconnectPolicy
{
public:
    struct Settings
    {
        int initialDelayMs = 1000;
        int maxDelayMs = 5 * 60 * 1000;
        double factor = 2.0;
        // Each delay is scaled by a uniform factor in [1 - jitter, 1 + jitter].
        double jitter = 0.3;
    };
    // Returns a uniformly distributed value in [0, 1).
    using RandomSource = std::function<double()>;

    ReconnectPolicy();
    explicit ReconnectPolicy(Settings settings, RandomSource random = {});

    // The delay before the next attempt; each call counts as one more failed attempt.
    [[nodiscard]] int nextDelayMs();
    // Undelayed base of the next attempt, without jitter (for display and tests).
    [[nodiscard]] int baseDelayMs() const;
    // A session came up: the next failure starts again from the initial delay.
    void reset() { m_attempts = 0; }
    [[nodiscard]] int attempts() const { return m_attempts; }
    [[nodiscard]] const Settings &settings() const { return m_settings; }

private:
    Settings m_settings;
    RandomSource m_random;
    int m_attempts = 0;
};

} // namespace teahouse::xmpp
