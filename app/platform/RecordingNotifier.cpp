#include "platform/RecordingNotifier.h"

namespace teahouse::app {

void RecordingNotifier::notify(const QString &title, const QString &body, const QString &key)
{
    m_notifications.append({title, body, key});
}

void RecordingNotifier::setUnreadCount(int count)
{
    m_unreadCount = count;
}

} // namespace teahouse::app
