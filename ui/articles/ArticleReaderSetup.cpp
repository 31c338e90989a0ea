#include "ArticleReaderSetup.h"

#include "ArticleSchemeHandler.h"

#include <QtWebEngineQuick/qtwebenginequickglobal.h>

namespace teahouse::ui {

void prepareArticleReader()
{
    ArticleSchemeHandler::registerScheme();
    QtWebEngineQuick::initialize();
}

} // namespace teahouse::ui
