#include "StorageTestUtils.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace teahouse::test {

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QMap<QString, QByteArray> snapshotDirectory(const QString &dir)
{
    QMap<QString, QByteArray> snapshot;
    const QDir base(dir);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        snapshot.insert(base.relativeFilePath(path), sha256OfFile(path));
    }
    return snapshot;
}

storage::Key fixedKey(unsigned char fill)
{
    const QByteArray bytes(static_cast<qsizetype>(storage::Key::Size), static_cast<char>(fill));
    return storage::Key::fromBytes(bytes).value();
}

} // namespace teahouse::test
