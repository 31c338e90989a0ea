#pragma once

#include "features/Feature.h"

#include <QHash>
#include <QPointer>
#include <memory>

namespace teahouse::chat {
class ChatService;
}
namespace teahouse::ui {
class ChatController;
}

namespace teahouse::app {

// Chat in the app: builds the account's ChatService when its store opens and hands it to the
// ChatController that QML sees as features.chat; turns incoming messages into desktop
// notifications (muted chats stay quiet unless they @mention me) and keeps the tray's unread
// count; gives the controller the roster's contacts for new groups; adds the chat screens to
// the screenshot tour.
class ChatFeature : public Feature
{
    Q_OBJECT
public:
    explicit ChatFeature(const FeatureEnv &env, QObject *parent = nullptr);
    ~ChatFeature() override;

    [[nodiscard]] QString key() const override { return QStringLiteral("chat"); }
    [[nodiscard]] QObject *controller() override;
    void attach(account::AccountSession &session) override;
    void detach() override;
    [[nodiscard]] QList<TourStop> tourStops() override;

    [[nodiscard]] ui::ChatController &chatController() const { return *m_controller; }
    // The account's chat while attached, null otherwise.
    [[nodiscard]] chat::ChatService *service() const { return m_service.get(); }

private:
    void onIncoming(const QString &conversation, const QString &senderName, const QString &text,
                    bool muted, bool mentionsMe);
    void bindRoster();
    // A person's picture URL from the contacts feature (its avatar cache), "" without it.
    [[nodiscard]] QString avatarFor(const QString &bareJid) const;
    void updateContacts();
    // A direct conversation shows the contact's roster name (the name the user gave them).
    void nameFromRoster(const QString &jid);
    // Opens the first conversation of a kind that has messages; false if there is none.
    bool openFirst(bool group);
    // Opens the first conversation whose recent history holds a message of this kind and
    // returns that message's id (0: none).
    qint64 openWithKind(int kind);
    // Back to a plain screen: no image view, no popups, an empty composer.
    void resetScreens();

    FeatureEnv m_env;
    std::unique_ptr<ui::ChatController> m_controller;
    std::unique_ptr<chat::ChatService> m_service;
    QPointer<account::AccountSession> m_session;
    QHash<QString, QString> m_rosterNames; // bare JID -> roster name
};

} // namespace teahouse::app
