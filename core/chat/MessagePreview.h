#pragma once

#include "chat/ChatMessage.h"

#include <QString>

namespace teahouse::chat {

// The one-line text the conversation list shows for a message: text shortened, "[Image]",
// "[File] name", "X recalled a message", card titles.
class MessagePreview
{
public:
    [[nodiscard]] static QString of(const ChatMessage &message, int maxLength = 60);
};

} // namespace teahouse::chat
