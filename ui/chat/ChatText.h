#pragma once

#include "chat/Mention.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace teahouse::ui::chattext {

// Text shaping for the chat views, as free functions so they are tested without a model:
// times the way WeChat shows them, message bodies as safe rich text with links, @mentions and
// search matches marked, and file sizes.

// A range of UTF-16 units in a body (search matches).
struct Span
{
    int start = 0;
    int length = 0;
};

// The conversation list's time: "14:05" today, "Yesterday", the weekday within a week, the
// date otherwise.
[[nodiscard]] QString listTime(const QDateTime &when, const QDateTime &now);
// The centred line between messages: the same, with the time of day added.
[[nodiscard]] QString separatorTime(const QDateTime &when, const QDateTime &now);
// Whether a separator goes between two consecutive messages (another day, or a pause).
[[nodiscard]] bool needsSeparator(const QDateTime &previous, const QDateTime &current);

// The body as Qt rich text: HTML-escaped, line breaks kept, http(s)/www/xmpp/mailto links as
// <a href>, mentions coloured, matches on a highlight background. Never passes markup from the
// body through.
[[nodiscard]] QString richBody(const QString &body, const QList<chat::Mention> &mentions,
                               const QList<Span> &matches, const QString &linkColor,
                               const QString &mentionColor, const QString &matchColor);
// Where the words of a query occur in a text, case-insensitively (in-chat highlighting).
[[nodiscard]] QList<Span> findTerms(const QString &text, const QString &query);
// A one-line excerpt around the first match with the matches in <b>, for search results.
[[nodiscard]] QString snippet(const QString &text, const QList<Span> &matches,
                              const QString &matchColor, int context = 18);
// "1.2 MB".
[[nodiscard]] QString fileSize(qint64 bytes);
// The links of a body, as richBody marks them (trailing punctuation left out).
[[nodiscard]] QStringList links(const QString &body);

} // namespace teahouse::ui::chattext
