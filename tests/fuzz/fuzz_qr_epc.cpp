// libFuzzer target for EpcPayload. Invariants: an accepted code re-serialises (toBytes) to
// bytes that parse to an equal payload within the 331-byte limit; its IBAN passes mod-97;
// UTF-8 codes give the same result through the text entry point.
#include "qr/EpcPayload.h"
#include "qr/QrSupport.h"

#include <QStringDecoder>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using teahouse::qr::EpcPayload;

namespace {

[[noreturn]] void failInvariant(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "INVARIANT VIOLATED: %s\n%s\n", what, detail.constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto parsed = EpcPayload::parse(QByteArrayView(bytes));
    if (!parsed.ok()) {
        if (parsed.error().message.isEmpty())
            failInvariant("error without a message", bytes);
        return 0;
    }
    const EpcPayload &p = parsed.value();
    if (bytes.size() > 331 || !teahouse::qr::isValidIban(p.iban) || p.name.isEmpty() ||
        (!p.reference.isEmpty() && !p.text.isEmpty()))
        failInvariant("accepted a code breaking the EPC rules", bytes);
    const QByteArray again = p.toBytes();
    const auto reparsed = EpcPayload::parse(QByteArrayView(again));
    if (!reparsed.ok())
        failInvariant("re-serialised code refused", again);
    if (!(reparsed.value() == p))
        failInvariant("re-serialised code parses differently", bytes + "\n----\n" + again);
    if (p.characterSet == 1) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        const QString text = decoder(bytes);
        if (!decoder.hasError()) {
            const auto fromText = EpcPayload::parse(text);
            if (!fromText.ok() || !(fromText.value() == p))
                failInvariant("text and bytes parse differently", bytes);
        }
    }
    return 0;
}
