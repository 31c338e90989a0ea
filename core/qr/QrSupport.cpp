#include "qr/QrSupport.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace teahouse::qr {

QString qrTr(const char *text)
{
    return QCoreApplication::translate(kTrContext, text);
}

Error qrError(Error::Code code, const char *text)
{
    return Error::make(code, qrTr(text));
}

quint16 crc16CcittFalse(QByteArrayView data)
{
    quint16 crc = 0xFFFF;
    for (const char byte : data) {
        crc ^= static_cast<quint16>(static_cast<quint8>(byte) << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? static_cast<quint16>((crc << 1) ^ 0x1021)
                                 : static_cast<quint16>(crc << 1);
    }
    return crc;
}

namespace {

// ISO 7064 MOD 97-10 as IBANs and RF references use it: the first four characters moved to
// the end, letters read as 10..35, the whole number mod 97 must be 1. Folded digit by digit so
// no big integers are needed. `text` must be upper-case alphanumerics, at least 5 long.
bool mod97IsOne(QStringView text)
{
    int remainder = 0;
    for (qsizetype k = 0; k < text.size(); ++k) {
        const char16_t c = text[(k + 4) % text.size()].unicode();
        if (c >= u'0' && c <= u'9') {
            remainder = (remainder * 10 + (c - u'0')) % 97;
        } else {
            const int value = c - u'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        }
    }
    return remainder == 1;
}

// Two letters, two digits, then upper-case alphanumerics.
bool checkedShape(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool letter = c >= u'A' && c <= u'Z';
        const bool digit = c >= u'0' && c <= u'9';
        if ((i < 2 && !letter) || (i >= 2 && i < 4 && !digit) || (!letter && !digit))
            return false;
    }
    return true;
}

} // namespace

bool isValidIban(QStringView iban)
{
    return iban.size() >= 15 && iban.size() <= 34 && checkedShape(iban) && mod97IsOne(iban);
}

bool isValidCreditorReference(QStringView reference)
{
    return reference.size() >= 5 && reference.size() <= 25 && reference.startsWith(u"RF") &&
           checkedShape(reference) && mod97IsOne(reference);
}

bool isValidBic(QStringView bic)
{
    if (bic.size() != 8 && bic.size() != 11)
        return false;
    for (qsizetype i = 0; i < bic.size(); ++i) {
        const char16_t c = bic[i].unicode();
        const bool letter = c >= u'A' && c <= u'Z';
        const bool digit = c >= u'0' && c <= u'9';
        if (i < 6 ? !letter : !(letter || digit))
            return false;
    }
    return true;
}

bool isAllDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isDecimal(QStringView text, int maxFraction, int maxLength)
{
    if (text.isEmpty() || text.size() > maxLength)
        return false;
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    if (!isAllDigits(whole))
        return false;
    if (dot < 0)
        return true;
    const QStringView fraction = text.mid(dot + 1);
    // "12." is accepted (EMVCo examples use it) but counts as no fraction.
    return fraction.size() <= maxFraction && (fraction.isEmpty() || isAllDigits(fraction));
}

bool percentDecode(QStringView text, QString *out, bool plusIsSpace)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    const QByteArray utf8 = text.toUtf8();
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '%') {
            if (i + 2 >= utf8.size())
                return false;
            const int hi = hex(utf8[i + 1]);
            const int lo = hex(utf8[i + 2]);
            if (hi < 0 || lo < 0)
                return false;
            bytes.append(static_cast<char>(hi * 16 + lo));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            bytes.append(' ');
        } else {
            bytes.append(c);
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    QString decoded = decoder(bytes);
    if (decoder.hasError())
        return false;
    *out = std::move(decoded);
    return true;
}

} // namespace teahouse::qr
