#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace teahouse::xmpp {

// Who signs in: the account's localpart (or full JID for servers that want it), the password,
// and an optional authorization identity (empty: the authenticated one).
struct SaslCredentials
{
    QString username;
    QString password;
    QString authzid;
};

// One SASL mechanism's client side (RFC 4422), as the Stream drives it: the <auth/> payload,
// an answer to each <challenge/>, then a check of the <success/> data. Payloads are raw bytes;
// the Stream does the base64 of RFC 6120 §6.4.2. An error from any step means: abort with
// <abort/>, and do not fall back to a weaker mechanism on the same connection.
class SaslMechanism
{
public:
    virtual ~SaslMechanism() = default;

    // The IANA name, e.g. "SCRAM-SHA-256-PLUS".
    [[nodiscard]] virtual QString name() const = 0;
    // True when the mechanism reveals the password to anyone reading the link (PLAIN): the
    // Stream must only use it inside TLS.
    [[nodiscard]] virtual bool requiresTls() const { return false; }
    [[nodiscard]] virtual Result<QByteArray> initialResponse() = 0;
    [[nodiscard]] virtual Result<QByteArray> respond(QByteArrayView challenge) = 0;
    // The additional data of <success/> (may be empty). For SCRAM this is where the server
    // proves it knows the password; a success without that proof is an error.
    [[nodiscard]] virtual Status verifySuccess(QByteArrayView additionalData) = 0;
};

} // namespace teahouse::xmpp
