// FreedesktopNotifier against a fake org.freedesktop.Notifications on a private session bus
// (a dbus-daemon started for this test): what Notify carries, replacing a conversation's
// notification, a click coming back as activated(key), the launcher's unread count.
#include "platform/FreedesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace teahouse::app;

namespace {

// The notification service as GNOME Shell or dunst would answer it, recording every call.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString appName;
        uint replacesId;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout;
    };
    QList<Call> calls;
    QStringList capabilities{"body", "actions", "body-markup"};
    uint nextId = 41;

public Q_SLOTS:
    Q_SCRIPTABLE QStringList GetCapabilities() { return capabilities; }
    Q_SCRIPTABLE uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                             const QString &summary, const QString &body,
                             const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        calls.append({appName, replacesId, appIcon, summary, body, actions, hints, timeout});
        return replacesId != 0 ? replacesId : ++nextId;
    }
    Q_SCRIPTABLE void CloseNotification(uint) {}
    Q_SCRIPTABLE QString GetServerInformation(QString &vendor, QString &version,
                                              QString &specVersion)
    {
        vendor = "Teahouse tests";
        version = "1";
        specVersion = "1.2";
        return "fake";
    }

Q_SIGNALS:
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString &actionKey);
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);
};

// Listens for the launcher count signal.
class LauncherListener : public QObject
{
    Q_OBJECT
public:
    QList<QVariantMap> updates;
public Q_SLOTS:
    void update(const QString &appUri, const QVariantMap &properties)
    {
        if (appUri == u"application://chat.teahouse.Teahouse.desktop")
            updates.append(properties);
    }
};

} // namespace

class TestFreedesktopNotifier : public QObject
{
    Q_OBJECT
private:
    QProcess m_daemon;
    QString m_address;
    std::unique_ptr<FakeNotificationService> m_service;

    [[nodiscard]] QDBusConnection bus(const QString &name) const
    {
        return QDBusConnection::connectToBus(m_address, name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString daemon = QStandardPaths::findExecutable("dbus-daemon");
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is not installed (Debian package dbus-daemon)");
        m_daemon.start(daemon, {"--session", "--nofork", "--print-address"});
        QVERIFY(m_daemon.waitForReadyRead(10000));
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY2(m_address.startsWith("unix:"), qPrintable(m_address));
        QVERIFY(bus("client").isConnected());
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus("client");
        QDBusConnection::disconnectFromBus("service");
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

    void serviceIsFoundOnlyWhenRegistered()
    {
        QVERIFY(!FreedesktopNotifier::serviceAvailable(bus("client")));
        m_service = std::make_unique<FakeNotificationService>();
        QDBusConnection service = bus("service");
        QVERIFY(service.registerObject("/org/freedesktop/Notifications", m_service.get(),
                                       QDBusConnection::ExportScriptableSlots |
                                           QDBusConnection::ExportScriptableSignals));
        QVERIFY(service.registerService("org.freedesktop.Notifications"));
        QVERIFY(FreedesktopNotifier::serviceAvailable(bus("client")));
        QVERIFY(!FreedesktopNotifier::serviceAvailable(QDBusConnection("not-connected")));
    }

    void notifyCarriesTitleBodyAndIdentity()
    {
        QVERIFY(m_service);
        m_service->calls.clear();
        FreedesktopNotifier notifier(bus("client"));
        // The capabilities answer first (asynchronous): then the body goes out escaped.
        QTest::qWait(200);
        notifier.notify("张伟", "明天 <b>见</b> & bye", "chat:zhangwei@localhost");
        QTRY_COMPARE(m_service->calls.size(), 1);
        const auto &call = m_service->calls.constFirst();
        QCOMPARE(call.appName, "chat.teahouse.Teahouse");
        QCOMPARE(call.appIcon, "chat.teahouse.Teahouse");
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.summary, "张伟");
        QCOMPARE(call.body, "明天 &lt;b&gt;见&lt;/b&gt; &amp; bye");
        QCOMPARE(call.actions, (QStringList{"default", "Open"}));
        QCOMPARE(call.hints.value("desktop-entry").toString(), "chat.teahouse.Teahouse");
        QCOMPARE(call.hints.value("category").toString(), "im.received");
        QCOMPARE(call.timeout, -1);
    }

    void plainBodyWithoutMarkupCapability()
    {
        QVERIFY(m_service);
        m_service->calls.clear();
        m_service->capabilities = {"body"};
        FreedesktopNotifier notifier(bus("client"));
        QTest::qWait(200);
        notifier.notify("Bob", "a < b", "chat:bob@localhost");
        QTRY_COMPARE(m_service->calls.size(), 1);
        QCOMPARE(m_service->calls.constFirst().body, "a < b");
        QCOMPARE(m_service->calls.constFirst().actions, QStringList());
        m_service->capabilities = {"body", "actions", "body-markup"};
    }

    void sameKeyReplacesAndClickActivates()
    {
        QVERIFY(m_service);
        m_service->calls.clear();
        FreedesktopNotifier notifier(bus("client"));
        QSignalSpy activated(&notifier, &Notifier::activated);
        QTest::qWait(200);
        notifier.notify("Alice", "one", "chat:alice@localhost");
        QTRY_COMPARE(m_service->calls.size(), 1);
        QTest::qWait(100); // the id comes back asynchronously
        notifier.notify("Alice", "two", "chat:alice@localhost");
        notifier.notify("Bob", "hi", "chat:bob@localhost");
        QTRY_COMPARE(m_service->calls.size(), 3);
        const uint aliceId = m_service->nextId - 1;
        QCOMPARE(m_service->calls.at(1).replacesId, aliceId);
        QCOMPARE(m_service->calls.at(2).replacesId, 0u);

        // Another program's notification and an unknown action are ignored.
        Q_EMIT m_service->ActionInvoked(9999, "default");
        Q_EMIT m_service->ActionInvoked(aliceId, "mute");
        Q_EMIT m_service->ActionInvoked(aliceId, "default");
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), "chat:alice@localhost");

        // Once closed, the next message of that conversation opens a new notification.
        const uint bobId = m_service->nextId;
        Q_EMIT m_service->NotificationClosed(bobId, 2);
        QTest::qWait(200);
        notifier.notify("Bob", "again", "chat:bob@localhost");
        QTRY_COMPARE(m_service->calls.size(), 4);
        QCOMPARE(m_service->calls.at(3).replacesId, 0u);
    }

    void unreadCountGoesToTheLauncher()
    {
        LauncherListener listener;
        QDBusConnection service = bus("service");
        QVERIFY(service.connect(QString(), "/chat/teahouse/Teahouse",
                                "com.canonical.Unity.LauncherEntry", "Update", &listener,
                                SLOT(update(QString, QVariantMap))));
        FreedesktopNotifier notifier(bus("client"));
        notifier.setUnreadCount(7);
        notifier.setUnreadCount(0);
        QTRY_COMPARE(listener.updates.size(), 2);
        QCOMPARE(listener.updates.at(0).value("count").toLongLong(), 7);
        QCOMPARE(listener.updates.at(0).value("count-visible").toBool(), true);
        QCOMPARE(listener.updates.at(1).value("count").toLongLong(), 0);
        QCOMPARE(listener.updates.at(1).value("count-visible").toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestFreedesktopNotifier)
#include "tst_freedesktop_notifier.moc"
