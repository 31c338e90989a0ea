#pragma once

#include <QString>

// Text transforms for full-text search with FTS4's "simple" tokenizer, which splits on ASCII
// punctuation and spaces only. Chinese and Japanese have no spaces between words, so CJK runs are
// indexed as overlapping bigrams ("我们明天去医院" -> "我们 们明 明天 天去 去医 医院") and
// queries are transformed the same way: "医院" then matches as one bigram token. Other words
// are kept whole and lowercased (the tokenizer lowercases ASCII only).
namespace teahouse::storage {

// The text to store in an FTS4 column for `text`.
[[nodiscard]] QString cjkBigramTokens(const QString &text);

// An FTS4 MATCH expression for what a user typed: every word must appear; a CJK run must appear
// as written (a phrase of its bigrams); a single CJK character matches bigrams starting with it.
// Empty when the input holds nothing searchable.
[[nodiscard]] QString ftsMatchQuery(const QString &userInput);

} // namespace teahouse::storage
