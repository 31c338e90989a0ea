#include "StorageTestUtils.h"
#include "TestUtils.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"
#include "storage/MemorySecretBackend.h"
#include "storage/PassphraseKdf.h"
#include "storage/QtKeychainBackend.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::storage;

// KeyStore: keychain first, passphrase + scrypt when no keychain answers, never a fallback to a
// plaintext or fixed key. PassphraseKdf: deterministic, salted, parameters validated.
class TestKeyStore : public QObject
{
    Q_OBJECT
private:
    static Result<Key> obtain(KeyStore &store, const KeyStore::Request &request)
    {
        std::optional<Result<Key>> answer;
        store.obtainKey(request, [&answer](Result<Key> key) { answer.emplace(std::move(key)); });
        // Asynchronous by contract: never answered from inside the call.
        if (answer)
            return Error::make(Error::Code::Unknown, QStringLiteral("answered synchronously"));
        // The real keychain job may take a while to give up; it must give up, though.
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, 60000);
        if (!answer)
            return Error::make(Error::Code::Timeout, QStringLiteral("no answer"));
        return std::move(*answer);
    }

    static PassphraseKdf kdfWithSalt(char fill)
    {
        PassphraseKdf kdf;
        kdf.salt = QByteArray(PassphraseKdf::SaltSize, fill);
        return kdf;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Make sure no session keychain can answer, also when run by hand on a desktop.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/teahouse-test-bus");
    }

    void scryptIsDeterministicAndSalted()
    {
        const PassphraseKdf a = kdfWithSalt('a');
        const Result<Key> k1 = a.deriveKey(QStringLiteral("correct horse 电池"));
        const Result<Key> k2 = a.deriveKey(QStringLiteral("correct horse 电池"));
        QVERIFY(k1.ok() && k2.ok());
        QVERIFY(*k1 == *k2);
        QVERIFY(!(*k1 == a.deriveKey(QStringLiteral("correct horse 电芯")).value()));
        QVERIFY(!(*k1 == kdfWithSalt('b').deriveKey(QStringLiteral("correct horse 电池")).value()));
        PassphraseKdf cheaper = a;
        cheaper.logN = 14;
        QVERIFY(!(*k1 == cheaper.deriveKey(QStringLiteral("correct horse 电池")).value()));
        // Composed and decomposed "é" are the same passphrase.
        QVERIFY(a.deriveKey(QStringLiteral("caf\u00e9")).value() ==
                a.deriveKey(QStringLiteral("cafe\u0301")).value());
        // Known answer (Python's hashlib.scrypt, N=2^15 r=8 p=1, UTF-8): a change in how the
        // passphrase is encoded or stretched would lock users out, so it must fail here.
        const QByteArray expected =
            QByteArray::fromHex("9341f0ab19320c519f1d2a640b60f8b047d740436086fa65a06b30edcf89bc59");
        QVERIFY(k1->toByteArray() == expected);

        QCOMPARE(a.deriveKey(QString()).error().code, Error::Code::InvalidArgument);
    }

    void sidecarRoundTripAndValidation()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("x.db.salt"));
        QCOMPARE(PassphraseKdf::load(file).error().code, Error::Code::NotFound);
        Result<PassphraseKdf> fresh = PassphraseKdf::generate();
        QVERIFY(fresh.ok());
        QCOMPARE(fresh->salt.size(), PassphraseKdf::SaltSize);
        QVERIFY(fresh->salt != PassphraseKdf::generate().value().salt);
        QVERIFY(fresh->logN >= 15 && fresh->r >= 8);
        QVERIFY(fresh->save(file).ok());
        Result<PassphraseKdf> loaded = PassphraseKdf::load(file);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->salt, fresh->salt);
        QCOMPARE(loaded->logN, fresh->logN);
        QCOMPARE(loaded->r, fresh->r);
        QCOMPARE(loaded->p, fresh->p);

        // Damaged, or asking for absurd work: refused, not obeyed.
        for (
            const QByteArray &bad :
            {QByteArray("not json"),
             QByteArray(
                 R"({"kdf":"scrypt","version":1,"salt":"AAAAAAAAAAAAAAAAAAAAAA==","logN":30,"r":8,"p":1})"),
             QByteArray(R"({"kdf":"scrypt","version":1,"salt":"AAAA","logN":15,"r":8,"p":1})"),
             QByteArray(
                 R"({"kdf":"pbkdf2","version":1,"salt":"AAAAAAAAAAAAAAAAAAAAAA==","logN":15,"r":8,"p":1})")}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bad);
            f.close();
            QCOMPARE(PassphraseKdf::load(file).error().code, Error::Code::Corrupt);
        }
    }

    void keychainKeyIsCreatedOnceAndReused()
    {
        QTemporaryDir dir;
        MemorySecretBackend backend;
        KeyStore store(backend);
        const KeyStore::Request request{
            QStringLiteral("alice@example.com"), dir.filePath(QStringLiteral("a.db")), {}};
        Result<Key> first = obtain(store, request);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY(backend.contains(QStringLiteral("alice@example.com")));
        QVERIFY(!KeyStore::usesPassphrase(request.databasePath));
        QVERIFY(!QFile::exists(KeyStore::kdfFilePath(request.databasePath)));
        { // create the database with it
            Result<Database> db = Database::open(request.databasePath, *first);
            QVERIFY(db.ok());
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x)")).ok());
        }
        Result<Key> second = obtain(store, request);
        QVERIFY(second.ok());
        QVERIFY(*first == *second);
        QVERIFY(!(*first == obtain(store, {QStringLiteral("bob@example.com"),
                                           dir.filePath(QStringLiteral("b.db")),
                                           {}})
                                .value()));
        QVERIFY(Database::open(request.databasePath, *second).ok());

        // The keychain lost the entry of an existing database: no new key is made up.
        std::optional<Status> removed;
        backend.remove(request.account, [&](Status s) { removed = s; });
        QTRY_VERIFY(removed.has_value());
        Result<Key> lost = obtain(store, request);
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, Error::Code::NotFound);
        QVERIFY(!backend.contains(request.account));
    }

    void noKeychainAndNoPassphraseIsRefused()
    {
        QTemporaryDir dir;
        MemorySecretBackend backend;
        backend.setAvailable(false);
        KeyStore store(backend);
        const KeyStore::Request request{
            QStringLiteral("alice@example.com"), dir.filePath(QStringLiteral("a.db")), {}};
        Result<Key> key = obtain(store, request);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, Error::Code::KeychainUnavailable);
        QVERIFY(key.error().message.contains(QStringLiteral("passphrase")));
        QVERIFY(key.error().message.contains(QStringLiteral("--passphrase-file")));
        QVERIFY(key.error().message.contains(QStringLiteral("TEAHOUSE_PASSPHRASE")));
        QVERIFY(!QFile::exists(KeyStore::kdfFilePath(request.databasePath)));
        QVERIFY(!QFile::exists(request.databasePath));
    }

    void passphraseFallback()
    {
        QTemporaryDir dir;
        MemorySecretBackend backend;
        backend.setAvailable(false);
        KeyStore store(backend);
        const QString dbPath = dir.filePath(QStringLiteral("a.db"));
        const QString passphrase = QStringLiteral("tea for two, 两杯茶");
        KeyStore::Request request{QStringLiteral("alice@example.com"), dbPath, passphrase};

        Result<Key> key = obtain(store, request);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QVERIFY(KeyStore::usesPassphrase(dbPath));
        // The sidecar holds the salt and parameters, never the passphrase or the key.
        const QString sidecar = KeyStore::kdfFilePath(dbPath);
        QVERIFY(!test::fileContains(sidecar, passphrase.toUtf8()));
        QVERIFY(!test::fileContains(sidecar, key->toByteArray()));
        QVERIFY(!test::fileContains(sidecar, key->toByteArray().toHex()));
        QVERIFY(!test::fileContains(sidecar, key->toByteArray().toBase64()));
        {
            Result<Database> db = Database::open(dbPath, *key);
            QVERIFY(db.ok());
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES(1)")).ok());
        }

        // Same passphrase again: same key, the database opens.
        Result<Key> again = obtain(store, request);
        QVERIFY(again.ok());
        QVERIFY(*again == *key);
        QVERIFY(Database::open(dbPath, *again).ok());

        // Once set up with a passphrase, the passphrase is used even when a keychain appears.
        backend.setAvailable(true);
        Result<Key> withKeychain = obtain(store, request);
        QVERIFY(withKeychain.ok());
        QVERIFY(*withKeychain == *key);
        QVERIFY(!backend.contains(request.account));

        // A wrong passphrase derives some key; the database refuses it and stays unchanged.
        request.passphrase = QStringLiteral("tea for three");
        Result<Key> wrong = obtain(store, request);
        QVERIFY(wrong.ok());
        const QByteArray before = test::sha256OfFile(dbPath);
        Result<Database> refused = Database::open(dbPath, *wrong);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::WrongKey);
        QCOMPARE(test::sha256OfFile(dbPath), before);

        // No passphrase at all for a passphrase database: asked for.
        request.passphrase.clear();
        Result<Key> none = obtain(store, request);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, Error::Code::KeychainUnavailable);
        QVERIFY(none.error().message.contains(QStringLiteral("passphrase")));
    }

    void keychainDatabaseWithoutKeychainIsNotGuessed()
    {
        QTemporaryDir dir;
        MemorySecretBackend backend;
        KeyStore store(backend);
        KeyStore::Request request{
            QStringLiteral("carol@example.com"), dir.filePath(QStringLiteral("c.db")), {}};
        Result<Key> key = obtain(store, request);
        QVERIFY(key.ok());
        {
            Result<Database> db = Database::open(request.databasePath, *key);
            QVERIFY(db.ok());
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x)")).ok());
        }
        backend.setAvailable(false);
        request.passphrase = QStringLiteral("anything");
        Result<Key> refused = obtain(store, request);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::KeychainUnavailable);
        QVERIFY(!KeyStore::usesPassphrase(request.databasePath)); // no salt written for it
    }

    void realKeychainFailsCleanlyHere()
    {
        // There is no keychain daemon on the test machine (and the session bus points nowhere):
        // the QtKeychain job must report an error, not hang and not store anything in plaintext.
        QTemporaryDir home;
        qputenv("HOME",
                home.path().toLocal8Bit()); // QtKeychain's plaintext fallback would write here
        QtKeychainBackend backend(QStringLiteral("TeahouseTest"));
        std::optional<Result<QByteArray>> read;
        backend.read(QStringLiteral("nobody@example.com"),
                     [&](Result<QByteArray> r) { read.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 60000);
        if (read->ok() || read->error().code == Error::Code::NotFound)
            QSKIP("a keychain answered on this machine");
        QCOMPARE(read->error().code, Error::Code::KeychainUnavailable);
        QVERIFY(!read->error().message.isEmpty());

        std::optional<Status> written;
        backend.write(QStringLiteral("nobody@example.com"), QByteArray(32, 'k'),
                      [&](Status s) { written = s; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 60000);
        QVERIFY(!written->ok());
        QCOMPARE(written->error().code, Error::Code::KeychainUnavailable);
        QVERIFY(test::filesContaining(home.path(), QByteArray(32, 'k')).isEmpty());
        QVERIFY(test::filesContaining(home.path(), QByteArray(32, 'k').toBase64()).isEmpty());

        // So KeyStore needs a passphrase...
        QTemporaryDir dir;
        KeyStore store(backend);
        KeyStore::Request request{
            QStringLiteral("nobody@example.com"), dir.filePath(QStringLiteral("n.db")), {}};
        Result<Key> none = obtain(store, request);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, Error::Code::KeychainUnavailable);
        // ...and works with one.
        request.passphrase = QStringLiteral("a long enough passphrase");
        Result<Key> key = obtain(store, request);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QVERIFY(Database::open(request.databasePath, *key).ok());
    }

    void passphraseFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pass.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("  secret with spaces 秘密\r\nsecond line ignored\n");
        f.close();
        QCOMPARE(KeyStore::readPassphraseFile(path).value(),
                 QStringLiteral("  secret with spaces 秘密"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("\n");
        f.close();
        QCOMPARE(KeyStore::readPassphraseFile(path).error().code, Error::Code::InvalidArgument);
        QCOMPARE(KeyStore::readPassphraseFile(dir.filePath(QStringLiteral("missing"))).error().code,
                 Error::Code::Io);
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
