// The account's encrypted tables: settings, certificate pins and the roster cache survive a
// reopen with the key, and none of their contents is readable in the files.
#include "StorageTestUtils.h"
#include "TestUtils.h"
#include "account/AccountSchema.h"
#include "account/AccountSettings.h"
#include "account/DbRosterCache.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;

class TestAccountStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString dbPath() const { return m_dir.filePath(QStringLiteral("account.db")); }
    storage::Database open()
    {
        auto db = storage::Database::open(dbPath(), test::fixedKey(7), account::accountMigrations());
        if (!db)
            qFatal("open failed: %s", qPrintable(db.error().message));
        return std::move(db).value();
    }

    static xmpp::RosterItem item(const QString &jid, const QString &name, QStringList groups,
                                 xmpp::RosterItem::Subscription sub)
    {
        xmpp::RosterItem i;
        i.jid = Jid::parse(jid);
        i.name = name;
        i.groups = groups;
        i.subscription = sub;
        return i;
    }

private Q_SLOTS:
    void settingsRoundTrip()
    {
        auto db = open();
        account::AccountSettings settings(db);
        auto missing = settings.value(QStringLiteral("nothing"));
        QVERIFY(missing.ok());
        QVERIFY(!missing.value().has_value());
        QVERIFY(settings.setValue(QStringLiteral("account.password"), "s3cret-密码").ok());
        QVERIFY(settings.setValue(QStringLiteral("account.password"), "second-密码").ok());
        QCOMPARE(settings.value(QStringLiteral("account.password")).value().value(),
                 QByteArray("second-密码"));
        QVERIFY(settings.remove(QStringLiteral("account.password")).ok());
        QVERIFY(!settings.value(QStringLiteral("account.password")).value().has_value());
    }

    void certificatePins()
    {
        auto db = open();
        account::AccountSettings settings(db);
        QVERIFY(settings.pinCertificate(QStringLiteral("Example.ORG"), QStringLiteral("ab:cd")).ok());
        QVERIFY(settings.pinCertificate(QStringLiteral("example.org"), QStringLiteral("AB:CD")).ok());
        QCOMPARE(settings.pinnedCertificates(QStringLiteral("example.org")).value(),
                 QStringList{QStringLiteral("AB:CD")});
        QVERIFY(settings.pinnedCertificates(QStringLiteral("other.org")).value().isEmpty());
    }

    void rosterCachePersists()
    {
        using S = xmpp::RosterItem::Subscription;
        {
            auto db = open();
            account::DbRosterCache cache(db);
            QVERIFY(cache.replaceAll(QStringLiteral("v1"),
                                     {item(QStringLiteral("zhangwei@localhost"),
                                           QStringLiteral("张伟-remark"),
                                           {QStringLiteral("家人"), QStringLiteral("Fam")}, S::Both),
                                      item(QStringLiteral("bob@localhost"), QString(), {}, S::To)})
                        .ok());
            QVERIFY(cache.upsert(QStringLiteral("v2"),
                                 item(QStringLiteral("bob@localhost"), QStringLiteral("Bob"),
                                      {QStringLiteral("同事")}, S::Both))
                        .ok());
            QVERIFY(cache.remove(QStringLiteral("v3"), Jid::parse(u"nobody@localhost")).ok());
        }
        auto db = open();
        account::DbRosterCache cache(db);
        QCOMPARE(cache.version(), QStringLiteral("v3"));
        const auto items = cache.items();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].jid.toString(), QStringLiteral("bob@localhost"));
        QCOMPARE(items[0].name, QStringLiteral("Bob"));
        QCOMPARE(items[0].groups, QStringList{QStringLiteral("同事")});
        QCOMPARE(items[1].name, QStringLiteral("张伟-remark"));
        QCOMPARE(items[1].groups, (QStringList{QStringLiteral("家人"), QStringLiteral("Fam")}));
        QCOMPARE(items[1].subscription, S::Both);
        QVERIFY(cache.remove(QStringLiteral("v4"), items[0].jid).ok());
        QCOMPARE(cache.items().size(), 1);
        db.close();

        // Nothing of it readable on disk (database, WAL, SHM).
        for (const QByteArray &needle : {QByteArray("张伟-remark"), QByteArray("second-"),
                                         QByteArray("zhangwei@localhost")})
            QVERIFY2(test::filesContaining(m_dir.path(), needle).isEmpty(), needle.constData());
        // Control: the search finds what is written in the clear.
        QFile plain(m_dir.filePath(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("张伟-remark");
        plain.close();
        QCOMPARE(test::filesContaining(m_dir.path(), "张伟-remark").size(), 1);
        plain.remove();
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_account_store.moc"
