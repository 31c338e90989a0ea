#include "xmpp/SaslPlainMechanism.h"

#include "xmpp/SaslPrep.h"

namespace teahouse::xmpp {

SaslPlainMechanism::SaslPlainMechanism(SaslCredentials credentials)
    : m_credentials(std::move(credentials))
{}

Result<QByteArray> SaslPlainMechanism::initialResponse()
{
    const Result<QString> user = saslPrep(m_credentials.username);
    const Result<QString> password = saslPrep(m_credentials.password);
    if (!user)
        return user.error();
    if (!password)
        return password.error();
    if (user.value().isEmpty())
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("PLAIN: empty user name"));
    m_sent = true;
    // authzid NUL authcid NUL passwd
    return m_credentials.authzid.toUtf8() + '\0' + user.value().toUtf8() + '\0' +
           password.value().toUtf8();
}

Result<QByteArray> SaslPlainMechanism::respond(QByteArrayView)
{
    return Error::make(Error::Code::Protocol, QStringLiteral("PLAIN: unexpected challenge"));
}

Status SaslPlainMechanism::verifySuccess(QByteArrayView additionalData)
{
    if (!m_sent)
        return Error::make(Error::Code::Protocol, QStringLiteral("PLAIN: success before auth"));
    if (!additionalData.isEmpty())
        return Error::make(Error::Code::Protocol, QStringLiteral("PLAIN: unexpected success data"));
    return {};
}

} // namespace teahouse::xmpp
