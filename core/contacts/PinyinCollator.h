#pragma once

#include <QString>
#include <QStringView>
#include <memory>
#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace teahouse::contacts {

// Orders and indexes names the way a Chinese contact list does: Han characters by their pinyin
// (ICU's Han-Latin/Names transliteration, which reads the first character as a surname, so 曾
// is "zeng" and 单 is "shan"), Latin names by their letters, both interleaved under one A–Z
// index; names starting with anything else go under "#" after Z.
class PinyinCollator
{
public:
    // The parts a list needs for one name.
    struct Key
    {
        QString latin;   // "zhang wei": lower-case ASCII romanisation
        QString initial; // "Z", or "#"
        QString sortKey; // compare with < (plain QString order) to get the list order
    };

    PinyinCollator();
    ~PinyinCollator();
    PinyinCollator(const PinyinCollator &) = delete;
    PinyinCollator &operator=(const PinyinCollator &) = delete;

    // False when ICU has no Han-Latin data (then names sort by their own letters).
    [[nodiscard]] bool isValid() const { return m_names != nullptr; }

    // Lower-case ASCII romanisation of a person's name; "" for an empty name.
    [[nodiscard]] QString romanize(QStringView name) const;
    // Pinyin of ordinary text (no surname readings): "曾经" → "ceng jing".
    [[nodiscard]] QString romanizeText(QStringView text) const;
    [[nodiscard]] Key key(QStringView name) const;
    // Whether the name matches a search: its own text, its pinyin ("zhangwei", "zhang wei")
    // or the initials of its pinyin syllables ("zw"); case-insensitive.
    [[nodiscard]] bool matches(QStringView name, QStringView query) const;

private:
    [[nodiscard]] static QString transliterate(const icu::Transliterator *t, QStringView text);

    std::unique_ptr<icu::Transliterator> m_names;
    std::unique_ptr<icu::Transliterator> m_text;
};

} // namespace teahouse::contacts
