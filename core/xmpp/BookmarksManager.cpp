#include "xmpp/BookmarksManager.h"

#include "xmpp/DataForm.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"

namespace teahouse::xmpp {

namespace {
constexpr QStringView kPubSub = u"http://jabber.org/protocol/pubsub";
constexpr QStringView kPubSubEvent = u"http://jabber.org/protocol/pubsub#event";

void finish(const std::function<void(Status)> &done, const Result<Element> &r)
{
    if (done)
        done(r.ok() ? Status() : Status(r.error()));
}
} // namespace

BookmarksManager::BookmarksManager(StanzaChannel *channel, IqTracker *iq, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_iq(iq)
{
    connect(channel, &StanzaChannel::stanzaReceived, this, &BookmarksManager::onStanza);
}

Element BookmarksManager::toElement(const Bookmark &bookmark)
{
    Element conference(QStringLiteral("conference"), kNode.toString());
    if (!bookmark.name.isEmpty())
        conference.setAttribute(QStringLiteral("name"), bookmark.name);
    conference.setAttribute(QStringLiteral("autojoin"),
                            bookmark.autojoin ? QStringLiteral("true") : QStringLiteral("false"));
    if (!bookmark.nick.isEmpty())
        conference.addTextChild(QStringLiteral("nick"), bookmark.nick);
    return conference;
}

BookmarksManager::Bookmark BookmarksManager::fromItem(const Element &item)
{
    Bookmark b;
    b.room = Jid::parse(item.attribute(u"id")).bare();
    const Element *c = item.findChild(u"conference", kNode);
    if (!c)
        return Bookmark{};
    b.name = c->attribute(u"name");
    const QString autojoin = c->attribute(u"autojoin");
    b.autojoin = autojoin == u"true" || autojoin == u"1";
    b.nick = c->childText(u"nick");
    return b;
}

void BookmarksManager::fetch(QObject *context, std::function<void(Result<QList<Bookmark>>)> done)
{
    Element pubsub(QStringLiteral("pubsub"), kPubSub.toString());
    pubsub.addChild(QStringLiteral("items")).setAttribute(QStringLiteral("node"), kNode.toString());
    m_iq->get(Jid(), pubsub, context, [done](const Result<Element> &r) {
        if (!r.ok()) {
            // No node yet = no bookmarks.
            if (IqTracker::errorCondition(r.error()) == u"item-not-found")
                done(QList<Bookmark>{});
            else
                done(r.error());
            return;
        }
        QList<Bookmark> list;
        const Element items = r.value().firstChild(u"pubsub", kPubSub).firstChild(u"items");
        for (const Element &item : items.childrenNamed(u"item")) {
            const Bookmark b = fromItem(item);
            if (b.room.isValid())
                list.append(b);
        }
        done(list);
    });
}

void BookmarksManager::add(const Bookmark &bookmark, QObject *context,
                           std::function<void(Status)> done)
{
    Element pubsub(QStringLiteral("pubsub"), kPubSub.toString());
    Element &publish = pubsub.addChild(QStringLiteral("publish"));
    publish.setAttribute(QStringLiteral("node"), kNode.toString());
    publish.addChild(QStringLiteral("item"))
        .setAttribute(QStringLiteral("id"), bookmark.room.bareString())
        .appendChild(toElement(bookmark));
    DataForm options(DataForm::Type::Submit);
    DataForm::Field formType;
    formType.var = QStringLiteral("FORM_TYPE");
    formType.type = QStringLiteral("hidden");
    formType.values = {QStringLiteral("http://jabber.org/protocol/pubsub#publish-options")};
    options.addField(formType);
    options.setValue(QStringLiteral("pubsub#persist_items"), QStringLiteral("true"));
    options.setValue(QStringLiteral("pubsub#max_items"), QStringLiteral("max"));
    options.setValue(QStringLiteral("pubsub#send_last_published_item"), QStringLiteral("never"));
    options.setValue(QStringLiteral("pubsub#access_model"), QStringLiteral("whitelist"));
    pubsub.addChild(QStringLiteral("publish-options")).appendChild(options.toElement());
    m_iq->set(Jid(), pubsub, context ? context : this,
              [done](const Result<Element> &r) { finish(done, r); });
}

void BookmarksManager::remove(const Jid &room, QObject *context, std::function<void(Status)> done)
{
    Element pubsub(QStringLiteral("pubsub"), kPubSub.toString());
    Element &retract = pubsub.addChild(QStringLiteral("retract"));
    retract.setAttribute(QStringLiteral("node"), kNode.toString());
    retract.setAttribute(QStringLiteral("notify"), QStringLiteral("true"));
    retract.addChild(QStringLiteral("item")).setAttribute(QStringLiteral("id"), room.bareString());
    m_iq->set(Jid(), pubsub, context ? context : this,
              [done](const Result<Element> &r) { finish(done, r); });
}

void BookmarksManager::onStanza(const Element &stanza)
{
    if (stanza.name() != u"message")
        return;
    const Element *event = stanza.findChild(u"event", kPubSubEvent);
    if (!event)
        return;
    const Element *items = event->findChild(u"items");
    if (!items || items->attribute(u"node") != kNode)
        return;
    const QString fromText = stanza.attribute(u"from");
    const Jid own = m_channel->boundJid().bare();
    if (!fromText.isEmpty() && Jid::parse(fromText) != own)
        return; // only our own PEP service speaks for our bookmarks
    for (const Element &child : items->children()) {
        if (child.name() == u"item") {
            const Bookmark b = fromItem(child);
            if (b.room.isValid())
                Q_EMIT bookmarkAdded(b);
        } else if (child.name() == u"retract") {
            const Jid room = Jid::parse(child.attribute(u"id"));
            if (room.isValid())
                Q_EMIT bookmarkRemoved(room.bare());
        }
    }
}

} // namespace teahouse::xmpp
