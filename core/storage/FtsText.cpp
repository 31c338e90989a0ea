#include "storage/FtsText.h"

#include <QStringList>
#include <vector>

namespace teahouse::storage {

namespace {

bool isCjk(char32_t ucs4)
{
    if (ucs4 < 0x1100) // below Hangul Jamo: no CJK script (fast path for Latin text)
        return false;
    if (ucs4 == 0x30FC) // "ー", the katakana long-vowel mark, is script Common but part of words
        return true;
    switch (QChar::script(ucs4)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

bool isWordChar(char32_t ucs4)
{
    if (ucs4 < 0x80)
        return (ucs4 >= 'a' && ucs4 <= 'z') || (ucs4 >= 'A' && ucs4 <= 'Z') ||
               (ucs4 >= '0' && ucs4 <= '9');
    return QChar::isLetterOrNumber(ucs4) || QChar::isMark(ucs4);
}

void appendUcs4(QString &out, char32_t ucs4)
{
    if (QChar::requiresSurrogates(ucs4)) {
        out.append(QChar(QChar::highSurrogate(ucs4)));
        out.append(QChar(QChar::lowSurrogate(ucs4)));
    } else {
        out.append(QChar(static_cast<char16_t>(ucs4)));
    }
}

// Splits text into CJK runs and words (everything else separates them) and hands each to the
// callbacks: cjk(run of code points), word(lowercased word). Index and query text go through
// this one function, so they always agree on case folding and boundaries.
template<typename CjkFn, typename WordFn>
void forEachSegment(const QString &input, CjkFn &&cjk, WordFn &&word)
{
    // NFKC folds full-width Latin ("ＡＢＣ") and half-width katakana into their usual forms, so
    // either spelling finds the other.
    const QString text = input.normalized(QString::NormalizationForm_KC);
    std::vector<char32_t> run;
    QString current;
    auto flush = [&] {
        if (!run.empty()) {
            cjk(run);
            run.clear();
        }
        if (!current.isEmpty()) {
            word(current);
            current.clear();
        }
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t ucs4 = text.at(i).unicode();
        if (QChar::isHighSurrogate(ucs4) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (isCjk(ucs4)) {
            if (!current.isEmpty())
                flush();
            run.push_back(ucs4);
        } else if (isWordChar(ucs4)) {
            if (!run.empty())
                flush();
            appendUcs4(current, QChar::toLower(ucs4));
        } else {
            flush();
        }
    }
    flush();
}

void appendBigrams(QString &out, const std::vector<char32_t> &run)
{
    if (run.size() == 1) {
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        appendUcs4(out, run.front());
        return;
    }
    for (std::size_t i = 0; i + 1 < run.size(); ++i) {
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        appendUcs4(out, run[i]);
        appendUcs4(out, run[i + 1]);
    }
}

} // namespace

QString cjkBigramTokens(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    forEachSegment(
        text, [&](const std::vector<char32_t> &run) { appendBigrams(out, run); },
        [&](const QString &word) {
            if (!out.isEmpty())
                out.append(QLatin1Char(' '));
            out.append(word);
        });
    return out;
}

QString ftsMatchQuery(const QString &userInput)
{
    QStringList terms;
    forEachSegment(
        userInput,
        [&](const std::vector<char32_t> &run) {
            QString phrase;
            appendBigrams(phrase, run);
            if (run.size() == 1)
                terms << phrase + QLatin1Char('*');
            else
                terms << QLatin1Char('"') + phrase + QLatin1Char('"');
        },
        // Quoted, so words such as "near" or "or" are never read as operators.
        [&](const QString &word) { terms << QLatin1Char('"') + word + QLatin1Char('"'); });
    return terms.join(QLatin1Char(' '));
}

} // namespace teahouse::storage
