#include "NoStorageUnlockController.h"

namespace teahouse::app {

NoStorageUnlockController::NoStorageUnlockController(QObject *parent)
    : ui::UnlockController(parent)
{
    setLocked(false);
}

void NoStorageUnlockController::unlock(const QString &passphrase)
{
    if (passphrase.size() < minimumLength()) {
        setError(ErrorKind::TooShort);
        return;
    }
    setError(ErrorKind::NoError);
    setLocked(false);
}

} // namespace teahouse::app
