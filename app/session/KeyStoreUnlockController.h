#pragma once

#include "shell/UnlockController.h"

namespace teahouse::app {

class AccountCoordinator;

// The unlock screen backed by the key store: shown when no keychain answers and no
// passphrase was given on the command line; the passphrase opens (or creates) the store.
class KeyStoreUnlockController final : public ui::UnlockController
{
    Q_OBJECT
public:
    explicit KeyStoreUnlockController(AccountCoordinator &coordinator, QObject *parent = nullptr);

    void unlock(const QString &passphrase) override;

private:
    AccountCoordinator &m_coordinator;
};

} // namespace teahouse::app
