#pragma once

#include <QMetaType>
#include <QString>

namespace teahouse::chat {

// An @mention inside a message body (XEP-0372 reference): [start, start + length) in UTF-16
// units of ChatMessage::body, pointing at the mentioned person's JID (a contact's bare JID, or
// room@service/nick for a group member whose real JID is hidden).
struct Mention
{
    Q_GADGET
    Q_PROPERTY(int start MEMBER start)
    Q_PROPERTY(int length MEMBER length)
    Q_PROPERTY(QString jid MEMBER jid)
public:
    int start = 0;
    int length = 0;
    QString jid;

    friend bool operator==(const Mention &, const Mention &) = default;
};

} // namespace teahouse::chat
