#include "moments/MomentsLogging.h"

Q_LOGGING_CATEGORY(lcMoments, "teahouse.moments", QtInfoMsg)
