#include "storage/MediaStore.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace teahouse::storage {

namespace {

constexpr QByteArrayView Magic("THMF", 4);
constexpr char FormatVersion = 1;
constexpr int IdBytes = 16;
// EVP_*Update take int lengths; feed large files in slices.
constexpr qsizetype Slice = 1 << 30;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

bool isValidId(const QString &id)
{
    if (id.size() != IdBytes * 2)
        return false;
    for (QChar c : id) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

Error cryptoError(const QString &what)
{
    return Error::make(Error::Code::Crypto, QStringLiteral("%1 failed (OpenSSL).").arg(what));
}

QByteArray header(quint32 keyId, const unsigned char *nonce)
{
    QByteArray h;
    h.reserve(MediaStore::HeaderSize);
    h.append(Magic);
    h.append(FormatVersion);
    char id[4];
    qToBigEndian(keyId, id);
    h.append(id, 4);
    h.append(reinterpret_cast<const char *>(nonce), MediaStore::NonceSize);
    return h;
}

QByteArray associatedData(const QByteArray &header, const QString &id)
{
    return header + id.toLatin1();
}

Result<QByteArray> seal(const Key &key, quint32 keyId, const QString &id,
                        const QByteArray &plaintext)
{
    unsigned char nonce[MediaStore::NonceSize];
    if (RAND_bytes(nonce, sizeof nonce) != 1)
        return cryptoError(QStringLiteral("Creating a nonce"));
    const QByteArray head = header(keyId, nonce);
    const QByteArray aad = associatedData(head, id);

    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(MediaStore::HeaderSize + plaintext.size() + MediaStore::TagSize,
                   Qt::Uninitialized);
    std::copy(head.begin(), head.end(), out.begin());
    auto *dst = reinterpret_cast<unsigned char *>(out.data()) + MediaStore::HeaderSize;
    int len = 0;
    bool ok =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, MediaStore::NonceSize, nullptr) &&
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), nonce) &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &len,
                          reinterpret_cast<const unsigned char *>(aad.constData()),
                          static_cast<int>(aad.size()));
    const auto *src = reinterpret_cast<const unsigned char *>(plaintext.constData());
    for (qsizetype done = 0; ok && done < plaintext.size(); done += Slice) {
        const int chunk = static_cast<int>(std::min(Slice, plaintext.size() - done));
        ok = EVP_EncryptUpdate(ctx.get(), dst, &len, src + done, chunk);
        dst += len;
    }
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), dst, &len) &&
         EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, MediaStore::TagSize, dst + len);
    if (!ok)
        return cryptoError(QStringLiteral("Encrypting a media file"));
    return out;
}

} // namespace

MediaStore::MediaStore(Database &db, QString directory, quint32 keyId, Key key)
    : m_db(&db)
    , m_directory(std::move(directory))
    , m_keyId(keyId)
    , m_key(std::move(key))
{}

Result<MediaStore> MediaStore::open(Database &db, const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        return Error::make(Error::Code::Io,
                           QStringLiteral("Cannot create the media folder %1.").arg(directory));
    }
    Result<Transaction> tx = db.transaction();
    if (!tx)
        return tx.error();
    // The store owns these two tables; IF NOT EXISTS keeps it usable with any app schema.
    if (Status s = db.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS media_keys(id INTEGER PRIMARY KEY, key BLOB NOT NULL, "
            "created INTEGER NOT NULL);"
            "CREATE TABLE IF NOT EXISTS media_files(id TEXT PRIMARY KEY, "
            "key_id INTEGER NOT NULL REFERENCES media_keys(id), name TEXT, mime TEXT, "
            "size INTEGER NOT NULL, created INTEGER NOT NULL);"));
        !s) {
        return s.error();
    }
    Result<Statement> latest =
        db.prepare(QStringLiteral("SELECT id, key FROM media_keys ORDER BY id DESC LIMIT 1"));
    if (!latest)
        return latest.error();
    Result<bool> row = latest->step();
    if (!row)
        return row.error();
    if (*row) {
        QByteArray bytes = latest->columnBlob(1);
        Result<Key> key = Key::fromBytes(bytes);
        wipeBytes(bytes);
        if (!key) {
            return Error::make(Error::Code::Corrupt,
                               QStringLiteral("The media key in the database is damaged."));
        }
        const auto keyId = static_cast<quint32>(latest->columnInt64(0));
        if (Status committed = tx->commit(); !committed)
            return committed.error();
        return MediaStore(db, directory, keyId, std::move(*key));
    }
    latest = Statement();

    Result<Key> key = Key::generate();
    if (!key)
        return key.error();
    Result<Statement> insert =
        db.prepare(QStringLiteral("INSERT INTO media_keys(key, created) VALUES(?, ?)"));
    if (!insert)
        return insert.error();
    QByteArray bytes = key->toByteArray();
    insert->bind(1, bytes).bind(2, QDateTime::currentMSecsSinceEpoch());
    wipeBytes(bytes);
    if (Status s = insert->execute(); !s)
        return s.error();
    const auto keyId = static_cast<quint32>(db.lastInsertRowId());
    if (Status committed = tx->commit(); !committed)
        return committed.error();
    return MediaStore(db, directory, keyId, std::move(*key));
}

QString MediaStore::filePath(const QString &id) const
{
    if (!isValidId(id))
        return {};
    // Two-character fan-out keeps directories small for large caches.
    return m_directory + QLatin1Char('/') + id.left(2) + QLatin1Char('/') + id;
}

Result<Key> MediaStore::keyFor(quint32 keyId) const
{
    if (keyId == m_keyId)
        return m_key;
    Result<Statement> select =
        m_db->prepare(QStringLiteral("SELECT key FROM media_keys WHERE id = ?"));
    if (!select)
        return select.error();
    select->bind(1, static_cast<qint64>(keyId));
    Result<bool> row = select->step();
    if (!row)
        return row.error();
    if (!*row) {
        return Error::make(Error::Code::Crypto,
                           QStringLiteral("The key of this media file is not in the database."));
    }
    QByteArray bytes = select->columnBlob(0);
    Result<Key> key = Key::fromBytes(bytes);
    wipeBytes(bytes);
    return key;
}

Result<QString> MediaStore::put(const QByteArray &plaintext, const QString &name,
                                const QString &mimeType)
{
    unsigned char raw[IdBytes];
    if (RAND_bytes(raw, sizeof raw) != 1)
        return cryptoError(QStringLiteral("Creating a file id"));
    const QString id =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), sizeof raw).toHex());

    Result<QByteArray> sealed = seal(m_key, m_keyId, id, plaintext);
    if (!sealed)
        return sealed.error();
    const QString path = filePath(id);
    if (!QDir().mkpath(QFileInfo(path).path())) {
        return Error::make(Error::Code::Io,
                           QStringLiteral("Cannot create the media folder %1.").arg(m_directory));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*sealed) != sealed->size() ||
        !file.commit()) {
        return Error::make(Error::Code::Io,
                           QStringLiteral("Cannot write a media file: %1").arg(file.errorString()));
    }

    Result<Statement> insert = m_db->prepare(
        QStringLiteral("INSERT INTO media_files(id, key_id, name, mime, size, created) "
                       "VALUES(?, ?, ?, ?, ?, ?)"));
    if (!insert) {
        QFile::remove(path);
        return insert.error();
    }
    insert->bind(1, id)
        .bind(2, static_cast<qint64>(m_keyId))
        .bind(3, name)
        .bind(4, mimeType)
        .bind(5, static_cast<qint64>(plaintext.size()))
        .bind(6, QDateTime::currentMSecsSinceEpoch());
    if (Status s = insert->execute(); !s) {
        QFile::remove(path);
        return s.error();
    }
    return id;
}

Result<QByteArray> MediaStore::get(const QString &id) const
{
    const QString path = filePath(id);
    if (path.isEmpty())
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("Invalid media id."));
    QFile file(path);
    if (!file.exists())
        return Error::make(Error::Code::NotFound, QStringLiteral("No media file %1.").arg(id));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(
            Error::Code::Io,
            QStringLiteral("Cannot read media file %1: %2").arg(id, file.errorString()));
    }
    const QByteArray data = file.readAll();
    if (data.size() < HeaderSize + TagSize || !data.startsWith(Magic) ||
        data.at(4) != FormatVersion) {
        return Error::make(
            Error::Code::Corrupt,
            QStringLiteral("Media file %1 is damaged or not a Teahouse media file.").arg(id));
    }
    const quint32 keyId = qFromBigEndian<quint32>(data.constData() + 5);
    Result<Key> key = keyFor(keyId);
    if (!key)
        return key.error();

    const QByteArray head = data.left(HeaderSize);
    const QByteArray aad = associatedData(head, id);
    const auto *nonce = reinterpret_cast<const unsigned char *>(data.constData()) + 9;
    const qsizetype cipherSize = data.size() - HeaderSize - TagSize;
    const auto *src = reinterpret_cast<const unsigned char *>(data.constData()) + HeaderSize;
    QByteArray tag = data.right(TagSize);
    QByteArray plain(cipherSize, Qt::Uninitialized);
    auto *dst = reinterpret_cast<unsigned char *>(plain.data());

    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) &&
              EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key->data(), nonce) &&
              EVP_DecryptUpdate(ctx.get(), nullptr, &len,
                                reinterpret_cast<const unsigned char *>(aad.constData()),
                                static_cast<int>(aad.size()));
    for (qsizetype done = 0; ok && done < cipherSize; done += Slice) {
        const int chunk = static_cast<int>(std::min(Slice, cipherSize - done));
        ok = EVP_DecryptUpdate(ctx.get(), dst, &len, src + done, chunk);
        dst += len;
    }
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) &&
         EVP_DecryptFinal_ex(ctx.get(), dst, &len) > 0;
    if (!ok) {
        // Never hand out unauthenticated plaintext.
        wipeBytes(plain);
        return Error::make(Error::Code::Crypto,
                           QStringLiteral("Media file %1 failed its integrity check: it was "
                                          "changed or damaged.")
                               .arg(id));
    }
    return plain;
}

Result<MediaStore::Info> MediaStore::info(const QString &id) const
{
    Result<Statement> select = m_db->prepare(
        QStringLiteral("SELECT name, mime, size, created FROM media_files WHERE id = ?"));
    if (!select)
        return select.error();
    select->bind(1, id);
    Result<bool> row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(Error::Code::NotFound, QStringLiteral("No media file %1.").arg(id));
    return Info{id, select->columnText(0), select->columnText(1), select->columnInt64(2),
                select->columnInt64(3)};
}

Status MediaStore::remove(const QString &id)
{
    const QString path = filePath(id);
    if (path.isEmpty())
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("Invalid media id."));
    Result<Statement> del = m_db->prepare(QStringLiteral("DELETE FROM media_files WHERE id = ?"));
    if (!del)
        return del.error();
    del->bind(1, id);
    if (Status s = del->execute(); !s)
        return s;
    if (QFile::exists(path) && !QFile::remove(path)) {
        return Error::make(Error::Code::Io, QStringLiteral("Cannot remove media file %1.").arg(id));
    }
    return {};
}

} // namespace teahouse::storage
