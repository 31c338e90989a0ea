#pragma once

#include <QString>
#include <functional>
#include <memory>

class QCoreApplication;

namespace teahouse::app {

class DesktopNotifier;

// What differs between Linux, Windows and macOS, behind one interface; each system has its own
// implementation file (Platform_linux.cpp, Platform_win.cpp, Platform_mac.cpp), chosen in
// app/CMakeLists.txt, so no other file needs #ifdef Q_OS_….
class Platform
{
public:
    Platform() = delete;

    // First thing in main: a crash writes no core file. A core is the app's whole memory —
    // every message, draft and key it had open, in clear — left on disk (the at-rest audit,
    // tests/integration/audit/app_at_rest.py --abort, found every secret of its run in one).
    static void disableCoreDumps();
    // Then: a crash prints its signal and stack (addresses, function names) on stderr before
    // the process ends, so a crash seen once in a test run can be traced without a core.
    static void printStackOnCrash();

    // Before the application object exists: the identity the desktop matches windows,
    // notifications and the launcher entry with.
    static void prepareApplication();

    // Where a QLocalServer named `name` lives, reachable by this user only (a socket in the
    // user's runtime directory on Unix, a named pipe on Windows).
    [[nodiscard]] static QString localServerName(const QString &name);

    // The notifier for this desktop (needs the QApplication): notification service and tray.
    [[nodiscard]] static std::unique_ptr<DesktopNotifier> makeNotifier();

    // Links the system hands to the running app outside its command line (macOS sends a
    // clicked xmpp: link as an open-URL event) go to open; elsewhere nothing needs watching.
    static void watchOpenRequests(QCoreApplication &app,
                                  std::function<void(const QString &uri)> open);

    // Makes this program the xmpp: handler for the user when nothing else is registered (a
    // portable Windows copy; installers and the .desktop file do it otherwise).
    static void registerUriScheme();
};

} // namespace teahouse::app
