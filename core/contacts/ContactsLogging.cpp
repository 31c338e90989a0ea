#include "contacts/ContactsLogging.h"

Q_LOGGING_CATEGORY(lcContacts, "teahouse.contacts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfile, "teahouse.profile", QtInfoMsg)
