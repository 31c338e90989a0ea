#pragma once

#include "articles/OfficialAccount.h"

#include <QString>
#include <QUrl>
#include <functional>

namespace teahouse::articles {

// Our own template around a sanitised article: title, account, date, cover and body, with a
// Content-Security-Policy that forbids every script and plugin and allows images only from
// our cache scheme and the addresses the reader's interceptor checks again. Anchors
// (#pos-N) before each block let the reader return to a reading position without scripts.
class ArticlePage
{
public:
    struct Style
    {
        int fontPx = 16;
        QString textColor = QStringLiteral("#1f1f1f");
        QString secondaryColor = QStringLiteral("#6b6b6b");
        QString background = QStringLiteral("#ffffff");
        QString linkColor = QStringLiteral("#1a5fb4");
        QString fontFamily;
    };
    // imageSource maps an image address to what the page loads (a cached copy's address, or the
    // original); dateText is already formatted for the user's language.
    [[nodiscard]] static QString render(const Article &article, const QString &accountTitle,
                                        const QString &dateText, const Style &style,
                                        const std::function<QString(const QUrl &)> &imageSource);
    // How many #pos-N anchors render() puts in this article's body.
    [[nodiscard]] static int anchorCount(const QString &html);
};

} // namespace teahouse::articles
