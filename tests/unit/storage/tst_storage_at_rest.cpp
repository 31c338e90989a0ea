#include "StorageTestUtils.h"
#include "TestUtils.h"
#include "storage/Database.h"
#include "storage/FtsText.h"
#include "storage/MediaStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace teahouse;
using namespace teahouse::storage;

namespace {

const QString AsciiCanary =
    QStringLiteral("TEAHOUSE-PLAINTEXT-CANARY-4711 meet me at the old mill");
const QString ChineseCanary = QStringLiteral("我们明天去医院看望外婆，记得带上保温杯");
constexpr int Rows = 2000;

QString body(int i)
{
    return (i % 2 ? AsciiCanary : ChineseCanary) + QStringLiteral(" #%1").arg(i);
}

QByteArray utf16(const QString &s)
{
    return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
}

// What a leak would look like: the strings as UTF-8 and UTF-16, and an FTS bigram.
QList<QByteArray> needles()
{
    return {AsciiCanary.toUtf8(),
            ChineseCanary.toUtf8(),
            utf16(AsciiCanary),
            utf16(ChineseCanary),
            QStringLiteral("看望外婆").toUtf8(),
            QByteArray("old mill")};
}

} // namespace

// No message text reaches the disk in plaintext: not in the database, its WAL (before any
// checkpoint), the shared-memory index, or the media files. A control proves the byte search
// finds the same strings when they are written without encryption.
class TestStorageAtRest : public QObject
{
    Q_OBJECT
private:
    static QStringList leaks(const QString &dir)
    {
        QStringList hits;
        for (const QByteArray &needle : needles()) {
            for (const QString &file : test::filesContaining(dir, needle))
                hits << QStringLiteral("%1 in %2")
                            .arg(QString::fromUtf8(needle.left(12).toHex()), file);
        }
        return hits;
    }

    static void fill(Database &db)
    {
        QVERIFY(
            db
                .exec(QStringLiteral(
                    "CREATE TABLE messages(id INTEGER PRIMARY KEY, body TEXT NOT NULL, raw BLOB);"
                    "CREATE VIRTUAL TABLE messages_fts USING fts4(body, tokenize=simple)"))
                .ok());
        // Many small transactions, as a chat does: all of it lands in the WAL.
        Result<Statement> ins =
            db.prepare(QStringLiteral("INSERT INTO messages(id, body, raw) VALUES(?, ?, ?)"));
        Result<Statement> fts =
            db.prepare(QStringLiteral("INSERT INTO messages_fts(docid, body) VALUES(?, ?)"));
        QVERIFY(ins.ok() && fts.ok());
        for (int i = 0; i < Rows; i += 50) {
            Result<Transaction> tx = db.transaction();
            QVERIFY(tx.ok());
            for (int j = i; j < i + 50; ++j) {
                QVERIFY(ins->bind(1, j).bind(2, body(j)).bind(3, body(j).toUtf8()).execute().ok());
                QVERIFY(fts->bind(1, j).bind(2, cjkBigramTokens(body(j))).execute().ok());
            }
            QVERIFY(tx->commit().ok());
        }
        // Sorting without an index uses a temporary b-tree: it must stay in memory.
        Result<Statement> sorted =
            db.prepare(QStringLiteral("SELECT body FROM messages ORDER BY body DESC, id"));
        QVERIFY(sorted.ok() && sorted->step().value());
        // Deleted rows are zeroed (secure_delete), not left in free pages.
        QVERIFY(db.exec(QStringLiteral("DELETE FROM messages WHERE id % 7 = 0")).ok());
    }

private Q_SLOTS:
    void controlSearchFindsPlainWrites()
    {
        // If the search could not see these bytes, the tests below could never fail.
        QTemporaryDir dir;
        QFile plain(dir.filePath(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(body(0).toUtf8() + body(1).toUtf8() + utf16(body(0)) + utf16(body(1)));
        plain.close();
        for (const QByteArray &needle : needles().mid(0, 4))
            QCOMPARE(test::filesContaining(dir.path(), needle).size(), 1);

        // The same writes through SQLite without a key are found in its WAL.
        QTemporaryDir sqlDir;
        const QByteArray path = QFile::encodeName(sqlDir.filePath(QStringLiteral("plain.db")));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA journal_mode=WAL; CREATE TABLE m(body TEXT)", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(raw, "INSERT INTO m VALUES(?)", -1, &st, nullptr), SQLITE_OK);
        for (int i = 0; i < 10; ++i) {
            const QByteArray b = body(i).toUtf8();
            sqlite3_bind_text(st, 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            QCOMPARE(sqlite3_step(st), SQLITE_DONE);
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
        QVERIFY(test::fileContains(sqlDir.filePath(QStringLiteral("plain.db-wal")),
                                   AsciiCanary.toUtf8()));
        QVERIFY(test::fileContains(sqlDir.filePath(QStringLiteral("plain.db-wal")),
                                   ChineseCanary.toUtf8()));
        QVERIFY(!leaks(sqlDir.path()).isEmpty());
        sqlite3_close(raw);
    }

    void databaseAndWalHoldNoPlaintext()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("teahouse.db"));
        Result<Database> db = Database::open(path, test::fixedKey(7));
        QVERIFY(db.ok());
        fill(*db);

        // Still open, nothing checkpointed: the data is in the WAL right now.
        const qint64 walSize = QFileInfo(path + QStringLiteral("-wal")).size();
        QVERIFY2(walSize > 200 * 1024, qPrintable(QString::number(walSize)));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
        // No checkpoint has run: the main file still holds only its first page.
        QCOMPARE(QFileInfo(path).size(), qint64(Database::PageSize));
        const QStringList hits = leaks(dir.path());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));

        // After a checkpoint everything is in the main file: still nothing.
        QVERIFY(db->checkpoint().ok());
        QVERIFY(QFileInfo(path).size() > 200 * 1024);
        QVERIFY(leaks(dir.path()).isEmpty());
        db->close();
        QVERIFY(leaks(dir.path()).isEmpty());
        // Only the database remains: no stray temporary or journal files.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("teahouse.db")});

        // And the text is really there, for the right key.
        Result<Database> again = Database::open(path, test::fixedKey(7));
        QVERIFY(again.ok());
        Result<Statement> st =
            again->prepare(QStringLiteral("SELECT body FROM messages WHERE id = 2"));
        QVERIFY(st.ok() && st->step().value());
        QCOMPARE(st->columnText(0), body(2));
    }

    void mediaFilesHoldNoPlaintext()
    {
        QTemporaryDir dir;
        Result<Database> db =
            Database::open(dir.filePath(QStringLiteral("teahouse.db")), test::fixedKey(8));
        QVERIFY(db.ok());
        Result<MediaStore> media = MediaStore::open(*db, dir.filePath(QStringLiteral("media")));
        QVERIFY(media.ok());
        QStringList ids;
        for (int i = 0; i < 20; ++i) {
            QByteArray content = body(i).toUtf8().repeated(50) + utf16(body(i));
            Result<QString> id = media->put(content, QStringLiteral("note-%1.txt").arg(i),
                                            QStringLiteral("text/plain"));
            QVERIFY(id.ok());
            ids << *id;
        }
        QVERIFY(QDir(dir.filePath(QStringLiteral("media"))).exists());
        const QStringList hits = leaks(dir.path());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        // The media key is in the database only: no file holds its bytes.
        Result<Statement> k = db->prepare(QStringLiteral("SELECT key FROM media_keys"));
        QVERIFY(k.ok() && k->step().value());
        QVERIFY(test::filesContaining(dir.path(), k->columnBlob(0)).isEmpty());
        // File names say nothing either.
        QVERIFY(test::filesContaining(dir.path(), QByteArray("note-3.txt")).isEmpty());
        QCOMPARE(media->get(ids.at(3)).value(), body(3).toUtf8().repeated(50) + utf16(body(3)));
    }
};

QTEST_GUILESS_MAIN(TestStorageAtRest)
#include "tst_storage_at_rest.moc"
