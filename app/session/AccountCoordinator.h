#pragma once

#include "account/AccountSession.h"
#include "base/Error.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace teahouse::storage {
class SecretBackend;
}

namespace teahouse::app {

// Decides when the account's encrypted store can be opened and what runs once it is: the
// sign-in screen's actions and the start-up sign-in both go through openThen(). Where no
// keychain answers and no passphrase was given, the action waits for the unlock screen.
class AccountCoordinator : public QObject
{
    Q_OBJECT
public:
    // A sign-in prepared outside the UI (--account-file): testers, the demo.
    struct PresetSignIn
    {
        Jid jid;
        QString password;
        account::AccountSession::Connection connection;
        // "settings": account settings written to the encrypted store before signing in, as
        // {"pay.service": "pay@example.org"} (the payment service when it is not
        // pay@<domain>).
        QList<std::pair<QString, QString>> settings = {};
    };
    [[nodiscard]] static Result<PresetSignIn> readAccountFile(const QString &path);

    // settingsFile: the profile's non-secret settings (the same file as ui::Preferences).
    AccountCoordinator(const QString &profileDir, const QString &settingsFile,
                       storage::SecretBackend &secrets, std::optional<QString> passphrase,
                       QObject *parent = nullptr);

    [[nodiscard]] account::AccountSession &session() { return *m_session; }
    [[nodiscard]] bool waitingForPassphrase() const { return m_pending.has_value(); }
    // Whether the waiting store already exists (enter the passphrase) or is new (choose one).
    [[nodiscard]] bool pendingStoreExists() const;

    // Runs action with the account's store open, opening it first (possibly after asking for
    // the passphrase). failed gets errors other than "a passphrase is needed".
    void openThen(const Jid &account, std::function<void()> action,
                  std::function<void(const Error &)> failed);
    // The passphrase from the unlock screen: opens the waiting store and runs its action.
    void providePassphrase(const QString &passphrase);

    // At start: signs in again to the last account, or runs the preset sign-in.
    void resume(const std::optional<PresetSignIn> &preset);
    // Forgets the last account (sign-out).
    void forgetLastAccount();
    void rememberLastAccount(const Jid &account);

Q_SIGNALS:
    void passphraseNeeded();
    void passphraseRejected(const teahouse::Error &error);
    void unlocked();
    void startFailed(const teahouse::Error &error);
    // Signing in at start with what the account remembered (no sign-in screen needed).
    void resuming(const teahouse::Jid &account);

private:
    struct Pending
    {
        Jid account;
        std::function<void()> action;
        std::function<void(const Error &)> failed;
    };
    void open(Pending pending, bool fromUnlockScreen);

    QString m_settingsFile;
    std::unique_ptr<account::AccountSession> m_session;
    std::optional<QString> m_passphrase;
    std::optional<Pending> m_pending;
};

} // namespace teahouse::app
