#include "base/Logging.h"

Q_LOGGING_CATEGORY(lcApp, "teahouse.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "teahouse.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcXmpp, "teahouse.xmpp", QtInfoMsg)
// Raw stanzas carry message text: off unless explicitly switched on for debugging.
Q_LOGGING_CATEGORY(lcXmppWire, "teahouse.xmpp.wire", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcUi, "teahouse.ui", QtInfoMsg)
