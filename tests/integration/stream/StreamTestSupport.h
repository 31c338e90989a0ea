#pragma once

#include "TestServer.h"
#include "xmpp/Stream.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTest>
#include <functional>

// Shared by the Stream integration and interop tests: settings for a fixture account and
// waits that spin the event loop.
namespace teahouse::test {

inline xmpp::StreamSettings streamSettingsFor(const TestServer &server, const QString &user,
                                              const QString &password)
{
    xmpp::StreamSettings s;
    s.jid = Jid::parse(server.jid(user));
    s.password = password;
    s.resource = QStringLiteral("teahouse");
    s.host = server.host();
    s.port = server.c2sPort();
    s.tlsMode = xmpp::StreamSettings::TlsMode::StartTls;
    s.extraCaCertificates = server.caCertificates();
    s.watchNetworkReachability = false;
    return s;
}

// Spins the event loop until condition() holds; false on timeout.
inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qSleep(5);
    }
    return true;
}

// Online, or false as soon as the stream gives up (Disconnected with an error).
inline bool waitOnline(xmpp::Stream &stream, int timeoutMs = 15000)
{
    const bool done = waitFor(
        [&stream] {
            return stream.isOnline() || (stream.state() == xmpp::Stream::State::Disconnected &&
                                         !stream.errorMessage().isEmpty());
        },
        timeoutMs);
    if (!stream.isOnline())
        qWarning() << "Stream not online:" << stream.state() << stream.errorMessage();
    return done && stream.isOnline();
}

inline xmpp::Element chatMessage(const QString &to, const QString &body, const QString &id = {})
{
    xmpp::Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
    m.setAttribute(QStringLiteral("to"), to);
    m.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
    if (!id.isEmpty())
        m.setAttribute(QStringLiteral("id"), id);
    m.addTextChild(QStringLiteral("body"), body);
    return m;
}

inline xmpp::Element presence(const QString &to = {}, const QString &type = {})
{
    xmpp::Element p(QStringLiteral("presence"), QStringLiteral("jabber:client"));
    if (!to.isEmpty())
        p.setAttribute(QStringLiteral("to"), to);
    if (!type.isEmpty())
        p.setAttribute(QStringLiteral("type"), type);
    return p;
}

} // namespace teahouse::test
