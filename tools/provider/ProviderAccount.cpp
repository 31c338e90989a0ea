#include "ProviderAccount.h"

#include "xmpp/CommandServer.h"
#include "xmpp/IqTracker.h"
#include "xmpp/Stream.h"

namespace teahouse::provider {

ProviderAccount::ProviderAccount(const xmpp::StreamSettings &settings, QObject *parent)
    : QObject(parent)
    , m_jid(settings.jid.bare())
    , m_stream(std::make_unique<xmpp::Stream>())
{
    m_stream->setSettings(settings);
    m_channel = m_stream.get();
    wire();
}

ProviderAccount::ProviderAccount(xmpp::StanzaChannel *channel, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
{
    m_jid = channel->boundJid().bare();
    wire();
}

ProviderAccount::~ProviderAccount()
{
    m_commands.reset();
    m_iq.reset();
    if (m_stream)
        m_stream->disconnectFromServer();
}

void ProviderAccount::wire()
{
    m_iq = std::make_unique<xmpp::IqTracker>(m_channel);
    m_commands = std::make_unique<xmpp::CommandServer>(m_iq.get());
    connect(m_channel, &xmpp::StanzaChannel::sessionStarted, this, [this](bool resumed) {
        if (!m_jid.isValid())
            m_jid = m_channel->boundJid().bare();
        if (!resumed) {
            // Available, so messages to the bare JID are delivered here (RFC 6121 §8.5.2).
            xmpp::Element presence(QStringLiteral("presence"), QStringLiteral("jabber:client"));
            presence.addTextChild(QStringLiteral("priority"), QStringLiteral("1"));
            m_channel->sendStanza(presence);
        }
        Q_EMIT online();
    });
    connect(m_channel, &xmpp::StanzaChannel::stanzaReceived, this,
            [this](const xmpp::Element &stanza) {
                if (stanza.name() == u"message" && stanza.attribute(u"type") != u"error")
                    Q_EMIT messageReceived(stanza);
            });
}

bool ProviderAccount::isOnline() const
{
    return m_channel->isOnline();
}

void ProviderAccount::connectToServer()
{
    if (m_stream)
        m_stream->connectToServer();
}

void ProviderAccount::disconnectFromServer()
{
    if (m_stream)
        m_stream->disconnectFromServer();
}

void ProviderAccount::sendMessage(const Jid &to, const QString &body, const xmpp::Element &payload)
{
    xmpp::Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
    m.setAttribute(QStringLiteral("to"), to.toString());
    m.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
    m.addTextChild(QStringLiteral("body"), body);
    if (!payload.isNull())
        m.appendChild(payload);
    m_channel->sendStanza(m);
}

} // namespace teahouse::provider
