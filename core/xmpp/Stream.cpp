#include "xmpp/Stream.h"

#include "base/Logging.h"
#include "xmpp/SaslSelector.h"
#include "xmpp/StanzaId.h"
#include "xmpp/StreamEndpointResolver.h"
#include "xmpp/StreamSocketTransport.h"

#include <QNetworkInformation>
#include <algorithm>
#include <cmath>

namespace teahouse::xmpp {

namespace {

const QString kClientNs = QStringLiteral("jabber:client");
const QString kStreamNs = QStringLiteral("http://etherx.jabber.org/streams");
const QString kStreamErrorNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-streams");
const QString kTlsNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-tls");
const QString kSaslNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl");
const QString kBindNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-bind");
const QString kSessionNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-session");
const QString kStanzaErrorNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");
const QString kSmNs = QStringLiteral("urn:xmpp:sm:3");
const QString kSaslCbNs = QStringLiteral("urn:xmpp:sasl-cb:0");
const QString kPingNs = QStringLiteral("urn:xmpp:ping");

constexpr int kMaxRedirects = 5;

bool isStanza(const Element &e)
{
    return (e.name() == u"message" || e.name() == u"presence" || e.name() == u"iq") &&
           (e.xmlns() == kClientNs || e.xmlns().isEmpty());
}

// Children that were built without a namespace belong to their parent's, as they would when
// written inside it; Element::toXml would otherwise declare xmlns="".
void inheritNamespaces(Element &e, const QString &parentNs)
{
    if (e.xmlns().isEmpty())
        e.setXmlns(parentNs);
    for (Element &child : e.children())
        inheritNamespaces(child, e.xmlns());
}

// What is still worth sending after the session it was meant for is gone for good: a message
// (the user wrote it) and a directed presence (subscription requests and answers). Iqs were
// already failed to their callers; broadcast presence is sent afresh by its manager.
bool worthResendingInNewSession(const Element &stanza)
{
    if (stanza.name() == u"message")
        return true;
    if (stanza.name() == u"presence")
        return !stanza.attribute(u"to").isEmpty();
    return false;
}

QString streamErrorCondition(const Element &error)
{
    for (const Element &child : error.children()) {
        if (child.xmlns() == kStreamErrorNs && child.name() != u"text")
            return child.name();
    }
    return {};
}

std::optional<StreamEndpoint> parseSeeOtherHost(const QString &text, bool directTls)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    QString host = value;
    quint16 port = directTls ? 5223 : 5222;
    if (value.startsWith(u'[')) { // IPv6 literal, RFC 6120 §4.9.3.19
        const qsizetype close = value.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        host = value.mid(1, close - 1);
        if (value.size() > close + 2 && value.at(close + 1) == u':')
            port = value.mid(close + 2).toUShort();
    } else if (value.count(u':') == 1) {
        const qsizetype colon = value.indexOf(u':');
        host = value.left(colon);
        port = value.mid(colon + 1).toUShort();
    }
    if (host.isEmpty() || port == 0)
        return std::nullopt;
    return StreamEndpoint{host, port, directTls};
}

} // namespace

Stream::Stream(QObject *parent)
    : Stream([] { return std::unique_ptr<StreamTransport>(new StreamSocketTransport); }, parent)
{}

Stream::Stream(TransportFactory factory, QObject *parent)
    : StanzaChannel(parent)
    , m_factory(std::move(factory))
{
    m_keepaliveTimer.setSingleShot(true);
    m_responseTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    m_stableTimer.setSingleShot(true);
    connect(&m_stableTimer, &QTimer::timeout, this, [this] {
        m_refusedData = false;
        m_policy.reset();
    });
    m_countdownTimer.setInterval(1000);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, &Stream::onKeepaliveTimer);
    connect(&m_responseTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcXmpp) << "No answer from the server in time; the link is considered dead";
        linkLost(Error::make(Error::Code::Timeout,
                             tr("The server %1 stopped responding").arg(serverName())),
                 Retry::Yes);
    });
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        m_countdownTimer.stop();
        start(false);
    });
    connect(&m_countdownTimer, &QTimer::timeout, this, [this] {
        const int remaining =
            m_reconnectTimer.isActive() ? (m_reconnectTimer.remainingTime() + 999) / 1000 : 0;
        if (remaining != m_secondsUntilReconnect) {
            m_secondsUntilReconnect = remaining;
            Q_EMIT secondsUntilReconnectChanged(remaining);
        }
    });
}

Stream::~Stream()
{
    teardownTransport();
}

void Stream::setSettings(StreamSettings settings)
{
    m_settings = std::move(settings);
    m_policy = ReconnectPolicy(m_settings.reconnect, m_settings.reconnectRandom);
}

QString Stream::errorCodeName() const
{
    return m_lastError.message.isEmpty() ? QString() : m_lastError.codeName();
}

QString Stream::serverName() const
{
    return m_endpoint.host.isEmpty() || m_endpoint.host == domain()
               ? domain()
               : QStringLiteral("%1 (%2)").arg(domain(), m_endpoint.host);
}

// --- starting ------------------------------------------------------------------------------

void Stream::connectToServer()
{
    m_registrationMode = false;
    m_redirect.reset();
    m_redirects = 0;
    m_policy.reset();
    m_refusedData = false;
    start(false);
}

void Stream::connectForRegistration()
{
    m_redirect.reset();
    m_redirects = 0;
    start(true);
}

void Stream::authenticateAfterRegistration(const Jid &jid, const QString &password)
{
    m_settings.jid = jid;
    m_settings.password = password;
    m_settings.passwordProvider = nullptr;
    m_registrationMode = false;
    if (m_phase == Phase::PreAuth && m_transport) {
        startSasl();
        return;
    }
    connectToServer();
}

void Stream::reconnectNow()
{
    if (m_state != State::Reconnecting)
        return;
    m_reconnectTimer.stop();
    m_countdownTimer.stop();
    start(false);
}

void Stream::start(bool forRegistration)
{
    if (!m_settings.jid.isValid()) {
        setError(Error::make(Error::Code::InvalidArgument, tr("The account address is not valid")));
        setState(State::Disconnected);
        return;
    }
    teardownTransport();
    if (m_resolver)
        m_resolver->cancel();
    m_reconnectTimer.stop();
    m_countdownTimer.stop();
    if (m_secondsUntilReconnect != 0) {
        m_secondsUntilReconnect = 0;
        Q_EMIT secondsUntilReconnectChanged(0);
    }
    m_registrationMode = forRegistration;
    if (m_settings.watchNetworkReachability)
        setupNetworkWatch();
    setState(State::Connecting);

    if (m_redirect) {
        onEndpointsResolved({*m_redirect});
        return;
    }
    if (!m_settings.host.isEmpty()) {
        const bool direct = m_settings.tlsMode == StreamSettings::TlsMode::DirectTls;
        const quint16 port = m_settings.port ? m_settings.port : (direct ? 5223 : 5222);
        onEndpointsResolved({StreamEndpoint{m_settings.host, port, direct}});
        return;
    }
    if (!m_resolver) {
        m_resolver = new StreamEndpointResolver(this);
        connect(m_resolver, &StreamEndpointResolver::finished, this, &Stream::onEndpointsResolved);
    }
    m_phase = Phase::Resolving;
    m_resolver->resolve(domain(), m_settings.tlsMode);
}

void Stream::onEndpointsResolved(const QList<StreamEndpoint> &endpoints)
{
    m_endpoints = endpoints;
    m_lastNetworkError.clear();
    if (m_endpoints.isEmpty()) {
        linkLost(Error::make(Error::Code::Network,
                             tr("Could not reach server %1: its DNS records say it offers no "
                                "XMPP service")
                                 .arg(domain())),
                 Retry::Yes);
        return;
    }
    connectNextEndpoint();
}

void Stream::resetConnectionState()
{
    m_parser.reset();
    ++m_generation;
    m_tlsActive = false;
    m_authenticated = false;
    m_streamOpened = false;
    m_features = Element();
    m_sasl.reset();
    m_pendingIqId.clear();
    m_ackRequestScheduled = false;
}

void Stream::connectNextEndpoint()
{
    teardownTransport();
    if (m_endpoints.isEmpty()) {
        const QString detail = m_lastNetworkError.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" (%1)").arg(m_lastNetworkError);
        linkLost(Error::make(Error::Code::Network,
                             tr("Could not reach server %1").arg(domain()) + detail),
                 Retry::Yes);
        return;
    }
    m_endpoint = m_endpoints.takeFirst();
    resetConnectionState();
    std::unique_ptr<StreamTransport> transport = m_factory();
    m_transport = transport.release();
    m_transport->setParent(this);
    connect(m_transport, &StreamTransport::connected, this, &Stream::onTransportConnected);
    connect(m_transport, &StreamTransport::encrypted, this, &Stream::onTransportEncrypted);
    connect(m_transport, &StreamTransport::dataReceived, this, &Stream::onTransportData);
    connect(m_transport, &StreamTransport::disconnected, this, &Stream::onTransportDisconnected);
    connect(m_transport, &StreamTransport::failed, this, &Stream::onTransportFailed);

    StreamTransport::TlsOptions tls;
    // RFC 6125: the certificate must name the account's domain, whatever host we reach it on.
    tls.peerName = domain();
    tls.extraCaCertificates = m_settings.extraCaCertificates;
    tls.pinnedSha256Fingerprints = m_settings.pinnedSha256Fingerprints;
    m_phase = m_endpoint.directTls ? Phase::TlsHandshake : Phase::TcpConnecting;
    setState(m_endpoint.directTls ? State::Securing : State::Connecting);
    qCInfo(lcXmpp) << "Connecting to" << m_endpoint.host << m_endpoint.port
                   << (m_endpoint.directTls ? "direct TLS" : "STARTTLS");
    armResponseTimer();
    m_transport->connectToHost(m_endpoint.host, m_endpoint.port, m_endpoint.directTls, tls);
}

// --- transport events ----------------------------------------------------------------------

void Stream::onTransportConnected()
{
    m_phase = Phase::AwaitFeatures;
    setState(State::Securing);
    openStream();
}

void Stream::onTransportEncrypted()
{
    m_tlsActive = true;
    m_parser.reset();
    ++m_generation;
    m_phase = Phase::AwaitFeatures;
    setState(m_registrationMode ? State::Securing : State::Authenticating);
    openStream();
}

void Stream::onTransportData(const QByteArray &bytes)
{
    qCDebug(lcXmppWire).noquote() << "RECV" << QString::fromUtf8(bytes);
    if (m_phase == Phase::Online) {
        // Anything from the server proves the link alive.
        m_responseTimer.stop();
        m_keepaliveTimer.start(m_settings.keepaliveIntervalMs);
    }
    const quint64 generation = m_generation;
    const QList<XmlStreamParser::Event> events = m_parser.feed(bytes);
    for (const XmlStreamParser::Event &event : events) {
        if (generation != m_generation || !m_transport)
            return;
        switch (event.type) {
        case XmlStreamParser::Event::Type::StreamOpen:
            m_streamOpened = true;
            break;
        case XmlStreamParser::Event::Type::Stanza:
            handleStanza(event.stanza);
            break;
        case XmlStreamParser::Event::Type::StreamClose:
            qCInfo(lcXmpp) << "The server closed the stream";
            if (m_phase == Phase::Closing) {
                finishClose();
                return;
            }
            sendRaw(QByteArrayLiteral("</stream:stream>"));
            linkLost(Error::make(Error::Code::Network,
                                 tr("The server %1 closed the connection").arg(serverName())),
                     Retry::Yes);
            return;
        case XmlStreamParser::Event::Type::Error:
            qCWarning(lcXmpp) << "Malformed data from the server:" << event.errorCondition
                              << event.errorText;
            sendStreamErrorAndClose(event.errorCondition);
            m_refusedData = true;
            linkLost(Error::make(Error::Code::Protocol,
                                 tr("The server %1 sent data that is not valid XMPP (%2)")
                                     .arg(serverName(), event.errorText)),
                     Retry::Yes);
            return;
        }
    }
}

void Stream::onTransportDisconnected()
{
    if (m_phase == Phase::Closing) {
        finishClose();
        return;
    }
    qCInfo(lcXmpp) << "Connection to" << m_endpoint.host << "lost";
    linkLost(
        Error::make(Error::Code::Network, tr("The connection to %1 was lost").arg(serverName())),
        Retry::Yes);
}

void Stream::onTransportFailed(StreamTransport::Failure failure, const QString &reason,
                               const QString &fingerprint)
{
    switch (failure) {
    case StreamTransport::Failure::UntrustedCertificate: {
        teardownTransport();
        const QString message =
            tr("Teahouse did not connect to %1 because its certificate is not trusted. %2. "
               "The certificate's SHA-256 fingerprint is %3. If the server's administrator "
               "confirms this fingerprint, you can trust the certificate for this server.")
                .arg(domain(), reason, fingerprint);
        setError(Error::make(Error::Code::Tls, message), fingerprint);
        Q_EMIT untrustedCertificate(fingerprint, reason);
        linkLost({}, Retry::No);
        return;
    }
    case StreamTransport::Failure::Tls:
        linkLost(
            Error::make(
                Error::Code::Tls,
                tr("Could not set up an encrypted connection to %1: %2").arg(serverName(), reason)),
            Retry::Yes);
        return;
    case StreamTransport::Failure::Network:
        // Before the stream is up, move on to the next SRV target.
        m_lastNetworkError = reason;
        qCInfo(lcXmpp) << "Could not connect to" << m_endpoint.host << m_endpoint.port << reason;
        if (!m_endpoints.isEmpty() && !m_streamOpened) {
            connectNextEndpoint();
            return;
        }
        linkLost(Error::make(Error::Code::Network,
                             tr("Could not reach server %1 (%2)").arg(serverName(), reason)),
                 Retry::Yes);
        return;
    }
}

// --- negotiation ---------------------------------------------------------------------------

void Stream::openStream()
{
    m_streamOpened = false;
    QByteArray header = QByteArrayLiteral("<?xml version='1.0'?><stream:stream to='") +
                        xmlEscape(domain(), true) + '\'';
    // RFC 6120 §4.7.1: say who we are once the link is encrypted.
    if (m_tlsActive && !m_registrationMode && !m_settings.jid.local().isEmpty())
        header += " from='" + xmlEscape(m_settings.jid.bareString(), true) + '\'';
    header += " version='1.0' xml:lang='en' xmlns='jabber:client' "
              "xmlns:stream='http://etherx.jabber.org/streams'>";
    sendRaw(header);
    armResponseTimer();
}

void Stream::handleStanza(const Element &element)
{
    if (element.xmlns() == kStreamNs) {
        if (element.name() == u"features") {
            handleFeatures(element);
        } else if (element.name() == u"error") {
            handleStreamError(element);
        } else {
            qCDebug(lcXmpp) << "Ignoring stream element" << element.name();
        }
        return;
    }
    if (element.xmlns() == kTlsNs) {
        if (m_phase != Phase::StartTls) {
            sendStreamErrorAndClose(QStringLiteral("unsupported-stanza-type"));
            linkLost(
                Error::make(Error::Code::Protocol,
                            tr("The server %1 sent an unexpected TLS element").arg(serverName())),
                Retry::Yes);
            return;
        }
        if (element.name() == u"proceed") {
            m_phase = Phase::TlsHandshake;
            armResponseTimer();
            m_transport->startTls();
        } else {
            linkLost(Error::make(Error::Code::Tls,
                                 tr("The server %1 could not start encryption").arg(serverName())),
                     Retry::Yes);
        }
        return;
    }
    if (element.xmlns() == kSaslNs) {
        handleSasl(element);
        return;
    }
    if (element.xmlns() == kSmNs) {
        handleStreamManagement(element);
        return;
    }
    if (!isStanza(element)) {
        qCDebug(lcXmpp) << "Ignoring unknown top-level element" << element.name()
                        << element.xmlns();
        return;
    }

    if (!m_authenticated && m_phase != Phase::PreAuth) {
        // Stanzas before authentication (other than iq answers in registration mode) are a
        // protocol violation by the server.
        sendStreamErrorAndClose(QStringLiteral("not-authorized"));
        linkLost(Error::make(Error::Code::Protocol,
                             tr("The server %1 sent a message before sign-in").arg(serverName())),
                 Retry::Yes);
        return;
    }
    if (m_sm.isEnabled())
        m_sm.stanzaHandled();

    if (element.name() == u"iq" && !m_pendingIqId.isEmpty() &&
        element.attribute(u"id") == m_pendingIqId) {
        const QString type = element.attribute(u"type");
        if (type == u"result" || type == u"error") {
            m_pendingIqId.clear();
            if (m_phase == Phase::Binding) {
                handleBindResult(element);
            } else if (m_phase == Phase::LegacySession) {
                if (type == u"error") {
                    linkLost(Error::make(
                                 Error::Code::Protocol,
                                 tr("The server %1 refused to start a session").arg(serverName())),
                             Retry::Yes);
                    return;
                }
                enableStreamManagement();
            }
            // else: the answer to our keepalive ping; the data itself was the sign of life.
            return;
        }
    }
    Q_EMIT stanzaReceived(element);
}

void Stream::handleFeatures(const Element &features)
{
    if (m_phase != Phase::AwaitFeatures) {
        qCDebug(lcXmpp) << "Ignoring unexpected stream features";
        return;
    }
    m_features = features;
    if (!m_tlsActive) {
        if (!features.hasChild(u"starttls", kTlsNs)) {
            // Never fall back to an unencrypted link: the password and every message would be
            // readable, and a missing offer is what a downgrade attack looks like.
            sendRaw(QByteArrayLiteral("</stream:stream>"));
            setError(Error::make(Error::Code::Tls,
                                 tr("The server %1 does not offer an encrypted connection, so "
                                    "Teahouse did not sign in")
                                     .arg(serverName())));
            linkLost({}, Retry::No);
            return;
        }
        m_phase = Phase::StartTls;
        setState(State::Securing);
        sendRaw(QByteArrayLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"));
        armResponseTimer();
        return;
    }
    if (!m_authenticated) {
        if (m_registrationMode) {
            m_responseTimer.stop();
            m_phase = Phase::PreAuth;
            setState(State::Registering);
            Q_EMIT registrationReady();
            return;
        }
        startSasl();
        return;
    }
    resumeOrBind();
}

void Stream::startSasl()
{
    setState(State::Authenticating);
    m_phase = Phase::Sasl;
    if (!m_tlsActive || !m_transport || !m_transport->isEncrypted()) {
        // Unreachable by construction (features are only acted on after TLS); kept as the
        // last guard against ever sending credentials in the clear.
        setError(Error::make(Error::Code::Tls, tr("Refusing to sign in without encryption")));
        linkLost({}, Retry::No);
        return;
    }
    QStringList offered;
    if (const Element *mechanisms = m_features.findChild(u"mechanisms", kSaslNs)) {
        for (const Element &m : mechanisms->children()) {
            if (m.name() == u"mechanism")
                offered.append(m.text().trimmed());
        }
    }
    const QByteArray bindingData = m_transport->tlsServerEndPoint();
    const bool serverOffersPlus =
        std::any_of(offered.cbegin(), offered.cend(),
                    [](const QString &m) { return m.endsWith(QLatin1String("-PLUS")); });
    // XEP-0440 tells which binding types the server takes. Without it, a -PLUS offer may be
    // for a type we cannot produce (Prosody 0.12 only does tls-unique), so we say 'n' rather
    // than fail; with no -PLUS offered, 'y' lets an honest server spot a stripped list.
    bool serverTakesEndPoint = false;
    if (const Element *cb = m_features.findChild(u"sasl-channel-binding", kSaslCbNs)) {
        for (const Element &type : cb->children())
            serverTakesEndPoint |= type.attribute(u"type") == kTlsServerEndPoint;
    }
    const bool bindingAvailable =
        !bindingData.isEmpty() && (serverOffersPlus ? serverTakesEndPoint : true);
    const auto choice = SaslSelector::selectMechanism(offered, bindingAvailable, m_tlsActive);
    if (!choice.ok()) {
        sendRaw(QByteArrayLiteral("</stream:stream>"));
        setError(
            Error::make(choice.error().code,
                        tr("Could not sign in to %1: %2").arg(domain(), choice.error().message)));
        linkLost({}, Retry::No);
        return;
    }
    SaslCredentials credentials;
    credentials.username = m_settings.jid.local();
    credentials.password =
        m_settings.passwordProvider ? m_settings.passwordProvider() : m_settings.password;
    auto mechanism =
        SaslSelector::create(choice.value(), credentials,
                             choice->binding == SaslChannelBinding::Mode::Used
                                 ? SaslChannelBinding::use(kTlsServerEndPoint, bindingData)
                                 : SaslChannelBinding::none());
    if (!mechanism.ok()) {
        setError(mechanism.error());
        linkLost({}, Retry::No);
        return;
    }
    m_sasl = std::move(mechanism.value());
    if (m_sasl->requiresTls() && !m_tlsActive) {
        setError(Error::make(Error::Code::Tls, tr("Refusing to send the password unencrypted")));
        linkLost({}, Retry::No);
        return;
    }
    qCInfo(lcXmpp) << "Authenticating with" << m_sasl->name();
    const auto initial = m_sasl->initialResponse();
    if (!initial.ok()) {
        setError(initial.error());
        linkLost({}, Retry::No);
        return;
    }
    sendSaslPayload(QStringLiteral("auth"), initial.value(), m_sasl->name());
}

void Stream::sendSaslPayload(const QString &name, const QByteArray &payload,
                             const QString &mechanism)
{
    QByteArray xml = '<' + name.toUtf8() + " xmlns='urn:ietf:params:xml:ns:xmpp-sasl'";
    if (!mechanism.isEmpty())
        xml += " mechanism='" + xmlEscape(mechanism, true) + '\'';
    xml += '>';
    // RFC 6120 §6.4.2: an empty response is "=", distinct from no response.
    xml += payload.isEmpty() ? QByteArrayLiteral("=") : payload.toBase64();
    xml += "</" + name.toUtf8() + '>';
    const QByteArray redacted = '<' + name.toUtf8() + " mechanism='" + mechanism.toUtf8() +
                                "'>[credentials not logged]</" + name.toUtf8() + '>';
    sendRaw(xml, redacted.constData());
    armResponseTimer();
}

void Stream::handleSasl(const Element &element)
{
    if (m_phase != Phase::Sasl || !m_sasl) {
        sendStreamErrorAndClose(QStringLiteral("policy-violation"));
        linkLost(Error::make(Error::Code::Protocol,
                             tr("The server %1 sent an unexpected sign-in step").arg(serverName())),
                 Retry::Yes);
        return;
    }
    const auto decode = [](const QString &text) -> std::optional<QByteArray> {
        const QByteArray raw = text.trimmed().toLatin1();
        if (raw.isEmpty() || raw == "=")
            return QByteArray();
        auto result = QByteArray::fromBase64Encoding(raw, QByteArray::AbortOnBase64DecodingErrors);
        if (!result)
            return std::nullopt;
        return *result;
    };
    const auto failLocally = [this](const Error &error) {
        // Our side refuses (bad server data, or the server could not prove it knows the
        // password): stop here, never retry on our own, the user has to look at it.
        sendRaw(QByteArrayLiteral("<abort xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"
                                  "</stream:stream>"));
        m_sasl.reset();
        setError(error);
        linkLost({}, Retry::No);
    };

    if (element.name() == u"challenge") {
        const auto challenge = decode(element.text());
        if (!challenge)
            return failLocally(Error::make(
                Error::Code::Protocol,
                tr("The server %1 sent an invalid sign-in challenge").arg(serverName())));
        const auto response = m_sasl->respond(*challenge);
        if (!response.ok())
            return failLocally(Error::make(
                Error::Code::Authentication,
                tr("Could not sign in to %1: %2").arg(domain(), response.error().message)));
        sendSaslPayload(QStringLiteral("response"), response.value());
        return;
    }
    if (element.name() == u"success") {
        const auto additional = decode(element.text());
        const Status verified = additional ? m_sasl->verifySuccess(*additional)
                                           : Status(Error::make(Error::Code::Protocol, {}));
        if (!verified.ok()) {
            return failLocally(Error::make(
                Error::Code::Authentication,
                tr("The server %1 could not prove that it knows your password, so Teahouse "
                   "stopped signing in. Someone may be intercepting the connection.")
                    .arg(serverName())));
        }
        m_mechanismUsed = m_sasl->name();
        m_sasl.reset();
        Q_EMIT authenticationMechanismChanged();
        m_authenticated = true;
        m_parser.reset();
        ++m_generation;
        m_phase = Phase::AwaitFeatures;
        setState(State::Binding);
        openStream();
        return;
    }
    if (element.name() == u"failure") {
        m_sasl.reset();
        QString condition;
        for (const Element &child : element.children()) {
            if (child.name() != u"text") {
                condition = child.name();
                break;
            }
        }
        const QString serverText = element.childText(u"text").trimmed();
        qCInfo(lcXmpp) << "SASL failure:" << condition;
        sendRaw(QByteArrayLiteral("</stream:stream>"));
        if (condition == u"temporary-auth-failure" || condition == u"aborted") {
            linkLost(
                Error::make(
                    Error::Code::Authentication,
                    tr("The server %1 could not check the password right now").arg(serverName())),
                Retry::Yes);
            return;
        }
        qCInfo(lcXmpp) << "Server's explanation:" << serverText;
        QString message;
        if (condition == u"not-authorized" || condition == u"invalid-authzid")
            message = tr("The password is wrong for this account");
        else if (condition == u"account-disabled")
            message = tr("This account has been disabled on the server");
        else if (condition == u"credentials-expired")
            message = tr("The password for this account has expired");
        else
            message = tr("The server %1 refused the sign-in (%2)").arg(serverName(), condition);
        // The server's own words help only where our sentence is generic; "the response
        // doesn't match" after a wrong password would just confuse.
        if (!serverText.isEmpty() && message.contains(condition))
            message += QStringLiteral(" — ") + serverText;
        setError(Error::make(Error::Code::Authentication, message));
        linkLost({}, Retry::No);
        return;
    }
    qCDebug(lcXmpp) << "Ignoring SASL element" << element.name();
}

void Stream::resumeOrBind()
{
    setState(State::Binding);
    const bool serverHasSm = m_features.hasChild(u"sm", kSmNs);
    if (serverHasSm && m_settings.streamManagement && m_sm.canResume()) {
        m_phase = Phase::Resuming;
        Element resume(QStringLiteral("resume"), kSmNs);
        resume.setAttribute(QStringLiteral("previd"), m_sm.id());
        resume.setAttribute(QStringLiteral("h"), QString::number(m_sm.inboundCount()));
        sendRaw(resume.toXml());
        armResponseTimer();
        return;
    }
    if (m_sm.isEnabled())
        abandonSession(); // nothing to resume with on this server
    bindResource(true);
}

void Stream::bindResource(bool withResource)
{
    m_phase = Phase::Binding;
    m_bindTriedWithResource = withResource;
    m_pendingIqId = StanzaId::generate();
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    iq.setAttribute(QStringLiteral("id"), m_pendingIqId);
    Element &bind = iq.addChild(QStringLiteral("bind"), kBindNs);
    const QString resource =
        m_settings.resource.isEmpty() ? m_settings.jid.resource() : m_settings.resource;
    if (withResource && !resource.isEmpty())
        bind.addTextChild(QStringLiteral("resource"), resource);
    sendRaw(iq.toXml());
    armResponseTimer();
}

void Stream::handleBindResult(const Element &iq)
{
    if (iq.attribute(u"type") == u"error") {
        const Element error = iq.firstChild(u"error");
        const bool conflict = error.hasChild(u"conflict", kStanzaErrorNs) ||
                              error.hasChild(u"not-allowed", kStanzaErrorNs) ||
                              error.hasChild(u"bad-request", kStanzaErrorNs);
        if (conflict && m_bindTriedWithResource) {
            // RFC 6120 §7.7.2: let the server pick a resource instead.
            bindResource(false);
            return;
        }
        linkLost(Error::make(Error::Code::Protocol,
                             tr("The server %1 did not let this device sign in (resource "
                                "binding failed)")
                                 .arg(serverName())),
                 Retry::Yes);
        return;
    }
    const Jid jid = Jid::parse(iq.firstChild(u"bind", kBindNs).childText(u"jid").trimmed());
    if (!jid.isValid() || jid.bare() != m_settings.jid.bare()) {
        linkLost(Error::make(Error::Code::Protocol,
                             tr("The server %1 bound an unexpected address").arg(serverName())),
                 Retry::Yes);
        return;
    }
    m_boundJid = jid;
    qCInfo(lcXmpp) << "Bound as" << jid.toString();
    afterBind();
}

void Stream::afterBind()
{
    // RFC 6121 dropped the session iq; old servers that still need it mark it without
    // <optional/> (RFC 3921 §3).
    const Element *session = m_features.findChild(u"session", kSessionNs);
    if (session && !session->hasChild(u"optional")) {
        m_phase = Phase::LegacySession;
        m_pendingIqId = StanzaId::generate();
        Element iq(QStringLiteral("iq"), kClientNs);
        iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
        iq.setAttribute(QStringLiteral("id"), m_pendingIqId);
        iq.addChild(QStringLiteral("session"), kSessionNs);
        sendRaw(iq.toXml());
        armResponseTimer();
        return;
    }
    enableStreamManagement();
}

void Stream::enableStreamManagement()
{
    if (!m_settings.streamManagement || !m_features.hasChild(u"sm", kSmNs)) {
        m_sm.clear();
        goOnline(false);
        return;
    }
    m_phase = Phase::EnablingSm;
    sendRaw(QByteArrayLiteral("<enable xmlns='urn:xmpp:sm:3' resume='true'/>"));
    armResponseTimer();
}

void Stream::handleStreamManagement(const Element &element)
{
    const auto parseH = [](const Element &e, bool *ok) {
        return e.attribute(u"h").toUInt(ok);
    };
    if (element.name() == u"r") {
        if (m_sm.isEnabled()) {
            sendRaw(QStringLiteral("<a xmlns='urn:xmpp:sm:3' h='%1'/>")
                        .arg(m_sm.inboundCount())
                        .toUtf8());
        }
        return;
    }
    if (element.name() == u"a") {
        bool ok = false;
        const quint32 h = parseH(element, &ok);
        if (!ok || !m_sm.isEnabled()) {
            qCDebug(lcXmpp) << "Ignoring <a/> without a valid h";
            return;
        }
        acknowledge(h);
        return;
    }
    if (element.name() == u"enabled" && m_phase == Phase::EnablingSm) {
        const bool resumable =
            element.attribute(u"resume") == u"true" || element.attribute(u"resume") == u"1";
        m_sm.enable(element.attribute(u"id"), resumable, element.attribute(u"max").toInt());
        qCInfo(lcXmpp) << "Stream management enabled, resumable:" << resumable;
        goOnline(false);
        return;
    }
    if (element.name() == u"resumed" && m_phase == Phase::Resuming) {
        if (element.attribute(u"previd") != m_sm.id()) {
            sendStreamErrorAndClose(QStringLiteral("undefined-condition"));
            linkLost(Error::make(Error::Code::Protocol,
                                 tr("The server %1 resumed the wrong session").arg(serverName())),
                     Retry::Yes);
            return;
        }
        bool ok = false;
        const quint32 h = parseH(element, &ok);
        if (ok)
            acknowledge(h);
        if (!m_transport)
            return;
        qCInfo(lcXmpp) << "Session resumed;" << m_sm.unackedCount() << "stanzas to resend";
        goOnline(true);
        return;
    }
    if (element.name() == u"failed") {
        if (m_phase == Phase::Resuming) {
            qCInfo(lcXmpp) << "Session resumption failed; starting a new session";
            bool ok = false;
            const quint32 h = parseH(element, &ok);
            // XEP-0198 §5: a server that still knows how much it handled says so; without it,
            // everything not acked is sent again (the receiver's dedup by id copes).
            if (ok && element.hasAttribute(u"h"))
                acknowledge(h);
            if (!m_transport)
                return;
            abandonSession();
            bindResource(true);
            return;
        }
        if (m_phase == Phase::EnablingSm) {
            qCInfo(lcXmpp) << "The server refused stream management";
            m_sm.clear();
            goOnline(false);
            return;
        }
    }
    qCDebug(lcXmpp) << "Ignoring stream management element" << element.name();
}

void Stream::acknowledge(quint32 h)
{
    auto acked = m_sm.acknowledge(h);
    if (!acked.ok()) {
        qCWarning(lcXmpp) << acked.error().message;
        Element extra(QStringLiteral("handled-count-too-high"), kSmNs);
        extra.setAttribute(QStringLiteral("h"), QString::number(h));
        extra.setAttribute(QStringLiteral("send-count"), QString::number(m_sm.sentCount()));
        sendStreamErrorAndClose(QStringLiteral("undefined-condition"), extra);
        linkLost(
            Error::make(
                Error::Code::Protocol,
                tr("The server %1 acknowledged messages that were never sent").arg(serverName())),
            Retry::Yes);
        return;
    }
    for (const Element &stanza : std::as_const(acked.value()))
        Q_EMIT stanzaAcked(stanza.attribute(u"id"));
}

void Stream::handleStreamError(const Element &error)
{
    const QString condition = streamErrorCondition(error);
    const QString text = error.childText(u"text", kStreamErrorNs).trimmed();
    qCWarning(lcXmpp) << "Stream error from server:" << condition << text;
    sendRaw(QByteArrayLiteral("</stream:stream>"));

    if (condition == u"see-other-host") {
        const auto target = parseSeeOtherHost(error.childText(u"see-other-host", kStreamErrorNs),
                                              m_endpoint.directTls);
        if (target && m_redirects < kMaxRedirects) {
            ++m_redirects;
            qCInfo(lcXmpp) << "Redirected to" << target->host << target->port;
            m_redirect = target;
            const bool registration = m_registrationMode;
            teardownTransport();
            start(registration);
            return;
        }
    }

    QString message;
    Error::Code code = Error::Code::Protocol;
    Retry retry = Retry::Yes;
    if (condition == u"conflict") {
        // Another client took over this resource; coming back would just throw it out.
        code = Error::Code::Conflict;
        message = tr("This account signed in from another place with the same device name");
        retry = Retry::No;
    } else if (condition == u"not-authorized") {
        code = Error::Code::Authentication;
        message = tr("The server %1 ended the session: not authorized").arg(serverName());
        retry = Retry::No;
    } else if (condition == u"host-unknown" || condition == u"host-gone") {
        code = Error::Code::Network;
        message = tr("The server %1 does not serve the domain %2").arg(m_endpoint.host, domain());
        retry = Retry::No;
    } else if (condition == u"policy-violation") {
        code = Error::Code::PolicyViolation;
        message = tr("The server %1 closed the connection because of its policy").arg(serverName());
    } else if (condition == u"system-shutdown") {
        code = Error::Code::Network;
        message = tr("The server %1 is shutting down").arg(serverName());
    } else {
        message = tr("The server %1 closed the connection (%2)").arg(serverName(), condition);
    }
    if (!text.isEmpty())
        message += QStringLiteral(" — ") + text;
    if (retry == Retry::No) {
        setError(Error::make(code, message));
        linkLost({}, Retry::No);
    } else {
        linkLost(Error::make(code, message), Retry::Yes);
    }
}

void Stream::goOnline(bool resumed)
{
    m_responseTimer.stop();
    m_phase = Phase::Online;
    if (m_refusedData)
        m_stableTimer.start(m_settings.stableSessionMs);
    else
        m_policy.reset();
    m_redirects = 0;
    m_redirect.reset();
    if (!m_lastError.message.isEmpty())
        setError({});
    m_sessionActive = true;
    setState(State::Online);

    if (resumed) {
        // The server has not handled these: send them again, in order. They stay in the
        // queue (the server's count continues from its h).
        for (const Element &stanza : m_sm.unacked())
            sendRaw(stanza.toXml());
        if (m_sm.unackedCount() > 0)
            scheduleAckRequest();
    }
    const QList<Element> outbox = std::exchange(m_outbox, {});
    for (const Element &stanza : outbox)
        writeStanza(stanza);
    m_keepaliveTimer.start(m_settings.keepaliveIntervalMs);
    Q_EMIT sessionStarted(resumed);
}

void Stream::abandonSession()
{
    // Whatever the server did not acknowledge may never have arrived: keep what matters for
    // the next session, ahead of what was queued later.
    QList<Element> keep;
    for (const Element &stanza : m_sm.takeUnacked()) {
        if (worthResendingInNewSession(stanza))
            keep.append(stanza);
    }
    const bool hadSession = m_sessionActive;
    m_sm.clear();
    if (hadSession) {
        for (const Element &stanza : std::as_const(m_outbox)) {
            if (worthResendingInNewSession(stanza))
                keep.append(stanza);
        }
        m_outbox = keep;
    } else {
        m_outbox = keep + m_outbox;
    }
    if (hadSession) {
        m_sessionActive = false;
        m_boundJid = Jid();
        Q_EMIT sessionEnded();
    }
}

// --- sending -------------------------------------------------------------------------------

void Stream::sendStanza(const Element &stanza)
{
    Element copy = stanza;
    inheritNamespaces(copy, kClientNs);
    if (copy.attribute(u"id").isEmpty())
        copy.setAttribute(QStringLiteral("id"), StanzaId::generate());
    if (m_phase == Phase::Online && m_transport) {
        writeStanza(copy);
        return;
    }
    if (m_phase == Phase::PreAuth && m_transport && copy.name() == u"iq") {
        // Registration (XEP-0077) talks to the server before anyone is signed in.
        sendRaw(copy.toXml());
        return;
    }
    m_outbox.append(std::move(copy));
}

void Stream::writeStanza(const Element &stanza)
{
    sendRaw(stanza.toXml());
    if (m_sm.isEnabled()) {
        m_sm.stanzaSent(stanza);
        scheduleAckRequest();
    }
}

void Stream::scheduleAckRequest()
{
    if (m_ackRequestScheduled)
        return;
    m_ackRequestScheduled = true;
    // One <r/> after a burst of sends rather than one per stanza.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        m_ackRequestScheduled = false;
        if (generation != m_generation || m_phase != Phase::Online || !m_sm.isEnabled() ||
            m_sm.unackedCount() == 0)
            return;
        sendRaw(QByteArrayLiteral("<r xmlns='urn:xmpp:sm:3'/>"));
    });
}

void Stream::sendRaw(const QByteArray &bytes, const char *redactedAs)
{
    if (!m_transport)
        return;
    if (redactedAs)
        qCDebug(lcXmppWire).noquote() << "SEND" << redactedAs;
    else
        qCDebug(lcXmppWire).noquote() << "SEND" << QString::fromUtf8(bytes);
    m_transport->write(bytes);
}

void Stream::sendStreamErrorAndClose(const QString &condition, const Element &extra)
{
    QByteArray xml = QByteArrayLiteral("<stream:error><") + condition.toUtf8() +
                     " xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>";
    if (!extra.isNull())
        xml += extra.toXml();
    xml += "</stream:error></stream:stream>";
    sendRaw(xml);
    if (m_transport)
        m_transport->close();
}

void Stream::onKeepaliveTimer()
{
    if (m_phase != Phase::Online || !m_transport)
        return;
    if (m_sm.isEnabled()) {
        sendRaw(QByteArrayLiteral("<r xmlns='urn:xmpp:sm:3'/>"));
    } else {
        m_pendingIqId = StanzaId::generate();
        Element iq(QStringLiteral("iq"), kClientNs);
        iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
        iq.setAttribute(QStringLiteral("id"), m_pendingIqId);
        iq.setAttribute(QStringLiteral("to"), domain());
        iq.addChild(QStringLiteral("ping"), kPingNs);
        sendRaw(iq.toXml());
    }
    armResponseTimer();
}

void Stream::armResponseTimer()
{
    m_responseTimer.start(m_settings.keepaliveTimeoutMs);
}

// --- ending --------------------------------------------------------------------------------

void Stream::disconnectFromServer()
{
    m_reconnectTimer.stop();
    m_countdownTimer.stop();
    if (m_resolver)
        m_resolver->cancel();
    if (m_transport && m_phase == Phase::Online) {
        // Ask for a last ack so the server's final count tells what it took; then close.
        m_phase = Phase::Closing;
        m_keepaliveTimer.stop();
        if (m_sm.isEnabled())
            sendRaw(QByteArrayLiteral("<r xmlns='urn:xmpp:sm:3'/>"));
        sendRaw(QByteArrayLiteral("</stream:stream>"));
        m_responseTimer.start(std::min(m_settings.keepaliveTimeoutMs, 5000));
        return;
    }
    finishClose();
}

void Stream::finishClose()
{
    m_phase = Phase::Idle;
    teardownTransport();
    abandonSession();
    setState(State::Disconnected);
}

void Stream::linkLost(const Error &error, Retry retry)
{
    if (m_phase == Phase::Closing) {
        // The clean close we asked for timed out or the link went: done either way.
        finishClose();
        return;
    }
    teardownTransport();
    m_stableTimer.stop();
    m_phase = Phase::Idle;
    if (!error.message.isEmpty())
        setError(error);
    if (!m_sm.canResume())
        abandonSession();
    const bool reconnect = retry == Retry::Yes && m_settings.autoReconnect && !m_registrationMode;
    if (!reconnect) {
        // Without a retry the hibernated session will expire on the server; let go of it.
        abandonSession();
        setState(State::Disconnected);
        return;
    }
    scheduleReconnect(m_policy.nextDelayMs());
}

void Stream::teardownTransport()
{
    m_keepaliveTimer.stop();
    m_responseTimer.stop();
    m_ackRequestScheduled = false;
    ++m_generation;
    if (!m_transport)
        return;
    StreamTransport *transport = std::exchange(m_transport, nullptr);
    transport->disconnect(this);
    transport->abort();
    transport->deleteLater();
    if (m_phase != Phase::Idle && m_phase != Phase::Closing)
        m_phase = Phase::Idle;
}

void Stream::scheduleReconnect(int delayMs)
{
    qCInfo(lcXmpp) << "Reconnecting in" << delayMs << "ms";
    m_reconnectTimer.start(delayMs);
    m_secondsUntilReconnect = (delayMs + 999) / 1000;
    setState(State::Reconnecting);
    Q_EMIT secondsUntilReconnectChanged(m_secondsUntilReconnect);
    m_countdownTimer.start();
}

void Stream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Stream::setError(const Error &error, const QString &fingerprint)
{
    m_lastError = error;
    m_certificateFingerprint = fingerprint;
    Q_EMIT lastErrorChanged();
    if (!error.message.isEmpty()) {
        qCInfo(lcXmpp) << "Connection problem:" << error.codeName() << error.message;
        Q_EMIT errorOccurred(error);
    }
}

void Stream::setupNetworkWatch()
{
    if (m_networkWatched)
        return;
    m_networkWatched = true;
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCDebug(lcXmpp) << "No network information backend; reconnecting on timers only";
        return;
    }
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online &&
                    m_state == State::Reconnecting) {
                    qCInfo(lcXmpp) << "Network is back; reconnecting now";
                    reconnectNow();
                }
            });
}

} // namespace teahouse::xmpp
