#pragma once

#include "base/Error.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

// Small shared helpers of the QR payload parsers: translated errors, CRC, IBAN/BIC checks,
// decimal amounts. Pure functions, no state.
namespace teahouse::qr {

// Translation context of every sentence the parsers show to people.
inline constexpr const char *kTrContext = "teahouse::qr";

// An Error whose message is `text` translated in the "teahouse::qr" context. Pass the text
// through QT_TRANSLATE_NOOP("teahouse::qr", ...) so lupdate finds it.
[[nodiscard]] Error qrError(Error::Code code, const char *text);
[[nodiscard]] QString qrTr(const char *text);

// CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR.
[[nodiscard]] quint16 crc16CcittFalse(QByteArrayView data);

// ISO 13616 IBAN: country letters, check digits, up to 30 alphanumerics, mod-97 == 1.
// `iban` must already be without spaces and upper case.
[[nodiscard]] bool isValidIban(QStringView iban);
// ISO 11649 structured creditor reference: "RF", two check digits, 1–21 alphanumerics,
// mod-97 == 1 like an IBAN. Upper case, no spaces.
[[nodiscard]] bool isValidCreditorReference(QStringView reference);
// ISO 9362 BIC: 4 letters (bank), 2 letters (country), 2 alphanumerics, optional 3 more.
[[nodiscard]] bool isValidBic(QStringView bic);

// A non-negative decimal "123", "123.4", ".5" is refused: at least one digit before the
// point, at most `maxFraction` digits after it, at most `maxLength` characters in all.
[[nodiscard]] bool isDecimal(QStringView text, int maxFraction, int maxLength);
[[nodiscard]] bool isAllDigits(QStringView text);

// Percent-decodes `text` as UTF-8. Returns false for a broken escape ("%4", "%G0") or for
// bytes that are not valid UTF-8, so a damaged code is refused rather than shown garbled.
[[nodiscard]] bool percentDecode(QStringView text, QString *out, bool plusIsSpace = false);

} // namespace teahouse::qr
