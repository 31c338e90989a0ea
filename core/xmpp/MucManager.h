#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/Element.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

namespace teahouse::xmpp {

class IqTracker;
class StanzaChannel;

// XEP-0045 multi-user chat for groups: joining (and re-joining after a new session), creating
// members-only persistent rooms, membership (affiliations), subject, occupants, and
// invitations — sent as XEP-0249 direct invitations, read in both the direct and the mediated
// (muc#user) form.
class MucManager : public QObject
{
    Q_OBJECT
public:
    static constexpr QStringView kMuc = u"http://jabber.org/protocol/muc";
    static constexpr QStringView kMucUser = u"http://jabber.org/protocol/muc#user";
    static constexpr QStringView kMucAdmin = u"http://jabber.org/protocol/muc#admin";
    static constexpr QStringView kMucOwner = u"http://jabber.org/protocol/muc#owner";
    static constexpr QStringView kConference = u"jabber:x:conference";

    struct Occupant
    {
        QString nick;
        QString jid; // real bare JID when the room shows it
        QString affiliation;
        QString role;
    };

    struct Room
    {
        Jid jid;
        QString nick;
        bool joined = false;
        QString subject;
        QList<Occupant> occupants;
    };

    struct Invitation
    {
        Jid room;
        QString from; // bare JID of who invited
        QString reason;
        QString password;
    };

    MucManager(StanzaChannel *channel, IqTracker *iq, QObject *parent = nullptr);

    // Enters the room (no history: MAM brings it). Rejoined on every new session until leave().
    void join(const Jid &room, const QString &nick);
    void leave(const Jid &room);
    // Creates a new room: joins it, and when the server says it is new (status 201) submits
    // the configuration (name, persistent, members-only, real JIDs visible to members, logged
    // for MAM). Fails with Conflict if the room already existed.
    void createRoom(const Jid &room, const QString &nick, const QString &name,
                    QObject *context, std::function<void(Status)> done);
    void setAffiliation(const Jid &room, const QString &jid, const QString &affiliation,
                        QObject *context, std::function<void(Status)> done = {});
    // The room's list for one affiliation ("member", "owner", ...), as bare JIDs.
    void requestAffiliations(const Jid &room, const QString &affiliation, QObject *context,
                             std::function<void(Result<QList<Occupant>>)> done);
    void inviteDirect(const Jid &room, const QString &contact, const QString &reason = {});
    void setSubject(const Jid &room, const QString &subject);
    // Changes the room name (owner): fetches the configuration form and submits it.
    void setRoomName(const Jid &room, const QString &name, QObject *context,
                     std::function<void(Status)> done = {});

    [[nodiscard]] bool isJoined(const Jid &room) const;
    [[nodiscard]] bool isRoom(const Jid &jid) const { return m_rooms.contains(jid.bare()); }
    [[nodiscard]] Room room(const Jid &room) const { return m_rooms.value(room.bare()); }
    [[nodiscard]] QList<Jid> rooms() const { return m_rooms.keys(); }

    // An invitation carried by a message (direct or mediated), room invalid if none.
    [[nodiscard]] static Invitation invitation(const Element &message);
    [[nodiscard]] static Element joinPresence(const Jid &room, const QString &nick);

Q_SIGNALS:
    void joined(const teahouse::Jid &room);
    void left(const teahouse::Jid &room);
    void joinFailed(const teahouse::Jid &room, const teahouse::Error &error);
    void occupantsChanged(const teahouse::Jid &room);
    void subjectChanged(const teahouse::Jid &room, const QString &subject);
    void invitationReceived(const teahouse::xmpp::MucManager::Invitation &invitation);

private:
    struct Creation
    {
        QString name;
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void(Status)> done;
    };
    void onStanza(const Element &stanza);
    void onPresence(const Element &presence);
    void onSessionStarted(bool resumed);
    void configureNewRoom(const Jid &room, const Creation &creation);
    void finishCreation(const Jid &room, const Status &status);

    StanzaChannel *m_channel;
    IqTracker *m_iq;
    QHash<Jid, Room> m_rooms;
    QHash<Jid, Creation> m_creating;
};

} // namespace teahouse::xmpp

Q_DECLARE_METATYPE(teahouse::xmpp::MucManager::Invitation)
