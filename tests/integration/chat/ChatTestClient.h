#pragma once

#include "../stream/StreamTestSupport.h"
#include "StorageTestUtils.h"
#include "TestServer.h"
#include "chat/ChatService.h"
#include "storage/Database.h"
#include "xmpp/IqTracker.h"
#include "xmpp/Stream.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

// A Teahouse chat client for the chat integration tests and benchmarks: a real Stream to the
// Prosody fixture, an encrypted database in a throw-away folder and the ChatService on top.
namespace teahouse::test {

inline const QString kChatPassword = QStringLiteral("pw-chat-1");

// One Teahouse client: stream, iq tracker, encrypted database and the chat service.
struct ChatTestClient
{
    QTemporaryDir dir;
    storage::Database db;
    std::unique_ptr<xmpp::Stream> stream;
    std::unique_ptr<xmpp::IqTracker> iq;
    std::unique_ptr<chat::ChatService> chat;
    // Applied to the stream settings before connecting (benchmarks compare variants).
    std::function<void(xmpp::StreamSettings &)> adjustSettings;

    // port: another c2s port (a TcpProxy in front of the server), 0 for the server's own.
    bool start(const TestServer &server, const QString &user, quint16 port = 0)
    {
        auto opened = storage::Database::open(dir.filePath(QStringLiteral("c.db")), fixedKey(3));
        if (!opened.ok())
            return false;
        db = std::move(opened).value();
        stream = std::make_unique<xmpp::Stream>();
        xmpp::StreamSettings settings = streamSettingsFor(server, user, kChatPassword);
        if (port) {
            settings.port = port;
            // Quick, exact retries after a cut, so the test does not wait on jitter.
            settings.reconnect.initialDelayMs = 200;
            settings.reconnectRandom = [] {
                return 0.5;
            };
            // A link that died without a word is noticed in seconds, not the app's 90 s.
            settings.keepaliveIntervalMs = 3000;
            settings.keepaliveTimeoutMs = 3000;
        }
        if (adjustSettings)
            adjustSettings(settings);
        stream->setSettings(settings);
        iq = std::make_unique<xmpp::IqTracker>(stream.get());
        chat = std::make_unique<chat::ChatService>(Jid::parse(server.jid(user)), db,
                                                   dir.filePath(QStringLiteral("media")));
        chat->bindChannel(stream.get(), iq.get(), server.caCertificates());
        // Available presence on each new session, as the app's PresenceManager does: without
        // it the server routes nothing addressed to the bare JID to this resource.
        QObject::connect(stream.get(), &xmpp::StanzaChannel::sessionStarted, stream.get(),
                         [s = stream.get()](bool resumed) {
                             if (!resumed)
                                 s->sendStanza(presence());
                         });
        stream->connectToServer();
        return waitOnline(*stream) && waitFor([this] { return !chat->isSyncing(); });
    }
};
} // namespace teahouse::test
