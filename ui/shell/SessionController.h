#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// What the sign-in screen and the connection line see of the XMPP session. The base class
// keeps the state and notifies QML; a subclass connects it to a real stream and implements the
// actions (the app owns the instance and hands it to Main.qml). Error texts are chosen by the
// view from errorKind so they are translated; errorDetail carries the technical reason.
class SessionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SessionController is provided by the app")

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(ErrorKind errorKind READ errorKind NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)
    Q_PROPERTY(QString serverName READ serverName NOTIFY serverNameChanged)
    Q_PROPERTY(QString accountJid READ accountJid NOTIFY accountChanged)
    Q_PROPERTY(bool hasAccount READ hasAccount NOTIFY accountChanged)
    // SHA-256 of the certificate the server presented, "AB:CD:…", while errorKind is
    // CertificateUntrusted; empty otherwise.
    Q_PROPERTY(QString certificateFingerprint READ certificateFingerprint NOTIFY errorChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)

public:
    enum class State
    {
        Offline,        // no connection and not trying
        Connecting,     // resolving, TCP, TLS
        Authenticating, // SASL
        Registering,    // XEP-0077 in-band registration
        Online,         // bound, session usable
        Reconnecting,   // lost the link; trying again with backoff
    };
    Q_ENUM(State)

    enum class ErrorKind
    {
        NoError,
        WrongPassword,          // SASL not-authorized
        ServerUnreachable,      // DNS, TCP or timeout
        CertificateUntrusted,   // TLS validation failed; fingerprint set
        InvalidAccount,         // not a user@host address
        RegistrationNotAllowed, // server refuses XEP-0077 without an invite
        AccountExists,          // registration conflict
        InvalidInvite,          // not an XEP-0401 invite URI
        InviteExpired,          // server rejected the preauth token
        NotAvailable,           // this build cannot sign in (no backend wired)
        Other,                  // anything else; errorDetail says what
    };
    Q_ENUM(ErrorKind)

    explicit SessionController(QObject *parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] ErrorKind errorKind() const { return m_errorKind; }
    [[nodiscard]] QString errorDetail() const { return m_errorDetail; }
    [[nodiscard]] QString serverName() const { return m_serverName; }
    [[nodiscard]] QString accountJid() const { return m_accountJid; }
    [[nodiscard]] bool hasAccount() const { return !m_accountJid.isEmpty(); }
    [[nodiscard]] QString certificateFingerprint() const { return m_certificateFingerprint; }
    [[nodiscard]] bool busy() const;

    // server may be empty: it is then found from the account's domain (SRV, then host:5222).
    Q_INVOKABLE virtual void signIn(const QString &server, const QString &account,
                                    const QString &password) = 0;
    // In-band registration (XEP-0077) of account on server.
    Q_INVOKABLE virtual void createAccount(const QString &server, const QString &account,
                                           const QString &password) = 0;
    // An XEP-0401 invite: xmpp:host?register;preauth=… or xmpp:user@host?roster;preauth=….
    Q_INVOKABLE virtual void useInvite(const QString &uri) = 0;
    // Trusts the certificate of the last CertificateUntrusted error for that server, then
    // retries the sign-in.
    Q_INVOKABLE virtual void pinCertificate() = 0;
    Q_INVOKABLE virtual void cancel() = 0;
    Q_INVOKABLE virtual void signOut() = 0;

Q_SIGNALS:
    void stateChanged();
    void errorChanged();
    void serverNameChanged();
    void accountChanged();

protected:
    // For subclasses: each setter notifies QML only on a change.
    void setState(State state);
    void setError(ErrorKind kind, const QString &detail = {},
                  const QString &certificateFingerprint = {});
    void clearError() { setError(ErrorKind::NoError); }
    void setServerName(const QString &serverName);
    // The signed-in account's bare JID; empty while there is none (the sign-in screen shows).
    void setAccountJid(const QString &jid);

private:
    State m_state = State::Offline;
    ErrorKind m_errorKind = ErrorKind::NoError;
    QString m_errorDetail;
    QString m_serverName;
    QString m_accountJid;
    QString m_certificateFingerprint;
};

} // namespace teahouse::ui
