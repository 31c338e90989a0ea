#pragma once

#include "chat/ChatMessage.h"

#include <QList>

namespace teahouse::chat {

// A page of a conversation's history, oldest first.
struct MessagePage
{
    QList<ChatMessage> messages;
    // Whether older / newer messages exist (locally or, for older ones, on the server archive:
    // asking for the page before the first one fetches them, see ChatService::historyChanged).
    bool hasMoreBefore = false;
    bool hasMoreAfter = false;
};

} // namespace teahouse::chat

Q_DECLARE_METATYPE(teahouse::chat::MessagePage)
