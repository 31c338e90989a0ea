#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace teahouse::provider {

class Provider;
class ProviderAccount;

// What a module gets when it is attached to an account: its section of the configuration
// (config["<module name>"]), a data directory of its own, and the provider (to find other
// accounts, e.g. the payment service notifying a merchant account it also runs).
struct ModuleContext
{
    QJsonObject config;
    QString dataDir;
    Provider *provider = nullptr;
};

// A service the provider runs on one of its accounts: the payment service, a merchant, and
// later the article publisher and the city services. A module registers its XEP-0050 commands
// on the account's CommandServer, listens to its messages, and keeps its own data in its data
// directory. Modules are made by name through ModuleRegistry.
class ProviderModule : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ProviderModule() override = default;

    [[nodiscard]] virtual QString name() const = 0;
    // Called once, before the account signs in. An error stops the provider.
    [[nodiscard]] virtual Status attach(ProviderAccount &account, const ModuleContext &context) = 0;
};

} // namespace teahouse::provider
