#pragma once

#include "features/Feature.h"

#include <memory>
#include <vector>

namespace teahouse::app {

// Every feature of the app, in the order of the rail and the screenshot tour.
[[nodiscard]] std::vector<std::unique_ptr<Feature>> makeFeatures(const FeatureEnv &env);

} // namespace teahouse::app
