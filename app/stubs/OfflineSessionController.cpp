#include "OfflineSessionController.h"

namespace teahouse::app {

OfflineSessionController::OfflineSessionController(QObject *parent)
    : ui::SessionController(parent)
{}

void OfflineSessionController::signIn(const QString &, const QString &, const QString &)
{
    setError(ErrorKind::NotAvailable);
}

void OfflineSessionController::createAccount(const QString &, const QString &, const QString &)
{
    setError(ErrorKind::NotAvailable);
}

void OfflineSessionController::useInvite(const QString &)
{
    setError(ErrorKind::NotAvailable);
}

void OfflineSessionController::pinCertificate()
{
    setError(ErrorKind::NotAvailable);
}

void OfflineSessionController::cancel()
{
    clearError();
}

void OfflineSessionController::signOut()
{
    setAccountJid({});
}

} // namespace teahouse::app
