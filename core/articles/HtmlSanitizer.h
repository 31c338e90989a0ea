#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace teahouse::articles {

// An article body made safe to show: rebuilt markup, its plain text (read aloud, previews)
// and the images it shows (to cache).
struct SanitizedHtml
{
    QString html;
    QString text;
    QList<QUrl> images;
};

// Rebuilds untrusted article HTML from an allow-list, never with regular expressions: gumbo
// (an HTML5 parser, as browsers parse) reads it; only listed elements and attributes are
// written back. Scripts, styles (so every CSS url()), frames, objects, forms and media are
// dropped with their content; event handlers, style, class and id attributes are dropped;
// links keep http(s)/mailto targets only; images keep http(s) sources only (no file:, data:,
// javascript:). Relative addresses are resolved against base.
class HtmlSanitizer
{
public:
    [[nodiscard]] static SanitizedHtml sanitize(const QString &html, const QUrl &base = {});
    // The text of an HTML fragment on one line (titles, previews).
    [[nodiscard]] static QString toPlainText(const QString &html);
};

} // namespace teahouse::articles
