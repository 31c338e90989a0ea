#include "articles/ArticlesLogging.h"

Q_LOGGING_CATEGORY(lcArticles, "teahouse.articles", QtInfoMsg)
