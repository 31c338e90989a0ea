// libFuzzer target for FeedParser: arbitrary bytes as an Atom/RSS document (entity repair,
// CDATA, xml:base, dates). Every entry's content then goes through the sanitiser, whose output
// must satisfy the same invariants as in fuzz_articles_html; links must be absolute or empty.
#include "SanitizedChecks.h"
#include "articles/FeedParser.h"

#include <cstdint>

using namespace teahouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QUrl base(QStringLiteral("https://feeds.example/news/feed.xml"));
    auto feed = articles::FeedParser::parse(bytes, base);
    if (!feed.ok())
        return 0;
    for (const auto &entry : feed->entries) {
        if (entry.link.isValid() && !entry.link.isEmpty() && entry.link.isRelative())
            fuzz::failInvariant("relative link", entry.link.toString());
        fuzz::checkSanitized(articles::HtmlSanitizer::sanitize(entry.contentHtml, entry.link));
        fuzz::checkSanitized(articles::HtmlSanitizer::sanitize(entry.summaryHtml, base));
    }
    return 0;
}
