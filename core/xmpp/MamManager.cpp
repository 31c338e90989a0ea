#include "xmpp/MamManager.h"

#include "base/Logging.h"
#include "xmpp/DataForm.h"
#include "xmpp/Delay.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"
#include "xmpp/StanzaId.h"

namespace teahouse::xmpp {

namespace {
constexpr QStringView kRsm = u"http://jabber.org/protocol/rsm";
constexpr QStringView kForward = u"urn:xmpp:forward:0";
} // namespace

MamManager::MamManager(StanzaChannel *channel, IqTracker *iq, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_iq(iq)
{
    connect(channel, &StanzaChannel::stanzaReceived, this, &MamManager::onStanza);
}

Element MamManager::makeQuery(const Query &query, const QString &queryId)
{
    Element q(QStringLiteral("query"), kNamespace.toString());
    q.setAttribute(QStringLiteral("queryid"), queryId);
    DataForm form(DataForm::Type::Submit);
    DataForm::Field type;
    type.var = QStringLiteral("FORM_TYPE");
    type.type = QStringLiteral("hidden");
    type.values = {kNamespace.toString()};
    form.addField(type);
    if (!query.with.isEmpty())
        form.setValue(QStringLiteral("with"), query.with);
    if (query.start.isValid())
        form.setValue(QStringLiteral("start"),
                      query.start.toUTC().toString(Qt::ISODateWithMs));
    if (query.end.isValid())
        form.setValue(QStringLiteral("end"), query.end.toUTC().toString(Qt::ISODateWithMs));
    q.appendChild(form.toElement());
    Element &set = q.addChild(QStringLiteral("set"), kRsm.toString());
    set.addTextChild(QStringLiteral("max"), QString::number(qMax(1, query.max)));
    if (query.before)
        set.addTextChild(QStringLiteral("before"), *query.before);
    if (query.after)
        set.addTextChild(QStringLiteral("after"), *query.after);
    return q;
}

QString MamManager::query(const Query &query, QObject *context, Handler handler)
{
    const QString queryId = StanzaId::generate();
    const Jid own = m_channel->boundJid().bare();
    const Jid archive = query.archive.isValid() ? query.archive.bare() : own;
    m_pending.insert(queryId, Pending{archive, {}});
    const Jid to = query.archive.isValid() ? query.archive.bare() : Jid();
    m_iq->set(to, makeQuery(query, queryId), context,
              [this, queryId, handler](const Result<Element> &result) {
                  Pending pending = m_pending.take(queryId);
                  if (!result.ok()) {
                      handler(result.error());
                      return;
                  }
                  const Element *fin = result.value().findChild(u"fin", kNamespace);
                  if (!fin) {
                      handler(Error::make(Error::Code::Protocol,
                                          QStringLiteral("The archive answered without <fin/>")));
                      return;
                  }
                  pending.page.complete = fin->attribute(u"complete") == u"true" ||
                                          fin->attribute(u"complete") == u"1";
                  if (const Element *set = fin->findChild(u"set", kRsm)) {
                      pending.page.first = set->childText(u"first");
                      pending.page.last = set->childText(u"last");
                      bool ok = false;
                      const int count = set->childText(u"count").toInt(&ok);
                      if (ok)
                          pending.page.count = count;
                  }
                  handler(std::move(pending.page));
              });
    return queryId;
}

void MamManager::onStanza(const Element &stanza)
{
    if (stanza.name() != u"message")
        return;
    const Element *result = stanza.findChild(u"result", kNamespace);
    if (!result)
        return;
    auto it = m_pending.find(result->attribute(u"queryid"));
    if (it == m_pending.end())
        return;
    // Results from our own archive come without 'from' or from our bare JID (RFC 6120: no
    // 'from' means our account); a room's results come from the room's bare JID.
    const QString fromText = stanza.attribute(u"from");
    const Jid own = m_channel->boundJid().bare();
    const Jid from = fromText.isEmpty() ? own : Jid::parse(fromText);
    if (!from.isValid() || !from.isBare() || from != it->archive) {
        qCWarning(lcXmpp) << "Dropped an archive result not sent by the archive";
        Q_EMIT resultRejected(stanza);
        return;
    }
    const Element *forwarded = result->findChild(u"forwarded", kForward);
    const Element *message = forwarded ? forwarded->findChild(u"message") : nullptr;
    if (!message)
        return;
    Item item;
    item.id = result->attribute(u"id");
    // A stamp in the future is clamped to now, an unusable one left out (the archive's
    // claim is still only a claim: it must not sort a message above everything for ever).
    item.stamp = Delay::stamp(*forwarded);
    item.message = *message;
    it->page.items.append(std::move(item));
}

} // namespace teahouse::xmpp
