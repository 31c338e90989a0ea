#pragma once

#include "base/Jid.h"
#include "xmpp/RosterItem.h"

#include <QString>
#include <QStringList>

namespace teahouse::contacts {

// One person on the contact list as the screens show them: the roster item (remarks = roster
// name, tags = roster groups, star = the reserved group), what they call themselves, their
// picture, whether they are online or blocked.
struct Contact
{
    Jid jid; // bare
    QString remark;
    QString nickname;
    QStringList tags;
    bool starred = false;
    xmpp::RosterItem::Subscription subscription = xmpp::RosterItem::Subscription::None;
    bool askSubscribe = false;
    bool blocked = false;
    bool online = false;
    QString statusText;
    QString avatarId;
    QString avatarMedia; // MediaStore id; empty: no picture cached

    // Remarks first (the name I gave them), then their own nickname, then the address.
    [[nodiscard]] QString displayName() const
    {
        if (!remark.isEmpty())
            return remark;
        if (!nickname.isEmpty())
            return nickname;
        return jid.local().isEmpty() ? jid.toString() : jid.local();
    }
    // Friends both ways (RFC 6121 subscription "both").
    [[nodiscard]] bool isMutual() const
    {
        return subscription == xmpp::RosterItem::Subscription::Both;
    }

    friend bool operator==(const Contact &, const Contact &) = default;
};

} // namespace teahouse::contacts
