// libFuzzer target for PaytoUri. Invariants: an accepted link re-serialises (toString) to a
// link that parses to an equal value; an iban link's IBAN passes mod-97; an amount is
// CURRENCY:VALUE with letters and digits only.
#include "qr/PaytoUri.h"
#include "qr/QrSupport.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using teahouse::qr::PaytoUri;

namespace {

[[noreturn]] void failInvariant(const char *what, const QString &detail)
{
    std::fprintf(stderr, "INVARIANT VIOLATED: %s\n%s\n", what, detail.toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 8192)
        return 0;
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto parsed = PaytoUri::parse(text);
    if (!parsed.ok()) {
        if (parsed.error().message.isEmpty())
            failInvariant("error without a message", text);
        return 0;
    }
    const PaytoUri &p = parsed.value();
    if (p.targetType == QStringLiteral("iban") && !teahouse::qr::isValidIban(p.iban))
        failInvariant("accepted an invalid IBAN", text);
    if (p.hasAmount() && !teahouse::qr::isDecimal(p.amountValue, 8, 34))
        failInvariant("accepted a malformed amount", text);
    const QString again = p.toString();
    const auto reparsed = PaytoUri::parse(again);
    // %-escaping can push a long accepted link past the 4096-character cap; that refusal is
    // the cap working, not a parser fault.
    if (!reparsed.ok() && again.size() > 4096)
        return 0;
    if (!reparsed.ok())
        failInvariant("re-serialised link refused", text + QStringLiteral("\n") + again);
    if (!(reparsed.value() == p))
        failInvariant("re-serialised link parses differently", text + QStringLiteral("\n") + again);
    return 0;
}
