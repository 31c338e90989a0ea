#include "pay/PayProtocol.h"

#include "qr/XmppUri.h"

namespace teahouse::pay::protocol {

QString xmppPayee(const Jid &jid)
{
    return QStringLiteral("xmpp:") + jid.bareString();
}

Jid payeeJid(QStringView payee)
{
    if (!payee.startsWith(u"xmpp:"))
        return {};
    const Jid jid = Jid::parse(payee.mid(5));
    return jid.isValid() ? jid.bare() : Jid();
}

Jid serviceAddress(const Jid &configured)
{
    if (!configured.isValid() || !configured.isBare())
        return configured;
    return configured.withResource(kServiceResource.toString());
}

QString paymentLink(const Jid &payee, const QString &amount, const QString &currency,
                    const QString &note, const QString &reference, const QString &name)
{
    qr::XmppUri uri;
    uri.kind = qr::XmppUri::Kind::RunCommand;
    uri.jid = payee.bare();
    uri.action = QStringLiteral("command");
    uri.params.append({QStringLiteral("node"), kNamespace.toString()});
    if (!amount.isEmpty()) {
        uri.params.append({kAmount.toString(), amount});
        uri.params.append({kCurrency.toString(), currency});
    }
    if (!name.isEmpty())
        uri.params.append({QStringLiteral("name"), name});
    if (!note.isEmpty())
        uri.params.append({kNote.toString(), note});
    if (!reference.isEmpty())
        uri.params.append({kReference.toString(), reference});
    return uri.toString();
}

} // namespace teahouse::pay::protocol
