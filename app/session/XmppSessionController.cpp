#include "session/XmppSessionController.h"

#include "account/AccountSession.h"
#include "session/AccountCoordinator.h"
#include "xmpp/RosterManager.h"
#include "xmpp/Stream.h"

namespace teahouse::app {

using StreamState = xmpp::Stream::State;

XmppSessionController::XmppSessionController(AccountCoordinator &coordinator, QObject *parent)
    : ui::SessionController(parent)
    , m_coordinator(coordinator)
{
    connect(&coordinator.session(), &account::AccountSession::sessionCreated, this,
            &XmppSessionController::attachStream);
    connect(&coordinator, &AccountCoordinator::startFailed, this, &XmppSessionController::fail);
    connect(&coordinator, &AccountCoordinator::resuming, this, [this](const Jid &account) {
        setServerName(account.domain());
        setAccountJid(account.bareString());
    });
}

std::optional<Jid> XmppSessionController::accountFrom(const QString &server,
                                                      const QString &account)
{
    QString text = account.trimmed();
    // "name" alone with a server given means name@server, as users expect.
    if (!text.contains(u'@') && !server.trimmed().isEmpty())
        text += u'@' + server.trimmed();
    const Jid jid = Jid::parse(text);
    if (!jid.isValid() || jid.local().isEmpty() || !jid.isBare()) {
        setError(ErrorKind::InvalidAccount, account);
        return std::nullopt;
    }
    return jid;
}

static account::AccountSession::Connection connectionFor(const QString &server, const Jid &jid)
{
    account::AccountSession::Connection c;
    const QString s = server.trimmed();
    // A server that is just the account's domain needs no override: SRV finds it.
    if (!s.isEmpty() && s.compare(jid.domain(), Qt::CaseInsensitive) != 0) {
        const qsizetype colon = s.lastIndexOf(u':');
        bool ok = false;
        const uint port = colon > 0 ? s.mid(colon + 1).toUInt(&ok) : 0;
        if (ok && port > 0 && port < 65536) {
            c.host = s.left(colon);
            c.port = static_cast<quint16>(port);
        } else {
            c.host = s;
        }
    }
    return c;
}

void XmppSessionController::signIn(const QString &server, const QString &account,
                                   const QString &password)
{
    const auto jid = accountFrom(server, account);
    if (!jid)
        return;
    clearError();
    setState(State::Connecting);
    setServerName(jid->domain());
    const auto connection = connectionFor(server, *jid);
    m_coordinator.openThen(
        *jid,
        [this, password, connection] {
            if (auto s = m_coordinator.session().signIn(password, connection); !s)
                fail(s.error());
        },
        [this](const Error &error) { fail(error); });
}

void XmppSessionController::createAccount(const QString &server, const QString &account,
                                          const QString &password)
{
    const QString effectiveServer = server.isEmpty() && m_invite ? m_invite->server() : server;
    const auto jid = accountFrom(effectiveServer, account);
    if (!jid)
        return;
    clearError();
    setState(State::Registering);
    setServerName(jid->domain());
    const auto connection = connectionFor(effectiveServer, *jid);
    const auto invite = m_invite;
    const QString token = invite && invite->server() == jid->domain() ? invite->preauthToken
                                                                       : QString();
    m_coordinator.openThen(
        *jid,
        [this, password, connection, token, invite] {
            m_coordinator.session().registerAccount(
                password, connection, token, [this, invite](Status status) {
                    if (!status) {
                        failRegistration(status.error());
                        setState(State::Offline);
                        return;
                    }
                    // A contact's invitation: ask them to be friends, with their token.
                    if (invite && invite->action == xmpp::InviteUri::Action::Roster) {
                        if (auto *roster = m_coordinator.session().roster())
                            roster->subscribe(invite->jid, {}, invite->preauthToken);
                    }
                    m_invite.reset();
                });
        },
        [this](const Error &error) { fail(error); });
}

void XmppSessionController::useInvite(const QString &uri)
{
    auto invite = xmpp::InviteUri::parse(uri.trimmed());
    if (!invite) {
        setError(ErrorKind::InvalidInvite, invite.error().message);
        return;
    }
    clearError();
    m_invite = invite.value();
    setServerName(m_invite->server());
}

void XmppSessionController::pinCertificate()
{
    const QString fingerprint = certificateFingerprint();
    if (fingerprint.isEmpty())
        return;
    clearError();
    setState(State::Connecting);
    if (auto s = m_coordinator.session().pinCertificate(fingerprint); !s)
        fail(s.error());
}

void XmppSessionController::cancel()
{
    if (auto *stream = m_coordinator.session().stream())
        stream->disconnectFromServer();
    setState(State::Offline);
}

void XmppSessionController::signOut()
{
    m_coordinator.session().signOut(true);
    m_coordinator.forgetLastAccount();
    setAccountJid({});
    setState(State::Offline);
}

void XmppSessionController::attachStream()
{
    xmpp::Stream *stream = m_coordinator.session().stream();
    connect(stream, &xmpp::Stream::stateChanged, this, &XmppSessionController::onStreamState);
    connect(stream, &xmpp::Stream::errorOccurred, this, &XmppSessionController::onStreamError);
}

void XmppSessionController::onStreamState()
{
    const xmpp::Stream *stream = m_coordinator.session().stream();
    if (!stream || sender() != stream)
        return;
    switch (stream->state()) {
    case StreamState::Disconnected:
        setState(State::Offline);
        break;
    case StreamState::Connecting:
    case StreamState::Securing:
        setState(State::Connecting);
        break;
    case StreamState::Authenticating:
    case StreamState::Binding:
        setState(State::Authenticating);
        break;
    case StreamState::Registering:
        setState(State::Registering);
        break;
    case StreamState::Online:
        clearError();
        setAccountJid(m_coordinator.session().account().bareString());
        setState(State::Online);
        break;
    case StreamState::Reconnecting:
        setState(State::Reconnecting);
        break;
    }
}

void XmppSessionController::onStreamError(const Error &error)
{
    const xmpp::Stream *stream = m_coordinator.session().stream();
    if (!stream || sender() != stream)
        return;
    fail(error);
}

void XmppSessionController::failRegistration(const Error &error)
{
    // By the server's stanza error condition (RFC 6120 §8.3.3), not by the translated message.
    const QString &c = error.condition;
    if (c == u"conflict")
        setError(ErrorKind::AccountExists, error.message);
    else if (c == u"forbidden" || c == u"item-not-found")
        setError(ErrorKind::InviteExpired, error.message);
    else if (c == u"not-allowed" || c == u"not-authorized" || c == u"registration-required"
             || c == u"service-unavailable" || c == u"feature-not-implemented")
        setError(ErrorKind::RegistrationNotAllowed, error.message);
    else
        fail(error);
}

void XmppSessionController::fail(const Error &error)
{
    const xmpp::Stream *stream = m_coordinator.session().stream();
    if (error.code == Error::Code::Tls && stream && !stream->certificateFingerprint().isEmpty()) {
        setError(ErrorKind::CertificateUntrusted, error.message, stream->certificateFingerprint());
        return;
    }
    switch (error.code) {
    case Error::Code::Authentication:
        setError(ErrorKind::WrongPassword, error.message);
        break;
    case Error::Code::Network:
    case Error::Code::Timeout:
        setError(ErrorKind::ServerUnreachable, error.message);
        break;
    case Error::Code::InvalidArgument:
        setError(ErrorKind::InvalidAccount, error.message);
        break;
    default:
        setError(ErrorKind::Other, error.message);
        break;
    }
}

} // namespace teahouse::app
