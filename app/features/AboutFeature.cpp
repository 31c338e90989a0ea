#include "features/AboutFeature.h"

#include "AppContext.h"

namespace teahouse::app {

AboutFeature::AboutFeature(const FeatureEnv & /*env*/, QObject *parent)
    : Feature(parent)
    , m_controller(AppContext::version())
{}

} // namespace teahouse::app
