#include "storage/FtsText.h"

#include <QStringList>
#include <optional>

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
    if (ucs4 < 0x80) {
        return (ucs4 >= 'a' && ucs4 <= 'z') || (ucs4 >= 'A' && ucs4 <= 'Z') ||
               (ucs4 >= '0' && ucs4 <= '9');
    }
    return QChar::isLetterOrNumber(ucs4) || QChar::isMark(ucs4);
}

// Classifies every code point once and tells the sink: cjk(c), word(lowercased c), or
// boundary(). Index text and query text both go through here, so they always agree on case
// folding, normalisation and where runs and words end.
template<typename Sink> void scan(const QString &input, Sink &sink)
{
    // NFKC folds full-width Latin ("ＡＢＣ") and half-width katakana into their usual forms, so
    // either spelling finds the other.
    const QString text = input.normalized(QString::NormalizationForm_KC);
    const auto *p = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = p + text.size();
    while (p < end) {
        char32_t ucs4 = *p++;
        if (QChar::isHighSurrogate(ucs4) && p < end && QChar::isLowSurrogate(*p))
            ucs4 = QChar::surrogateToUcs4(static_cast<char16_t>(ucs4), *p++);
        if (isCjk(ucs4))
            sink.cjk(ucs4);
        else if (isWordChar(ucs4))
            sink.word(QChar::toLower(ucs4));
        else
            sink.boundary();
    }
    sink.boundary();
}

// Writes index text: CJK runs as overlapping bigrams (a lone CJK character as itself), words
// whole, separated by single spaces. Writes into a preallocated buffer: this runs for every
// stored message.
class IndexWriter
{
public:
    explicit IndexWriter(qsizetype inputSize)
    {
        // Worst case per input code unit: a space plus two surrogate pairs.
        m_out.resize(inputSize * 5 + 1);
        m_begin = reinterpret_cast<char16_t *>(m_out.data());
        m_p = m_begin;
    }

    void cjk(char32_t c)
    {
        m_inWord = false;
        if (m_run > 0) {
            separate();
            put(m_prev);
            put(c);
        }
        ++m_run;
        m_prev = c;
    }
    void word(char32_t c)
    {
        endRun();
        if (!m_inWord) {
            separate();
            m_inWord = true;
        }
        put(c);
    }
    void boundary()
    {
        endRun();
        m_inWord = false;
    }

    [[nodiscard]] int runLength() const { return m_run; }
    [[nodiscard]] bool isEmpty() const { return m_p == m_begin; }
    QString take()
    {
        m_out.truncate(m_p - m_begin);
        return std::move(m_out);
    }

private:
    void endRun()
    {
        if (m_run == 1) {
            separate();
            put(m_prev);
        }
        m_run = 0;
    }
    void separate()
    {
        if (m_p != m_begin)
            *m_p++ = u' ';
    }
    void put(char32_t c)
    {
        if (QChar::requiresSurrogates(c)) {
            *m_p++ = QChar::highSurrogate(c);
            *m_p++ = QChar::lowSurrogate(c);
        } else {
            *m_p++ = static_cast<char16_t>(c);
        }
    }

    QString m_out;
    char16_t *m_begin = nullptr;
    char16_t *m_p = nullptr;
    char32_t m_prev = 0;
    int m_run = 0;
    bool m_inWord = false;
};

// Builds a MATCH expression: each CJK run becomes a quoted phrase of its bigrams (a single
// character a prefix query), each word a quoted term; terms are ANDed.
class QueryWriter
{
public:
    explicit QueryWriter(qsizetype inputSize)
        : m_inputSize(inputSize)
    {}

    void cjk(char32_t c)
    {
        if (m_kind == Kind::Word)
            finishTerm();
        m_kind = Kind::Cjk;
        term().cjk(c);
        m_cjkCount++;
    }
    void word(char32_t c)
    {
        if (m_kind == Kind::Cjk)
            finishTerm();
        m_kind = Kind::Word;
        term().word(c);
    }
    void boundary() { finishTerm(); }

    [[nodiscard]] QString result() const { return m_terms.join(QLatin1Char(' ')); }

private:
    enum class Kind
    {
        None,
        Cjk,
        Word
    };

    IndexWriter &term()
    {
        if (!m_term)
            m_term.emplace(m_inputSize);
        return *m_term;
    }
    void finishTerm()
    {
        if (m_kind == Kind::None)
            return;
        IndexWriter &t = term();
        t.boundary();
        const QString text = t.take();
        if (m_kind == Kind::Cjk && m_cjkCount == 1)
            m_terms << text + QLatin1Char('*');
        else // quoted, so words such as "near" or "or" are never read as operators
            m_terms << QLatin1Char('"') + text + QLatin1Char('"');
        m_term.reset();
        m_kind = Kind::None;
        m_cjkCount = 0;
    }

    qsizetype m_inputSize;
    std::optional<IndexWriter> m_term;
    Kind m_kind = Kind::None;
    int m_cjkCount = 0;
    QStringList m_terms;
};

} // namespace

QString cjkBigramTokens(const QString &text)
{
    IndexWriter writer(text.size());
    scan(text, writer);
    return writer.take();
}

QString ftsMatchQuery(const QString &userInput)
{
    QueryWriter writer(userInput.size());
    scan(userInput, writer);
    return writer.result();
}

} // namespace teahouse::storage
