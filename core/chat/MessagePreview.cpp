#include "chat/MessagePreview.h"

#include <QCoreApplication>

namespace teahouse::chat {

QString MessagePreview::of(const ChatMessage &m, int maxLength)
{
    QString text;
    switch (m.kind) {
    case ChatMessage::Kind::Image:
        text = QCoreApplication::translate("teahouse::chat::MessagePreview", "[Image]");
        break;
    case ChatMessage::Kind::File:
        text = QCoreApplication::translate("teahouse::chat::MessagePreview", "[File] %1")
                   .arg(m.attachment.name);
        break;
    case ChatMessage::Kind::Recalled:
        text = m.isOutgoing()
                   ? QCoreApplication::translate("teahouse::chat::MessagePreview",
                                                 "You recalled a message")
                   : QCoreApplication::translate("teahouse::chat::MessagePreview",
                                                 "%1 recalled a message")
                         .arg(m.senderName.isEmpty() ? m.senderJid : m.senderName);
        break;
    case ChatMessage::Kind::Card:
        text = m.body.isEmpty()
                   ? QCoreApplication::translate("teahouse::chat::MessagePreview", "[Card]")
                   : m.body;
        break;
    case ChatMessage::Kind::Text:
    case ChatMessage::Kind::System:
        text = m.body;
        break;
    }
    text = text.simplified();
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

} // namespace teahouse::chat
