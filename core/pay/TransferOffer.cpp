#include "pay/TransferOffer.h"

#include "pay/PayProtocol.h"

#include <QCoreApplication>

namespace teahouse::pay {

QString TransferOffer::stateName(State state)
{
    switch (state) {
    case State::Accepted:
        return QStringLiteral("accepted");
    case State::Returned:
        return QStringLiteral("returned");
    case State::Expired:
        return QStringLiteral("expired");
    case State::Offered:
        break;
    }
    return QStringLiteral("offered");
}

TransferOffer::State TransferOffer::stateFromName(QStringView name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == u"accepted")
        return State::Accepted;
    if (name == u"returned")
        return State::Returned;
    if (name == u"expired")
        return State::Expired;
    if (ok)
        *ok = name == u"offered";
    return State::Offered;
}

Result<TransferOffer> TransferOffer::fromElement(const xmpp::Element &e)
{
    if (!e.is(u"transfer", protocol::kNamespace))
        return Error::make(Error::Code::Protocol, QStringLiteral("not a transfer"));
    TransferOffer t;
    t.id = e.attribute(u"id");
    if (t.id.isEmpty() || t.id.size() > 128)
        return Error::make(Error::Code::Protocol, QStringLiteral("transfer without a valid id"));
    bool known = false;
    t.state = stateFromName(e.attribute(u"state"), &known);
    if (!known)
        return Error::make(Error::Code::Protocol, QStringLiteral("unknown transfer state"));
    t.note = e.childText(u"note", protocol::kNamespace).left(200);
    if (t.state == State::Offered) {
        auto money = Money::parse(e.attribute(u"amount"), e.attribute(u"currency"));
        if (!money.ok())
            return money.error();
        if (money->minor <= 0)
            return Error::make(Error::Code::Protocol, QStringLiteral("transfer of nothing"));
        t.amount = money.value();
        t.service = Jid::parse(e.attribute(u"service"));
        if (!t.service.isValid())
            return Error::make(Error::Code::Protocol, QStringLiteral("transfer without service"));
    }
    return t;
}

xmpp::Element TransferOffer::toElement() const
{
    xmpp::Element e(QStringLiteral("transfer"), protocol::kNamespace.toString());
    e.setAttribute(QStringLiteral("id"), id);
    e.setAttribute(QStringLiteral("state"), stateName(state));
    if (state == State::Offered) {
        e.setAttribute(QStringLiteral("amount"), amount.amountText());
        e.setAttribute(QStringLiteral("currency"), amount.currency);
        e.setAttribute(QStringLiteral("service"), service.toString());
    }
    if (!note.isEmpty())
        e.addTextChild(QStringLiteral("note"), note, protocol::kNamespace.toString());
    return e;
}

xmpp::Element TransferOffer::toMessage(const Jid &to) const
{
    xmpp::Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
    m.setAttribute(QStringLiteral("to"), to.bareString());
    m.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
    QString body;
    switch (state) {
    case State::Offered:
        body = QCoreApplication::translate("teahouse::pay::TransferOffer",
                                           "[Transfer] %1 — open Teahouse to accept it.")
                   .arg(amount.display());
        break;
    case State::Accepted:
        body = QCoreApplication::translate("teahouse::pay::TransferOffer", "[Transfer] accepted");
        break;
    case State::Returned:
        body = QCoreApplication::translate("teahouse::pay::TransferOffer", "[Transfer] returned");
        break;
    case State::Expired:
        body = QCoreApplication::translate("teahouse::pay::TransferOffer", "[Transfer] expired");
        break;
    }
    m.addTextChild(QStringLiteral("body"), body);
    m.appendChild(toElement());
    // XEP-0334: keep it in the archive so the other device sees the card too.
    m.addChild(QStringLiteral("store"), QStringLiteral("urn:xmpp:hints"));
    return m;
}

} // namespace teahouse::pay
