#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace teahouse::qr {

// A 'payto' URI (RFC 8905): payto://TARGET-TYPE/TARGET?amount=EUR:12.50&message=…
// The iban type is checked in depth (IBAN mod-97, optional BIC first); the other registered
// types (ach, bic, upi, bitcoin, ilp, void) get a shape check; unknown types are kept as given.
struct PaytoUri
{
    QString targetType;     // authority, lower case: "iban", "upi", …
    QStringList path;       // the decoded path segments after the authority
    QString iban;           // iban type: the IBAN (upper case)
    QString bic;            // iban type with two segments, or bic type
    QString amountCurrency; // "EUR" from amount=EUR:200.0
    QString amountValue;    // "200.0"
    QString receiverName;
    QString senderName;
    QString message;
    QString instruction;
    QList<QPair<QString, QString>> options; // every query option, decoded, in order

    [[nodiscard]] static Result<PaytoUri> parse(QStringView uri);
    [[nodiscard]] bool hasAmount() const { return !amountCurrency.isEmpty(); }
    [[nodiscard]] QString toString() const;
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const PaytoUri &, const PaytoUri &) = default;
};

} // namespace teahouse::qr
