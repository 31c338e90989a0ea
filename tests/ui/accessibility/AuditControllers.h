#pragma once

#include "shell/SessionController.h"
#include "shell/UnlockController.h"

// Stand-ins behind the sign-in and unlock screens for the accessibility tests: the store is
// unlocked and an account is signed in (no server), so the shell and the features' empty
// states show; the tests switch the stage themselves to see the sign-in and unlock screens.
class AuditSessionController : public teahouse::ui::SessionController
{
    Q_OBJECT
public:
    using SessionController::SessionController;

    void signIn(const QString &, const QString &, const QString &) override {}
    void createAccount(const QString &, const QString &, const QString &) override {}
    void useInvite(const QString &) override {}
    void pinCertificate() override {}
    void cancel() override {}
    void signOut() override {}

    void signedIn(const QString &jid)
    {
        setServerName(jid.section(QLatin1Char('@'), 1));
        setAccountJid(jid);
        setState(State::Online);
    }
};

class AuditUnlockController : public teahouse::ui::UnlockController
{
    Q_OBJECT
public:
    explicit AuditUnlockController(QObject *parent = nullptr)
        : UnlockController(parent)
    {
        setMode(Mode::CreatePassphrase);
        setLocked(false);
    }

    void unlock(const QString &) override { setLocked(false); }
};
