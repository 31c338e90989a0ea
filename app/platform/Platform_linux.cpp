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

#include <fontconfig/fontconfig.h>
#include <sys/resource.h>

#include <cerrno>
#include <cstring>

namespace teahouse::app {

namespace {

// Qt 6.4's FreeType engine corrupts the heap when it draws a colour bitmap emoji (Noto Color
// Emoji) as a subpixel (RGB) or hinted glyph, which it does on X11 whenever the desktop asks
// for subpixel text: a group named "周末爬山 ⛰" aborted the app as its title was drawn
// (scenario_group_name_emoji). Colour glyphs gain nothing from either, so colour emoji fonts
// are drawn greyscale-antialiased and unhinted, added to the process's fontconfig setup
// before Qt reads it.
constexpr char kEmojiFontRule[] = R"(<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <match target="font">
    <test name="color"><bool>true</bool></test>
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>false</bool></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
  </match>
</fontconfig>
)";

void addEmojiFontRule()
{
    if (!FcInit())
        return;
    FcConfig *config = FcConfigGetCurrent();
    if (!config || !FcConfigParseAndLoadFromMemory(
                       config, reinterpret_cast<const FcChar8 *>(kEmojiFontRule), FcTrue))
        qCWarning(lcApp) << "fontconfig did not take the colour emoji rule";
}

} // namespace

void Platform::disableCoreDumps()
{
    // Soft and hard limit 0: this process and what it starts (QtWebEngineProcess renders
    // the articles) write no core file, and systemd-coredump and apport, which honour the
    // limit, store none. A developer debugs a crash under gdb, which stops before any core.
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        qCWarning(lcApp) << "could not turn core dumps off:" << strerror(errno);
}

void Platform::prepareApplication()
{
    // Wayland compositors and notification services match windows to the .desktop file.
    QGuiApplication::setDesktopFileName(QStringLiteral("chat.teahouse.Teahouse"));
    addEmojiFontRule();
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
