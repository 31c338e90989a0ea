#include "xmpp/SaslSelector.h"

#include "xmpp/SaslPlainMechanism.h"
#include "xmpp/ScramMechanism.h"

namespace teahouse::xmpp {

Result<SaslSelector::Choice> SaslSelector::selectMechanism(const QStringList &offered,
                                                           bool channelBindingAvailable,
                                                           bool tlsActive)
{
    auto has = [&offered](QStringView name) {
        return offered.contains(name.toString(), Qt::CaseSensitive);
    };
    using Mode = SaslChannelBinding::Mode;
    if (channelBindingAvailable) {
        for (const QString &name :
             {QStringLiteral("SCRAM-SHA-256-PLUS"), QStringLiteral("SCRAM-SHA-1-PLUS")}) {
            if (has(name))
                return Choice{name, Mode::Used};
        }
    }
    // No -PLUS in use. If we could have bound, the server offered no -PLUS at all: say 'y'.
    const Mode mode = channelBindingAvailable ? Mode::SupportedButNotUsed : Mode::NotSupported;
    for (const QString &name : {QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-1")}) {
        if (has(name))
            return Choice{name, mode};
    }
    if (has(u"PLAIN")) {
        if (tlsActive)
            return Choice{QStringLiteral("PLAIN"), Mode::NotSupported};
        return Error::make(Error::Code::Tls,
                           QStringLiteral("the server only accepts the password in clear text, "
                                          "and the connection is not encrypted"));
    }
    return Error::make(Error::Code::Authentication,
                       QStringLiteral("the server offers no supported sign-in mechanism (%1)")
                           .arg(offered.join(QStringLiteral(", "))));
}

Result<std::unique_ptr<SaslMechanism>> SaslSelector::create(const Choice &choice,
                                                            const SaslCredentials &credentials,
                                                            const SaslChannelBinding &binding)
{
    using Mode = SaslChannelBinding::Mode;
    if (choice.mechanism == u"PLAIN")
        return std::unique_ptr<SaslMechanism>(std::make_unique<SaslPlainMechanism>(credentials));
    for (const auto hash : {ScramMechanism::Hash::Sha256, ScramMechanism::Hash::Sha1}) {
        const bool plus = choice.mechanism == ScramMechanism::mechanismName(hash, true);
        if (!plus && choice.mechanism != ScramMechanism::mechanismName(hash, false))
            continue;
        if (plus != (choice.binding == Mode::Used))
            break;
        SaslChannelBinding cb;
        if (plus) {
            if (binding.mode != Mode::Used || binding.data.isEmpty())
                return Error::make(Error::Code::Tls,
                                   QStringLiteral("-PLUS chosen without channel binding data"));
            cb = binding;
        } else if (choice.binding == Mode::SupportedButNotUsed) {
            cb = SaslChannelBinding::supportedButNotUsed();
        }
        return std::unique_ptr<SaslMechanism>(
            std::make_unique<ScramMechanism>(hash, credentials, std::move(cb)));
    }
    return Error::make(Error::Code::InvalidArgument,
                       QStringLiteral("unknown SASL choice ") + choice.mechanism);
}

} // namespace teahouse::xmpp
