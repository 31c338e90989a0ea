#pragma once

#include "base/Error.h"
#include "base/Jid.h"
#include "xmpp/Element.h"
#include "xmpp/ReconnectPolicy.h"
#include "xmpp/StanzaChannel.h"
#include "xmpp/StreamEndpoint.h"
#include "xmpp/StreamManagementState.h"
#include "xmpp/StreamSettings.h"
#include "xmpp/StreamTransport.h"
#include "xmpp/XmlStreamParser.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

namespace teahouse::xmpp {

class SaslMechanism;
class StreamEndpointResolver;

// The client's XMPP connection (RFC 6120): finds the server, requires TLS (STARTTLS or
// XEP-0368 direct TLS), authenticates with SASL, binds a resource, and keeps the session
// alive and loss-free with XEP-0198 (acks, resumption, resending what the server did not
// acknowledge). Reconnects by itself with backoff, except after errors that need the user
// (wrong password, untrusted certificate, no encryption offered).
class Stream : public StanzaChannel
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool online READ isOnline NOTIFY stateChanged)
    Q_PROPERTY(
        int secondsUntilReconnect READ secondsUntilReconnect NOTIFY secondsUntilReconnectChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY lastErrorChanged)
    Q_PROPERTY(QString errorCode READ errorCodeName NOTIFY lastErrorChanged)
    Q_PROPERTY(QString certificateFingerprint READ certificateFingerprint NOTIFY lastErrorChanged)
    Q_PROPERTY(QString authenticationMechanism READ authenticationMechanism NOTIFY
                   authenticationMechanismChanged)

public:
    enum class State
    {
        Disconnected,
        Connecting,     // DNS and TCP
        Securing,       // TLS handshake, STARTTLS
        Authenticating, // SASL
        Binding,        // resource binding, session resumption, enabling stream management
        Online,
        Reconnecting, // waiting secondsUntilReconnect() before the next attempt
        Registering,  // connectForRegistration(): encrypted, not signed in, iqs allowed
    };
    Q_ENUM(State)

    using TransportFactory = std::function<std::unique_ptr<StreamTransport>()>;

    // Real sockets (StreamSocketTransport).
    explicit Stream(QObject *parent = nullptr);
    // Tests pass an in-memory transport.
    explicit Stream(TransportFactory factory, QObject *parent = nullptr);
    ~Stream() override;

    void setSettings(StreamSettings settings);
    [[nodiscard]] const StreamSettings &settings() const { return m_settings; }

    // Signs in; progress through stateChanged, failure through errorOccurred.
    void connectToServer();
    // XEP-0077: connects and secures the link, then stops before SASL and emits
    // registrationReady(); iq stanzas sent now go to the server unauthenticated.
    void connectForRegistration();
    // After registering: signs in as the new account, on the same stream if it is still
    // open, otherwise with a new connection.
    void authenticateAfterRegistration(const Jid &jid, const QString &password);
    // Ends the session cleanly (</stream:stream>); no reconnect. Stanzas not acknowledged by
    // then stay queued for the next session.
    void disconnectFromServer();
    // While Reconnecting: try now instead of waiting.
    void reconnectNow();

    // StanzaChannel
    [[nodiscard]] Jid boundJid() const override { return m_boundJid; }
    // Adds an id if the stanza has none. While offline the stanza waits for the next session;
    // when a session is lost for good, messages and directed presences still waiting are sent
    // in the next one, iqs and broadcast presence are not (their owners redo them on
    // sessionStarted(false), and IqTracker has already failed the requests).
    void sendStanza(const Element &stanza) override;
    [[nodiscard]] bool isOnline() const override { return m_state == State::Online; }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] int secondsUntilReconnect() const { return m_secondsUntilReconnect; }
    [[nodiscard]] const Error &lastError() const { return m_lastError; }
    [[nodiscard]] QString errorMessage() const { return m_lastError.message; }
    [[nodiscard]] QString errorCodeName() const;
    // SHA-256 of the certificate that was refused (empty unless the last error is one).
    [[nodiscard]] QString certificateFingerprint() const { return m_certificateFingerprint; }
    // SASL mechanism of the last successful sign-in ("SCRAM-SHA-256", …).
    [[nodiscard]] QString authenticationMechanism() const { return m_mechanismUsed; }
    // The features of the current stream (e.g. to see whether in-band registration is offered).
    [[nodiscard]] const Element &streamFeatures() const { return m_features; }
    [[nodiscard]] const StreamManagementState &streamManagement() const { return m_sm; }
    // Stanzas waiting for a session (not on the wire yet).
    [[nodiscard]] qsizetype queuedCount() const { return m_outbox.size(); }
    [[nodiscard]] const StreamEndpoint &currentEndpoint() const { return m_endpoint; }

Q_SIGNALS:
    void stateChanged(teahouse::xmpp::Stream::State state);
    void secondsUntilReconnectChanged(int seconds);
    void lastErrorChanged();
    void errorOccurred(const teahouse::Error &error);
    // The certificate failed validation and is not pinned: show the fingerprint and let the
    // user decide; pinning it (StreamSettings::pinnedSha256Fingerprints) lets the next
    // connectToServer() proceed.
    void untrustedCertificate(const QString &fingerprint, const QString &reason);
    void registrationReady();
    void authenticationMechanismChanged();

private:
    enum class Phase
    {
        Idle,
        Resolving,
        TcpConnecting,
        TlsHandshake,
        AwaitFeatures,
        StartTls,
        Sasl,
        PreAuth,
        Resuming,
        Binding,
        LegacySession,
        EnablingSm,
        Online,
        Closing,
    };
    enum class Retry
    {
        No,
        Yes
    };

    void start(bool forRegistration);
    void resetConnectionState();
    void connectNextEndpoint();
    void onEndpointsResolved(const QList<StreamEndpoint> &endpoints);
    void onTransportConnected();
    void onTransportEncrypted();
    void onTransportData(const QByteArray &bytes);
    void onTransportDisconnected();
    void onTransportFailed(StreamTransport::Failure failure, const QString &reason,
                           const QString &fingerprint);

    void openStream();
    void handleStanza(const Element &element);
    void handleFeatures(const Element &features);
    void startSasl();
    void handleSasl(const Element &element);
    void sendSaslPayload(const QString &name, const QByteArray &payload,
                         const QString &mechanism = {});
    void resumeOrBind();
    void bindResource(bool withResource);
    void handleBindResult(const Element &iq);
    void afterBind();
    void enableStreamManagement();
    void handleStreamManagement(const Element &element);
    void handleStreamError(const Element &error);
    void goOnline(bool resumed);
    void abandonSession();
    void acknowledge(quint32 h);

    void writeStanza(const Element &stanza);
    void sendRaw(const QByteArray &bytes, const char *redactedAs = nullptr);
    void scheduleAckRequest();
    void sendStreamErrorAndClose(const QString &condition, const Element &extra = {});
    void onKeepaliveTimer();
    void armResponseTimer();

    // The link is gone (or given up): tears it down, then reconnects or stops.
    void linkLost(const Error &error, Retry retry);
    void teardownTransport();
    void finishClose();
    void scheduleReconnect(int delayMs);
    void setState(State state);
    void setError(const Error &error, const QString &fingerprint = {});
    void setupNetworkWatch();
    [[nodiscard]] QString domain() const { return m_settings.jid.domain(); }
    [[nodiscard]] QString serverName() const;

    TransportFactory m_factory;
    StreamSettings m_settings;
    ReconnectPolicy m_policy;
    // The last link was lost to data we refused: the backoff is kept until m_stableTimer.
    bool m_refusedData = false;
    QTimer m_stableTimer;
    StreamEndpointResolver *m_resolver = nullptr;
    StreamTransport *m_transport = nullptr;
    XmlStreamParser m_parser;
    // Incremented whenever the parser or transport is replaced, so an event loop over one
    // feed() stops when a handler restarted the stream.
    quint64 m_generation = 0;

    QList<StreamEndpoint> m_endpoints;
    StreamEndpoint m_endpoint;
    QString m_lastNetworkError;
    std::optional<StreamEndpoint> m_redirect;
    int m_redirects = 0;

    State m_state = State::Disconnected;
    Phase m_phase = Phase::Idle;
    bool m_registrationMode = false;
    bool m_tlsActive = false;
    bool m_authenticated = false;
    bool m_sessionActive = false;
    bool m_streamOpened = false;
    Element m_features;
    std::unique_ptr<SaslMechanism> m_sasl;
    QString m_mechanismUsed;
    QString m_pendingIqId;
    bool m_bindTriedWithResource = false;
    Jid m_boundJid;

    StreamManagementState m_sm;
    QList<Element> m_outbox;
    bool m_ackRequestScheduled = false;

    QTimer m_keepaliveTimer; // inactivity before asking for a sign of life
    QTimer m_responseTimer;  // how long we wait for the server to answer anything
    QTimer m_reconnectTimer;
    QTimer m_countdownTimer;
    int m_secondsUntilReconnect = 0;

    Error m_lastError;
    QString m_certificateFingerprint;
    bool m_networkWatched = false;
};

} // namespace teahouse::xmpp
