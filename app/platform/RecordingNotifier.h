#pragma once

#include "platform/Notifier.h"

#include <QList>

namespace teahouse::app {

// A Notifier that shows nothing and remembers every call: the default where no desktop
// integration is wired (tests, the screenshot tour), and what tests assert on.
class RecordingNotifier : public Notifier
{
    Q_OBJECT
public:
    struct Notification
    {
        QString title;
        QString body;
        QString key;
    };

    using Notifier::Notifier;

    void notify(const QString &title, const QString &body, const QString &key) override;
    void setUnreadCount(int count) override;

    [[nodiscard]] const QList<Notification> &notifications() const { return m_notifications; }
    [[nodiscard]] int unreadCount() const { return m_unreadCount; }
    // Acts as if the user clicked the notification with this key.
    void activate(const QString &key) { Q_EMIT activated(key); }

private:
    QList<Notification> m_notifications;
    int m_unreadCount = 0;
};

} // namespace teahouse::app
