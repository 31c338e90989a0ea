#pragma once

#include "chat/SearchHit.h"

#include <QList>
#include <QString>

namespace teahouse::chat {

// Where the words of a search query occur in a text, for highlighting: every occurrence of each
// whitespace-separated term, case-insensitive, merged where they overlap, in text order.
class MatchRanges
{
public:
    [[nodiscard]] static QList<SearchHit::Range> find(const QString &text, const QString &query);
};

} // namespace teahouse::chat
