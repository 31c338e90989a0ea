#pragma once

#include <QLoggingCategory>

// teahouse.contacts and teahouse.profile: the contact list, friend requests, avatars, our profile.
Q_DECLARE_LOGGING_CATEGORY(lcContacts)
Q_DECLARE_LOGGING_CATEGORY(lcProfile)
