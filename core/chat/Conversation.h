#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace teahouse::chat {

// One entry of the conversation list: a contact (direct) or a group (XEP-0045 room). A value;
// ChatService::conversationChanged() says when to fetch it again.
struct Conversation
{
    Q_GADGET
    Q_PROPERTY(QString jid MEMBER jid)
    Q_PROPERTY(Kind kind MEMBER kind)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString avatarId MEMBER avatarId)
    Q_PROPERTY(QString lastMessagePreview MEMBER lastMessagePreview)
    Q_PROPERTY(QString lastSenderName MEMBER lastSenderName)
    Q_PROPERTY(QDateTime lastActivity MEMBER lastActivity)
    Q_PROPERTY(int unreadCount MEMBER unreadCount)
    Q_PROPERTY(bool pinned MEMBER pinned)
    Q_PROPERTY(bool muted MEMBER muted)
    Q_PROPERTY(QString draft MEMBER draft)
    Q_PROPERTY(bool mentionUnread MEMBER mentionUnread)
public:
    enum class Kind
    {
        Direct,
        Group,
    };
    Q_ENUM(Kind)

    // Bare JID: the contact, or room@conference.example.
    QString jid;
    Kind kind = Kind::Direct;
    // Display name: roster name or the JID's local part for contacts; the room's name for
    // groups. Never empty once stored.
    QString name;
    // MediaStore id of a group's avatar (empty: the UI draws initials; contact avatars come
    // from the contacts feature).
    QString avatarId;
    // One line for the list: text, "[Image]", "[File] name", "X recalled a message", ...
    // already shortened; empty when there is no message yet.
    QString lastMessagePreview;
    // Who wrote the last message (groups show "Name: text"); empty for direct chats.
    QString lastSenderName;
    QDateTime lastActivity;
    int unreadCount = 0;
    bool pinned = false;
    // Muted: no sound or notification and the UI shows a dot instead of the count — except for
    // @mentions of this account (mentionUnread).
    bool muted = false;
    // Unsent text the user left in the input (shown as "[Draft] ..." in the list).
    QString draft;
    // An unread message in this group @mentions this account.
    bool mentionUnread = false;

    [[nodiscard]] bool isGroup() const { return kind == Kind::Group; }
};

} // namespace teahouse::chat

Q_DECLARE_METATYPE(teahouse::chat::Conversation)
