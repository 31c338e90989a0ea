#pragma once

#include "base/Jid.h"

#include <QString>

namespace teahouse::contacts {

// What we learnt about a contact outside the roster: the name they chose for themselves
// (vCard4 / XEP-0172) and their avatar (XEP-0084 id, kept encrypted in the MediaStore).
struct ContactProfile
{
    Jid jid; // bare
    QString nickname;
    QString avatarId;    // hex SHA-1 of the image, as published
    QString avatarMedia; // MediaStore id of the cached image; empty when not fetched
    QString avatarType;

    friend bool operator==(const ContactProfile &, const ContactProfile &) = default;
};

} // namespace teahouse::contacts
