#include "TestUtils.h"

#include <QDirIterator>
#include <QFile>

namespace teahouse::test {

bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll().contains(needle);
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (fileContains(path, needle))
            hits << path;
    }
    return hits;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(TEAHOUSE_SOURCE_DIR "/") + relative;
}

} // namespace teahouse::test
