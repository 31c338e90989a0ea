#pragma once

#include <QLoggingCategory>

// One logging category per area; enable with QT_LOGGING_RULES="teahouse.xmpp.debug=true".
// Never log message bodies, passwords or keys (see DESIGN.md, Storage).
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcXmpp)
Q_DECLARE_LOGGING_CATEGORY(lcXmppWire)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
