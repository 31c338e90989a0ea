#pragma once

namespace teahouse::ui {

// What the article reader needs before the application object exists: the teahouse-article:
// scheme registered and QtWebEngineQuick initialised (shared GL contexts). Called from main().
void prepareArticleReader();

} // namespace teahouse::ui
