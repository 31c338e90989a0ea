#include "ModuleRegistry.h"

#include "CityModule.h"
#include "ArticleModule.h"
#include "MerchantModule.h"
#include "PaymentModule.h"

namespace teahouse::provider {

ModuleRegistry ModuleRegistry::builtIn()
{
    ModuleRegistry r;
    r.add(QStringLiteral("payment"), [] { return std::make_unique<PaymentModule>(); });
    r.add(QStringLiteral("articles"), [] { return std::make_unique<ArticleModule>(); });
    r.add(QStringLiteral("merchant"), [] { return std::make_unique<MerchantModule>(); });
    r.add(QStringLiteral("city"), [] { return std::make_unique<CityModule>(); });
    return r;
}

} // namespace teahouse::provider
