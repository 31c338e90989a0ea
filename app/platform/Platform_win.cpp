// Windows: tray messages as notifications, the xmpp: scheme under HKCU\Software\Classes for a
// copy that was not installed by the NSIS installer (which writes the same keys).
#include "platform/DesktopNotifier.h"
#include "platform/Platform.h"
#include "platform/TrayIcon.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace teahouse::app {

// Windows Error Reporting writes full dumps only where an administrator configured LocalDumps;
// turning its minidumps off per process is not done yet.
void Platform::disableCoreDumps() {}

// Windows Error Reporting records the crash (and its stack) in the event log.
void Platform::printStackOnCrash() {}

void Platform::prepareApplication() {}

QString Platform::localServerName(const QString &name)
{
    // A named pipe; QLocalServer::UserAccessOption limits it to this user.
    return name;
}

std::unique_ptr<DesktopNotifier> Platform::makeNotifier()
{
    std::unique_ptr<TrayIcon> tray;
    if (TrayIcon::available())
        tray = std::make_unique<TrayIcon>();
    return std::make_unique<DesktopNotifier>(nullptr, std::move(tray));
}

void Platform::watchOpenRequests(QCoreApplication & /*app*/,
                                 std::function<void(const QString &uri)> /*open*/)
{
    // The registry runs `teahouse.exe "%1"`: links reach SingleInstance on the command line.
}

void Platform::registerUriScheme()
{
    QSettings classes(QStringLiteral("HKEY_CURRENT_USER\\Software\\Classes\\xmpp"),
                      QSettings::NativeFormat);
    if (!classes.value(QStringLiteral("shell/open/command/Default")).toString().isEmpty())
        return; // the installer or another XMPP client has it: leave the user's choice alone
    const QString program = QDir::toNativeSeparators(QCoreApplication::applicationFilePath());
    classes.setValue(QStringLiteral("Default"), QStringLiteral("URL:XMPP link"));
    classes.setValue(QStringLiteral("URL Protocol"), QString());
    classes.setValue(QStringLiteral("DefaultIcon/Default"), program + QStringLiteral(",0"));
    classes.setValue(QStringLiteral("shell/open/command/Default"),
                     QStringLiteral("\"%1\" \"%2\"").arg(program, QStringLiteral("%1")));
}

} // namespace teahouse::app
