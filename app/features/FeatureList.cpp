#include "features/FeatureList.h"

// One include and one line per feature, in the order of the rail and the Discover page (the
// screenshot tour follows it).
#include "features/AboutFeature.h"
#include "features/ChatFeature.h"
#include "features/ContactsFeature.h"
#include "features/MomentsFeature.h"
#include "features/ArticlesFeature.h"
#include "features/ScanFeature.h"
#include "features/ServicesFeature.h"
#include "features/PayFeature.h"

namespace teahouse::app {

std::vector<std::unique_ptr<Feature>> makeFeatures(const FeatureEnv &env)
{
    std::vector<std::unique_ptr<Feature>> features;
    features.push_back(std::make_unique<AboutFeature>(env));
    features.push_back(std::make_unique<ChatFeature>(env));
    features.push_back(std::make_unique<ContactsFeature>(env));
    features.push_back(std::make_unique<MomentsFeature>(env));
    features.push_back(std::make_unique<ArticlesFeature>(env));
    features.push_back(std::make_unique<ScanFeature>(env));
    features.push_back(std::make_unique<ServicesFeature>(env));
    features.push_back(std::make_unique<PayFeature>(env));
    Q_UNUSED(env);
    return features;
}

} // namespace teahouse::app
