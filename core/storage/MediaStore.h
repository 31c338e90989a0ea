#pragma once

#include "base/Result.h"
#include "storage/Key.h"

#include <QByteArray>
#include <QString>

namespace teahouse::storage {

class Database;

// Encrypted files for attachments and caches. Each file is AES-256-GCM under the account's
// media key (random, kept inside the encrypted database, never on disk in plaintext) with a
// fresh random nonce; the header and the file's id are authenticated too, so a file swapped
// for another or changed by one bit fails to decrypt. Names and types live in the database.
//
// File layout: "THMF" | version (1 byte) | key id (4 bytes, big-endian) | nonce (12 bytes) |
// ciphertext | tag (16 bytes).
class MediaStore
{
public:
    struct Info
    {
        QString id;
        QString name;
        QString mimeType;
        qint64 size = 0;
        qint64 createdMs = 0;
    };

    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;
    static constexpr int HeaderSize = 4 + 1 + 4 + NonceSize;

    // Creates the store's tables if needed and loads or creates the media key. `db` must
    // outlive the store. Files go below `directory` (<profile>/accounts/<jid>/media).
    [[nodiscard]] static Result<MediaStore> open(Database &db, const QString &directory);

    // Encrypts and writes atomically; returns the new file's id.
    [[nodiscard]] Result<QString> put(const QByteArray &plaintext, const QString &name = {},
                                      const QString &mimeType = {});
    // NotFound if there is no such file; Crypto if it fails authentication (tampered, damaged);
    // Corrupt if it is not a media file at all.
    [[nodiscard]] Result<QByteArray> get(const QString &id) const;
    [[nodiscard]] Result<Info> info(const QString &id) const;
    Status remove(const QString &id);

    // Where the file of `id` lives (empty for an invalid id).
    [[nodiscard]] QString filePath(const QString &id) const;

private:
    MediaStore(Database &db, QString directory, quint32 keyId, Key key);
    [[nodiscard]] Result<Key> keyFor(quint32 keyId) const;

    Database *m_db;
    QString m_directory;
    quint32 m_keyId;
    Key m_key;
};

} // namespace teahouse::storage
