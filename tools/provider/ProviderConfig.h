#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace teahouse::provider {

// What the provider runs: the server to sign in to, the accounts with their modules, a data
// directory, and each module's settings. Read from a JSON file (--config) and/or the command
// line:
//   {"server": {"host": "127.0.0.1", "port": 5222, "ca": "ca.pem"}, "data": "DIR",
//    "accounts": [{"jid": "pay@localhost", "password": "…", "modules": ["payment"]}],
//    "payment": {…}}
struct ProviderConfig
{
    struct Account
    {
        QString jid;
        QString password;
        QStringList modules;
    };

    QString host;
    quint16 port = 0;
    QString caFile;
    QString dataDir;
    QList<Account> accounts;
    QJsonObject modules; // the whole file: modules read their own section
    QString writeCodesDir;
    bool exitAfterCodes = false;

    [[nodiscard]] static Result<ProviderConfig> fromJson(const QJsonObject &json,
                                                         const QString &baseDir);
    // argv without the program name; --help is the caller's.
    [[nodiscard]] static Result<ProviderConfig> fromArguments(const QStringList &arguments);
    [[nodiscard]] static QString usage();
};

} // namespace teahouse::provider
