#pragma once

#include "base/Jid.h"
#include "base/Result.h"

#include <QString>

namespace teahouse::storage {

// Where an installation keeps its data: one folder per account, each with its own encrypted
// database and media store:
//   <root>/accounts/<bare jid, escaped>/teahouse.db   (+ -wal, -shm, .salt)
//   <root>/accounts/<bare jid, escaped>/media/
// The root is QStandardPaths::AppDataLocation unless the app passes one (--profile DIR).
class Profile
{
public:
    explicit Profile(QString root = {});

    [[nodiscard]] const QString &root() const { return m_root; }
    [[nodiscard]] QString accountDirectory(const Jid &account) const;
    [[nodiscard]] QString databasePath(const Jid &account) const;
    [[nodiscard]] QString mediaDirectory(const Jid &account) const;

    // Creates the account's folders, readable by the user only; returns the account folder.
    [[nodiscard]] Result<QString> ensureAccountDirectory(const Jid &account) const;

    // A file-name-safe, reversible spelling of the bare JID: ASCII letters, digits and ".-_@"
    // stay, every other byte of its UTF-8 becomes %XX.
    [[nodiscard]] static QString directoryName(const Jid &account);

private:
    QString m_root;
};

} // namespace teahouse::storage
