#include "pay/PaymentRequest.h"

#include "pay/Money.h"
#include "pay/PayProtocol.h"
#include "qr/QrPayload.h"

#include <QCoreApplication>

namespace teahouse::pay {

namespace {

Error notPayable(const QString &why)
{
    return Error::make(Error::Code::InvalidArgument, why);
}

// The amount of a code, checked against its currency; empty stays empty.
Result<QString> checkedAmount(const QString &amount, const QString &currency)
{
    if (amount.isEmpty())
        return QString();
    auto money = Money::parse(amount, currency);
    if (!money.ok())
        return money.error();
    if (money->minor <= 0)
        return notPayable(PaymentRequest::tr("The code asks for an amount of zero."));
    return money->amountText();
}

Result<PaymentRequest> fromEmvco(const qr::EmvcoPayload &code)
{
    PaymentRequest r;
    r.source = PaymentRequest::Source::Emvco;
    r.dynamic = code.initiation == qr::EmvcoPayload::Initiation::Dynamic;
    // Prefer a Teahouse account template; otherwise name the scheme's account, which the
    // payment service may or may not be able to pay.
    for (const auto &account : code.merchantAccounts) {
        if (account.guid == protocol::kEmvcoGuid) {
            for (const auto &field : account.fields) {
                if (field.id == u"01") {
                    const Jid jid = Jid::parse(field.value);
                    if (jid.isValid())
                        r.payee = protocol::xmppPayee(jid);
                }
            }
        }
    }
    if (r.payee.isEmpty() && !code.merchantAccounts.isEmpty()) {
        const auto &account = code.merchantAccounts.first();
        QString id = account.value;
        for (const auto &field : account.fields) {
            if (field.id != u"00") {
                id = field.value;
                break;
            }
        }
        r.payee = QStringLiteral("emvco:%1:%2")
                      .arg(account.guid.isEmpty() ? account.id : account.guid, id);
    }
    if (r.payee.isEmpty())
        return notPayable(PaymentRequest::tr("The code names no merchant account."));
    if (!code.currency.isKnown())
        return notPayable(
            PaymentRequest::tr("The code is in a currency Teahouse does not know (ISO 4217 %1).")
                .arg(code.currency.numeric));
    r.currency = code.currency.alpha;
    r.payeeName = code.merchantName;
    r.city = code.merchantCity;
    if (code.language && !code.language->merchantName.isEmpty()) {
        r.payeeName = code.language->merchantName + QStringLiteral(" (") + code.merchantName + u')';
        if (!code.language->merchantCity.isEmpty())
            r.city = code.language->merchantCity;
    }
    auto amount = checkedAmount(code.amount, r.currency);
    if (!amount.ok())
        return amount.error();
    r.amount = amount.value();
    if (code.additionalData) {
        r.reference = !code.additionalData->billNumber.isEmpty()
                          ? code.additionalData->billNumber
                          : code.additionalData->referenceLabel;
        r.note = code.additionalData->purpose;
    }
    return r;
}

} // namespace

Result<PaymentRequest> PaymentRequest::fromPayload(const qr::QrPayload &payload)
{
    if (!payload.valid)
        return payload.error;
    using Kind = qr::QrPayload::Kind;
    switch (payload.kind) {
    case Kind::Emvco:
        return fromEmvco(*payload.emvco());
    case Kind::Epc: {
        const qr::EpcPayload &code = *payload.epc();
        PaymentRequest r;
        r.source = Source::Epc;
        r.payee = QStringLiteral("iban:") + code.iban;
        r.payeeName = code.name;
        r.currency = QStringLiteral("EUR");
        auto amount = checkedAmount(code.amount, r.currency);
        if (!amount.ok())
            return amount.error();
        r.amount = amount.value();
        r.reference = code.reference;
        r.note = code.text;
        return r;
    }
    case Kind::Payto: {
        const qr::PaytoUri &uri = *payload.payto();
        PaymentRequest r;
        r.source = Source::Payto;
        r.payee = uri.targetType == u"iban" ? QStringLiteral("iban:") + uri.iban
                                            : uri.targetType + u':' + uri.path.join(u'/');
        r.payeeName = uri.receiverName;
        r.currency = uri.hasAmount() ? uri.amountCurrency.toUpper() : QStringLiteral("EUR");
        auto amount = checkedAmount(uri.amountValue, r.currency);
        if (!amount.ok())
            return amount.error();
        r.amount = amount.value();
        r.note = uri.message;
        return r;
    }
    case Kind::Xmpp: {
        const qr::XmppUri &uri = *payload.xmpp();
        if (uri.kind != qr::XmppUri::Kind::RunCommand || uri.node != protocol::kNamespace)
            return notPayable(tr("This code is not a payment code."));
        PaymentRequest r;
        r.source = Source::Link;
        r.payee = protocol::xmppPayee(uri.jid);
        r.payeeName = uri.jid.bareString();
        r.currency = QStringLiteral("CNY");
        QString amountText;
        for (const auto &[key, value] : uri.params) {
            if (key == protocol::kAmount)
                amountText = value;
            else if (key == protocol::kCurrency)
                r.currency = value.toUpper();
            else if (key == protocol::kNote)
                r.note = value;
            else if (key == protocol::kReference)
                r.reference = value;
            else if (key == u"name")
                r.payeeName = value;
        }
        auto amount = checkedAmount(amountText, r.currency);
        if (!amount.ok())
            return amount.error();
        r.amount = amount.value();
        r.dynamic = !r.reference.isEmpty();
        return r;
    }
    case Kind::ClosedScheme:
        return notPayable(payload.closedScheme()->explanation());
    case Kind::Url:
    case Kind::Text:
        break;
    }
    return notPayable(tr("This code is not a payment code."));
}

Result<PaymentRequest> PaymentRequest::fromText(const QString &text)
{
    return fromPayload(qr::QrPayload::classify(text));
}

} // namespace teahouse::pay
