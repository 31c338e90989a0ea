#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace teahouse::storage {
class Database;
}

namespace teahouse::account {

// Per-account values kept in the encrypted database: the password, pinned server
// certificates, small state. Nothing here ever goes to a settings file.
class AccountSettings
{
public:
    explicit AccountSettings(storage::Database &db);

    [[nodiscard]] Result<std::optional<QByteArray>> value(const QString &key) const;
    [[nodiscard]] Status setValue(const QString &key, const QByteArray &value);
    [[nodiscard]] Status remove(const QString &key);

    [[nodiscard]] Result<QStringList> pinnedCertificates(const QString &host) const;
    [[nodiscard]] Status pinCertificate(const QString &host, const QString &sha256);

    static constexpr QStringView PasswordKey = u"account.password";

private:
    storage::Database &m_db;
};

} // namespace teahouse::account
