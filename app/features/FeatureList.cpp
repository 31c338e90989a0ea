#include "features/FeatureList.h"

// One include and one line per feature.

namespace teahouse::app {

std::vector<std::unique_ptr<Feature>> makeFeatures(const FeatureEnv &env)
{
    std::vector<std::unique_ptr<Feature>> features;
    Q_UNUSED(env);
    return features;
}

} // namespace teahouse::app
