#include "storage/Profile.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::storage;

// Profile: one folder per account (bare JID), private permissions, safe and distinct names.
class TestProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layout()
    {
        QTemporaryDir dir;
        const Profile profile(dir.path() + QStringLiteral("/sub/../profile"));
        QCOMPARE(profile.root(), QDir::cleanPath(dir.path() + QStringLiteral("/profile")));
        const Jid alice = Jid::parse(u"Alice@Example.com/laptop");
        QCOMPARE(profile.accountDirectory(alice),
                 profile.root() + QStringLiteral("/accounts/alice@example.com"));
        QCOMPARE(profile.databasePath(alice),
                 profile.accountDirectory(alice) + QStringLiteral("/teahouse.db"));
        QCOMPARE(profile.mediaDirectory(alice),
                 profile.accountDirectory(alice) + QStringLiteral("/media"));
        // Resource does not matter: one database per account.
        QCOMPARE(profile.databasePath(Jid::parse(u"alice@example.com/phone")),
                 profile.databasePath(alice));

        Result<QString> made = profile.ensureAccountDirectory(alice);
        QVERIFY(made.ok());
        QCOMPARE(*made, profile.accountDirectory(alice));
        QVERIFY(QFileInfo(profile.mediaDirectory(alice)).isDir());
        const QFile::Permissions perms = QFileInfo(profile.accountDirectory(alice)).permissions();
        QVERIFY(perms & QFile::ReadOwner);
        QVERIFY(!(perms &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
        QVERIFY(!profile.ensureAccountDirectory(Jid()).ok());
    }

    void directoryNames_data()
    {
        QTest::addColumn<QString>("jid");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << "bob@example.com"
                               << "bob@example.com";
        QTest::newRow("chinese") << "张伟@例子.中国"
                                 << "%E5%BC%A0%E4%BC%9F@%E4%BE%8B%E5%AD%90.%E4%B8%AD%E5%9B%BD";
        QTest::newRow("domain only") << "example.com"
                                     << "example.com";
        QTest::newRow("percent and plus") << "a%b+c@x.org"
                                          << "a%25b%2Bc@x.org";
    }
    void directoryNames()
    {
        QFETCH(QString, jid);
        QFETCH(QString, name);
        QCOMPARE(Profile::directoryName(Jid::parse(jid)), name);
    }

    void namesAreSafeAndDistinct()
    {
        QSet<QString> names;
        const QStringList jids = {QStringLiteral("a.b@x.org"),
                                  QStringLiteral("a_b@x.org"),
                                  QStringLiteral("a%2Eb@x.org"),
                                  QStringLiteral("a+b@x.org"),
                                  QStringLiteral("a%2Bb@x.org"),
                                  QStringLiteral("x.org"),
                                  QString(900, QLatin1Char('a')) + QStringLiteral("@x.org"),
                                  QString(900, QLatin1Char('a')) + QStringLiteral("b@x.org")};
        for (const QString &text : jids) {
            const Jid jid = Jid::parse(text);
            QVERIFY2(jid.isValid(), qPrintable(text));
            const QString name = Profile::directoryName(jid);
            QVERIFY(!name.contains(QLatin1Char('/')));
            QVERIFY(!name.contains(QLatin1Char('\\')));
            QVERIFY(!name.startsWith(QLatin1Char('.')));
            QVERIFY(name.size() <= 200);
            names.insert(name);
        }
        QCOMPARE(names.size(), jids.size());
    }

    void defaultRootIsAppData()
    {
        QStandardPaths::setTestModeEnabled(true);
        const Profile profile;
        QCOMPARE(profile.root(), QDir::cleanPath(QStandardPaths::writableLocation(
                                     QStandardPaths::AppDataLocation)));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
