#pragma once

#include "chat/Attachment.h"
#include "chat/Mention.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace teahouse::chat {

// One message of a conversation as the UI shows it. A value: ChatService hands out copies and
// announces changes with messageChanged().
struct ChatMessage
{
    Q_GADGET
    Q_PROPERTY(qint64 id MEMBER id)
    Q_PROPERTY(QString conversation MEMBER conversation)
    Q_PROPERTY(QString senderJid MEMBER senderJid)
    Q_PROPERTY(QString senderName MEMBER senderName)
    Q_PROPERTY(QString body MEMBER body)
    Q_PROPERTY(QDateTime timestamp MEMBER timestamp)
    Q_PROPERTY(Direction direction MEMBER direction)
    Q_PROPERTY(State state MEMBER state)
    Q_PROPERTY(Kind kind MEMBER kind)
    Q_PROPERTY(bool edited MEMBER edited)
    Q_PROPERTY(bool recalled MEMBER recalled)
    Q_PROPERTY(bool mentionsMe MEMBER mentionsMe)
    Q_PROPERTY(qint64 replyToId MEMBER replyToId)
    Q_PROPERTY(QString replyToSender MEMBER replyToSender)
    Q_PROPERTY(QString replyToPreview MEMBER replyToPreview)
    Q_PROPERTY(QString cardKind MEMBER cardKind)
    Q_PROPERTY(QString cardXml MEMBER cardXml)
public:
    enum class Direction
    {
        Incoming,
        Outgoing, // sent by this account (from this device, or another one through carbons/MAM)
    };
    Q_ENUM(Direction)

    // Delivery state of an outgoing message (incoming messages are Delivered or Read).
    enum class State
    {
        Queued,    // in the outbox, not on the wire yet (offline)
        Sent,      // written to the stream, not acknowledged by the server yet
        Acked,     // the server acknowledged it (XEP-0198); it left the outbox
        Delivered, // the recipient's client confirmed receipt (XEP-0184)
        Read,      // the recipient displayed it (XEP-0333 displayed marker)
        Failed,    // refused (error reply) or an upload failed; can be retried
    };
    Q_ENUM(State)

    enum class Kind
    {
        Text,
        Image,
        File,
        System,   // local notice: member joined, group created, "X recalled a message" ...
        Recalled, // a message retracted by its sender (XEP-0424); body is empty
        Card,     // an extension payload (money transfer, ...): see cardKind and cardXml
    };
    Q_ENUM(Kind)

    // Local id (database row), stable for the life of the message; 0 = none.
    qint64 id = 0;
    // Bare JID of the conversation: the contact, or the group's room JID.
    QString conversation;
    // Who wrote it: a bare JID (contacts, ourselves), or room@service/nick in a group when the
    // member's real JID is unknown.
    QString senderJid;
    // Display name at the time of the message (roster name or group nick); may be empty.
    QString senderName;
    QString body;
    // When it was written: the sender's/archive's time (XEP-0203 delay) or when we sent it.
    QDateTime timestamp;
    // When we stored it (for incoming: received; for outgoing: queued).
    QDateTime receivedAt;
    Direction direction = Direction::Incoming;
    State state = State::Delivered;
    Kind kind = Kind::Text;

    // Wire ids: the origin-id we or the sender gave it (XEP-0359), the id our archive or the
    // room assigned (stanza-id, used for MAM paging, replies in groups and retraction), and the
    // stanza's id attribute (receipts and markers refer to it).
    QString originId;
    QString stanzaId;
    QString messageId;

    bool edited = false;
    bool recalled = false;
    // A group message that @mentions this account (highlighted, notifies even when muted).
    bool mentionsMe = false;
    QList<Mention> mentions;

    // XEP-0461 reply: the quoted message (its local id when we have it, 0 otherwise) and a short
    // preview of it (sender name and up to ~100 characters) kept even if the original is gone.
    qint64 replyToId = 0;
    QString replyToSender;
    QString replyToPreview;

    Attachment attachment; // Image and File kinds

    // Card messages: the registered kind ("transfer", ...) and the extension element as XML,
    // parsed by the feature that registered it (ChatService::registerCardKind).
    QString cardKind;
    QString cardXml;

    [[nodiscard]] bool isOutgoing() const { return direction == Direction::Outgoing; }
    [[nodiscard]] bool hasAttachment() const { return kind == Kind::Image || kind == Kind::File; }
};

} // namespace teahouse::chat

Q_DECLARE_METATYPE(teahouse::chat::ChatMessage)
