#include "session/KeyStoreUnlockController.h"

#include "session/AccountCoordinator.h"

namespace teahouse::app {

KeyStoreUnlockController::KeyStoreUnlockController(AccountCoordinator &coordinator,
                                                   QObject *parent)
    : ui::UnlockController(parent)
    , m_coordinator(coordinator)
{
    // Nothing to unlock until a store is asked for.
    setLocked(false);
    connect(&coordinator, &AccountCoordinator::passphraseNeeded, this, [this] {
        setMode(m_coordinator.pendingStoreExists() ? Mode::EnterPassphrase
                                                   : Mode::CreatePassphrase);
        setError(ErrorKind::NoError);
        setLocked(true);
    });
    connect(&coordinator, &AccountCoordinator::passphraseRejected, this,
            [this](const Error &error) {
                setBusy(false);
                if (error.code == Error::Code::WrongKey)
                    setError(ErrorKind::WrongPassphrase);
                else
                    setError(ErrorKind::StorageFailed, error.message);
            });
    connect(&coordinator, &AccountCoordinator::unlocked, this, [this] {
        setBusy(false);
        setError(ErrorKind::NoError);
        setLocked(false);
    });
}

void KeyStoreUnlockController::unlock(const QString &passphrase)
{
    if (mode() == Mode::CreatePassphrase && passphrase.size() < minimumLength()) {
        setError(ErrorKind::TooShort);
        return;
    }
    setBusy(true);
    setError(ErrorKind::NoError);
    m_coordinator.providePassphrase(passphrase);
}

} // namespace teahouse::app
