#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/Element.h"
#include "xmpp/VCard.h"

#include <QObject>
#include <functional>

namespace teahouse::xmpp {

class IqTracker;
class StanzaChannel;

// Profiles over XEP-0292 (vCard4 on the PEP node urn:xmpp:vcard4, item 'current'): fetch a
// contact's card or ours, publish ours, and hear when a contact changed theirs.
class VCardManager : public QObject
{
    Q_OBJECT
public:
    static constexpr QStringView kNode = u"urn:xmpp:vcard4";

    using Callback = std::function<void(const Status &)>;
    using VCardCallback = std::function<void(const Result<VCard> &)>;

    explicit VCardManager(IqTracker *tracker, QObject *parent = nullptr);

    // A contact (or ourselves) without a card yields an empty VCard, not an error.
    void fetch(const Jid &jid, QObject *context, VCardCallback callback);
    // accessModel: "open" lets anyone read it (e.g. someone who scanned our QR code),
    // "presence" (the PEP default) only contacts who see our presence.
    void publish(const VCard &card, const QString &accessModel, QObject *context,
                 Callback callback);

Q_SIGNALS:
    void vcardChanged(const teahouse::Jid &jid);

private:
    void onStanza(const Element &stanza);

    IqTracker *m_tracker;
    StanzaChannel *m_channel;
};

} // namespace teahouse::xmpp
