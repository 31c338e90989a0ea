#include "platform/FreedesktopNotifier.h"

#include "base/Logging.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>

namespace teahouse::app {

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
const QString defaultAction = QStringLiteral("default");
// Notifications stay until the user dismisses them or the service decides (-1).
constexpr int serviceDefaultTimeout = -1;

} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : Notifier(parent)
    , m_bus(bus)
{
    m_bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));

    // Asked once, without blocking the start: until the answer the body goes out as plain
    // text without actions, which every service shows correctly.
    const QDBusMessage call =
        QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *finished) {
                const QDBusPendingReply<QStringList> reply = *finished;
                if (!reply.isError()) {
                    const QStringList capabilities = reply.value();
                    m_bodyMarkup = capabilities.contains(QStringLiteral("body-markup"));
                    m_actions = capabilities.contains(QStringLiteral("actions"));
                } else {
                    qCInfo(lcApp) << "notifications: no capabilities:" << reply.error().name();
                }
                finished->deleteLater();
            });
}

bool FreedesktopNotifier::serviceAvailable(const QDBusConnection &bus)
{
    if (!bus.isConnected() || !bus.interface())
        return false;
    if (bus.interface()->isServiceRegistered(service).value())
        return true;
    const QDBusReply<QStringList> activatable =
        bus.interface()->call(QStringLiteral("ListActivatableNames"));
    return activatable.isValid() && activatable.value().contains(service);
}

void FreedesktopNotifier::notify(const QString &title, const QString &body, const QString &key)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    const uint replaces = m_idByKey.value(key, 0);
    const QStringList actions = m_actions ? QStringList{defaultAction, tr("Open")} : QStringList{};
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QString::fromLatin1(desktopEntry)},
        {QStringLiteral("category"), QStringLiteral("im.received")},
    };
    call << QString::fromLatin1(desktopEntry) << replaces << QString::fromLatin1(desktopEntry)
         << title << (m_bodyMarkup ? body.toHtmlEscaped() : body) << actions << hints
         << serviceDefaultTimeout;

    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key, replaces](QDBusPendingCallWatcher *finished) {
                const QDBusPendingReply<uint> reply = *finished;
                finished->deleteLater();
                if (reply.isError()) {
                    qCWarning(lcApp) << "notifications: Notify failed:" << reply.error().name();
                    return;
                }
                const uint id = reply.value();
                if (replaces != 0 && replaces != id)
                    forget(replaces);
                m_keyById.insert(id, key);
                m_idByKey.insert(key, id);
            });
}

void FreedesktopNotifier::setUnreadCount(int count)
{
    QDBusMessage signal = QDBusMessage::createSignal(
        QStringLiteral("/chat/teahouse/Teahouse"),
        QStringLiteral("com.canonical.Unity.LauncherEntry"), QStringLiteral("Update"));
    signal << QStringLiteral("application://%1.desktop").arg(QLatin1String(desktopEntry))
           << QVariantMap{{QStringLiteral("count"), qint64(qMax(count, 0))},
                          {QStringLiteral("count-visible"), count > 0}};
    m_bus.send(signal);
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_keyById.constFind(id);
    if (it == m_keyById.cend() || action != defaultAction)
        return; // another program's notification, or an action we did not offer
    const QString key = *it;
    forget(id);
    Q_EMIT activated(key);
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint /*reason*/)
{
    forget(id);
}

void FreedesktopNotifier::forget(uint id)
{
    const QString key = m_keyById.take(id);
    if (!key.isNull() && m_idByKey.value(key) == id)
        m_idByKey.remove(key);
}

} // namespace teahouse::app
