#pragma once

#include <QLoggingCategory>

// teahouse.moments: protocol and cache events of Moments (never post text).
Q_DECLARE_LOGGING_CATEGORY(lcMoments)
