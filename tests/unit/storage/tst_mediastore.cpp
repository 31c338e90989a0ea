#include "StorageTestUtils.h"
#include "storage/Database.h"
#include "storage/MediaStore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::storage;

// MediaStore: round trip, authenticated encryption (any changed byte is caught), fresh nonces.
class TestMediaStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;

    QString mediaDir() const { return m_dir.filePath(QStringLiteral("media")); }
    MediaStore store()
    {
        Result<MediaStore> s = MediaStore::open(m_db, mediaDir());
        if (!s.ok())
            qFatal("MediaStore::open failed: %s", qPrintable(s.error().message));
        return std::move(*s);
    }
    static QByteArray randomBytes(int n)
    {
        QByteArray b(n, Qt::Uninitialized);
        for (int i = 0; i < n; ++i)
            b[i] = char(QRandomGenerator::global()->bounded(256));
        return b;
    }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<Database> db =
            Database::open(m_dir.filePath(QStringLiteral("m.db")), test::fixedKey(0x33));
        QVERIFY(db.ok());
        m_db = std::move(*db);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("small") << QByteArray("hello 你好");
        QTest::newRow("1 MiB") << randomBytes(1 << 20);
    }
    void roundTrip()
    {
        QFETCH(QByteArray, content);
        MediaStore media = store();
        Result<QString> id =
            media.put(content, QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg"));
        QVERIFY(id.ok());
        QCOMPARE(id->size(), 32);
        const QString path = media.filePath(*id);
        QVERIFY(path.startsWith(mediaDir() + QLatin1Char('/')));
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFileInfo(path).size(),
                 qint64(MediaStore::HeaderSize + content.size() + MediaStore::TagSize));
        QVERIFY(readFile(path).startsWith("THMF\x01"));

        Result<QByteArray> back = media.get(*id);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(*back, content);
        Result<MediaStore::Info> info = media.info(*id);
        QVERIFY(info.ok());
        QCOMPARE(info->name, QStringLiteral("photo.jpg"));
        QCOMPARE(info->mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(info->size, qint64(content.size()));

        // A second store on the same database uses the same key: files stay readable.
        QCOMPARE(store().get(*id).value(), content);

        QVERIFY(media.remove(*id).ok());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(media.get(*id).error().code, Error::Code::NotFound);
        QCOMPARE(media.info(*id).error().code, Error::Code::NotFound);
    }

    void everyTamperedByteIsCaught()
    {
        MediaStore media = store();
        const QByteArray content("transfer 100 to alice");
        Result<QString> id = media.put(content);
        QVERIFY(id.ok());
        const QString path = media.filePath(*id);
        const QByteArray original = readFile(path);
        // Every byte after the magic and version: key id, nonce, ciphertext, tag.
        for (int i = 5; i < original.size(); ++i) {
            QByteArray damaged = original;
            damaged[i] = char(damaged[i] ^ 0x01);
            writeFile(path, damaged);
            Result<QByteArray> got = media.get(*id);
            QVERIFY2(!got.ok(), qPrintable(QStringLiteral("byte %1 not detected").arg(i)));
            QVERIFY2(got.error().code == Error::Code::Crypto, qPrintable(got.error().message));
        }
        // Truncated, or not a media file at all.
        writeFile(path, original.left(original.size() - 1));
        QCOMPARE(media.get(*id).error().code, Error::Code::Crypto);
        writeFile(path, original.left(10));
        QCOMPARE(media.get(*id).error().code, Error::Code::Corrupt);
        writeFile(path, "PK\x03\x04 some zip file with enough bytes to pass the size check");
        QCOMPARE(media.get(*id).error().code, Error::Code::Corrupt);

        writeFile(path, original);
        QCOMPARE(media.get(*id).value(), content);
    }

    void fileBoundToItsId()
    {
        // Swapping two files (both valid) is detected: the id is authenticated.
        MediaStore media = store();
        Result<QString> a = media.put("pay alice");
        Result<QString> b = media.put("pay mallory");
        QVERIFY(a.ok() && b.ok());
        const QByteArray fileA = readFile(media.filePath(*a));
        writeFile(media.filePath(*a), readFile(media.filePath(*b)));
        QCOMPARE(media.get(*a).error().code, Error::Code::Crypto);
        writeFile(media.filePath(*a), fileA);
        QCOMPARE(media.get(*a).value(), QByteArray("pay alice"));
    }

    void noncesAndIdsAreUnique()
    {
        MediaStore media = store();
        QSet<QByteArray> nonces;
        QSet<QString> ids;
        QSet<QByteArray> ciphertexts;
        const int n = 200;
        for (int i = 0; i < n; ++i) {
            Result<QString> id = media.put(QByteArray("same content every time"));
            QVERIFY(id.ok());
            ids.insert(*id);
            const QByteArray file = readFile(media.filePath(*id));
            nonces.insert(file.mid(9, MediaStore::NonceSize));
            ciphertexts.insert(file.mid(MediaStore::HeaderSize));
        }
        QCOMPARE(ids.size(), n);
        QCOMPARE(nonces.size(), n);
        QCOMPARE(ciphertexts.size(), n); // same plaintext, never the same bytes on disk
    }

    void invalidIdsAreRejected()
    {
        MediaStore media = store();
        for (const QString &bad : {QStringLiteral("../../etc/passwd"), QStringLiteral(""),
                                   QStringLiteral("ABCDEF0123456789ABCDEF0123456789"),
                                   QStringLiteral("0123456789abcdef0123456789abcde/")}) {
            QCOMPARE(media.get(bad).error().code, Error::Code::InvalidArgument);
            QCOMPARE(media.remove(bad).error().code, Error::Code::InvalidArgument);
            QVERIFY(media.filePath(bad).isEmpty());
        }
    }

    void keyLivesInTheDatabase()
    {
        QTemporaryDir other;
        Result<Database> db2 =
            Database::open(other.filePath(QStringLiteral("o.db")), test::fixedKey(0x44));
        QVERIFY(db2.ok());
        MediaStore mine = store();
        Result<QString> id = mine.put("only for this account");
        QVERIFY(id.ok());
        // Another account's store (another database, another media key) cannot read it.
        Result<MediaStore> theirs = MediaStore::open(*db2, mediaDir());
        QVERIFY(theirs.ok());
        Result<QByteArray> got = theirs->get(*id);
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, Error::Code::Crypto);
    }
};

QTEST_GUILESS_MAIN(TestMediaStore)
#include "tst_mediastore.moc"
