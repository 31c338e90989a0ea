#include "TextLanguage.h"

#include <QChar>
#include <map>

namespace teahouse::ui {

namespace {

QLocale localeForScript(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Han:
        return QLocale(QLocale::Chinese, QLocale::China);
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return QLocale(QLocale::Japanese, QLocale::Japan);
    case QChar::Script_Hangul:
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    case QChar::Script_Cyrillic:
        return QLocale(QLocale::Russian, QLocale::Russia);
    case QChar::Script_Greek:
        return QLocale(QLocale::Greek, QLocale::Greece);
    case QChar::Script_Arabic:
        return QLocale(QLocale::Arabic, QLocale::SaudiArabia);
    case QChar::Script_Hebrew:
        return QLocale(QLocale::Hebrew, QLocale::Israel);
    case QChar::Script_Thai:
        return QLocale(QLocale::Thai, QLocale::Thailand);
    case QChar::Script_Devanagari:
        return QLocale(QLocale::Hindi, QLocale::India);
    default:
        return QLocale::c();
    }
}

// Whether a language is written in this script (so a hint in that language may refine it).
bool writtenIn(const QLocale &locale, QChar::Script script)
{
    if (script == QChar::Script_Latin)
        return locale.script() == QLocale::LatinScript;
    return localeForScript(script).language() == locale.language() ||
           (script == QChar::Script_Han && locale.language() == QLocale::Japanese);
}

} // namespace

QLocale TextLanguage::guess(const QString &text, const QString &hint, const QLocale &fallback)
{
    std::map<QChar::Script, int> letters;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (!QChar::isLetter(char32_t(c)))
            continue;
        ++letters[QChar::script(char32_t(c))];
    }
    // Japanese mixes kana with Han: any kana makes it Japanese.
    if (letters[QChar::Script_Hiragana] + letters[QChar::Script_Katakana] > 0)
        return QLocale(QLocale::Japanese, QLocale::Japan);

    QChar::Script dominant = QChar::Script_Latin;
    int most = 0;
    for (const auto &[script, count] : letters) {
        if (count > most) {
            most = count;
            dominant = script;
        }
    }
    const QLocale hinted = hint.isEmpty() ? QLocale::c() : QLocale(hint);
    if (hinted != QLocale::c() && writtenIn(hinted, dominant))
        return hinted;
    if (dominant == QChar::Script_Latin || most == 0)
        return writtenIn(fallback, QChar::Script_Latin)
                   ? fallback
                   : QLocale(QLocale::English, QLocale::UnitedStates);
    if (dominant == QChar::Script_Han && fallback.language() == QLocale::Chinese)
        return fallback; // zh_TW stays zh_TW
    const QLocale byScript = localeForScript(dominant);
    return byScript == QLocale::c() ? fallback : byScript;
}

QLocale TextLanguage::bestVoiceLocale(const QLocale &language, const QList<QLocale> &available)
{
    for (const QLocale &locale : available) {
        if (locale.language() == language.language() && locale.territory() == language.territory())
            return locale;
    }
    for (const QLocale &locale : available) {
        if (locale.language() == language.language())
            return locale;
    }
    return QLocale::c();
}

} // namespace teahouse::ui
