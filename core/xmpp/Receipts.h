#pragma once

#include "xmpp/Element.h"

#include <QString>

namespace teahouse::xmpp {

// XEP-0184 message delivery receipts: ask for one on our messages, answer requests, and read
// the id a receipt confirms. Answers go only to chat messages (never groupchat, §5.3) and never
// to error or receipt messages, so two clients cannot loop.
class Receipts
{
public:
    static constexpr QStringView kNamespace = u"urn:xmpp:receipts";

    static void addRequest(Element &message);
    [[nodiscard]] static bool requestsReceipt(const Element &message);
    // The <message type='chat'><received id/></message> answering `message` (to its sender);
    // a null Element when no receipt should be sent.
    [[nodiscard]] static Element makeReceipt(const Element &message);
    // The id confirmed by a received receipt, or empty.
    [[nodiscard]] static QString receivedId(const Element &message);
};

} // namespace teahouse::xmpp
