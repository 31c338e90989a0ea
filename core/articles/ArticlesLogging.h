#pragma once

#include <QLoggingCategory>

// teahouse.articles: official accounts, feeds, the article cache.
Q_DECLARE_LOGGING_CATEGORY(lcArticles)
