#pragma once

#include "shell/SessionController.h"

// A SessionController the test drives: it records what the view asked for and shows whatever
// state or error the test sets.
class FakeSessionController : public teahouse::ui::SessionController
{
    Q_OBJECT

public:
    struct Call
    {
        QString action;
        QStringList arguments;
    };

    using SessionController::SessionController;

    void signIn(const QString &server, const QString &account, const QString &password) override
    {
        calls.append({QStringLiteral("signIn"), {server, account, password}});
    }
    void createAccount(const QString &server, const QString &account,
                       const QString &password) override
    {
        calls.append({QStringLiteral("createAccount"), {server, account, password}});
    }
    void useInvite(const QString &uri) override
    {
        calls.append({QStringLiteral("useInvite"), {uri}});
    }
    void pinCertificate() override { calls.append({QStringLiteral("pinCertificate"), {}}); }
    void cancel() override { calls.append({QStringLiteral("cancel"), {}}); }
    void signOut() override
    {
        calls.append({QStringLiteral("signOut"), {}});
        setAccountJid({});
    }

    void show(State state, ErrorKind error = ErrorKind::NoError, const QString &detail = {},
              const QString &fingerprint = {})
    {
        setState(state);
        setError(error, detail, fingerprint);
    }
    void signedIn(const QString &jid)
    {
        setServerName(jid.section(QLatin1Char('@'), 1));
        setAccountJid(jid);
        setState(State::Online);
    }

    QList<Call> calls;
};
