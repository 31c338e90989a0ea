#include "storage/Profile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace teahouse::storage {

namespace {

constexpr qsizetype MaxNameLength = 200; // file systems allow 255 bytes per name

bool keep(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '-' || c == '_' || c == '@';
}

// Folders this code creates are private to the user; a folder the user chose and made
// (--profile) keeps its permissions.
Status makePrivateDir(const QString &path, bool alwaysPrivate)
{
    const bool existed = QDir(path).exists();
    if (!QDir().mkpath(path))
        return Error::make(Error::Code::Io,
                           QStringLiteral("Cannot create the folder %1.").arg(path));
    if (!existed || alwaysPrivate)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

} // namespace

Profile::Profile(QString root)
    : m_root(std::move(root))
{
    if (m_root.isEmpty())
        m_root = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_root = QDir::cleanPath(QDir(m_root).absolutePath());
}

QString Profile::directoryName(const Jid &account)
{
    const QByteArray utf8 = account.bareString().toUtf8();
    QString name;
    name.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        // A leading dot would make a hidden file (and "." or ".." a different folder).
        if (keep(c) && !(i == 0 && c == '.')) {
            name.append(QLatin1Char(c));
        } else {
            name.append(QStringLiteral("%%1")
                            .arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'))
                            .toUpper());
        }
    }
    if (name.size() > MaxNameLength) {
        // Still unique: the digest of the whole JID replaces the tail.
        const QByteArray digest =
            QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex();
        name = name.left(MaxNameLength - 1 - 32) + QLatin1Char('~') +
               QString::fromLatin1(digest.left(32));
    }
    return name;
}

QString Profile::accountDirectory(const Jid &account) const
{
    return m_root + QStringLiteral("/accounts/") + directoryName(account);
}

QString Profile::databasePath(const Jid &account) const
{
    return accountDirectory(account) + QStringLiteral("/teahouse.db");
}

QString Profile::mediaDirectory(const Jid &account) const
{
    return accountDirectory(account) + QStringLiteral("/media");
}

Result<QString> Profile::ensureAccountDirectory(const Jid &account) const
{
    if (!account.isValid())
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("Invalid account address."));
    if (Status made = makePrivateDir(m_root, false); !made)
        return made.error();
    for (const QString &dir : {accountDirectory(account), mediaDirectory(account)}) {
        if (Status made = makePrivateDir(dir, true); !made)
            return made.error();
    }
    return accountDirectory(account);
}

} // namespace teahouse::storage
