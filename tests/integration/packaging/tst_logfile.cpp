// LogFile: only teahouse.* categories, never the wire category, rotation by size keeping N
// files, owner-only permissions, key-like runs masked.
#include "platform/LogFile.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse::app;

namespace {
Q_LOGGING_CATEGORY(lcTestXmpp, "teahouse.xmpp", QtDebugMsg)
Q_LOGGING_CATEGORY(lcTestWire, "teahouse.xmpp.wire", QtDebugMsg)
Q_LOGGING_CATEGORY(lcTestWireDetail, "teahouse.xmpp.wire.detail", QtDebugMsg)
Q_LOGGING_CATEGORY(lcOther, "qt.network.ssl", QtDebugMsg)
Q_LOGGING_CATEGORY(lcLookalike, "teahousex.app", QtDebugMsg)

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsOnlyTeahouseCategoriesButNotTheWire()
    {
        QTemporaryDir dir;
        {
            LogFile log(dir.filePath("logs"));
            log.install();
            qCInfo(lcTestXmpp) << "connected to the server";
            qCDebug(lcTestWire) << "<message><body>wire-body-text</body></message>";
            qCDebug(lcTestWireDetail) << "wire-detail-text";
            qCWarning(lcOther) << "other-category-text";
            qCWarning(lcLookalike) << "lookalike-text";
            qWarning() << "default-category-text";
        }
        const QByteArray text = readAll(QDir(dir.filePath("logs")).filePath("teahouse.log"));
        QVERIFY2(text.contains("info teahouse.xmpp: connected to the server"), text.constData());
        for (const char *absent : {"wire-body-text", "wire-detail-text", "other-category-text",
                                   "lookalike-text", "default-category-text"})
            QVERIFY2(!text.contains(absent), absent);
        // Only the owner may read it.
        const auto permissions =
            QFile::permissions(QDir(dir.filePath("logs")).filePath("teahouse.log"));
        QVERIFY(permissions & QFile::ReadOwner);
        QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther)));
    }

    void uninstallsOnDestruction()
    {
        QTemporaryDir dir;
        {
            LogFile log(dir.path());
            log.install();
        }
        qCInfo(lcTestXmpp) << "after the log is gone";
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath("teahouse.log")));
    }

    void rotatesBySizeKeepingNFiles()
    {
        QTemporaryDir dir;
        const qint64 maxBytes = 4096;
        const int kept = 3;
        LogFile log(dir.path(), maxBytes, kept);
        const QString line = QString(100, u'x');
        for (int i = 0; i < 400; ++i) // ~50 KB: many rotations
            log.write(QtInfoMsg, "teahouse.app", QStringLiteral("line %1 %2").arg(i).arg(line));
        const QStringList files =
            QDir(dir.path()).entryList({"teahouse*.log"}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{"teahouse.1.log", "teahouse.2.log", "teahouse.log"}));
        for (const QString &name : files) {
            const qint64 size = QFileInfo(QDir(dir.path()).filePath(name)).size();
            QVERIFY2(size > 0 && size <= maxBytes, qPrintable(name + QString::number(size)));
        }
        // The newest line is in teahouse.log; older ones moved up in order.
        QVERIFY(readAll(QDir(dir.path()).filePath("teahouse.log")).contains("line 399 "));
        const QByteArray newest = readAll(QDir(dir.path()).filePath("teahouse.log"));
        const QByteArray older = readAll(QDir(dir.path()).filePath("teahouse.1.log"));
        const int firstNewest = newest.mid(newest.indexOf("line ") + 5).split(' ').at(0).toInt();
        const int lastOlder =
            older.mid(older.lastIndexOf("line ") + 5).split(' ').at(0).toInt();
        QCOMPARE(firstNewest, lastOlder + 1);
        QVERIFY(!readAll(QDir(dir.path()).filePath("teahouse.2.log")).contains("line 0 "));
    }

    void masksKeyLikeRuns()
    {
        const QString key = QStringLiteral("x'") + QString(64, u'a') + u'\'';
        QCOMPARE(LogFile::scrubbed(QStringLiteral("PRAGMA key = \"%1\"").arg(key)),
                 QStringLiteral("PRAGMA key = \"x'[redacted]'\""));
        const QString base64 = QStringLiteral("c2VjcmV0LWtleS1tYXRlcmlhbC10aGF0LWlzLWxvbmc=");
        QCOMPARE(LogFile::scrubbed("token " + base64), QStringLiteral("token [redacted]"));
        // Ordinary text stays readable; a newline cannot forge a second log line.
        QCOMPARE(LogFile::scrubbed("signed in as alice@example.org\nfake line"),
                 QStringLiteral("signed in as alice@example.org\\nfake line"));
    }

    void categoryFilter()
    {
        QVERIFY(LogFile::keepsCategory("teahouse.app"));
        QVERIFY(LogFile::keepsCategory("teahouse.xmpp"));
        QVERIFY(LogFile::keepsCategory("teahouse.xmpp.wirexyz"));
        QVERIFY(!LogFile::keepsCategory("teahouse.xmpp.wire"));
        QVERIFY(!LogFile::keepsCategory("teahouse.xmpp.wire.sm"));
        QVERIFY(!LogFile::keepsCategory("default"));
        QVERIFY(!LogFile::keepsCategory(nullptr));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
