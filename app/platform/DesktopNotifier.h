#pragma once

#include "platform/Notifier.h"

#include <memory>

namespace teahouse::app {

class TrayIcon;

// The Notifier the app runs with: notifications through the system's service (freedesktop
// on Linux when one runs) or else as tray messages, and the unread count on the tray icon and
// the launcher. Either part may be missing (no tray on a bare X server, no service under
// Windows); then that part does nothing.
class DesktopNotifier : public Notifier
{
    Q_OBJECT
public:
    // service: shows the notifications (may be null); tray: the tray icon (may be null).
    DesktopNotifier(std::unique_ptr<Notifier> service, std::unique_ptr<TrayIcon> tray,
                    QObject *parent = nullptr);
    ~DesktopNotifier() override;

    void notify(const QString &title, const QString &body, const QString &key) override;
    void setUnreadCount(int count) override;

    [[nodiscard]] Notifier *service() const { return m_service.get(); }
    [[nodiscard]] TrayIcon *tray() const { return m_tray.get(); }

Q_SIGNALS:
    // The tray asks for the window (a click on the icon or "Show Teahouse").
    void showRequested();
    void quitRequested();

private:
    std::unique_ptr<Notifier> m_service;
    std::unique_ptr<TrayIcon> m_tray;
};

} // namespace teahouse::app
