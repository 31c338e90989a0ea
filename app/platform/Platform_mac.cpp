// macOS: tray (menu bar) messages as notifications, xmpp: links from Launch Services as
// QFileOpenEvent (Info.plist declares the scheme), sockets in the per-user runtime location.
#include "base/Logging.h"
#include "platform/DesktopNotifier.h"
#include "platform/Platform.h"
#include "platform/TrayIcon.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileOpenEvent>
#include <QStandardPaths>
#include <QUrl>

#include <sys/resource.h>

#include <cerrno>
#include <cstring>

namespace teahouse::app {

namespace {

// Turns the open-URL Apple events Qt delivers as QFileOpenEvent into calls of open.
class OpenRequestFilter : public QObject
{
public:
    OpenRequestFilter(std::function<void(const QString &)> open, QObject *parent)
        : QObject(parent)
        , m_open(std::move(open))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FileOpen) {
            const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
            if (url.scheme().compare(QLatin1String("xmpp"), Qt::CaseInsensitive) == 0) {
                m_open(url.toString(QUrl::FullyEncoded));
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void(const QString &)> m_open;
};

} // namespace

void Platform::disableCoreDumps()
{
    // Soft and hard limit 0: this process and what it starts (QtWebEngineProcess renders
    // the articles) write no core file into /cores. A developer debugs a crash under lldb,
    // which stops before any core.
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        qCWarning(lcApp) << "could not turn core dumps off:" << strerror(errno);
}

void Platform::prepareApplication() {}

QString Platform::localServerName(const QString &name)
{
    // Unix socket paths are limited to 104 bytes here: the temp directory is per user
    // ($TMPDIR under /var/folders) and short enough.
    return QDir(QDir::tempPath()).filePath(name);
}

std::unique_ptr<DesktopNotifier> Platform::makeNotifier()
{
    std::unique_ptr<TrayIcon> tray;
    if (TrayIcon::available())
        tray = std::make_unique<TrayIcon>();
    return std::make_unique<DesktopNotifier>(nullptr, std::move(tray));
}

void Platform::watchOpenRequests(QCoreApplication &app,
                                 std::function<void(const QString &uri)> open)
{
    app.installEventFilter(new OpenRequestFilter(std::move(open), &app));
}

void Platform::registerUriScheme()
{
    // Info.plist's CFBundleURLTypes registers the scheme when the bundle is installed.
}

} // namespace teahouse::app
