// Single instance across real processes: a second start hands its arguments to the first and
// exits; a socket left by a killed instance is taken over; the real `teahouse` forwards an
// xmpp: link to the running one for the same profile.
#include "platform/SingleInstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse::app;

namespace {

QString readLine(QProcess &process, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine() && timer.elapsed() < timeoutMs)
        process.waitForReadyRead(100);
    return QString::fromUtf8(process.readLine()).trimmed();
}

QString runHelper(const QString &server, const QStringList &arguments, int *exitCode)
{
    QProcess helper;
    helper.start(QStringLiteral(SINGLEINSTANCE_HELPER), QStringList{server} + arguments);
    if (!helper.waitForFinished(15000))
        return QStringLiteral("timeout");
    *exitCode = helper.exitCode();
    return QString::fromUtf8(helper.readAllStandardOutput()).trimmed();
}

bool waitForFileContaining(const QString &path, const QByteArray &text, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            return true;
        QTest::qWait(100);
    }
    return false;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondStartForwardsItsArguments()
    {
        QTemporaryDir dir;
        const QString server = dir.filePath("sock");
        QProcess primary;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("TEAHOUSE_HELPER_MESSAGES", "2");
        primary.setProcessEnvironment(env);
        primary.start(QStringLiteral(SINGLEINSTANCE_HELPER), {server});
        QCOMPARE(readLine(primary), "primary");

        int code = -1;
        const QStringList first{"xmpp:alice@example.org?message;body=Hi%20there", "--lang"};
        QCOMPARE(runHelper(server, first, &code), "forwarded");
        QCOMPARE(code, 0);
        QCOMPARE(runHelper(server, {"xmpp:bob@example.org"}, &code), "forwarded");
        QCOMPARE(code, 0);

        QCOMPARE(readLine(primary), QJsonDocument(QJsonArray::fromStringList(first))
                                        .toJson(QJsonDocument::Compact));
        QCOMPARE(readLine(primary), "[\"xmpp:bob@example.org\"]");
        QVERIFY(primary.waitForFinished(10000));
        QCOMPARE(primary.exitCode(), 0);
    }

    void socketOfAKilledInstanceIsTakenOver()
    {
        QTemporaryDir dir;
        const QString server = dir.filePath("sock");
        QProcess crashed;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("TEAHOUSE_HELPER_MESSAGES", "1");
        crashed.setProcessEnvironment(env);
        crashed.start(QStringLiteral(SINGLEINSTANCE_HELPER), {server});
        QCOMPARE(readLine(crashed), "primary");
        crashed.kill(); // SIGKILL: the socket file stays behind
        QVERIFY(crashed.waitForFinished(5000));
        QVERIFY(QFileInfo::exists(server));

        int code = -1;
        QCOMPARE(runHelper(server, {"xmpp:carol@example.org"}, &code), "primary");
        QCOMPARE(code, 0);
    }

    void serverNameIsPerProfileAndPrivate()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        QCOMPARE(SingleInstance::serverNameFor(a.path()), SingleInstance::serverNameFor(a.path()));
        QVERIFY(SingleInstance::serverNameFor(a.path()) != SingleInstance::serverNameFor(b.path()));
        // The same directory through a relative path is the same profile.
        const QString relative = QDir::current().relativeFilePath(a.path());
        QCOMPARE(SingleInstance::serverNameFor(relative), SingleInstance::serverNameFor(a.path()));
        // Neither the user nor the profile path shows in the name.
        QVERIFY(!SingleInstance::serverNameFor(a.path()).contains(QFileInfo(a.path()).fileName()));
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
            QVERIFY(SingleInstance::serverNameFor(a.path()).startsWith(runtime));
    }

    void theAppForwardsAnXmppLink()
    {
        QTemporaryDir profile;
        QTemporaryDir runtime; // the socket lives here (XDG_RUNTIME_DIR), not in the user's
        QFile::setPermissions(runtime.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_RUNTIME_DIR", runtime.path());
        env.insert("QT_QPA_PLATFORM", "offscreen");
        const QString log = QDir(profile.path()).filePath("logs/teahouse.log");

        QProcess first;
        first.setProcessEnvironment(env);
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(QStringLiteral(TEAHOUSE_BINARY), {"--profile", profile.path()});
        QVERIFY2(waitForFileContaining(log, "single instance: listening"), "first start");

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(TEAHOUSE_BINARY),
                     {"--profile", profile.path(), "xmpp:alice@localhost?message"});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(waitForFileContaining(log, "single instance: a later start sent 1 argument"),
                 "the first instance did not receive the link");
        QCOMPARE(first.state(), QProcess::Running);

        // Another profile is another instance: it starts its own.
        QTemporaryDir otherProfile;
        QProcess other;
        other.setProcessEnvironment(env);
        other.start(QStringLiteral(TEAHOUSE_BINARY), {"--profile", otherProfile.path()});
        QVERIFY2(waitForFileContaining(QDir(otherProfile.path()).filePath("logs/teahouse.log"),
                                       "single instance: listening"),
                 "second profile");
        QCOMPARE(other.state(), QProcess::Running);

        for (QProcess *p : {&first, &other}) {
            p->terminate();
            if (!p->waitForFinished(10000))
                p->kill();
        }
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
