#include "articles/HtmlSanitizer.h"

#include <gumbo.h>

#include <QSet>

namespace teahouse::articles {

namespace {

// Dropped with everything inside them: active content, styling, embedded documents, forms.
bool isDropped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

// Written back as they are (with filtered attributes).
bool isAllowed(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_B:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_A:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
        return true;
    default:
        return false;
    }
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG;
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
        return true;
    default:
        return false;
    }
}

QString attributeValue(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool isDigits(const QString &s)
{
    if (s.isEmpty() || s.size() > 5)
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

struct Writer
{
    QUrl base;
    QString html;
    QString text;
    QList<QUrl> images;
    QSet<QUrl> seenImages;
    int depth = 0;

    [[nodiscard]] QUrl resolve(const QString &value) const
    {
        // Browsers strip surrounding whitespace (and control characters) from URLs: so must we,
        // or " javascript:..." would pass a scheme check that the browser then ignores.
        QString v = value.trimmed();
        v.removeIf([](QChar c) { return c.unicode() < 0x20; });
        const QUrl url(v);
        if (!url.isValid())
            return {};
        return url.isRelative() ? base.resolved(url) : url;
    }

    void attribute(const char *name, const QString &value)
    {
        html += u' ';
        html += QLatin1String(name);
        html += QStringLiteral("=\"");
        html += value.toHtmlEscaped();
        html += u'"';
    }

    void newline()
    {
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += u'\n';
    }

    void element(const GumboNode *node)
    {
        const GumboElement &e = node->v.element;
        if (isDropped(e.tag))
            return;
        if (++depth > 200) { // absurdly deep input: what lies deeper is dropped (bounded recursion)
            --depth;
            return;
        }
        const bool allowed = isAllowed(e.tag);
        if (allowed && !open(e)) {
            --depth;
            return;
        }
        if (isBlock(e.tag))
            newline();
        children(e);
        if (isBlock(e.tag))
            newline();
        if (allowed && !isVoid(e.tag)) {
            html += QStringLiteral("</");
            html += QLatin1String(gumbo_normalized_tagname(e.tag));
            html += u'>';
        }
        --depth;
    }

    // Writes the start tag; false to drop the element (an image without a usable source).
    bool open(const GumboElement &e)
    {
        const QString name = QLatin1String(gumbo_normalized_tagname(e.tag));
        if (e.tag == GUMBO_TAG_IMG) {
            const QUrl src = resolve(attributeValue(e, "src"));
            if (src.scheme() != u"http" && src.scheme() != u"https")
                return false;
            html += QStringLiteral("<img");
            attribute("src", src.toString(QUrl::FullyEncoded));
            for (const char *a : {"alt", "title"}) {
                if (gumbo_get_attribute(&e.attributes, a))
                    attribute(a, attributeValue(e, a));
            }
            for (const char *a : {"width", "height"}) {
                const QString v = attributeValue(e, a);
                if (isDigits(v))
                    attribute(a, v);
            }
            html += u'>';
            if (!seenImages.contains(src)) {
                seenImages.insert(src);
                images.append(src);
            }
            return true;
        }
        html += u'<';
        html += name;
        if (e.tag == GUMBO_TAG_A) {
            const QUrl href = resolve(attributeValue(e, "href"));
            const QString scheme = href.scheme();
            if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
                attribute("href", href.toString(QUrl::FullyEncoded));
        }
        for (const char *a : {"title", "lang", "dir"}) {
            if (gumbo_get_attribute(&e.attributes, a))
                attribute(a, attributeValue(e, a));
        }
        if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) {
            for (const char *a : {"colspan", "rowspan"}) {
                const QString v = attributeValue(e, a);
                if (isDigits(v))
                    attribute(a, v);
            }
        }
        if (e.tag == GUMBO_TAG_OL && isDigits(attributeValue(e, "start")))
            attribute("start", attributeValue(e, "start"));
        if (e.tag == GUMBO_TAG_TIME && gumbo_get_attribute(&e.attributes, "datetime"))
            attribute("datetime", attributeValue(e, "datetime"));
        html += u'>';
        return true;
    }

    void children(const GumboElement &e)
    {
        for (unsigned i = 0; i < e.children.length; ++i)
            node(static_cast<const GumboNode *>(e.children.data[i]));
    }

    void node(const GumboNode *n)
    {
        switch (n->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE: {
            const QString t = QString::fromUtf8(n->v.text.text);
            html += t.toHtmlEscaped();
            text += t;
            break;
        }
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            element(n);
            break;
        default: // comments, the document
            break;
        }
    }
};

const GumboNode *findBody(const GumboNode *root)
{
    if (root->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    const GumboVector &children = root->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY)
            return child;
    }
    return nullptr;
}

} // namespace

SanitizedHtml HtmlSanitizer::sanitize(const QString &html, const QUrl &base)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(),
                                                   static_cast<size_t>(utf8.size()));
    Writer w;
    w.base = base;
    if (const GumboNode *body = findBody(output->root))
        w.children(body->v.element);
    gumbo_destroy_output(&kGumboDefaultOptions, output);

    SanitizedHtml result;
    result.html = std::move(w.html);
    // Runs of blank lines and spaces from the markup's layout, not the author's.
    QStringList lines;
    for (const QString &line : w.text.split(u'\n')) {
        const QString s = line.simplified();
        if (!s.isEmpty())
            lines.append(s);
    }
    result.text = lines.join(u'\n');
    result.images = std::move(w.images);
    return result;
}

QString HtmlSanitizer::toPlainText(const QString &html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.simplified();
    return sanitize(html).text.simplified();
}

} // namespace teahouse::articles
