#pragma once

#include "shell/SessionController.h"

namespace teahouse::app {

// Stand-in until AppContext wires the XMPP stream in: every action answers "not available" and
// the state stays Offline. Replace it with the real controller; don't grow it.
class OfflineSessionController final : public ui::SessionController
{
    Q_OBJECT

public:
    explicit OfflineSessionController(QObject *parent = nullptr);

    void signIn(const QString &server, const QString &account, const QString &password) override;
    void createAccount(const QString &server, const QString &account,
                       const QString &password) override;
    void useInvite(const QString &uri) override;
    void pinCertificate() override;
    void cancel() override;
    void signOut() override;
};

} // namespace teahouse::app
