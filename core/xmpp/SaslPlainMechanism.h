#pragma once

#include "xmpp/SaslMechanism.h"

namespace teahouse::xmpp {

// PLAIN (RFC 4616): the password itself, so only ever inside TLS (requiresTls()); used only
// when a server offers no SCRAM mechanism.
class SaslPlainMechanism : public SaslMechanism
{
public:
    explicit SaslPlainMechanism(SaslCredentials credentials);

    [[nodiscard]] QString name() const override { return QStringLiteral("PLAIN"); }
    [[nodiscard]] bool requiresTls() const override { return true; }
    [[nodiscard]] Result<QByteArray> initialResponse() override;
    [[nodiscard]] Result<QByteArray> respond(QByteArrayView challenge) override;
    [[nodiscard]] Status verifySuccess(QByteArrayView additionalData) override;

private:
    SaslCredentials m_credentials;
    bool m_sent = false;
};

} // namespace teahouse::xmpp
