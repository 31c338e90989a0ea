#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace teahouse::chat {

// A member of a group: an occupant present in the room and/or someone on its member list
// (XEP-0045 affiliation), for the member list and @mention completion.
struct GroupMember
{
    Q_GADGET
    Q_PROPERTY(QString nick MEMBER nick)
    Q_PROPERTY(QString jid MEMBER jid)
    Q_PROPERTY(QString affiliation MEMBER affiliation)
    Q_PROPERTY(bool present MEMBER present)
public:
    // Nickname in the room (empty for a member who has never joined).
    QString nick;
    // Real bare JID when the room shows it (members-only rooms we create are non-anonymous).
    QString jid;
    // "owner", "admin", "member" or "none".
    QString affiliation;
    // Currently in the room.
    bool present = false;
};

} // namespace teahouse::chat

Q_DECLARE_METATYPE(teahouse::chat::GroupMember)
