#include "StorageTestUtils.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::storage;

// Transaction: commit keeps, destruction without commit rolls back, nesting uses savepoints.
class TestTransaction : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;

    int count()
    {
        Result<Statement> st = m_db.prepare(QStringLiteral("SELECT count(*) FROM t"));
        if (!st.ok() || !st->step().valueOr(false))
            return -1;
        return st->columnInt(0);
    }
    bool insert(int v)
    {
        Result<Statement> st = m_db.prepare(QStringLiteral("INSERT INTO t VALUES(?)"));
        return st.ok() && st->bind(1, v).execute().ok();
    }

private Q_SLOTS:
    void init()
    {
        Result<Database> db =
            Database::open(m_dir.filePath(QStringLiteral("t.db")), test::fixedKey(2));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        QVERIFY(
            m_db.exec(QStringLiteral("DROP TABLE IF EXISTS t; CREATE TABLE t(v INTEGER)")).ok());
    }
    void cleanup() { m_db.close(); }

    void commitKeeps()
    {
        {
            Result<Transaction> tx = m_db.transaction();
            QVERIFY(tx.ok());
            QVERIFY(tx->isActive());
            QVERIFY(!tx->isSavepoint());
            QVERIFY(insert(1));
            QVERIFY(insert(2));
            QVERIFY(tx->commit().ok());
            QVERIFY(!tx->isActive());
            QVERIFY(!tx->commit().ok()); // a second commit is an error, not a crash
        }
        QCOMPARE(count(), 2);
    }

    void destructionRollsBack()
    {
        {
            Result<Transaction> tx = m_db.transaction();
            QVERIFY(tx.ok());
            QVERIFY(insert(1));
            QCOMPARE(count(), 1); // visible inside the transaction
        }
        QCOMPARE(count(), 0);
        // The connection is back in autocommit mode: a new transaction starts normally.
        Result<Transaction> tx = m_db.transaction();
        QVERIFY(tx.ok());
        QVERIFY(!tx->isSavepoint());
    }

    void explicitRollback()
    {
        Result<Transaction> tx = m_db.transaction();
        QVERIFY(insert(5));
        QVERIFY(tx->rollback().ok());
        QVERIFY(!tx->isActive());
        QCOMPARE(count(), 0);
    }

    void movedTransactionRollsBackOnce()
    {
        {
            Result<Transaction> tx = m_db.transaction();
            QVERIFY(insert(1));
            Transaction moved = std::move(*tx);
            QVERIFY(!tx->isActive());
            QVERIFY(moved.isActive());
        }
        QCOMPARE(count(), 0);
    }

    void nestedSavepoints()
    {
        Result<Transaction> outer = m_db.transaction();
        QVERIFY(outer.ok());
        QVERIFY(insert(1));
        {
            Result<Transaction> inner = m_db.transaction();
            QVERIFY(inner.ok());
            QVERIFY(inner->isSavepoint());
            QVERIFY(insert(2));
        } // inner rolled back, outer still open
        QCOMPARE(count(), 1);
        {
            Result<Transaction> inner = m_db.transaction();
            QVERIFY(insert(3));
            {
                Result<Transaction> innermost = m_db.transaction();
                QVERIFY(insert(4));
                QVERIFY(innermost->commit().ok());
            }
            QVERIFY(inner->commit().ok());
        }
        QCOMPARE(count(), 3);
        {
            // Committing a savepoint does not commit the outer transaction.
            Result<Transaction> inner = m_db.transaction();
            QVERIFY(insert(9));
            QVERIFY(inner->commit().ok());
        }
        QVERIFY(outer->rollback().ok());
        QCOMPARE(count(), 0);
    }

    void committedDataSurvivesReopen()
    {
        {
            Result<Transaction> tx = m_db.transaction();
            for (int i = 0; i < 10; ++i)
                QVERIFY(insert(i));
            QVERIFY(tx->commit().ok());
            Result<Transaction> lost = m_db.transaction();
            QVERIFY(insert(100));
            // The connection closes with the transaction still open: it must not be committed.
            m_db.close();
        }
        Result<Database> db =
            Database::open(m_dir.filePath(QStringLiteral("t.db")), test::fixedKey(2));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        QCOMPARE(count(), 10);
    }

    void writeLockIsTakenUpFront()
    {
        // BEGIN IMMEDIATE: a second connection cannot start writing while we hold a transaction.
        Database::Options quick;
        quick.busyTimeoutMs = 50;
        Result<Database> other =
            Database::open(m_dir.filePath(QStringLiteral("t.db")), test::fixedKey(2), quick);
        QVERIFY(other.ok());
        Result<Transaction> tx = m_db.transaction();
        QVERIFY(tx.ok());
        Result<Transaction> blocked = other->transaction();
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().code, Error::Code::Timeout);
        QVERIFY(tx->commit().ok());
        Result<Transaction> now = other->transaction();
        QVERIFY(now.ok());
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
