#include "StorageTestUtils.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace teahouse;
using namespace teahouse::storage;

// A wrong key or a damaged file gives a clear error and leaves every file byte-identical: no
// checkpoint, no new -wal/-shm/-journal left behind, never recreated.
class TestStorageWrongKey : public QObject
{
    Q_OBJECT
private:
    static constexpr int Rows = 300;

    // A database with enough rows to span several pages, closed cleanly.
    static void makeDatabase(const QString &path, const Key &key)
    {
        Result<Database> db = Database::open(path, key);
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)")).ok());
        Result<Transaction> tx = db->transaction();
        Result<Statement> ins = db->prepare(QStringLiteral("INSERT INTO t(body) VALUES(?)"));
        for (int i = 0; i < Rows; ++i)
            QVERIFY(
                ins->bind(1, QStringLiteral("row %1 %2").arg(i).arg(QString(50, QLatin1Char('x'))))
                    .execute()
                    .ok());
        QVERIFY(tx->commit().ok());
    }

    static int rowCount(const QString &path, const Key &key)
    {
        Result<Database> db = Database::open(path, key);
        if (!db.ok())
            return -1;
        Result<Statement> st = db->prepare(QStringLiteral("SELECT count(*) FROM t"));
        return st.ok() && st->step().valueOr(false) ? st->columnInt(0) : -2;
    }

    // Copies the main file and its WAL while a connection still has them open: exactly what a
    // crash leaves behind (committed data only in the -wal).
    static void makeCrashImage(const QString &livePath, const QString &imagePath, bool withShm)
    {
        const Key key = test::fixedKey(0x11);
        Result<Database> db = Database::open(livePath, key);
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)")).ok());
        Result<Statement> ins = db->prepare(QStringLiteral("INSERT INTO t(body) VALUES(?)"));
        for (int i = 0; i < Rows; ++i)
            QVERIFY(ins->bind(1, QStringLiteral("wal row %1").arg(i)).execute().ok());
        QVERIFY(QFileInfo(livePath + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::copy(livePath, imagePath));
        QVERIFY(QFile::copy(livePath + QStringLiteral("-wal"), imagePath + QStringLiteral("-wal")));
        if (withShm)
            QVERIFY(
                QFile::copy(livePath + QStringLiteral("-shm"), imagePath + QStringLiteral("-shm")));
    }

    static void expectRefusedUnchanged(const QString &dir, const QString &path, const Key &key,
                                       Error::Code expected)
    {
        const auto before = test::snapshotDirectory(dir);
        struct stat st0
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st0), 0);

        Result<Database> db = Database::open(path, key);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().codeName(), Error::make(expected, {}).codeName());
        QVERIFY(!db.error().message.isEmpty());
        QVERIFY2(db.error().message.contains(QFileInfo(path).fileName()),
                 qPrintable(db.error().message));

        // Same bytes, same files, and the very same file (not deleted and recreated).
        QCOMPARE(test::snapshotDirectory(dir), before);
        struct stat st1
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st1), 0);
        QCOMPARE(st1.st_ino, st0.st_ino);
    }

private Q_SLOTS:
    void wrongKeyCleanFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        makeDatabase(path, test::fixedKey(1));
        expectRefusedUnchanged(dir.path(), path, test::fixedKey(2), Error::Code::WrongKey);
        Result<Database> wrong = Database::open(path, test::fixedKey(2));
        QVERIFY(wrong.error().message.contains(QStringLiteral("key or passphrase is wrong")));
        QCOMPARE(rowCount(path, test::fixedKey(1)), Rows); // the right key still works
    }

    void wrongKeyAfterCrashWithWal_data()
    {
        QTest::addColumn<bool>("withShm");
        QTest::newRow("wal+shm") << true;
        QTest::newRow("wal only") << false;
    }
    void wrongKeyAfterCrashWithWal()
    {
        // The dangerous case: a read-write connection with a wrong key would checkpoint the WAL
        // into the main file when it closes.
        QFETCH(bool, withShm);
        QTemporaryDir live;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        makeCrashImage(live.filePath(QStringLiteral("live.db")), path, withShm);
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

        expectRefusedUnchanged(dir.path(), path, test::fixedKey(0x22), Error::Code::WrongKey);
        expectRefusedUnchanged(dir.path(), path, test::fixedKey(0x23), Error::Code::WrongKey);
        // And the data that was only in the WAL is all there with the right key.
        QCOMPARE(rowCount(path, test::fixedKey(0x11)), Rows);
    }

    void garbageFile_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short") << 100 << "corrupt";
        QTest::newRow("odd size") << 5000 << "corrupt";
        // Whole pages of noise cannot be told from a file under another key.
        QTest::newRow("whole pages") << 4 * Database::PageSize << "wrong-key";
    }
    void garbageFile()
    {
        QFETCH(int, size);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.db"));
        QByteArray noise(size, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()), size / 4);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(noise);
        f.close();
        Result<Database> db = Database::open(path, test::fixedKey(1));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().codeName(), expected);
        expectRefusedUnchanged(dir.path(), path, test::fixedKey(1),
                               expected == QLatin1String("corrupt") ? Error::Code::Corrupt
                                                                    : Error::Code::WrongKey);
    }

    void truncatedFile_data()
    {
        QTest::addColumn<int>("cut");
        QTest::addColumn<QString>("wrongKeyError");
        QTest::newRow("mid-page") << 1000 << "corrupt";
        QTest::newRow("whole pages") << 2 * Database::PageSize << "wrong-key";
    }
    void truncatedFile()
    {
        QFETCH(int, cut);
        QFETCH(QString, wrongKeyError);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.db"));
        makeDatabase(path, test::fixedKey(1));
        QFile f(path);
        QVERIFY(f.size() > 3 * Database::PageSize);
        QVERIFY(f.resize(f.size() - cut));
        expectRefusedUnchanged(dir.path(), path, test::fixedKey(1), Error::Code::Corrupt);
        expectRefusedUnchanged(dir.path(), path, test::fixedKey(2),
                               wrongKeyError == QLatin1String("corrupt") ? Error::Code::Corrupt
                                                                         : Error::Code::WrongKey);
    }

    void damagedPageIsReportedAsCorrupt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.db"));
        makeDatabase(path, test::fixedKey(1));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() >= 3 * Database::PageSize);
        f.seek(2 * Database::PageSize + 100); // inside page 3, a table page
        f.write("\xde\xad\xbe\xef", 4);
        f.close();
        const QByteArray damagedHash = test::sha256OfFile(path);

        // Page 1 is intact so the key is accepted; reading the damaged page fails clearly.
        Result<Database> db = Database::open(path, test::fixedKey(1));
        QVERIFY(db.ok());
        Result<Statement> st =
            db->prepare(QStringLiteral("SELECT count(*), max(length(body)) FROM t"));
        QVERIFY(st.ok());
        Result<bool> row = st->step();
        QVERIFY(!row.ok());
        QCOMPARE(row.error().code, Error::Code::Corrupt);
        QVERIFY(db->integrityCheck().ok() == false ||
                db->integrityCheck().value() != QLatin1String("ok"));
        db->close();
        QCOMPARE(test::sha256OfFile(path), damagedHash);
    }

    void plainSqliteFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.db"));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES(1)", nullptr, nullptr,
                              nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        expectRefusedUnchanged(dir.path(), path, test::fixedKey(1), Error::Code::Corrupt);
        Result<Database> db = Database::open(path, test::fixedKey(1));
        QVERIFY(db.error().message.contains(QStringLiteral("not encrypted")));
    }

    void missingMainFileWithWalIsRefused()
    {
        QTemporaryDir live;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.db"));
        makeCrashImage(live.filePath(QStringLiteral("live.db")), path, false);
        QVERIFY(QFile::remove(path)); // the -wal stays, its main file is gone
        const auto before = test::snapshotDirectory(dir.path());
        Result<Database> db = Database::open(path, test::fixedKey(0x11));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::Corrupt);
        QVERIFY(db.error().message.contains(QStringLiteral("missing")));
        QCOMPARE(test::snapshotDirectory(dir.path()), before); // not recreated, WAL kept
    }

    void crashInTheMiddleOfACheckpoint()
    {
        // A checkpoint copies pages in order, page 1 first. Killed right after, the main file
        // has a new page 1 pointing at pages it does not have yet; the WAL still has them.
        QTemporaryDir live;
        QTemporaryDir dir;
        const QString livePath = live.filePath(QStringLiteral("live.db"));
        const QString path = dir.filePath(QStringLiteral("mid.db"));
        const Key key = test::fixedKey(0x66);
        Result<Database> db = Database::open(livePath, key);
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE first(x)")).ok());
        QVERIFY(db->checkpoint().ok());
        QFile oldMain(livePath);
        QVERIFY(oldMain.open(QIODevice::ReadOnly));
        const QByteArray before = oldMain.readAll();
        oldMain.close();
        {
            // Enough tables that sqlite_master no longer fits on page 1.
            Result<Transaction> tx = db->transaction();
            for (int i = 0; i < 200; ++i)
                QVERIFY(
                    db->exec(
                          QStringLiteral("CREATE TABLE table_with_a_long_name_%1(x, y, z)").arg(i))
                        .ok());
            QVERIFY(tx->commit().ok());
        }
        QVERIFY(QFile::copy(livePath + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        QVERIFY(db->checkpoint().ok());
        QFile newMain(livePath);
        QVERIFY(newMain.open(QIODevice::ReadOnly));
        const QByteArray pageOne = newMain.read(Database::PageSize);
        QFile mixed(path);
        QVERIFY(mixed.open(QIODevice::WriteOnly));
        mixed.write(pageOne + before.mid(Database::PageSize));
        mixed.close();

        // A wrong key: refused, nothing touched.
        expectRefusedUnchanged(dir.path(), path, test::fixedKey(0x67), Error::Code::WrongKey);
        // The right key: opens, and all 201 tables are there.
        Result<Database> reopened = Database::open(path, key);
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
        Result<Statement> st = reopened->prepare(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
        QVERIFY(st.ok() && st->step().value());
        QCOMPARE(st->columnInt(0), 201);
        QCOMPARE(reopened->integrityCheck().value(), QStringLiteral("ok"));
    }

    void emptyMainFileWithWalIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("e.db"));
        QFile main(path);
        QVERIFY(main.open(QIODevice::WriteOnly));
        main.close();
        QFile wal(path + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write(QByteArray(5000, 'w'));
        wal.close();
        expectRefusedUnchanged(dir.path(), path, test::fixedKey(1), Error::Code::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestStorageWrongKey)
#include "tst_storage_wrong_key.moc"
