#pragma once

#include "base/Jid.h"

#include <QString>

namespace teahouse::contacts {

// One friend request, either way: who, the greeting that came with it (RFC 6121 subscribe
// presence <status/>), the name they gave (XEP-0172 <nick/>) and what became of it.
struct FriendRequest
{
    enum class State
    {
        Pending,
        Accepted,
        Declined
    };

    Jid jid; // bare
    bool incoming = true;
    QString greeting;
    QString nickname;
    State state = State::Pending;
    qint64 updatedMs = 0;

    friend bool operator==(const FriendRequest &, const FriendRequest &) = default;
};

} // namespace teahouse::contacts
