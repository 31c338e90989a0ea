#pragma once

#include "ProviderModule.h"

#include <QMap>
#include <QStringList>
#include <functional>
#include <memory>

namespace teahouse::provider {

// Module factories by name ("payment", "merchant", …): an account's "modules" list in the
// configuration names them. New services register here (see ModuleRegistry::builtIn()).
class ModuleRegistry
{
public:
    using Factory = std::function<std::unique_ptr<ProviderModule>()>;

    void add(const QString &name, Factory factory) { m_factories.insert(name, std::move(factory)); }
    [[nodiscard]] std::unique_ptr<ProviderModule> make(const QString &name) const
    {
        const auto it = m_factories.constFind(name);
        return it == m_factories.constEnd() ? nullptr : (*it)();
    }
    [[nodiscard]] QStringList names() const { return m_factories.keys(); }

    // Every module this build has.
    [[nodiscard]] static ModuleRegistry builtIn();

private:
    QMap<QString, Factory> m_factories;
};

} // namespace teahouse::provider
