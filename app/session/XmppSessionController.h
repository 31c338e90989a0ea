#pragma once

#include "base/Error.h"
#include "shell/SessionController.h"
#include "xmpp/InviteUri.h"

#include <optional>

namespace teahouse::app {

class AccountCoordinator;

// The sign-in screen and the connection line backed by the real account session: sign in,
// create an account (XEP-0077, with an XEP-0401 invite's token), trust a certificate, sign out.
class XmppSessionController final : public ui::SessionController
{
    Q_OBJECT
public:
    explicit XmppSessionController(AccountCoordinator &coordinator, QObject *parent = nullptr);

    void signIn(const QString &server, const QString &account, const QString &password) override;
    void createAccount(const QString &server, const QString &account,
                       const QString &password) override;
    void useInvite(const QString &uri) override;
    void pinCertificate() override;
    void cancel() override;
    void signOut() override;

private:
    void attachStream();
    void onStreamState();
    void onStreamError(const Error &error);
    void fail(const Error &error);
    void failRegistration(const Error &error);
    [[nodiscard]] std::optional<Jid> accountFrom(const QString &server, const QString &account);

    AccountCoordinator &m_coordinator;
    std::optional<xmpp::InviteUri> m_invite;
};

} // namespace teahouse::app
