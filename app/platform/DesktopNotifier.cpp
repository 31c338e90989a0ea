#include "platform/DesktopNotifier.h"

#include "platform/TrayIcon.h"

namespace teahouse::app {

DesktopNotifier::DesktopNotifier(std::unique_ptr<Notifier> service, std::unique_ptr<TrayIcon> tray,
                                 QObject *parent)
    : Notifier(parent)
    , m_service(std::move(service))
    , m_tray(std::move(tray))
{
    if (m_service)
        connect(m_service.get(), &Notifier::activated, this, &Notifier::activated);
    if (m_tray) {
        connect(m_tray.get(), &TrayIcon::messageClicked, this, &Notifier::activated);
        connect(m_tray.get(), &TrayIcon::showRequested, this, &DesktopNotifier::showRequested);
        connect(m_tray.get(), &TrayIcon::quitRequested, this, &DesktopNotifier::quitRequested);
    }
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(const QString &title, const QString &body, const QString &key)
{
    if (m_service)
        m_service->notify(title, body, key);
    else if (m_tray)
        m_tray->showMessage(title, body, key);
}

void DesktopNotifier::setUnreadCount(int count)
{
    if (m_service)
        m_service->setUnreadCount(count);
    if (m_tray)
        m_tray->setUnreadCount(count);
}

} // namespace teahouse::app
