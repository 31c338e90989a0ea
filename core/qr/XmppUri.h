#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/InviteUri.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace teahouse::qr {

// An xmpp: URI (RFC 5122) with its XEP-0147 query: what the address is and what the link asks
// the app to do. Pure: it decides nothing, the scanner screen asks the user.
struct XmppUri
{
    enum class Kind
    {
        OpenChat,      // no query, or ?message
        AddFriend,     // ?roster, ?subscribe
        JoinGroup,     // ?join
        RunCommand,    // ?command (XEP-0050)
        FollowAccount, // ?pubsub;action=subscribe
        Register,      // ?register
        Unknown,       // any other query type: shown, not acted upon
    };

    Kind kind = Kind::OpenChat;
    Jid jid;
    QString action;                        // the query type ("message"), empty without query
    QList<QPair<QString, QString>> params; // every key=value, decoded, in order

    // The parameters XEP-0147 defines for the actions above (first value wins, except group).
    QString body;
    QString subject;
    QString thread;
    QString messageType;
    QString name;
    QStringList groups;
    QString password;
    QString node;          // command or pubsub node
    QString commandAction; // ?command;action=execute
    QString pubsubAction;  // ?pubsub;action=subscribe
    // A roster/register link carrying a XEP-0379 token, as core/xmpp parses it.
    std::optional<xmpp::InviteUri> invite;

    [[nodiscard]] static Result<XmppUri> parse(QStringView uri);
    // A Teahouse payment link: ?command on a node of the payment protocol
    // ("xmpp:cafe@pay.example?command;node=urn:teahouse:pay:0;amount=12.00", see core/pay).
    [[nodiscard]] bool isPaymentLink() const;
    [[nodiscard]] QString toString() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static QString kindName(Kind kind);

    friend bool operator==(const XmppUri &, const XmppUri &) = default;
};

} // namespace teahouse::qr
