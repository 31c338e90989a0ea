#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace teahouse::qr {
struct QrPayload;
}

namespace teahouse::pay {

// What a scanned payment code asks for, in the terms of the pay command: who is paid (a payee
// address the payment service resolves), their name, the amount when the code fixes it, the
// currency, a note and the merchant's reference. Built from EMVCo, EPC, payto and Teahouse
// payment links; anything else is refused with a sentence saying why.
struct PaymentRequest
{
    Q_DECLARE_TR_FUNCTIONS(teahouse::pay::PaymentRequest)

public:
    enum class Source
    {
        Emvco,
        Epc,
        Payto,
        Link, // xmpp:…?command;node=urn:teahouse:pay:0
    };

    Source source = Source::Link;
    QString payee;     // "xmpp:cafe@example.org", "iban:DE89…", "emvco:GUID:ACCOUNT"
    QString payeeName; // shown on the confirmation page
    QString city;
    QString amount; // fixed by the code ("12.50"), or empty: the payer enters it
    QString currency;
    QString note;
    QString reference; // bill number / order reference from the code
    bool dynamic = false;

    [[nodiscard]] bool amountFixed() const { return !amount.isEmpty(); }

    [[nodiscard]] static Result<PaymentRequest> fromPayload(const qr::QrPayload &payload);
    [[nodiscard]] static Result<PaymentRequest> fromText(const QString &text);
};

} // namespace teahouse::pay
