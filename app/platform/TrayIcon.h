#pragma once

#include <QIcon>
#include <QImage>
#include <QObject>
#include <QString>
#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace teahouse::app {

// The icon in the system tray (Windows, macOS menu bar, Linux StatusNotifier hosts): the
// unread count drawn on it and in its tooltip, a click shows the window, a menu to show or
// quit; where no notification service exists it shows the notifications as tray messages.
// Needs a QApplication (QSystemTrayIcon is a widget class).
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    [[nodiscard]] static bool available();

    void setUnreadCount(int count);
    // A tray balloon; clicking it emits messageClicked(key).
    void showMessage(const QString &title, const QString &body, const QString &key);
    [[nodiscard]] int unreadCount() const { return m_unread; }
    [[nodiscard]] QString toolTip() const;

    // The app icon with a red badge carrying count ("99+" past 99); count 0: the icon as is.
    [[nodiscard]] static QImage badged(const QImage &icon, int count);
    // The app icon (from the app's resources) at this size.
    [[nodiscard]] static QImage appIcon(int size);

Q_SIGNALS:
    void showRequested();
    void quitRequested();
    void messageClicked(const QString &key);

private:
    void retranslate();

    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    int m_unread = 0;
    QString m_lastKey;
};

} // namespace teahouse::app
