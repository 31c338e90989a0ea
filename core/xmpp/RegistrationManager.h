#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/RegistrationForm.h"

#include <QObject>
#include <functional>

namespace teahouse::xmpp {

class IqTracker;

// In-band registration (XEP-0077): create an account (optionally with an invitation token,
// XEP-0445), change the password, delete the account. Server errors come back as plain
// sentences ("That username is already taken…") with the Error code kept for the caller.
class RegistrationManager : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Status &)>;
    using FormCallback = std::function<void(const Result<RegistrationForm> &)>;

    static constexpr QStringView kParsNs = u"urn:xmpp:pars:0";

    explicit RegistrationManager(IqTracker *tracker, QObject *parent = nullptr);

    // XEP-0445: present an invitation token before registering (the server must offer the
    // urn:xmpp:ibr-token:0 stream feature).
    void sendInvitationToken(const Jid &server, const QString &token, QObject *context,
                             Callback callback);
    void fetchForm(const Jid &server, QObject *context, FormCallback callback);
    void submit(const Jid &server, const RegistrationForm &filled, QObject *context,
                Callback callback);
    // Signed in: new password for the current account (XEP-0077 §3.3).
    void changePassword(const QString &newPassword, QObject *context, Callback callback);
    // Signed in: deletes the account on the server (XEP-0077 §3.2).
    void cancelAccount(QObject *context, Callback callback);

    enum class Operation
    {
        Invitation,
        Register,
        ChangePassword,
        Cancel
    };
    // The plain-language Error for a failed request (keeps the code; adds the server's own
    // text, if any, after the sentence).
    [[nodiscard]] static Error explain(const Error &error, Operation operation);

private:
    IqTracker *m_tracker;
};

} // namespace teahouse::xmpp
