#pragma once

#include "base/Jid.h"
#include "xmpp/ReconnectPolicy.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <functional>

namespace teahouse::xmpp {

// What a Stream needs to sign in: the account, how to reach and trust its server, and the
// timing of keepalives and reconnects. The app fills it from the account's stored settings.
struct StreamSettings
{
    enum class TlsMode
    {
        Automatic, // SRV for both direct TLS and STARTTLS, in DNS order
        StartTls,  // only _xmpp-client._tcp / port 5222, STARTTLS required
        DirectTls, // only _xmpps-client._tcp (XEP-0368) / the override port
    };

    // The account; a resource here is used for binding unless resource is set.
    Jid jid;
    // Either the password itself, or a callback asked for it when SASL starts (so the stream
    // does not have to hold it between sessions). The callback wins when both are set.
    QString password;
    std::function<QString()> passwordProvider;
    // Resource to request; empty lets the server choose.
    QString resource;

    // Connect here instead of looking up SRV records (port 0 means 5222, or 5223 for
    // direct TLS).
    QString host;
    quint16 port = 0;
    TlsMode tlsMode = TlsMode::Automatic;
    // Trusted in addition to the system's certificate authorities.
    QList<QSslCertificate> extraCaCertificates;
    // SHA-256 fingerprints of certificates the user accepted for this server.
    QStringList pinnedSha256Fingerprints;

    // XEP-0198 with resumption.
    bool streamManagement = true;
    // Without inbound traffic for keepaliveIntervalMs the stream asks the server for a sign of
    // life (<r/> or a XEP-0199 ping); without an answer within keepaliveTimeoutMs the link is
    // considered dead. Also bounds each negotiation step.
    int keepaliveIntervalMs = 60'000;
    int keepaliveTimeoutMs = 30'000;

    bool autoReconnect = true;
    // Try again at once when the OS reports the network back (QNetworkInformation; ignored
    // where no backend loads).
    bool watchNetworkReachability = true;
    ReconnectPolicy::Settings reconnect;
    // After the server sent data we refused (malformed, oversized, too deep), a new session
    // resets the reconnect backoff only once it has stayed up this long: a server that sends
    // the same poisoned stanza on every sign-in gets slower and slower retries, not a
    // reconnect every second.
    int stableSessionMs = 60'000;
    // Tests make the jitter deterministic; empty means a CSPRNG-seeded source.
    ReconnectPolicy::RandomSource reconnectRandom;
};

} // namespace teahouse::xmpp
