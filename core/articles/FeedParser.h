#pragma once

#include "articles/FeedEntry.h"
#include "base/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QStringView>
#include <QUrl>

namespace teahouse::articles {

// Reads Atom 1.0 (RFC 4287), RSS 2.0 (and RSS 1.0/RDF items) with QXmlStreamReader: text in
// CDATA or escaped, xml:base and relative links resolved against the feed's address, RFC 3339
// and RFC 822 dates (missing ones stay invalid). Real feeds carry HTML entities XML does not
// know (&nbsp;, a bare "&"): those are repaired before parsing; DTDs are refused (no entity
// declarations, no external fetches). Pure functions, no network.
class FeedParser
{
public:
    [[nodiscard]] static Result<Feed> parse(QByteArrayView data, const QUrl &base);
    // One Atom <entry> (a pubsub item's payload), serialised.
    [[nodiscard]] static Result<FeedEntry> parseAtomEntry(QByteArrayView xml, const QUrl &base);
    // RFC 3339 / ISO 8601 or RFC 822 (RSS), with the usual zone names; invalid if neither.
    [[nodiscard]] static QDateTime parseDate(QStringView text);
    // Replaces entity references XML does not define: known HTML ones by their character, any
    // other "&" by "&amp;". CDATA sections and comments are left alone.
    [[nodiscard]] static QByteArray repairEntities(QByteArrayView data);
};

} // namespace teahouse::articles
