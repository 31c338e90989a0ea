#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace teahouse::qr {

// An EPC QR code (EPC069-12 "Quick Response Code: guidelines to enable data capture for the
// initiation of a SEPA credit transfer"): the lines "BCD", version, character set, "SCT",
// BIC, beneficiary name, IBAN, amount, purpose, reference or text, information.
struct EpcPayload
{
    QString version;      // "001" or "002"
    int characterSet = 1; // 1 UTF-8, 2–8 ISO 8859-1/-2/-4/-5/-7/-10/-15
    QString bic;          // optional from version 002
    QString name;         // beneficiary, at most 70 characters
    QString iban;         // upper case, without spaces, mod-97 checked
    QString amount;       // "12.3" (euros) or empty: the payer enters it
    QString purpose;      // ISO 20022 purpose code, 4 characters, optional
    QString reference;    // structured creditor reference (ISO 11649), at most 35
    QString text;         // unstructured remittance, at most 140; never with `reference`
    QString information;  // beneficiary to originator information, at most 70

    [[nodiscard]] static Result<EpcPayload> parse(QByteArrayView bytes);
    // Text already decoded (as a scanner returns it); re-encoded in its character set so the
    // 331-byte limit is checked on the same bytes the code held.
    [[nodiscard]] static Result<EpcPayload> parse(const QString &text);

    // The code's bytes again (LF line ends, encoded in `characterSet`).
    [[nodiscard]] QByteArray toBytes() const;
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const EpcPayload &, const EpcPayload &) = default;
};

} // namespace teahouse::qr
