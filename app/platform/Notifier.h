#pragma once

#include <QObject>
#include <QString>

namespace teahouse::app {

// The desktop's notification area, as features see it: a notification per event and the
// total unread count (tray badge). The real implementations (freedesktop notifications, the
// tray icon) live next to this file; tests use RecordingNotifier.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Shows a notification. key says what activating it opens (e.g. "chat:alice@example.org").
    virtual void notify(const QString &title, const QString &body, const QString &key) = 0;
    // The number of unread messages over all conversations; 0 clears the badge.
    virtual void setUnreadCount(int count) = 0;

Q_SIGNALS:
    // The user clicked the notification with this key.
    void activated(const QString &key);
};

} // namespace teahouse::app
