#include "StorageTestUtils.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::storage;

// Database: creation, the connection settings the design requires, reopening, closing.
class TestDatabase : public QObject
{
    Q_OBJECT
private:
    static QString pragma(Database &db, const QString &name)
    {
        Result<Statement> st = db.prepare(QStringLiteral("PRAGMA ") + name);
        if (!st.ok() || !st->step().valueOr(false))
            return QStringLiteral("<error>");
        return st->columnText(0);
    }

private Q_SLOTS:
    void createsEncryptedWalDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        QVERIFY(!QFile::exists(path));
        Result<Database> db = Database::open(path, test::fixedKey(4));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY(db->isOpen());
        QCOMPARE(db->path(), path);
        QVERIFY(QFile::exists(path));

        QCOMPARE(pragma(*db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(*db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(*db, QStringLiteral("secure_delete")), QStringLiteral("1"));
        QCOMPARE(pragma(*db, QStringLiteral("temp_store")), QStringLiteral("2"));  // MEMORY
        QCOMPARE(pragma(*db, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(*db, QStringLiteral("cipher_page_size")), QStringLiteral("4096"));
        QVERIFY(!pragma(*db, QStringLiteral("cipher_version")).isEmpty());
        QCOMPARE(db->integrityCheck().value(), QStringLiteral("ok"));

        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x)")).ok());
        db->close();
        QVERIFY(!db->isOpen());

        // The file is not an SQLite file anyone can read: no plain header.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.read(16).startsWith("SQLite format 3"));
        QCOMPARE(file.size() % Database::PageSize, 0);
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        Result<Database> db =
            Database::open(dir.filePath(QStringLiteral("fk.db")), test::fixedKey(4));
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE p(id INTEGER PRIMARY KEY);"
                                        "CREATE TABLE c(p INTEGER REFERENCES p(id))"))
                    .ok());
        Status bad = db->exec(QStringLiteral("INSERT INTO c VALUES(99)"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, Error::Code::Conflict);
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.db"));
        {
            Result<Database> db = Database::open(path, test::fixedKey(5));
            QVERIFY(db.ok());
            QVERIFY(
                db->exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES('kept')")).ok());
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // clean close checkpoints
        Result<Database> db = Database::open(path, test::fixedKey(5));
        QVERIFY(db.ok());
        Result<Statement> st = db->prepare(QStringLiteral("SELECT x FROM t"));
        QVERIFY(st.ok() && st->step().value());
        QCOMPARE(st->columnText(0), QStringLiteral("kept"));
    }

    void twoConnectionsShareTheWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two.db"));
        Result<Database> a = Database::open(path, test::fixedKey(6));
        QVERIFY(a.ok());
        QVERIFY(a->exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES(1)")).ok());
        Result<Database> b = Database::open(path, test::fixedKey(6));
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
        Result<Statement> st = b->prepare(QStringLiteral("SELECT count(*) FROM t"));
        QVERIFY(st.ok() && st->step().value());
        QCOMPARE(st->columnInt(0), 1);
    }

    void missingFolderIsAnIoError()
    {
        QTemporaryDir dir;
        Result<Database> db =
            Database::open(dir.filePath(QStringLiteral("no/such/folder/x.db")), test::fixedKey(4));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::Io);
        Result<Database> folder = Database::open(dir.path(), test::fixedKey(4));
        QVERIFY(!folder.ok());
        QCOMPARE(folder.error().code, Error::Code::Io);
    }

    void moveOnly()
    {
        static_assert(!std::is_copy_constructible_v<Database>);
        QTemporaryDir dir;
        Result<Database> db =
            Database::open(dir.filePath(QStringLiteral("m.db")), test::fixedKey(4));
        QVERIFY(db.ok());
        Database moved = std::move(*db);
        QVERIFY(!db->isOpen());
        QVERIFY(moved.isOpen());
        QVERIFY(moved.exec(QStringLiteral("CREATE TABLE t(x)")).ok());
        QVERIFY(!db->exec(QStringLiteral("SELECT 1")).ok());
    }

    void keyType()
    {
        Result<Key> a = Key::generate();
        Result<Key> b = Key::generate();
        QVERIFY(a.ok() && b.ok());
        QVERIFY(!(*a == *b));
        Key copy = *a;
        QVERIFY(copy == *a);
        QVERIFY(Key::fromBytes(a->toByteArray()).value() == *a);
        QVERIFY(!Key::fromBytes(QByteArray(31, 'x')).ok());
        QCOMPARE(Key::fromBytes(QByteArray(33, 'x')).error().code, Error::Code::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
