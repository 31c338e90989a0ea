// libFuzzer target for HtmlSanitizer: arbitrary bytes as article HTML. Besides crashes and
// sanitizer reports, the output must only hold allowed tags and attributes with http(s)/mailto
// addresses, and sanitising the output again must keep it that way.
#include "SanitizedChecks.h"

#include <cstdint>

using namespace teahouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data),
                                           static_cast<qsizetype>(size));
    const auto once = articles::HtmlSanitizer::sanitize(html, QUrl(QStringLiteral("https://a.example/d/")));
    fuzz::checkSanitized(once);
    fuzz::checkSanitized(articles::HtmlSanitizer::sanitize(once.html));
    return 0;
}
