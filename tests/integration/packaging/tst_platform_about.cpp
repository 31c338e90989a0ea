// The About text (Settings → About) and `teahouse --version` name the same versions, and each
// one is what the library in this process reports.
#include "platform/AboutInfo.h"

#include <QProcess>
#include <QTest>
#include <openssl/crypto.h>

using namespace teahouse::app;

class TestPlatformAbout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesEveryComponent()
    {
        const auto components = componentVersions(QStringLiteral("9.8.7"));
        QStringList names;
        for (const auto &c : components)
            names << c.name;
        QCOMPARE(names, (QStringList{"Teahouse", "Qt", "SQLCipher", "OpenSSL", "ZXing-cpp"}));
        QCOMPARE(components.at(0).version, "9.8.7");
        QCOMPARE(components.at(1).version, QString::fromLatin1(qVersion()));
        // PRAGMA cipher_version answered: a plain SQLite would say "missing".
        QVERIFY2(components.at(2).version.contains(QRegularExpression("^\\d+\\.\\d+\\.\\d+")),
                 qPrintable(components.at(2).version));
        QVERIFY(components.at(2).version.contains("SQLite 3."));
        QVERIFY2(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))
                     .contains(components.at(3).version.section(u' ', 0, 0)),
                 qPrintable(components.at(3).version));
        QVERIFY2(components.at(4).version.contains(QRegularExpression("^\\d+\\.\\d+\\.\\d+$")),
                 qPrintable(components.at(4).version));
    }

    void textHasOneLinePerComponent()
    {
        const QStringList lines = versionText(QStringLiteral("1.2.3")).split(u'\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), "Teahouse 1.2.3");
        QVERIFY(lines.at(2).startsWith("SQLCipher "));
    }

    void commandLinePrintsTheSameText()
    {
        QProcess teahouse;
        teahouse.start(QStringLiteral(TEAHOUSE_BINARY), {QStringLiteral("--version")});
        QVERIFY(teahouse.waitForFinished(30000));
        QCOMPARE(teahouse.exitCode(), 0);
        const QString printed = QString::fromUtf8(teahouse.readAllStandardOutput()).trimmed();
        const QString version = printed.section(u'\n', 0, 0).section(u' ', 1);
        QVERIFY2(!version.isEmpty(), qPrintable(printed));
        QCOMPARE(printed, versionText(version));
    }
};

QTEST_GUILESS_MAIN(TestPlatformAbout)
#include "tst_platform_about.moc"
