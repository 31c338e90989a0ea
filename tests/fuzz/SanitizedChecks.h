#pragma once

// Invariants of HtmlSanitizer output, shared by the article fuzzers: whatever the input, every
// tag is an allowed one with allowed attributes only, and every address is http(s)/mailto.
#include "articles/HtmlSanitizer.h"

#include <QSet>
#include <QString>
#include <cstdio>
#include <cstdlib>

namespace teahouse::fuzz {

[[noreturn]] inline void failInvariant(const char *what, const QString &detail)
{
    std::fprintf(stderr, "INVARIANT VIOLATED: %s\n%s\n", what, detail.toUtf8().constData());
    std::abort();
}

inline void checkSanitized(const articles::SanitizedHtml &s)
{
    static const QSet<QString> tags = {
        QStringLiteral("p"), QStringLiteral("br"), QStringLiteral("hr"), QStringLiteral("h1"),
        QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("b"), QStringLiteral("strong"), QStringLiteral("i"),
        QStringLiteral("em"), QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("sub"),
        QStringLiteral("sup"), QStringLiteral("small"), QStringLiteral("mark"),
        QStringLiteral("blockquote"), QStringLiteral("q"), QStringLiteral("cite"),
        QStringLiteral("code"), QStringLiteral("pre"), QStringLiteral("kbd"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("dl"), QStringLiteral("dt"),
        QStringLiteral("dd"), QStringLiteral("a"), QStringLiteral("img"), QStringLiteral("figure"),
        QStringLiteral("figcaption"), QStringLiteral("table"), QStringLiteral("thead"),
        QStringLiteral("tbody"), QStringLiteral("tfoot"), QStringLiteral("tr"), QStringLiteral("th"),
        QStringLiteral("td"), QStringLiteral("caption"), QStringLiteral("div"),
        QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("header"),
        QStringLiteral("footer"), QStringLiteral("abbr"), QStringLiteral("time"),
        QStringLiteral("del"), QStringLiteral("ins")};
    static const QSet<QString> attributes = {
        QStringLiteral("href"), QStringLiteral("src"), QStringLiteral("alt"),
        QStringLiteral("title"), QStringLiteral("width"), QStringLiteral("height"),
        QStringLiteral("lang"), QStringLiteral("dir"), QStringLiteral("colspan"),
        QStringLiteral("rowspan"), QStringLiteral("start"), QStringLiteral("datetime")};
    const QString &h = s.html;
    qsizetype i = 0;
    while ((i = h.indexOf(u'<', i)) >= 0) {
        qsizetype j = i + 1;
        if (j < h.size() && h[j] == u'/')
            ++j;
        qsizetype k = j;
        while (k < h.size() && h[k].isLetterOrNumber())
            ++k;
        const QString name = h.mid(j, k - j);
        if (!tags.contains(name))
            failInvariant("tag not allowed", h);
        // Attributes: name="value" pairs up to '>' (values are escaped: no '"' or '>' inside).
        while (k < h.size() && h[k] == u' ') {
            const qsizetype eq = h.indexOf(QStringLiteral("=\""), k);
            const qsizetype close = eq < 0 ? -1 : h.indexOf(u'"', eq + 2);
            if (eq < 0 || close < 0)
                failInvariant("malformed attribute", h);
            const QString attr = h.mid(k + 1, eq - k - 1);
            const QString value = h.mid(eq + 2, close - eq - 2);
            if (!attributes.contains(attr))
                failInvariant("attribute not allowed", h);
            if (value.contains(u'<') || value.contains(u'>'))
                failInvariant("unescaped value", h);
            if ((attr == u"href" || attr == u"src")
                && !(value.startsWith(u"https://") || value.startsWith(u"http://")
                     || (attr == u"href" && value.startsWith(u"mailto:"))))
                failInvariant("address scheme", h);
            k = close + 1;
        }
        if (k >= h.size() || h[k] != u'>')
            failInvariant("unterminated tag", h);
        i = k + 1;
    }
    for (const QUrl &image : s.images) {
        if (image.scheme() != u"https" && image.scheme() != u"http")
            failInvariant("image scheme", image.toString());
    }
}

} // namespace teahouse::fuzz
