// The log files keep no secrets: the real `teahouse` signs in (password from an account file,
// store key from a passphrase) with every teahouse.* category at debug, the raw stanza log
// included, while a peer's message waits for it on the server; then no file under logs/ holds
// the password, the passphrase or the message text — though stderr shows the message went
// through the same message handler.
#include "Peer.h"
#include "TestServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;

class TestLogSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void logsHoldNoSecrets()
    {
        TEAHOUSE_START_TEST_SERVER(server);
        const QString password = QStringLiteral("Pw-planted-7f3e-密码");
        const QString passphrase = QStringLiteral("Passphrase-planted-2b9a-口令");
        const QString messageText = QStringLiteral("Message-planted-8c1d 明天去医院");
        QVERIFY(server->addUser("planted", password).ok());
        QVERIFY(server->addUser("bob", "bob-password").ok());

        // A message waiting on the server: delivered as soon as the app is online.
        test::Peer bob(QStringLiteral("bob"));
        QVERIFY(bob.start().ok());
        QVERIFY(bob.signIn(*server, "bob", "bob-password").ok());
        bob.sendMessage(server->jid("planted"), messageText);
        QTest::qWait(500);

        QTemporaryDir dir;
        const QString accountFile = dir.filePath("account.json");
        {
            QFile file(accountFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(QJsonObject{{"jid", server->jid("planted")},
                                                 {"password", password},
                                                 {"host", server->host()},
                                                 {"port", server->c2sPort()},
                                                 {"caFile", server->caPath()}})
                           .toJson());
        }
        const QString profile = dir.filePath("profile");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("TEAHOUSE_PASSPHRASE", passphrase);
        // Everything on, the wire too: the file must filter, not the rules.
        env.insert("QT_LOGGING_RULES", "teahouse.*=true");
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(TEAHOUSE_BINARY),
                  {"--profile", profile, "--account-file", accountFile, "--screenshot-tour",
                   dir.filePath("shots")});
        QVERIFY(app.waitForFinished(150000));
        const QByteArray stderrText = app.readAllStandardError();
        QVERIFY2(app.exitCode() == 0, stderrText.right(3000).constData());
        QVERIFY2(!stderrText.contains("the tour runs without a session"),
                 stderrText.right(3000).constData());
        // The handler did see the message (stderr is the next handler in the chain).
        QVERIFY2(stderrText.contains(messageText.toUtf8()),
                 "the planted message never reached the app; the test would prove nothing");

        const QString logs = QDir(profile).filePath("logs");
        QStringList files;
        qint64 bytes = 0;
        for (QDirIterator it(logs, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString path = it.next();
            files << path;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            bytes += text.size();
            for (const QString &secret : {password, passphrase, messageText}) {
                QVERIFY2(!text.contains(secret.toUtf8()),
                         qPrintable(QStringLiteral("%1 holds \"%2\"").arg(path, secret)));
                // Nor its ASCII part alone (a partly escaped or truncated copy).
                QVERIFY2(!text.contains(secret.section(u' ', 0, 0).left(16).toUtf8()),
                         qPrintable(QStringLiteral("%1 holds part of \"%2\"").arg(path, secret)));
            }
            QVERIFY2(!text.contains("<body>"), qPrintable(path));
        }
        // The logs are there and say something: an empty directory would pass trivially.
        QVERIFY2(!files.isEmpty(), qPrintable(logs));
        QVERIFY2(bytes > 200, qPrintable(QString::number(bytes)));
        QFile main(QDir(logs).filePath("teahouse.log"));
        QVERIFY(main.open(QIODevice::ReadOnly));
        const QByteArray text = main.readAll();
        QVERIFY2(text.contains(" teahouse.xmpp"), text.left(2000).constData());
    }
};

QTEST_GUILESS_MAIN(TestLogSecrets)
#include "tst_log_secrets.moc"
