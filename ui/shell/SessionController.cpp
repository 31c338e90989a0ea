#include "SessionController.h"

namespace teahouse::ui {

SessionController::SessionController(QObject *parent)
    : QObject(parent)
{}

bool SessionController::busy() const
{
    return m_state == State::Connecting || m_state == State::Authenticating ||
           m_state == State::Registering;
}

void SessionController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void SessionController::setError(ErrorKind kind, const QString &detail,
                                 const QString &certificateFingerprint)
{
    if (kind == m_errorKind && detail == m_errorDetail &&
        certificateFingerprint == m_certificateFingerprint)
        return;
    m_errorKind = kind;
    m_errorDetail = detail;
    m_certificateFingerprint = certificateFingerprint;
    Q_EMIT errorChanged();
}

void SessionController::setServerName(const QString &serverName)
{
    if (serverName == m_serverName)
        return;
    m_serverName = serverName;
    Q_EMIT serverNameChanged();
}

void SessionController::setAccountJid(const QString &jid)
{
    if (jid == m_accountJid)
        return;
    m_accountJid = jid;
    Q_EMIT accountChanged();
}

} // namespace teahouse::ui
