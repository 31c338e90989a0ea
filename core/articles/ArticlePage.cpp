#include "articles/ArticlePage.h"

#include <QRegularExpression>

namespace teahouse::articles {

namespace {

// The body's top-level block starts: the sanitiser writes them as plain "<p>", "<h2>", ...
const QStringList &blockStarts()
{
    static const QStringList starts = {QStringLiteral("<p>"),          QStringLiteral("<h1>"),
                                       QStringLiteral("<h2>"),         QStringLiteral("<h3>"),
                                       QStringLiteral("<ul>"),         QStringLiteral("<ol>"),
                                       QStringLiteral("<blockquote>"), QStringLiteral("<img ")};
    return starts;
}

} // namespace

int ArticlePage::anchorCount(const QString &html)
{
    int n = 0;
    for (const QString &s : blockStarts())
        n += static_cast<int>(html.count(s));
    return n;
}

QString ArticlePage::render(const Article &article, const QString &accountTitle,
                            const QString &dateText, const Style &style,
                            const std::function<QString(const QUrl &)> &imageSource)
{
    // Images: point each sanitised src at what the reader may load. The body was written by
    // HtmlSanitizer, so every src is a quoted, escaped absolute URL.
    QString body = article.html;
    {
        QString out;
        qsizetype from = 0;
        for (;;) {
            const qsizetype at = body.indexOf(QStringLiteral("<img src=\""), from);
            if (at < 0)
                break;
            const qsizetype start = at + 10;
            const qsizetype end = body.indexOf(u'"', start);
            if (end < 0)
                break;
            out += body.mid(from, start - from);
            const QString escaped = body.mid(start, end - start);
            const QUrl url(QString(escaped).replace(QStringLiteral("&amp;"), QStringLiteral("&")));
            out += imageSource(url).toHtmlEscaped();
            from = end;
        }
        out += body.mid(from);
        body = out;
    }
    // Reading-position anchors before each block.
    {
        QString out;
        int n = 0;
        qsizetype i = 0;
        while (i < body.size()) {
            bool matched = false;
            if (body.at(i) == u'<') {
                for (const QString &s : blockStarts()) {
                    if (QStringView(body).mid(i).startsWith(s)) {
                        out += QStringLiteral("<span id=\"pos-%1\"></span>").arg(n++);
                        matched = true;
                        break;
                    }
                }
            }
            Q_UNUSED(matched);
            out += body.at(i);
            ++i;
        }
        body = out;
    }
    const QString cover = article.cover.isValid() &&
                                  !article.html.contains(article.cover.toString(QUrl::FullyEncoded))
                              ? QStringLiteral("<img class=\"cover\" src=\"%1\" alt=\"\">")
                                    .arg(imageSource(article.cover).toHtmlEscaped())
                              : QString();
    const QString csp = QStringLiteral(
        "default-src 'none'; img-src teahouse-article: https: http:; style-src 'unsafe-inline'; "
        "script-src 'none'; object-src 'none'; frame-src 'none'; form-action 'none'; "
        "base-uri 'none'");
    const QString css =
        QStringLiteral(
            "html{background:%1;}body{margin:0 auto;max-width:46em;padding:1.2em 1.5em 4em;"
            "color:%2;font-family:%3,'Noto Sans CJK SC',sans-serif;font-size:%4px;line-height:1.7;"
            "word-wrap:break-word;}h1.title{font-size:1.5em;line-height:1.35;margin:0 0 .4em;}"
            ".meta{color:%5;font-size:.85em;margin-bottom:1.2em;}img{max-width:100%;height:auto;"
            "border-radius:6px;}img.cover{display:block;margin:0 0 1em;}a{color:%6;}"
            "blockquote{margin:1em 0;padding:.2em 1em;border-left:4px solid %5;color:%5;}"
            // Tables (timetables, opening hours): as wide as their content, scrolling
            // sideways inside the column when that is wider (large text in care mode).
            "table{border-collapse:collapse;display:block;width:max-content;max-width:100%;"
            "overflow-x:auto;margin:1em 0;}td,th{border:1px solid %5;padding:.35em .7em;"
            "text-align:left;vertical-align:top;}th{font-weight:600;border-bottom-width:2px;}"
            "pre{white-space:pre-wrap;}")
            .arg(style.background, style.textColor,
                 style.fontFamily.isEmpty() ? QStringLiteral("sans-serif")
                                            : QStringLiteral("'%1'").arg(style.fontFamily))
            .arg(style.fontPx)
            .arg(style.secondaryColor, style.linkColor);
    QString meta = accountTitle.toHtmlEscaped();
    if (!dateText.isEmpty())
        meta += QStringLiteral(" · ") + dateText.toHtmlEscaped();
    if (!article.author.isEmpty())
        meta += QStringLiteral(" · ") + article.author.toHtmlEscaped();
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">"
                          "<meta name=\"referrer\" content=\"no-referrer\">"
                          "<title>%2</title><style>%3</style></head><body>"
                          "<h1 class=\"title\">%2</h1><div class=\"meta\">%4</div>%5"
                          "<div class=\"body\">%6</div></body></html>")
        .arg(csp, article.title.toHtmlEscaped(), css, meta, cover, body);
}

} // namespace teahouse::articles
