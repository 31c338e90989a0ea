#include "features/FeatureList.h"

// One include and one line per feature.
#include "features/AboutFeature.h"

namespace teahouse::app {

std::vector<std::unique_ptr<Feature>> makeFeatures(const FeatureEnv &env)
{
    std::vector<std::unique_ptr<Feature>> features;
    features.push_back(std::make_unique<AboutFeature>(env));
    Q_UNUSED(env);
    return features;
}

} // namespace teahouse::app
