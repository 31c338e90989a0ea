#include "StorageTestUtils.h"
#include "storage/Database.h"
#include "storage/FtsText.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace teahouse;
using namespace teahouse::storage;

namespace {

const char *const WriterFlag = "--crash-writer";
constexpr int RowsPerTransaction = 5;

Migrations schema()
{
    Migrations m;
    m.addSql(QStringLiteral("CREATE TABLE messages(id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
                            "CREATE VIRTUAL TABLE messages_fts USING fts4(body, tokenize=simple)"));
    return m;
}

QString bodyFor(qint64 id)
{
    // ~1.5 KB per row, so the WAL passes the auto-checkpoint size and the kill can also land in
    // the middle of a checkpoint.
    return QStringLiteral("消息 %1 我们明天去医院 meeting notes ").arg(id).repeated(40);
}

// The child: commits small transactions forever, printing the ids of each one only after its
// COMMIT returned. The parent kills it with SIGKILL at some point.
int runWriter(const char *path)
{
    Result<Database> db =
        Database::open(QString::fromLocal8Bit(path), test::fixedKey(0x5a), schema());
    if (!db.ok()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(db.error().message));
        return 2;
    }
    Result<Statement> max =
        db->prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM messages"));
    if (!max.ok() || !max->step().valueOr(false))
        return 3;
    qint64 next = max->columnInt64(0) + 1;
    max = Statement();
    Result<Statement> ins =
        db->prepare(QStringLiteral("INSERT INTO messages(id, body) VALUES(?, ?)"));
    Result<Statement> fts =
        db->prepare(QStringLiteral("INSERT INTO messages_fts(docid, body) VALUES(?, ?)"));
    if (!ins.ok() || !fts.ok())
        return 4;
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        Result<Transaction> tx = db->transaction();
        if (!tx.ok())
            return 5;
        QByteArray line = "committed";
        for (int i = 0; i < RowsPerTransaction; ++i, ++next) {
            const QString body = bodyFor(next);
            if (!ins->bind(1, next).bind(2, body).execute().ok() ||
                !fts->bind(1, next).bind(2, cjkBigramTokens(body)).execute().ok())
                return 6;
            line += ' ' + QByteArray::number(next);
        }
        if (!tx->commit().ok())
            return 7;
        line += '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
    }
}

} // namespace

// A process killed with SIGKILL in the middle of bulk writes leaves a database that opens,
// passes PRAGMA integrity_check and holds every row it reported as committed.
class TestStorageCrash : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QSet<qint64> m_committed;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("crash.db")); }

    // Runs a writer, waits for `transactions` commits, kills it; returns the ids it reported.
    void runAndKill(int transactions)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QString::fromLatin1(WriterFlag), dbPath()});
        QVERIFY(child.waitForStarted());
        QByteArray pending;
        int seen = 0;
        bool ready = false;
        while (seen < transactions) {
            QVERIFY2(child.state() == QProcess::Running || child.bytesAvailable() > 0,
                     child.readAllStandardError().constData());
            if (!child.canReadLine() && !child.waitForReadyRead(30000))
                QFAIL("the writer stopped reporting commits");
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line == "ready") {
                    ready = true;
                    continue;
                }
                const QList<QByteArray> parts = line.split(' ');
                QCOMPARE(parts.value(0), QByteArray("committed"));
                QCOMPARE(parts.size(), RowsPerTransaction + 1);
                for (int i = 1; i < parts.size(); ++i)
                    m_committed.insert(parts.at(i).toLongLong());
                ++seen;
            }
        }
        QVERIFY(ready);
        child.kill(); // SIGKILL: no destructors, no close, no checkpoint
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // Lines it printed between our last read and the kill are committed too.
        while (child.canReadLine()) {
            const QList<QByteArray> parts = child.readLine().trimmed().split(' ');
            if (parts.size() == RowsPerTransaction + 1 && parts.at(0) == "committed") {
                for (int i = 1; i < parts.size(); ++i)
                    m_committed.insert(parts.at(i).toLongLong());
            }
        }
    }

    void verifyDatabase()
    {
        Result<Database> db = Database::open(dbPath(), test::fixedKey(0x5a), schema());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(db->integrityCheck().value(), QStringLiteral("ok"));
        QVERIFY(db->exec(QStringLiteral(
                             "INSERT INTO messages_fts(messages_fts) VALUES('integrity-check')"))
                    .ok());

        QSet<qint64> present;
        Result<Statement> ids = db->prepare(QStringLiteral("SELECT id, body FROM messages"));
        QVERIFY(ids.ok());
        while (ids->step().value()) {
            present.insert(ids->columnInt64(0));
            QCOMPARE(ids->columnText(1), bodyFor(ids->columnInt64(0)));
        }
        QSet<qint64> missing = m_committed;
        missing.subtract(present);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 committed rows missing").arg(missing.size())));
        // Whole transactions or nothing: the row count is a multiple of the batch size.
        QCOMPARE(present.size() % RowsPerTransaction, 0);

        Result<Statement> fts = db->prepare(QStringLiteral("SELECT count(*) FROM messages_fts"));
        QVERIFY(fts.ok() && fts->step().value());
        QCOMPARE(fts->columnInt(0), int(present.size()));
        Result<Statement> hit = db->prepare(
            QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?"));
        hit->bind(1, ftsMatchQuery(QStringLiteral("医院")));
        QVERIFY(hit->step().value());
        QCOMPARE(hit->columnInt(0), int(present.size()));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void killedWriterLosesNothingCommitted_data()
    {
        QTest::addColumn<int>("transactions");
        // Each round continues on the database the previous kill left behind.
        QTest::newRow("early") << 20;
        QTest::newRow("mid") << 200;
        QTest::newRow("through checkpoints") << 700;
    }
    void killedWriterLosesNothingCommitted()
    {
        QFETCH(int, transactions);
        const int before = int(m_committed.size());
        runAndKill(transactions);
        QVERIFY(int(m_committed.size()) >= before + transactions * RowsPerTransaction);
        verifyDatabase();
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], WriterFlag) == 0)
        return runWriter(argv[2]);
    QCoreApplication app(argc, argv);
    TestStorageCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storage_crash.moc"
