#pragma once

#include "base/Jid.h"
#include "moments/MomentsPost.h"
#include "xmpp/RosterItem.h"

#include <QList>

namespace teahouse::moments {

// Turns an audience choice into the JIDs a whitelist node admits. Only contacts who receive my
// presence (subscription from/both) are friends; tags are roster groups. "All except tags"
// has no Prosody 0.12 access model of its own, so it is the whitelist of the friends left.
[[nodiscard]] QList<Jid> audienceMembers(Audience audience, const QStringList &tags,
                                         const QList<xmpp::RosterItem> &roster);

} // namespace teahouse::moments
