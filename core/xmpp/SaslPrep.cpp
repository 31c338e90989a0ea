#include "xmpp/SaslPrep.h"

#include <QChar>
#include <QList>

namespace teahouse::xmpp {

namespace {

// RFC 3454 table B.1.
bool mapsToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) ||
           (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) ||
           c == 0xFEFF;
}

// RFC 3454 table C.1.2 (200B is also in B.1 and is removed before this applies).
bool isNonAsciiSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

// RFC 4013 §2.3: tables C.1.2, C.2.1, C.2.2, C.3, C.4, C.5, C.6, C.7, C.8, C.9.
bool isProhibited(char32_t c)
{
    if (isNonAsciiSpace(c))
        return true;
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) // C.2.1, C.2.2
        return true;
    if (c == 0x06DD || c == 0x070F || c == 0x180E || c == 0x200C || c == 0x200D || c == 0x2028 ||
        c == 0x2029 || (c >= 0x2060 && c <= 0x2063) || (c >= 0x206A && c <= 0x206F) ||
        c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFC) || (c >= 0x1D173 && c <= 0x1D17A))
        return true;
    if ((c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD) ||
        (c >= 0x100000 && c <= 0x10FFFD)) // C.3 private use
        return true;
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) // C.4 non-characters
        return true;
    if (c >= 0xD800 && c <= 0xDFFF) // C.5
        return true;
    if (c >= 0xFFF9 && c <= 0xFFFD) // C.6
        return true;
    if (c >= 0x2FF0 && c <= 0x2FFB) // C.7
        return true;
    if (c == 0x0340 || c == 0x0341 || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E))
        return true;                                    // C.8 (206A-206F above)
    if (c == 0xE0001 || (c >= 0xE0020 && c <= 0xE007F)) // C.9
        return true;
    return false;
}

Error prepError(const QString &why)
{
    return Error::make(Error::Code::InvalidArgument, QStringLiteral("SASLprep: ") + why);
}

} // namespace

Result<QString> saslPrep(const QString &input)
{
    QString mapped;
    mapped.reserve(input.size());
    for (const char32_t c : input.toUcs4()) {
        if (mapsToNothing(c))
            continue;
        if (isNonAsciiSpace(c))
            mapped += u' ';
        else if (c >= 0xD800 && c <= 0xDFFF)
            return prepError(QStringLiteral("unpaired surrogate"));
        else
            mapped += QString::fromUcs4(&c, 1);
    }
    const QString normalized = mapped.normalized(QString::NormalizationForm_KC);
    const QList<uint> chars = normalized.toUcs4();
    bool hasRandAL = false;
    bool hasL = false;
    for (const uint c : chars) {
        if (isProhibited(c))
            return prepError(
                QStringLiteral("prohibited character U+%1").arg(c, 4, 16, QLatin1Char('0')));
        const QChar::Direction dir = QChar::direction(c);
        hasRandAL = hasRandAL || dir == QChar::DirR || dir == QChar::DirAL;
        hasL = hasL || dir == QChar::DirL;
    }
    // RFC 3454 §6: right-to-left text must not mix with left-to-right text, and must start
    // and end with a right-to-left character.
    if (hasRandAL) {
        auto isRandAL = [](uint c) {
            const QChar::Direction dir = QChar::direction(c);
            return dir == QChar::DirR || dir == QChar::DirAL;
        };
        if (hasL || !isRandAL(chars.first()) || !isRandAL(chars.last()))
            return prepError(QStringLiteral("mixed-direction text"));
    }
    return normalized;
}

} // namespace teahouse::xmpp
