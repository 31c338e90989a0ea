#pragma once

// What the chat UI tests share: the app as main() builds it (AppContext with every feature,
// the real ChatFeature and ChatService, a RecordingNotifier), signed in as lihua to a private
// Prosody, with python3-slixmpp peers as the other people, and the helpers that drive the
// window (UiTestUtils).
#include "AppContext.h"
#include "Peer.h"
#include "TestServer.h"
#include "UiTestUtils.h"
#include "account/AccountSession.h"
#include "chat/ChatController.h"
#include "chat/ChatService.h"
#include "chat/ConversationListModel.h"
#include "chat/MessageListModel.h"
#include "features/ChatFeature.h"
#include "features/FeatureHost.h"
#include "features/FeatureList.h"
#include "platform/RecordingNotifier.h"
#include "session/AccountCoordinator.h"
#include "session/KeyStoreUnlockController.h"
#include "session/XmppSessionController.h"
#include "shell/Navigation.h"
#include "shell/Preferences.h"
#include "storage/MemorySecretBackend.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

namespace teahouse::test {

class ChatAppFixture
{
public:
    std::unique_ptr<TestServer> server;
    std::unique_ptr<QTemporaryDir> profile;
    storage::MemorySecretBackend noKeychain;
    std::unique_ptr<app::AccountCoordinator> coordinator;
    std::unique_ptr<app::AppContext> app;
    app::XmppSessionController *session = nullptr;
    app::RecordingNotifier *notifier = nullptr;
    std::map<QString, std::unique_ptr<Peer>> peers;
    UiTestUtils ui{[this] {
        return app ? app->window() : nullptr;
    }};
    QString shotDir;

    ~ChatAppFixture() { stop(); }

    void stop()
    {
        app.reset();
        coordinator.reset();
        peers.clear();
        server.reset();
    }

    [[nodiscard]] QString jid(const QString &user) const { return server->jid(user); }
    [[nodiscard]] QString me() const { return jid(QStringLiteral("lihua")); }
    [[nodiscard]] QQuickWindow *window() const { return app->window(); }
    [[nodiscard]] QQuickItem *item(const QString &name) const { return ui.item(name); }
    [[nodiscard]] app::ChatFeature *feature() const
    {
        return qobject_cast<app::ChatFeature *>(app->features().feature(QStringLiteral("chat")));
    }
    [[nodiscard]] ui::ChatController &chat() const { return feature()->chatController(); }
    [[nodiscard]] chat::ChatService &service() const { return *feature()->service(); }
    [[nodiscard]] Peer &peer(const QString &user) const { return *peers.at(user); }

    // Starts Prosody with lihua and these peers (each signed in with slixmpp), then the app
    // signed in as lihua with the peers on her roster (as friends added in Contacts are).
    // Returns "" or what went wrong.
    QString start(const QString &shotSubdir, const QStringList &peerUsers)
    {
        shotDir = QStringLiteral(TEAHOUSE_BINARY_DIR "/test-screenshots/") + shotSubdir;
        QDir().mkpath(shotDir);
        auto started = TestServer::start();
        if (!started.ok())
            return started.error().message;
        server = std::move(started).value();
        if (!server->addUser(QStringLiteral("lihua"), QStringLiteral("pw-lihua")).ok())
            return QStringLiteral("adduser lihua");
        for (const QString &user : peerUsers) {
            if (!server->addUser(user, QStringLiteral("pw-") + user).ok())
                return QStringLiteral("adduser ") + user;
            auto peer = std::make_unique<Peer>(user);
            if (!peer->start().ok())
                return QStringLiteral("peer ") + user;
            const Status in = peer->signIn(*server, user, QStringLiteral("pw-") + user);
            if (!in.ok())
                return in.error().message;
            // Invitations and other body-less messages are reported too.
            if (!peer->request(
                         QJsonObject{{QStringLiteral("cmd"), QStringLiteral("watch_messages")}})
                     .ok())
                return QStringLiteral("watch_messages ") + user;
            // A picture of their own (readable by anyone, so lihua's contacts fetch it).
            QImage picture(64, 64, QImage::Format_RGB32);
            picture.fill(QColor::fromHsv(int(peers.size()) * 97 % 360, 160, 210));
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            picture.save(&buffer, "PNG");
            if (!peer->request(
                         QJsonObject{{QStringLiteral("cmd"), QStringLiteral("avatar_publish")},
                                     {QStringLiteral("data"), QString::fromLatin1(png.toBase64())},
                                     {QStringLiteral("type"), QStringLiteral("image/png")},
                                     {QStringLiteral("width"), 64},
                                     {QStringLiteral("height"), 64},
                                     {QStringLiteral("access"), QStringLiteral("open")}})
                     .ok())
                return QStringLiteral("avatar_publish ") + user;
            peers.emplace(user, std::move(peer));
        }
        // The peers are on lihua's roster before her client signs in (friends made earlier),
        // so the first roster fetch brings them and their pictures.
        {
            Peer earlier(QStringLiteral("lihua-earlier"));
            if (!earlier.start().ok() ||
                !earlier.signIn(*server, QStringLiteral("lihua"), QStringLiteral("pw-lihua")).ok())
                return QStringLiteral("lihua's earlier device did not sign in");
            for (const QString &user : peerUsers) {
                if (!earlier
                         .request(QJsonObject{{QStringLiteral("cmd"), QStringLiteral("roster_set")},
                                              {QStringLiteral("jid"), jid(user)},
                                              {QStringLiteral("name"), displayName(user)}})
                         .ok())
                    return QStringLiteral("roster_set ") + user;
            }
            (void)earlier.request(QJsonObject{{QStringLiteral("cmd"), QStringLiteral("quit")}});
        }

        noKeychain.setAvailable(false);
        profile = std::make_unique<QTemporaryDir>();
        coordinator = std::make_unique<app::AccountCoordinator>(
            profile->path(), app::AppContext::settingsFileIn(profile->path()), noKeychain,
            QStringLiteral("a passphrase for the chat test"));
        app::AppContext::Controllers controllers;
        auto sessionController = std::make_unique<app::XmppSessionController>(*coordinator);
        session = sessionController.get();
        controllers.session = std::move(sessionController);
        controllers.unlock = std::make_unique<app::KeyStoreUnlockController>(*coordinator);
        auto recording = std::make_unique<app::RecordingNotifier>();
        notifier = recording.get();
        controllers.notifier = std::move(recording);
        controllers.features = &app::makeFeatures;
        controllers.account = &coordinator->session();
        app::CommandLineOptions options;
        options.profileDir = profile->path();
        options.language = QStringLiteral("en");
        app = std::make_unique<app::AppContext>(std::move(options), std::move(controllers));
        const auto appStarted = app->start();
        if (!appStarted.ok())
            return appStarted.error().message;
        window()->resize(1280, 800);
        if (!QTest::qWaitForWindowExposed(window()))
            return QStringLiteral("window not exposed");

        app::AccountCoordinator::PresetSignIn preset{
            Jid::parse(me()), QStringLiteral("pw-lihua"), {}};
        preset.connection.host = server->host();
        preset.connection.port = server->c2sPort();
        preset.connection.caFile = server->caPath();
        coordinator->resume(preset);
        if (!QTest::qWaitFor(
                [&] { return session->state() == ui::SessionController::State::Online; }, 30000))
            return QStringLiteral("not online: ") + session->errorDetail();
        if (!feature() || !QTest::qWaitFor([&] { return chat().ready(); }, 10000))
            return QStringLiteral("chat not ready");
        if (!QTest::qWaitFor([&] { return chat().contacts()->people().size() >= peerUsers.size(); },
                             10000))
            return QStringLiteral("contacts did not reach the chat");
        if (!QTest::qWaitFor([&] { return item(QStringLiteral("chat.conversations")); }, 10000))
            return QStringLiteral("no conversation list");
        return {};
    }

    static QString displayName(const QString &user) { return user.left(1).toUpper() + user.mid(1); }

    // The first message event at this peer matching pred (consumed), within timeoutMs.
    std::optional<QJsonObject> waitAt(const QString &user,
                                      const std::function<bool(const QJsonObject &)> &pred,
                                      int timeoutMs = 15000)
    {
        return peer(user).waitForEvent(pred, timeoutMs);
    }

    // A message stanza this peer got whose XML contains all of these.
    std::optional<QJsonObject> waitForXml(const QString &user, const QStringList &needles,
                                          int timeoutMs = 15000)
    {
        return waitAt(
            user,
            [needles](const QJsonObject &e) {
                if (e.value(u"event").toString() != u"any_message")
                    return false;
                const QString xml = e.value(u"xml").toString();
                for (const QString &n : needles) {
                    if (!xml.contains(n))
                        return false;
                }
                return true;
            },
            timeoutMs);
    }

    bool shot(const QString &name) { return ui.screenshot(shotDir, name); }

    void saveFailure(const char *function)
    {
        if (app && window()) {
            const QString path = shotDir + QStringLiteral("/failed-") +
                                 QString::fromLatin1(function) + QStringLiteral(".png");
            window()->grabWindow().save(path);
            qWarning("screenshot of the failure: %s", qPrintable(path));
        }
    }
};

} // namespace teahouse::test
