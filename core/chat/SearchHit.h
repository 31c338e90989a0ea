#pragma once

#include "chat/ChatMessage.h"

#include <QList>
#include <QString>

namespace teahouse::chat {

// A search result: the message and where the query matched in its body (UTF-16 ranges).
struct SearchHit
{
    struct Range
    {
        int start = 0;
        int length = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };
    ChatMessage message;
    // Display name of the conversation it is in (for global results).
    QString conversationName;
    QList<Range> ranges;
};

} // namespace teahouse::chat

Q_DECLARE_METATYPE(teahouse::chat::SearchHit)
