#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace teahouse::ui {

// Which language a piece of text is in, well enough to pick a voice: by the scripts of its
// letters (Han, kana, Hangul, Cyrillic, ...), with the sender's xml:lang or the UI language as
// a hint for the scripts many languages share (Latin, Han).
class TextLanguage
{
public:
    // hint: a locale name ("zh_TW", "de", "en-GB") or empty; fallback: used for Latin text
    // without a fitting hint (usually the UI language).
    [[nodiscard]] static QLocale guess(const QString &text, const QString &hint,
                                       const QLocale &fallback);
    // The best of the available locales for language: the same language and territory, then
    // the same language; QLocale::c() when there is no voice for it.
    [[nodiscard]] static QLocale bestVoiceLocale(const QLocale &language,
                                                 const QList<QLocale> &available);
};

} // namespace teahouse::ui
