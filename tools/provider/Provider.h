#pragma once

#include "ModuleRegistry.h"
#include "ProviderAccount.h"
#include "ProviderConfig.h"

#include <QObject>
#include <memory>
#include <vector>

namespace teahouse::provider {

// teahouse-provider: signs in as each configured account and runs its modules on it. A
// reference for third parties offering services to Teahouse users over plain XMPP.
class Provider : public QObject
{
    Q_OBJECT
public:
    Provider(ProviderConfig config, ModuleRegistry registry, QObject *parent = nullptr);
    ~Provider() override;

    // Builds the accounts and attaches their modules (nothing is connected yet).
    [[nodiscard]] Status setUp();
    // Signs every account in.
    void connectAll();
    void disconnectAll();
    [[nodiscard]] bool allOnline() const;

    [[nodiscard]] const ProviderConfig &config() const { return m_config; }
    [[nodiscard]] ProviderAccount *account(const Jid &bare) const;
    [[nodiscard]] QList<ProviderAccount *> accounts() const;
    // The first module of this name (on any account), or null.
    [[nodiscard]] ProviderModule *module(const QString &name) const;
    template<typename T> [[nodiscard]] T *module(const QString &name) const
    {
        return qobject_cast<T *>(module(name));
    }

private:
    ProviderConfig m_config;
    ModuleRegistry m_registry;
    std::vector<std::unique_ptr<ProviderAccount>> m_accounts;
    std::vector<std::unique_ptr<ProviderModule>> m_modules;
};

} // namespace teahouse::provider
