#pragma once

#include "platform/Notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QString>

namespace teahouse::app {

// Notifications through the freedesktop notification service (org.freedesktop.Notifications
// on the session bus: GNOME, KDE, XFCE, mako, dunst, ...), one per conversation key, replaced
// when the next message of that conversation comes; the unread count goes to the launcher
// (com.canonical.Unity.LauncherEntry, read by KDE, Dash to Dock and others).
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT
public:
    static constexpr const char *desktopEntry = "chat.teahouse.Teahouse";

    explicit FreedesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                                 QObject *parent = nullptr);

    // Whether a notification service runs on the bus or can be started by it.
    [[nodiscard]] static bool
    serviceAvailable(const QDBusConnection &bus = QDBusConnection::sessionBus());

    void notify(const QString &title, const QString &body, const QString &key) override;
    void setUnreadCount(int count) override;

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    void forget(uint id);

    QDBusConnection m_bus;
    bool m_bodyMarkup = false; // the service reads the body as markup: escape it
    bool m_actions = false;    // the service can report clicks
    QHash<uint, QString> m_keyById;
    QHash<QString, uint> m_idByKey;
};

} // namespace teahouse::app
