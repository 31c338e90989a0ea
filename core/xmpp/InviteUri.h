#pragma once

#include "base/Jid.h"
#include "base/Result.h"

#include <QString>

namespace teahouse::xmpp {

// An invitation link (XEP-0401, XEP-0379, XEP-0445 URIs on RFC 5122 / XEP-0147):
//   xmpp:romeo@example.com?roster;preauth=TOKEN;ibr=y   add a contact, may register there
//   xmpp:juliet@example.com?register;preauth=TOKEN      register this account
//   xmpp:example.com?register;preauth=TOKEN             register any name on this server
// A pure parser: it decides nothing, it only says what the link asks for.
struct InviteUri
{
    enum class Action
    {
        Roster,
        Register
    };

    Action action = Action::Roster;
    Jid jid;              // the inviter (roster), or the account/server to register on
    QString preauthToken; // XEP-0379 token
    bool ibr = false;     // roster invite whose token also allows registering (ibr=y)
    QString name;         // XEP-0147 'name' for the roster item, if given
    QString group;        // XEP-0147 'group', if given

    // An Error (InvalidArgument, with a sentence for people) for anything that is not a
    // well-formed roster/register invite with a token.
    [[nodiscard]] static Result<InviteUri> parse(QStringView uri);
    [[nodiscard]] QString toString() const;

    // Whether the link allows creating an account, and on which server.
    [[nodiscard]] bool allowsRegistration() const { return action == Action::Register || ibr; }
    [[nodiscard]] QString server() const { return jid.domain(); }
    // The username a register link fixes in advance (XEP-0445 §2.1), else empty.
    [[nodiscard]] QString presetUsername() const
    {
        return action == Action::Register ? jid.local() : QString();
    }

    friend bool operator==(const InviteUri &, const InviteUri &) = default;
};

} // namespace teahouse::xmpp
