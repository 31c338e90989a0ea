#include "contacts/PinyinCollator.h"

#include "contacts/ContactsLogging.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace teahouse::contacts {

namespace {

std::unique_ptr<icu::Transliterator> makeTransliterator(const char16_t *id)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(icu::UnicodeString(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
        qCWarning(lcContacts) << "ICU transliterator unavailable:" << QString::fromUtf16(id)
                              << u_errorName(status);
        return nullptr;
    }
    return t;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

// Han-Latin/Names reads the leading character as a surname (曾 zeng, 单 shan, 解 xie);
// Any-Latin covers other scripts (Кира → kira), Latin-ASCII drops tones and accents.
PinyinCollator::PinyinCollator()
    : m_names(makeTransliterator(u"Han-Latin/Names; Any-Latin; Latin-ASCII; Lower"))
    , m_text(makeTransliterator(u"Han-Latin; Any-Latin; Latin-ASCII; Lower"))
{}

PinyinCollator::~PinyinCollator() = default;

QString PinyinCollator::transliterate(const icu::Transliterator *t, QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (!t)
        return trimmed.toLower();
    icu::UnicodeString u(reinterpret_cast<const UChar *>(trimmed.utf16()),
                         static_cast<int32_t>(trimmed.size()));
    t->transliterate(u);
    QString out = QString::fromUtf16(reinterpret_cast<const char16_t *>(u.getBuffer()), u.length());
    return out.simplified();
}

QString PinyinCollator::romanize(QStringView name) const
{
    return transliterate(m_names.get(), name);
}

QString PinyinCollator::romanizeText(QStringView text) const
{
    return transliterate(m_text.get(), text);
}

PinyinCollator::Key PinyinCollator::key(QStringView name) const
{
    Key k;
    k.latin = romanize(name);
    const bool letter = !k.latin.isEmpty() && isAsciiLetter(k.latin.front());
    k.initial = letter ? QString(k.latin.front().toUpper()) : QStringLiteral("#");
    // "0" before "1" puts every lettered name before the "#" group; the original text after a
    // separator below any letter keeps equal romanisations (李华, "Li Hua") in a fixed order.
    k.sortKey = (letter ? QStringLiteral("0") : QStringLiteral("1")) + k.latin + QChar(0x1f) +
                name.trimmed().toString();
    return k;
}

bool PinyinCollator::matches(QStringView name, QStringView query) const
{
    const QString q = query.trimmed().toString().toLower();
    if (q.isEmpty())
        return true;
    if (name.contains(q, Qt::CaseInsensitive))
        return true;
    const QString latin = romanize(name);
    QString squeezedQuery = q;
    squeezedQuery.remove(u' ');
    QString squeezed = latin;
    squeezed.remove(u' ');
    if (squeezed.contains(squeezedQuery))
        return true;
    QString initials;
    for (const QString &syllable : latin.split(u' ', Qt::SkipEmptyParts))
        initials += syllable.front();
    return initials.startsWith(squeezedQuery);
}

} // namespace teahouse::contacts
