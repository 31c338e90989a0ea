#pragma once

#include "chat/GroupMember.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace teahouse::chat {

// What the group's info page shows: the room's name, topic, avatar and members.
struct GroupInfo
{
    Q_GADGET
    Q_PROPERTY(QString jid MEMBER jid)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString topic MEMBER topic)
    Q_PROPERTY(QString avatarId MEMBER avatarId)
    Q_PROPERTY(QString ownNick MEMBER ownNick)
    Q_PROPERTY(bool joined MEMBER joined)
public:
    QString jid;
    QString name;
    // The room subject (XEP-0045 §8.1).
    QString topic;
    // MediaStore id of the room avatar (the room's vCard photo, XEP-0054 on the room JID), or
    // empty when the room has none: Prosody 0.12 keeps no room vCards (that takes the community
    // module mod_vcard_muc), so there the UI draws the group's avatar itself.
    QString avatarId;
    // Our nickname in the room.
    QString ownNick;
    // We are in the room right now (false before the join completed, after leaving or kicked).
    bool joined = false;
    // Present occupants first, then other members; each once.
    QList<GroupMember> members;
};

} // namespace teahouse::chat

Q_DECLARE_METATYPE(teahouse::chat::GroupInfo)
