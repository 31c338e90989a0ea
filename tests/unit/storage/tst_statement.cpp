#include "StorageTestUtils.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>

using namespace teahouse;
using namespace teahouse::storage;

// Statement: binding every type by index and by name, reading back, NULLs, reuse, errors.
class TestStatement : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;
    int m_n = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        Result<Database> db =
            Database::open(m_dir.filePath(QStringLiteral("t%1.db").arg(++m_n)), test::fixedKey(1));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(*db);
        QVERIFY(
            m_db.exec(QStringLiteral("CREATE TABLE t(i INTEGER, r REAL, s TEXT, b BLOB)")).ok());
    }
    void cleanup() { m_db.close(); }

    void roundTripByIndex()
    {
        const QString text = QStringLiteral("我们明天去医院 — naïve 🍵");
        const QByteArray blob("\x00\x01\xff binary", 10);
        Result<Statement> insert = m_db.prepare(QStringLiteral("INSERT INTO t VALUES(?, ?, ?, ?)"));
        QVERIFY(insert.ok());
        insert->bind(1, std::numeric_limits<qint64>::min())
            .bind(2, 3.25)
            .bind(3, text)
            .bind(4, blob);
        QVERIFY(insert->execute().ok());
        QCOMPARE(m_db.changes(), 1);
        QCOMPARE(m_db.lastInsertRowId(), qint64(1));

        Result<Statement> select =
            m_db.prepare(QStringLiteral("SELECT i, r, s, b, typeof(s), typeof(b) FROM t"));
        QVERIFY(select.ok());
        QCOMPARE(select->columnCount(), 6);
        QCOMPARE(select->columnName(2), QStringLiteral("s"));
        Result<bool> row = select->step();
        QVERIFY(row.ok() && *row);
        QCOMPARE(select->columnInt64(0), std::numeric_limits<qint64>::min());
        QCOMPARE(select->columnDouble(1), 3.25);
        QCOMPARE(select->columnText(2), text);
        QCOMPARE(select->columnBlob(3), blob);
        QCOMPARE(select->columnText(4), QStringLiteral("text"));
        QCOMPARE(select->columnText(5), QStringLiteral("blob"));
        row = select->step();
        QVERIFY(row.ok() && !*row);
    }

    void roundTripByName()
    {
        Result<Statement> insert =
            m_db.prepare(QStringLiteral("INSERT INTO t(i, r, s, b) VALUES(:i, @r, $s, :b)"));
        QVERIFY(insert.ok());
        insert->bind(":i", 42)
            .bind("@r", -0.5)
            .bind("$s", QStringLiteral("hi"))
            .bind(":b", QByteArray("x"));
        QVERIFY(insert->execute().ok());
        Result<Statement> select = m_db.prepare(QStringLiteral("SELECT i, r, s, b FROM t"));
        QVERIFY(select.ok() && select->step().value());
        QCOMPARE(select->columnInt(0), 42);
        QCOMPARE(select->columnDouble(1), -0.5);
        QCOMPARE(select->columnText(2), QStringLiteral("hi"));
        QCOMPARE(select->columnBlob(3), QByteArray("x"));
    }

    void nullsAndEmpties()
    {
        Result<Statement> insert = m_db.prepare(QStringLiteral("INSERT INTO t VALUES(?, ?, ?, ?)"));
        QVERIFY(insert.ok());
        // Row 1: explicit NULLs, also through std::optional.
        insert->bindNull(1)
            .bind(2, std::optional<double>())
            .bindNull(3)
            .bind(4, std::optional<QByteArray>());
        QVERIFY(insert->execute().ok());
        // Row 2: empty string and empty blob are values, not NULL.
        insert->bind(1, std::optional<qint64>(7))
            .bind(2, 0.0)
            .bind(3, QString())
            .bind(4, QByteArray());
        QVERIFY(insert->execute().ok());

        Result<Statement> select =
            m_db.prepare(QStringLiteral("SELECT i IS NULL, r IS NULL, s IS NULL, b IS NULL, "
                                        "typeof(s), typeof(b), i FROM t ORDER BY rowid"));
        QVERIFY(select.ok());
        QVERIFY(select->step().value());
        for (int c = 0; c < 4; ++c)
            QCOMPARE(select->columnInt(c), 1);
        QVERIFY(select->step().value());
        for (int c = 0; c < 4; ++c)
            QCOMPARE(select->columnInt(c), 0);
        QCOMPARE(select->columnText(4), QStringLiteral("text"));
        QCOMPARE(select->columnText(5), QStringLiteral("blob"));
        QCOMPARE(select->columnInt64(6), qint64(7));

        Result<Statement> nulls = m_db.prepare(QStringLiteral("SELECT NULL, ''"));
        QVERIFY(nulls.ok() && nulls->step().value());
        QVERIFY(nulls->isNull(0));
        QVERIFY(!nulls->isNull(1));
        QVERIFY(nulls->columnText(0).isNull());
        QVERIFY(nulls->columnBlob(0).isNull());
        QVERIFY(!nulls->columnText(1).isNull());
        QVERIFY(nulls->columnText(1).isEmpty());
    }

    void reuseWithReset()
    {
        Result<Statement> insert = m_db.prepare(QStringLiteral("INSERT INTO t(i) VALUES(?)"));
        QVERIFY(insert.ok());
        for (int i = 0; i < 100; ++i) {
            insert->bind(1, i);
            QVERIFY(insert->execute().ok());
        }
        Result<Statement> sum =
            m_db.prepare(QStringLiteral("SELECT count(*), sum(i) FROM t WHERE i >= ?"));
        QVERIFY(sum.ok());
        sum->bind(1, 50);
        QVERIFY(sum->step().value());
        QCOMPARE(sum->columnInt(0), 50);
        QCOMPARE(sum->columnInt64(1), qint64(3725)); // 50 + 51 + ... + 99
        QVERIFY(sum->reset().ok());
        sum->bind(1, 90); // re-bind after reset
        QVERIFY(sum->step().value());
        QCOMPARE(sum->columnInt(0), 10);
        QVERIFY(sum->reset().ok());
        sum->clearBindings(); // NULL parameter: comparison is never true
        QVERIFY(sum->step().value());
        QCOMPARE(sum->columnInt(0), 0);
    }

    void boundValuesAreSnapshots()
    {
        // Text and blobs are bound without copying inside SQLite: later changes to the caller's
        // strings, and re-binding, must not change what was bound.
        Result<Statement> insert = m_db.prepare(QStringLiteral("INSERT INTO t(s, b) VALUES(?, ?)"));
        QVERIFY(insert.ok());
        QString text = QStringLiteral("first");
        QByteArray blob("first-blob");
        insert->bind(1, text).bind(2, blob);
        text = QStringLiteral("changed");
        blob[0] = 'X';
        blob.append("more");
        QVERIFY(insert->execute().ok());
        for (int i = 0; i < 50; ++i) {
            insert->bind(1, QStringLiteral("row %1").arg(i)).bind(2, QByteArray::number(i));
            QVERIFY(insert->execute().ok());
        }
        insert->bind(1, QStringLiteral("typed")).bind(1, 5); // re-bound to an integer
        QVERIFY(insert->execute().ok());
        Result<Statement> select =
            m_db.prepare(QStringLiteral("SELECT s, b FROM t ORDER BY rowid"));
        QVERIFY(select.ok() && select->step().value());
        QCOMPARE(select->columnText(0), QStringLiteral("first"));
        QCOMPARE(select->columnBlob(1), QByteArray("first-blob"));
        for (int i = 0; i < 50; ++i) {
            QVERIFY(select->step().value());
            QCOMPARE(select->columnText(0), QStringLiteral("row %1").arg(i));
            QCOMPARE(select->columnBlob(1), QByteArray::number(i));
        }
        QVERIFY(select->step().value());
        QCOMPARE(select->columnInt(0), 5);
        // Moving the statement keeps its bound bytes alive.
        insert->bind(1, QStringLiteral("moved"));
        Statement moved = std::move(*insert);
        QVERIFY(moved.execute().ok());
        Result<Statement> last =
            m_db.prepare(QStringLiteral("SELECT s FROM t ORDER BY rowid DESC LIMIT 1"));
        QVERIFY(last.ok() && last->step().value());
        QCOMPARE(last->columnText(0), QStringLiteral("moved"));
    }

    void errors()
    {
        Result<Statement> bad = m_db.prepare(QStringLiteral("SELEC nonsense"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, Error::Code::Storage);
        QVERIFY(bad.error().message.contains(QStringLiteral("syntax error")));

        Result<Statement> empty = m_db.prepare(QStringLiteral("  -- only a comment"));
        QVERIFY(!empty.ok());

        // A bad parameter index or name surfaces at step(), once.
        Result<Statement> insert = m_db.prepare(QStringLiteral("INSERT INTO t(i) VALUES(?)"));
        QVERIFY(insert.ok());
        insert->bind(5, 1);
        Result<bool> step = insert->step();
        QVERIFY(!step.ok());
        QCOMPARE(step.error().code, Error::Code::InvalidArgument);
        insert->bind(":missing", 1);
        Status exec = insert->execute();
        QVERIFY(!exec.ok());
        QVERIFY(exec.error().message.contains(QStringLiteral(":missing")));
        insert->bind(1, 9);
        QVERIFY(insert->execute().ok());

        // Constraint violations map to Conflict.
        QVERIFY(m_db.exec(QStringLiteral("CREATE TABLE u(k TEXT PRIMARY KEY)")).ok());
        Result<Statement> unique = m_db.prepare(QStringLiteral("INSERT INTO u VALUES('a')"));
        QVERIFY(unique->execute().ok());
        Status dup = unique->execute();
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, Error::Code::Conflict);

        Statement never;
        QVERIFY(!never.isValid());
        QVERIFY(!never.step().ok());
    }

    void moveOnly()
    {
        static_assert(!std::is_copy_constructible_v<Statement>);
        static_assert(std::is_nothrow_move_constructible_v<Statement>);
        Result<Statement> a = m_db.prepare(QStringLiteral("SELECT 7"));
        QVERIFY(a.ok());
        Statement b = std::move(*a);
        QVERIFY(!a->isValid());
        QVERIFY(b.isValid());
        Statement c;
        c = std::move(b);
        QVERIFY(c.step().value());
        QCOMPARE(c.columnInt(0), 7);
    }

    void statementOutlivesClose()
    {
        // sqlite3_close_v2: closing with a live statement must neither leak nor crash.
        Result<Statement> st = m_db.prepare(QStringLiteral("SELECT 1"));
        QVERIFY(st.ok());
        m_db.close();
        QVERIFY(!m_db.isOpen());
        QVERIFY(!m_db.exec(QStringLiteral("SELECT 1")).ok());
    }
};

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
