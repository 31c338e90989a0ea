#include "moments/AudiencePolicy.h"

namespace teahouse::moments {

QList<Jid> audienceMembers(Audience audience, const QStringList &tags,
                           const QList<xmpp::RosterItem> &roster)
{
    QList<Jid> out;
    for (const xmpp::RosterItem &item : roster) {
        if (!item.sharesOurPresence() || !item.jid.isValid())
            continue;
        bool tagged = false;
        for (const QString &group : item.groups)
            tagged = tagged || tags.contains(group);
        const bool in = audience == Audience::AllFriends ||
                        (audience == Audience::OnlyTags && tagged) ||
                        (audience == Audience::ExceptTags && !tagged);
        if (in && !out.contains(item.jid.bare()))
            out.append(item.jid.bare());
    }
    return out;
}

} // namespace teahouse::moments
