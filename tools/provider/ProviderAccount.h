#pragma once

#include "base/Jid.h"
#include "xmpp/Element.h"
#include "xmpp/StreamSettings.h"

#include <QObject>
#include <memory>

namespace teahouse::xmpp {
class CommandServer;
class IqTracker;
class StanzaChannel;
class Stream;
} // namespace teahouse::xmpp

namespace teahouse::provider {

// One XMPP account the provider signs in as (an ordinary client account: the payment service,
// a merchant, an official account). It owns the stream, the iq tracker and a command server
// that modules register their XEP-0050 commands on; it announces itself available so messages
// to its bare JID reach it.
class ProviderAccount : public QObject
{
    Q_OBJECT
public:
    // A test passes its own channel (FakeChannel) instead of a real stream.
    explicit ProviderAccount(const xmpp::StreamSettings &settings, QObject *parent = nullptr);
    explicit ProviderAccount(xmpp::StanzaChannel *channel, QObject *parent = nullptr);
    ~ProviderAccount() override;

    [[nodiscard]] Jid jid() const { return m_jid; }
    [[nodiscard]] xmpp::StanzaChannel *channel() const { return m_channel; }
    [[nodiscard]] xmpp::Stream *stream() const { return m_stream.get(); }
    [[nodiscard]] xmpp::IqTracker *iq() const { return m_iq.get(); }
    [[nodiscard]] xmpp::CommandServer *commands() const { return m_commands.get(); }
    [[nodiscard]] bool isOnline() const;

    void connectToServer();
    void disconnectFromServer();

    // A chat message with a body and optional payload.
    void sendMessage(const Jid &to, const QString &body, const xmpp::Element &payload = {});

Q_SIGNALS:
    void online();
    void messageReceived(const teahouse::xmpp::Element &message);

private:
    void wire();

    Jid m_jid;
    std::unique_ptr<xmpp::Stream> m_stream;
    xmpp::StanzaChannel *m_channel = nullptr;
    std::unique_ptr<xmpp::IqTracker> m_iq;
    std::unique_ptr<xmpp::CommandServer> m_commands;
};

} // namespace teahouse::provider
