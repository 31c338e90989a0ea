#include "articles/FeedParser.h"

#include "articles/HtmlSanitizer.h"
#include "articles/LikeProtocol.h"

#include <QHash>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace teahouse::articles {

namespace {

constexpr QStringView kAtomNs = u"http://www.w3.org/2005/Atom";
constexpr QStringView kContentNs = u"http://purl.org/rss/1.0/modules/content/";
constexpr QStringView kDcNs = u"http://purl.org/dc/elements/1.1/";
constexpr QStringView kMediaNs = u"http://search.yahoo.com/mrss/";
constexpr QStringView kXmlNs = u"http://www.w3.org/XML/1998/namespace";

const QHash<QByteArray, char32_t> &htmlEntities()
{
    static const QHash<QByteArray, char32_t> table = {
        {"nbsp", 0xA0},     {"copy", 0xA9},     {"reg", 0xAE},      {"trade", 0x2122},
        {"mdash", 0x2014},  {"ndash", 0x2013},  {"hellip", 0x2026}, {"lsquo", 0x2018},
        {"rsquo", 0x2019},  {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"laquo", 0xAB},
        {"raquo", 0xBB},    {"middot", 0xB7},   {"bull", 0x2022},   {"deg", 0xB0},
        {"times", 0xD7},    {"divide", 0xF7},   {"euro", 0x20AC},   {"pound", 0xA3},
        {"yen", 0xA5},      {"cent", 0xA2},     {"sect", 0xA7},     {"para", 0xB6},
        {"iexcl", 0xA1},    {"iquest", 0xBF},   {"eacute", 0xE9},   {"egrave", 0xE8},
        {"agrave", 0xE0},   {"aacute", 0xE1},   {"ouml", 0xF6},     {"uuml", 0xFC},
        {"auml", 0xE4},     {"szlig", 0xDF},    {"ccedil", 0xE7},   {"ntilde", 0xF1},
        {"shy", 0xAD},      {"zwnj", 0x200C},   {"zwj", 0x200D},    {"ensp", 0x2002},
        {"emsp", 0x2003},   {"thinsp", 0x2009}, {"larr", 0x2190},   {"rarr", 0x2192},
        {"hearts", 0x2665}, {"plusmn", 0xB1},   {"frac12", 0xBD},   {"micro", 0xB5},
    };
    return table;
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#';
}

bool validNumeric(QByteArrayView name)
{
    if (name.size() < 2 || name[0] != '#')
        return false;
    bool ok = false;
    uint code = 0;
    if (name[1] == 'x' || name[1] == 'X')
        code = name.sliced(2).toByteArray().toUInt(&ok, 16);
    else
        code = name.sliced(1).toByteArray().toUInt(&ok, 10);
    // XML 1.0 Char production: references to anything else make the document ill-formed.
    return ok && (code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
                  (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF));
}

struct Reader
{
    QXmlStreamReader &r;
    QUrl base;

    [[nodiscard]] QUrl baseFor(const QUrl &outer) const
    {
        const auto xmlBase = r.attributes().value(kXmlNs.toString(), QStringLiteral("base"));
        return xmlBase.isEmpty() ? outer : outer.resolved(QUrl(xmlBase.toString().trimmed()));
    }

    [[nodiscard]] static QUrl resolve(const QUrl &base, QStringView href)
    {
        const QString trimmed = href.trimmed().toString();
        if (trimmed.isEmpty())
            return {};
        return base.resolved(QUrl(trimmed));
    }

    // The children of the current element as XHTML markup (Atom type="xhtml"): the wrapping
    // <div> is dropped, prefixes too (the sanitiser only looks at local names).
    QString innerXml()
    {
        QString out;
        QXmlStreamWriter w(&out);
        int depth = 0;
        bool skippedDiv = false;
        while (!r.atEnd()) {
            const auto token = r.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (depth == 0 && !skippedDiv && r.name() == u"div") {
                    skippedDiv = true;
                    ++depth;
                    continue;
                }
                w.writeStartElement(r.name().toString());
                for (const auto &a : r.attributes())
                    w.writeAttribute(a.name().toString(), a.value().toString());
                ++depth;
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth == 0)
                    break;
                --depth;
                if (!(depth == 0 && skippedDiv))
                    w.writeEndElement();
            } else if (token == QXmlStreamReader::Characters) {
                w.writeCharacters(r.text().toString());
            }
        }
        return out;
    }

    // An Atom text construct as HTML (type text is escaped).
    QString atomHtml()
    {
        const QString type = r.attributes().value(QLatin1String("type")).toString();
        if (type == u"xhtml")
            return innerXml();
        const QString text = r.readElementText(QXmlStreamReader::IncludeChildElements);
        if (type == u"html" || type == u"text/html")
            return text;
        return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    }

    QString atomPlain()
    {
        const QString type = r.attributes().value(QLatin1String("type")).toString();
        if (type == u"html" || type == u"xhtml")
            return HtmlSanitizer::toPlainText(atomHtml());
        return r.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }

    QString text() { return r.readElementText(QXmlStreamReader::IncludeChildElements); }

    void atomPerson(QString &name)
    {
        while (r.readNextStartElement()) {
            if (r.name() == u"name" && name.isEmpty())
                name = text().simplified();
            else
                r.skipCurrentElement();
        }
    }

    void atomSource(FeedEntry &e, const QUrl &outer)
    {
        const QUrl b = baseFor(outer);
        while (r.readNextStartElement()) {
            if (r.name() == u"title")
                e.sourceTitle = atomPlain();
            else if (r.name() == u"icon" || (r.name() == u"logo" && e.sourceIcon.isEmpty()))
                e.sourceIcon = resolve(b, text());
            else
                r.skipCurrentElement();
        }
    }

    FeedEntry atomEntry(const QUrl &outer)
    {
        FeedEntry e;
        const QUrl b = baseFor(outer);
        while (r.readNextStartElement()) {
            const auto name = r.name();
            if (r.namespaceUri() != kAtomNs) {
                if (r.namespaceUri() == kMediaNs && (name == u"thumbnail" || name == u"content") &&
                    e.image.isEmpty())
                    e.image = resolve(b, r.attributes().value(QLatin1String("url")));
                else if (r.namespaceUri() == likes::kNs && name == u"counter")
                    e.likesJid = r.attributes().value(QLatin1String("jid")).trimmed().toString();
                r.skipCurrentElement();
                continue;
            }
            if (name == u"id") {
                e.id = text().trimmed();
            } else if (name == u"title") {
                e.title = atomPlain();
            } else if (name == u"link") {
                const auto rel = r.attributes().value(QLatin1String("rel"));
                const QUrl href = resolve(baseFor(b), r.attributes().value(QLatin1String("href")));
                if ((rel.isEmpty() || rel == u"alternate") && e.link.isEmpty())
                    e.link = href;
                else if (rel == u"enclosure" &&
                         r.attributes().value(QLatin1String("type")).startsWith(u"image/") &&
                         e.image.isEmpty())
                    e.image = href;
                r.skipCurrentElement();
            } else if (name == u"summary") {
                e.summaryHtml = atomHtml();
            } else if (name == u"content") {
                const auto src = r.attributes().value(QLatin1String("src"));
                if (!src.isEmpty() && e.link.isEmpty())
                    e.link = resolve(b, src);
                e.contentHtml = atomHtml();
            } else if (name == u"published") {
                e.published = FeedParser::parseDate(text());
            } else if (name == u"updated") {
                e.updated = FeedParser::parseDate(text());
            } else if (name == u"author" && e.author.isEmpty()) {
                atomPerson(e.author);
            } else if (name == u"source") {
                atomSource(e, b);
            } else {
                r.skipCurrentElement();
            }
        }
        return e;
    }

    void atomFeed(Feed &feed)
    {
        feed.format = Feed::Format::Atom;
        const QUrl b = baseFor(base);
        while (r.readNextStartElement()) {
            const auto name = r.name();
            if (r.namespaceUri() != kAtomNs) {
                r.skipCurrentElement();
            } else if (name == u"entry") {
                feed.entries.append(atomEntry(b));
            } else if (name == u"title") {
                feed.title = atomPlain();
            } else if (name == u"subtitle") {
                feed.description = atomPlain();
            } else if (name == u"link") {
                const auto rel = r.attributes().value(QLatin1String("rel"));
                if ((rel.isEmpty() || rel == u"alternate") && feed.link.isEmpty())
                    feed.link = resolve(b, r.attributes().value(QLatin1String("href")));
                r.skipCurrentElement();
            } else if (name == u"icon" || (name == u"logo" && feed.icon.isEmpty())) {
                feed.icon = resolve(b, text());
            } else {
                r.skipCurrentElement();
            }
        }
    }

    FeedEntry rssItem(const QUrl &b)
    {
        FeedEntry e;
        QString guid;
        while (r.readNextStartElement()) {
            const auto name = r.name();
            const auto ns = r.namespaceUri();
            if (ns == kContentNs && name == u"encoded") {
                e.contentHtml = text();
            } else if (ns == kDcNs && name == u"creator" && e.author.isEmpty()) {
                e.author = text().simplified();
            } else if (ns == kDcNs && name == u"date" && !e.published.isValid()) {
                e.published = FeedParser::parseDate(text());
            } else if (ns == kMediaNs && (name == u"thumbnail" || name == u"content")) {
                if (e.image.isEmpty())
                    e.image = resolve(b, r.attributes().value(QLatin1String("url")));
                r.skipCurrentElement();
            } else if (!ns.isEmpty() && ns != u"http://purl.org/rss/1.0/") {
                r.skipCurrentElement();
            } else if (name == u"title") {
                e.title = HtmlSanitizer::toPlainText(text());
            } else if (name == u"link") {
                e.link = resolve(b, text());
            } else if (name == u"description") {
                e.summaryHtml = text();
            } else if (name == u"guid") {
                guid = text().trimmed();
            } else if (name == u"pubDate") {
                e.published = FeedParser::parseDate(text());
            } else if (name == u"author" && e.author.isEmpty()) {
                e.author = text().simplified();
            } else if (name == u"enclosure") {
                if (r.attributes().value(QLatin1String("type")).startsWith(u"image/") &&
                    e.image.isEmpty())
                    e.image = resolve(b, r.attributes().value(QLatin1String("url")));
                r.skipCurrentElement();
            } else {
                r.skipCurrentElement();
            }
        }
        e.id = !guid.isEmpty() ? guid : e.link.toString();
        return e;
    }

    void rssChannel(Feed &feed, const QUrl &b, bool itemsInside)
    {
        while (r.readNextStartElement()) {
            const auto name = r.name();
            const auto ns = r.namespaceUri();
            if (name == u"item" && itemsInside) {
                feed.entries.append(rssItem(b));
            } else if (!ns.isEmpty() && ns != u"http://purl.org/rss/1.0/") {
                r.skipCurrentElement();
            } else if (name == u"title") {
                feed.title = HtmlSanitizer::toPlainText(text());
            } else if (name == u"link") {
                feed.link = resolve(b, text());
            } else if (name == u"description") {
                feed.description = HtmlSanitizer::toPlainText(text());
            } else if (name == u"image") {
                while (r.readNextStartElement()) {
                    if (r.name() == u"url")
                        feed.icon = resolve(b, text());
                    else
                        r.skipCurrentElement();
                }
            } else {
                r.skipCurrentElement();
            }
        }
    }
};

Error parseError(const QXmlStreamReader &r)
{
    return Error::make(Error::Code::Protocol, QStringLiteral("Not a readable feed (line %1: %2)")
                                                  .arg(r.lineNumber())
                                                  .arg(r.errorString()));
}

// Moves to the document element; refuses DTDs.
bool toRoot(QXmlStreamReader &r)
{
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::DTD) {
            r.raiseError(QStringLiteral("DTDs are not accepted"));
            return false;
        }
        if (token == QXmlStreamReader::StartElement)
            return true;
    }
    return false;
}

} // namespace

QByteArray FeedParser::repairEntities(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size() + 64);
    const qsizetype n = data.size();
    qsizetype i = 0;
    auto startsAt = [&](qsizetype at, QByteArrayView what) {
        return at + what.size() <= n && data.sliced(at, what.size()) == what;
    };
    while (i < n) {
        const char c = data[i];
        if (c == '<' && startsAt(i, "<![CDATA[")) {
            qsizetype end = QByteArrayView(data).indexOf("]]>", i);
            end = end < 0 ? n : end + 3;
            out.append(data.sliced(i, end - i));
            i = end;
            continue;
        }
        if (c == '<' && startsAt(i, "<!--")) {
            qsizetype end = QByteArrayView(data).indexOf("-->", i);
            end = end < 0 ? n : end + 3;
            out.append(data.sliced(i, end - i));
            i = end;
            continue;
        }
        if (c != '&') {
            out.append(c);
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && j - i <= 32 && isNameChar(data[j]))
            ++j;
        if (j < n && data[j] == ';' && j > i + 1) {
            const QByteArrayView name = data.sliced(i + 1, j - i - 1);
            if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos" ||
                validNumeric(name)) {
                out.append(data.sliced(i, j - i + 1));
                i = j + 1;
                continue;
            }
            const auto it = htmlEntities().constFind(QByteArray(name.data(), name.size()));
            if (it != htmlEntities().constEnd()) {
                out.append(QString::fromUcs4(&*it, 1).toUtf8());
                i = j + 1;
                continue;
            }
        }
        out.append("&amp;");
        ++i;
    }
    return out;
}

Result<Feed> FeedParser::parse(QByteArrayView data, const QUrl &base)
{
    const QByteArray repaired = repairEntities(data);
    QXmlStreamReader r(repaired);
    Reader reader{r, base};
    Feed feed;
    if (!toRoot(r))
        return r.hasError() ? parseError(r)
                            : Error::make(Error::Code::Protocol, QStringLiteral("Empty feed"));
    const auto name = r.name();
    if (name == u"feed" && r.namespaceUri() == kAtomNs) {
        reader.atomFeed(feed);
    } else if (name == u"entry" && r.namespaceUri() == kAtomNs) {
        feed.entries.append(reader.atomEntry(reader.baseFor(base)));
    } else if (name == u"rss") {
        feed.format = Feed::Format::Rss;
        const QUrl b = reader.baseFor(base);
        while (r.readNextStartElement()) {
            if (r.name() == u"channel")
                reader.rssChannel(feed, reader.baseFor(b), true);
            else
                r.skipCurrentElement();
        }
    } else if (name == u"RDF") {
        feed.format = Feed::Format::Rss;
        while (r.readNextStartElement()) {
            if (r.name() == u"channel")
                reader.rssChannel(feed, base, false);
            else if (r.name() == u"item")
                feed.entries.append(reader.rssItem(base));
            else
                r.skipCurrentElement();
        }
    } else {
        return Error::make(Error::Code::Protocol,
                           QStringLiteral("Not an Atom or RSS feed (<%1>)").arg(name));
    }
    if (r.hasError())
        return parseError(r);
    // Entries without any id: the link, else the title (stable across fetches, unlike a count).
    for (FeedEntry &e : feed.entries) {
        if (e.id.isEmpty())
            e.id = !e.link.isEmpty() ? e.link.toString() : e.title;
    }
    return feed;
}

Result<FeedEntry> FeedParser::parseAtomEntry(QByteArrayView xml, const QUrl &base)
{
    auto feed = parse(xml, base);
    if (!feed.ok())
        return feed.error();
    if (feed->entries.size() != 1)
        return Error::make(Error::Code::Protocol, QStringLiteral("Not one Atom entry"));
    return feed->entries.first();
}

QDateTime FeedParser::parseDate(QStringView text)
{
    const QString s = text.trimmed().toString();
    if (s.isEmpty())
        return {};
    QDateTime d = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (d.isValid())
        return d.toUTC();
    // RFC 822 with a named zone: Qt reads numeric offsets only.
    static const QList<std::pair<QString, QString>> zones = {
        {QStringLiteral(" GMT"), QStringLiteral(" +0000")},
        {QStringLiteral(" UTC"), QStringLiteral(" +0000")},
        {QStringLiteral(" UT"), QStringLiteral(" +0000")},
        {QStringLiteral(" Z"), QStringLiteral(" +0000")},
        {QStringLiteral(" EST"), QStringLiteral(" -0500")},
        {QStringLiteral(" EDT"), QStringLiteral(" -0400")},
        {QStringLiteral(" CST"), QStringLiteral(" -0600")},
        {QStringLiteral(" CDT"), QStringLiteral(" -0500")},
        {QStringLiteral(" MST"), QStringLiteral(" -0700")},
        {QStringLiteral(" MDT"), QStringLiteral(" -0600")},
        {QStringLiteral(" PST"), QStringLiteral(" -0800")},
        {QStringLiteral(" PDT"), QStringLiteral(" -0700")},
    };
    QString rfc = s;
    for (const auto &[name, offset] : zones) {
        if (rfc.endsWith(name)) {
            rfc.chop(name.size());
            rfc += offset;
            break;
        }
    }
    d = QDateTime::fromString(rfc, Qt::RFC2822Date);
    if (d.isValid())
        return d.toUTC();
    // "Tue, 10 Jun 2003" without time, or a bare date.
    d = QDateTime::fromString(s, Qt::ISODate);
    return d.isValid() ? d.toUTC() : QDateTime();
}

} // namespace teahouse::articles
