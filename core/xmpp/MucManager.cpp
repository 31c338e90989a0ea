#include "xmpp/MucManager.h"

#include "base/Logging.h"
#include "xmpp/DataForm.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"

namespace teahouse::xmpp {

MucManager::MucManager(StanzaChannel *channel, IqTracker *iq, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_iq(iq)
{
    connect(channel, &StanzaChannel::stanzaReceived, this, &MucManager::onStanza);
    connect(channel, &StanzaChannel::sessionStarted, this, &MucManager::onSessionStarted);
    connect(channel, &StanzaChannel::sessionEnded, this, [this] {
        for (Room &room : m_rooms) {
            room.joined = false;
            room.occupants.clear();
        }
    });
}

Element MucManager::joinPresence(const Jid &room, const QString &nick)
{
    Element presence(QStringLiteral("presence"), QStringLiteral("jabber:client"));
    presence.setAttribute(QStringLiteral("to"), room.bare().withResource(nick).toString());
    Element &x = presence.addChild(QStringLiteral("x"), kMuc.toString());
    // History comes from the room's archive (MAM), not from the join.
    x.addChild(QStringLiteral("history")).setAttribute(QStringLiteral("maxstanzas"),
                                                       QStringLiteral("0"));
    return presence;
}

void MucManager::join(const Jid &room, const QString &nick)
{
    const Jid bare = room.bare();
    Room &r = m_rooms[bare];
    r.jid = bare;
    r.nick = nick;
    if (m_channel->isOnline())
        m_channel->sendStanza(joinPresence(bare, nick));
}

void MucManager::leave(const Jid &room)
{
    const Jid bare = room.bare();
    auto it = m_rooms.find(bare);
    if (it == m_rooms.end())
        return;
    Element presence(QStringLiteral("presence"), QStringLiteral("jabber:client"));
    presence.setAttribute(QStringLiteral("to"), bare.withResource(it->nick).toString());
    presence.setAttribute(QStringLiteral("type"), QStringLiteral("unavailable"));
    m_rooms.erase(it);
    if (m_channel->isOnline())
        m_channel->sendStanza(presence);
    Q_EMIT left(bare);
}

void MucManager::createRoom(const Jid &room, const QString &nick, const QString &name,
                            QObject *context, std::function<void(Status)> done)
{
    m_creating.insert(room.bare(), Creation{name, context, context != nullptr, std::move(done)});
    join(room, nick);
}

void MucManager::finishCreation(const Jid &room, const Status &status)
{
    auto it = m_creating.find(room);
    if (it == m_creating.end())
        return;
    Creation c = *it;
    m_creating.erase(it);
    if (c.done && (!c.hasContext || c.context))
        c.done(status);
}

void MucManager::configureNewRoom(const Jid &room, const Creation &creation)
{
    m_iq->get(room, Element(QStringLiteral("query"), kMucOwner.toString()), this,
              [this, room, name = creation.name](const Result<Element> &result) {
                  if (!result.ok()) {
                      finishCreation(room, result.error());
                      return;
                  }
                  const Element form0 = result.value().firstChild(u"query", kMucOwner);
                  const Element *x = form0.findChild(u"x", DataForm::kNamespace);
                  auto form = x ? DataForm::fromElement(*x)
                                : Result<DataForm>(Error::make(Error::Code::Protocol,
                                                               QStringLiteral("no room form")));
                  if (!form.ok()) {
                      finishCreation(room, form.error());
                      return;
                  }
                  DataForm submit = form.value().toSubmission();
                  const auto setIf = [&submit](const QString &var, const QString &value) {
                      if (submit.field(var))
                          submit.setValue(var, value);
                  };
                  setIf(QStringLiteral("muc#roomconfig_roomname"), name);
                  setIf(QStringLiteral("muc#roomconfig_persistentroom"), QStringLiteral("1"));
                  setIf(QStringLiteral("muc#roomconfig_membersonly"), QStringLiteral("1"));
                  setIf(QStringLiteral("muc#roomconfig_publicroom"), QStringLiteral("0"));
                  setIf(QStringLiteral("muc#roomconfig_whois"), QStringLiteral("anyone"));
                  setIf(QStringLiteral("muc#roomconfig_enablearchiving"), QStringLiteral("1"));
                  setIf(QStringLiteral("muc#roomconfig_changesubject"), QStringLiteral("1"));
                  setIf(QStringLiteral("muc#roomconfig_allowinvites"), QStringLiteral("1"));
                  Element query(QStringLiteral("query"), kMucOwner.toString());
                  query.appendChild(submit.toElement());
                  m_iq->set(room, query, this, [this, room](const Result<Element> &r) {
                      if (r.ok())
                          finishCreation(room, Status());
                      else
                          finishCreation(room, r.error());
                  });
              });
}

void MucManager::setAffiliation(const Jid &room, const QString &jid, const QString &affiliation,
                                QObject *context, std::function<void(Status)> done)
{
    Element query(QStringLiteral("query"), kMucAdmin.toString());
    Element &item = query.addChild(QStringLiteral("item"));
    item.setAttribute(QStringLiteral("affiliation"), affiliation);
    item.setAttribute(QStringLiteral("jid"), jid);
    m_iq->set(room.bare(), query, context, [done](const Result<Element> &r) {
        if (done)
            done(r.ok() ? Status() : Status(r.error()));
    });
}

void MucManager::requestAffiliations(const Jid &room, const QString &affiliation,
                                     QObject *context,
                                     std::function<void(Result<QList<Occupant>>)> done)
{
    Element query(QStringLiteral("query"), kMucAdmin.toString());
    query.addChild(QStringLiteral("item"))
        .setAttribute(QStringLiteral("affiliation"), affiliation);
    m_iq->get(room.bare(), query, context, [done](const Result<Element> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        QList<Occupant> list;
        for (const Element &item : r.value().firstChild(u"query", kMucAdmin).childrenNamed(u"item")) {
            Occupant o;
            o.jid = Jid::parse(item.attribute(u"jid")).bareString();
            o.nick = item.attribute(u"nick");
            o.affiliation = item.attribute(u"affiliation");
            list.append(o);
        }
        done(list);
    });
}

void MucManager::inviteDirect(const Jid &room, const QString &contact, const QString &reason)
{
    Element message(QStringLiteral("message"), QStringLiteral("jabber:client"));
    message.setAttribute(QStringLiteral("to"), contact);
    Element &x = message.addChild(QStringLiteral("x"), kConference.toString());
    x.setAttribute(QStringLiteral("jid"), room.bareString());
    if (!reason.isEmpty())
        x.setAttribute(QStringLiteral("reason"), reason);
    m_channel->sendStanza(message);
}

void MucManager::setSubject(const Jid &room, const QString &subject)
{
    Element message(QStringLiteral("message"), QStringLiteral("jabber:client"));
    message.setAttribute(QStringLiteral("to"), room.bareString());
    message.setAttribute(QStringLiteral("type"), QStringLiteral("groupchat"));
    message.addTextChild(QStringLiteral("subject"), subject);
    m_channel->sendStanza(message);
}

void MucManager::setRoomName(const Jid &room, const QString &name, QObject *context,
                             std::function<void(Status)> done)
{
    m_iq->get(room, Element(QStringLiteral("query"), kMucOwner.toString()), context,
              [this, room, name, context, done](const Result<Element> &result) {
                  const Element form0 =
                      result.ok() ? result.value().firstChild(u"query", kMucOwner) : Element();
                  const Element *x = form0.findChild(u"x", DataForm::kNamespace);
                  auto form = x ? DataForm::fromElement(*x)
                                : Result<DataForm>(Error::make(Error::Code::Protocol,
                                                               QStringLiteral("no room form")));
                  if (!form.ok()) {
                      if (done)
                          done(result.ok() ? form.error() : result.error());
                      return;
                  }
                  DataForm submit = form.value().toSubmission();
                  submit.setValue(QStringLiteral("muc#roomconfig_roomname"), name);
                  Element query(QStringLiteral("query"), kMucOwner.toString());
                  query.appendChild(submit.toElement());
                  m_iq->set(room, query, context, [done](const Result<Element> &r) {
                      if (done)
                          done(r.ok() ? Status() : Status(r.error()));
                  });
              });
}

bool MucManager::isJoined(const Jid &room) const
{
    auto it = m_rooms.constFind(room.bare());
    return it != m_rooms.constEnd() && it->joined;
}

MucManager::Invitation MucManager::invitation(const Element &message)
{
    Invitation inv;
    if (const Element *x = message.findChild(u"x", kConference)) {
        inv.room = Jid::parse(x->attribute(u"jid")).bare();
        inv.from = Jid::parse(message.attribute(u"from")).bareString();
        inv.reason = x->attribute(u"reason");
        inv.password = x->attribute(u"password");
        return inv;
    }
    if (const Element *x = message.findChild(u"x", kMucUser)) {
        if (const Element *invite = x->findChild(u"invite")) {
            inv.room = Jid::parse(message.attribute(u"from")).bare();
            inv.from = Jid::parse(invite->attribute(u"from")).bareString();
            inv.reason = invite->childText(u"reason");
            inv.password = x->childText(u"password");
        }
    }
    return inv;
}

void MucManager::onSessionStarted(bool resumed)
{
    if (resumed)
        return;
    for (const Room &room : std::as_const(m_rooms))
        m_channel->sendStanza(joinPresence(room.jid, room.nick));
}

void MucManager::onStanza(const Element &stanza)
{
    if (stanza.name() == u"presence") {
        onPresence(stanza);
        return;
    }
    if (stanza.name() != u"message")
        return;
    const Jid from = Jid::parse(stanza.attribute(u"from"));
    if (stanza.attribute(u"type") == u"groupchat") {
        auto it = m_rooms.find(from.bare());
        if (it != m_rooms.end() && stanza.hasChild(u"subject") && !stanza.hasChild(u"body")) {
            it->subject = stanza.childText(u"subject");
            Q_EMIT subjectChanged(from.bare(), it->subject);
        }
        return;
    }
    const Invitation inv = invitation(stanza);
    if (inv.room.isValid())
        Q_EMIT invitationReceived(inv);
}

void MucManager::onPresence(const Element &presence)
{
    const Jid from = Jid::parse(presence.attribute(u"from"));
    auto it = m_rooms.find(from.bare());
    if (it == m_rooms.end() || from.resource().isEmpty())
        return;
    Room &room = *it;
    const Jid bare = room.jid;
    const QString type = presence.attribute(u"type");
    const Element *x = presence.findChild(u"x", kMucUser);
    QList<int> codes;
    const Element *item = nullptr;
    if (x) {
        for (const Element &status : x->childrenNamed(u"status"))
            codes.append(status.attribute(u"code").toInt());
        item = x->findChild(u"item");
    }
    const bool self = codes.contains(110) || from.resource() == room.nick;

    if (type == u"error") {
        if (!room.joined) {
            const Error error = IqTracker::errorFromStanza(presence);
            if (m_creating.contains(bare)) {
                m_rooms.remove(bare);
                finishCreation(bare, error);
            } else {
                Q_EMIT joinFailed(bare, error);
            }
        }
        return;
    }
    if (type == u"unavailable") {
        if (self) {
            room.joined = false;
            room.occupants.clear();
            // Kicked, banned, membership removed or room destroyed: stop rejoining.
            if (codes.contains(307) || codes.contains(301) || codes.contains(321) ||
                codes.contains(322) || (x && x->hasChild(u"destroy"))) {
                m_rooms.remove(bare);
            }
            Q_EMIT left(bare);
            return;
        }
        room.occupants.removeIf([&](const Occupant &o) { return o.nick == from.resource(); });
        Q_EMIT occupantsChanged(bare);
        return;
    }
    Occupant occupant;
    occupant.nick = from.resource();
    if (item) {
        occupant.jid = Jid::parse(item->attribute(u"jid")).bareString();
        occupant.affiliation = item->attribute(u"affiliation");
        occupant.role = item->attribute(u"role");
    }
    room.occupants.removeIf([&](const Occupant &o) { return o.nick == occupant.nick; });
    room.occupants.append(occupant);
    if (self && !room.joined) {
        room.joined = true;
        room.nick = from.resource(); // the room may have changed it (status 210)
        if (m_creating.contains(bare)) {
            if (codes.contains(201))
                configureNewRoom(bare, m_creating.value(bare));
            else
                finishCreation(bare, Error::make(Error::Code::Conflict,
                                                 QStringLiteral("The group already exists"),
                                                 QStringLiteral("conflict")));
        }
        Q_EMIT joined(bare);
    }
    Q_EMIT occupantsChanged(bare);
}

} // namespace teahouse::xmpp
