#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/Element.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace teahouse::xmpp {

class IqTracker;
class StanzaChannel;

// XEP-0313 message archive management (urn:xmpp:mam:2) with XEP-0059 paging: queries our own
// archive (one-to-one history) or a room's archive. Result messages are accepted only from the
// archive that was asked (our bare JID, or the room) and only for the query's own queryid, so
// nobody else can inject history.
class MamManager : public QObject
{
    Q_OBJECT
public:
    static constexpr QStringView kNamespace = u"urn:xmpp:mam:2";

    struct Query
    {
        // The archive: invalid = our own account's archive; a room JID for group history.
        Jid archive;
        // Only messages with this contact (own archive).
        QString with;
        QDateTime start;
        QDateTime end;
        // RSM: page before this id (empty string = the last page, newest messages), or after
        // this id. Neither = from the oldest.
        std::optional<QString> before;
        std::optional<QString> after;
        int max = 100;
    };

    struct Item
    {
        QString id; // the archive's id of the message (its stanza-id there)
        QDateTime stamp;
        Element message;
    };

    struct Page
    {
        QList<Item> items; // oldest first, as the archive sends them
        bool complete = false;
        QString first;
        QString last;
        int count = -1;
    };

    using Handler = std::function<void(const Result<Page> &)>;

    MamManager(StanzaChannel *channel, IqTracker *iq, QObject *parent = nullptr);

    // Sends the query; handler is called once with the page or an error.
    QString query(const Query &query, QObject *context, Handler handler);

    [[nodiscard]] static Element makeQuery(const Query &query, const QString &queryId);

Q_SIGNALS:
    // A result message for one of our queries came from the wrong sender and was dropped.
    void resultRejected(const teahouse::xmpp::Element &stanza);

private:
    struct Pending
    {
        Jid archive; // bare JID results must come from
        Page page;
    };
    void onStanza(const Element &stanza);

    StanzaChannel *m_channel;
    IqTracker *m_iq;
    QHash<QString, Pending> m_pending; // by queryid
};

} // namespace teahouse::xmpp
