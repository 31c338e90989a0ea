// Linux and other freedesktop systems: notifications over D-Bus, the tray through the
// StatusNotifier host if one runs, the xmpp: scheme from the .desktop file.
#include "base/Logging.h"
#include "platform/DesktopNotifier.h"
#include "platform/FreedesktopNotifier.h"
#include "platform/Platform.h"
#include "platform/TrayIcon.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>

namespace teahouse::app {

void Platform::prepareApplication()
{
    // Wayland compositors and notification services match windows to the .desktop file.
    QGuiApplication::setDesktopFileName(QStringLiteral("chat.teahouse.Teahouse"));
}

QString Platform::localServerName(const QString &name)
{
    // $XDG_RUNTIME_DIR is the user's own (mode 0700), so no other user can squat on the name;
    // without it Qt's default (the temp directory) still works.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(name);
    return name;
}

std::unique_ptr<DesktopNotifier> Platform::makeNotifier()
{
    std::unique_ptr<Notifier> service;
    if (FreedesktopNotifier::serviceAvailable())
        service = std::make_unique<FreedesktopNotifier>();
    else
        qCInfo(lcApp) << "notifications: no freedesktop notification service";
    std::unique_ptr<TrayIcon> tray;
    if (TrayIcon::available())
        tray = std::make_unique<TrayIcon>();
    return std::make_unique<DesktopNotifier>(std::move(service), std::move(tray));
}

void Platform::watchOpenRequests(QCoreApplication & /*app*/,
                                 std::function<void(const QString &uri)> /*open*/)
{
    // Links arrive as `teahouse %u` (the .desktop file) and reach SingleInstance.
}

void Platform::registerUriScheme()
{
    // The .desktop file declares x-scheme-handler/xmpp; the user's default is theirs to pick.
}

} // namespace teahouse::app
