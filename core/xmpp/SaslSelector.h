#pragma once

#include "xmpp/SaslChannelBinding.h"
#include "xmpp/SaslMechanism.h"

#include <QStringList>
#include <memory>

namespace teahouse::xmpp {

// Picks the SASL mechanism to use from a server's <mechanisms/> and builds it: strongest
// first (SCRAM-SHA-256-PLUS, SCRAM-SHA-1-PLUS, SCRAM-SHA-256, SCRAM-SHA-1, then PLAIN only
// inside TLS), with the RFC 5802 §6 GS2 flag that keeps a stripped -PLUS offer detectable.
class SaslSelector
{
public:
    struct Choice
    {
        QString mechanism; // the IANA name to put in <auth mechanism='…'/>
        // Used: send binding data (-PLUS). SupportedButNotUsed ('y'): we had binding data but
        // the server offered no -PLUS; a server that does support binding then knows the list
        // was tampered with. NotSupported ('n'): we have no binding data for this link (the
        // server's -PLUS offers, if any, cannot be used: 'y' would make it fail us).
        SaslChannelBinding::Mode binding = SaslChannelBinding::Mode::NotSupported;
    };

    // offered: the mechanism names the server listed. channelBindingAvailable: we hold
    // binding data of a type the server accepts. tlsActive: the link is encrypted.
    [[nodiscard]] static Result<Choice>
    selectMechanism(const QStringList &offered, bool channelBindingAvailable, bool tlsActive);

    // The mechanism for a choice; binding must hold the data when choice.binding is Used.
    [[nodiscard]] static Result<std::unique_ptr<SaslMechanism>>
    create(const Choice &choice, const SaslCredentials &credentials,
           const SaslChannelBinding &binding = {});
};

} // namespace teahouse::xmpp
