#include "StorageTestUtils.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::storage;

// Migrations: each step once, in order, in its own transaction; version kept in user_version;
// a newer database is refused and left untouched.
class TestMigrations : public QObject
{
    Q_OBJECT
private:
    QString dbPath(const QTemporaryDir &dir) { return dir.filePath(QStringLiteral("m.db")); }

private Q_SLOTS:
    void stepsRunOnceInOrder()
    {
        QTemporaryDir dir;
        QStringList log;
        auto schema = [&log](int steps) {
            Migrations m;
            if (steps >= 1) {
                m.add([&log](Database &db) {
                    log << QStringLiteral("1");
                    return db.exec(QStringLiteral("CREATE TABLE a(x INTEGER)"));
                });
            }
            if (steps >= 2)
                m.addSql(QStringLiteral("ALTER TABLE a ADD COLUMN y TEXT; CREATE TABLE b(z)"));
            if (steps >= 3) {
                m.add([&log](Database &db) {
                    log << QStringLiteral("3");
                    return db.exec(QStringLiteral("INSERT INTO a VALUES(1, 'one')"));
                });
            }
            return m;
        };

        {
            Result<Database> db = Database::open(dbPath(dir), test::fixedKey(3), schema(2));
            QVERIFY(db.ok());
            QCOMPARE(db->userVersion().value(), 2);
        }
        QCOMPARE(log, QStringList{QStringLiteral("1")});
        {
            // Same schema again: nothing runs.
            Result<Database> db = Database::open(dbPath(dir), test::fixedKey(3), schema(2));
            QVERIFY(db.ok());
        }
        QCOMPARE(log, QStringList{QStringLiteral("1")});
        {
            // One more step: only step 3 runs, and it sees the columns step 2 added.
            Result<Database> db = Database::open(dbPath(dir), test::fixedKey(3), schema(3));
            QVERIFY(db.ok());
            QCOMPARE(db->userVersion().value(), 3);
            Result<Statement> st = db->prepare(QStringLiteral("SELECT y FROM a"));
            QVERIFY(st.ok() && st->step().value());
            QCOMPARE(st->columnText(0), QStringLiteral("one"));
        }
        QCOMPARE(log, (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
    }

    void failingStepRollsBackThatStepOnly()
    {
        QTemporaryDir dir;
        Migrations m;
        m.addSql(QStringLiteral("CREATE TABLE a(x)"));
        m.add([](Database &db) {
            if (Status s = db.exec(QStringLiteral("CREATE TABLE half_done(x)")); !s)
                return s;
            return db.exec(QStringLiteral("INSERT INTO no_such_table VALUES(1)"));
        });
        Result<Database> db = Database::open(dbPath(dir), test::fixedKey(3), m);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("version 2")));

        Migrations first;
        first.addSql(QStringLiteral("CREATE TABLE a(x)"));
        Result<Database> again = Database::open(dbPath(dir), test::fixedKey(3), first);
        QVERIFY(again.ok());
        QCOMPARE(again->userVersion().value(), 1); // step 1 kept, step 2 not half-applied
        Result<Statement> st = again->prepare(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"));
        QVERIFY(st.ok() && st->step().value());
        QCOMPARE(st->columnInt(0), 0);
    }

    void newerDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        Migrations three;
        three.addSql(QStringLiteral("CREATE TABLE a(x)"))
            .addSql(QStringLiteral("CREATE TABLE b(x)"));
        three.addSql(QStringLiteral("CREATE TABLE c(x)"));
        {
            Result<Database> db = Database::open(dbPath(dir), test::fixedKey(3), three);
            QVERIFY(db.ok());
            QVERIFY(db->checkpoint().ok());
        }
        const auto before = test::snapshotDirectory(dir.path());

        Migrations one;
        one.addSql(QStringLiteral("CREATE TABLE a(x)"));
        Result<Database> db = Database::open(dbPath(dir), test::fixedKey(3), one);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::Conflict);
        QVERIFY(db.error().message.contains(QStringLiteral("newer version")));
        QVERIFY(db.error().message.contains(QStringLiteral("3")));
        QCOMPARE(test::snapshotDirectory(dir.path()), before);
    }

    void versionIsInUserVersion()
    {
        QTemporaryDir dir;
        Migrations m;
        m.addSql(QStringLiteral("CREATE TABLE a(x)"));
        Result<Database> db = Database::open(dbPath(dir), test::fixedKey(3), m);
        QVERIFY(db.ok());
        Result<Statement> st = db->prepare(QStringLiteral("PRAGMA user_version"));
        QVERIFY(st.ok() && st->step().value());
        QCOMPARE(st->columnInt(0), 1);
        QCOMPARE(m.latestVersion(), 1);
    }

    void moduleVersionsAreIndependent()
    {
        QTemporaryDir dir;
        Result<Database> db = Database::open(dbPath(dir), test::fixedKey(4), Migrations());
        QVERIFY(db.ok());
        Migrations chat(QStringLiteral("chat"));
        chat.addSql(QStringLiteral("CREATE TABLE messages(id INTEGER)"));
        chat.addSql(QStringLiteral("ALTER TABLE messages ADD COLUMN body TEXT"));
        Migrations pay(QStringLiteral("pay"));
        pay.addSql(QStringLiteral("CREATE TABLE bills(id INTEGER)"));
        QVERIFY(chat.apply(*db).ok());
        QVERIFY(pay.apply(*db).ok());
        QCOMPARE(chat.currentVersion(*db).value(), 2);
        QCOMPARE(pay.currentVersion(*db).value(), 1);
        // The account's own version is untouched by the modules.
        QCOMPARE(db->userVersion().value(), 0);
        // Applying again runs nothing (the ALTER would fail if it ran twice).
        QVERIFY(chat.apply(*db).ok());

        // A newer module is refused; another module is unaffected.
        Migrations oldChat(QStringLiteral("chat"));
        oldChat.addSql(QStringLiteral("CREATE TABLE messages(id INTEGER)"));
        const Status refused = oldChat.apply(*db);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY(pay.apply(*db).ok());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
