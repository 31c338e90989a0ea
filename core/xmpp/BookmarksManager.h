#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/Element.h"

#include <QList>
#include <QObject>
#include <functional>

namespace teahouse::xmpp {

class IqTracker;
class StanzaChannel;

// XEP-0402 PEP native bookmarks (urn:xmpp:bookmarks:1): the list of groups follows the account
// to every device. Items are published private (whitelist access, persisted); change
// notifications are accepted only from our own bare JID.
class BookmarksManager : public QObject
{
    Q_OBJECT
public:
    static constexpr QStringView kNode = u"urn:xmpp:bookmarks:1";

    struct Bookmark
    {
        Jid room;
        QString name;
        QString nick;
        bool autojoin = true;
        friend bool operator==(const Bookmark &, const Bookmark &) = default;
    };

    BookmarksManager(StanzaChannel *channel, IqTracker *iq, QObject *parent = nullptr);

    void fetch(QObject *context, std::function<void(Result<QList<Bookmark>>)> done);
    void add(const Bookmark &bookmark, QObject *context = nullptr,
             std::function<void(Status)> done = {});
    void remove(const Jid &room, QObject *context = nullptr,
                std::function<void(Status)> done = {});

    [[nodiscard]] static Element toElement(const Bookmark &bookmark);
    [[nodiscard]] static Bookmark fromItem(const Element &item);

Q_SIGNALS:
    void bookmarkAdded(const teahouse::xmpp::BookmarksManager::Bookmark &bookmark);
    void bookmarkRemoved(const teahouse::Jid &room);

private:
    void onStanza(const Element &stanza);

    StanzaChannel *m_channel;
    IqTracker *m_iq;
};

} // namespace teahouse::xmpp
