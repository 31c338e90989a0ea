#pragma once

#include "shell/UnlockController.h"

namespace teahouse::app {

// Stand-in until AppContext wires the key store in: with no database there is nothing to
// unlock, so it starts unlocked and never stores or derives anything. Replace it with the real
// controller; don't grow it.
class NoStorageUnlockController final : public ui::UnlockController
{
    Q_OBJECT

public:
    explicit NoStorageUnlockController(QObject *parent = nullptr);

    void unlock(const QString &passphrase) override;
};

} // namespace teahouse::app
