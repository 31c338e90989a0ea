// libFuzzer target for EmvcoPayload. Random bytes rarely carry a valid CRC, so each input is
// tried twice: as given, and with its CRC (re)computed so the field checks are reached.
// Invariants: a code that parses re-serialises (records + fresh CRC) to exactly its text, and
// that text parses to an equal payload; bytes and text entry points agree.
#include "qr/EmvcoPayload.h"

#include <QStringDecoder>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using teahouse::qr::EmvcoPayload;

namespace {

[[noreturn]] void failInvariant(const char *what, const QString &detail)
{
    std::fprintf(stderr, "INVARIANT VIOLATED: %s\n%s\n", what, detail.toUtf8().constData());
    std::abort();
}

void check(const QString &text)
{
    const auto parsed = EmvcoPayload::parse(text);
    const auto fromBytes = EmvcoPayload::parse(QByteArrayView(text.toUtf8()));
    if (parsed.ok() != fromBytes.ok())
        failInvariant("text and bytes disagree", text);
    if (!parsed.ok()) {
        if (parsed.error().message.isEmpty())
            failInvariant("error without a message", text);
        return;
    }
    if (!(parsed.value() == fromBytes.value()))
        failInvariant("text and bytes parse differently", text);
    const QString again = parsed->toString();
    if (again != text)
        failInvariant("re-serialised code differs", text + QStringLiteral("\n") + again);
    const auto reparsed = EmvcoPayload::parse(again);
    if (!reparsed.ok() || !(reparsed.value() == parsed.value()))
        failInvariant("re-serialised code parses differently", again);
    if (parsed->merchantName.isEmpty() || parsed->merchantCity.isEmpty() ||
        parsed->currency.numeric.size() != 3 || parsed->merchantAccounts.isEmpty())
        failInvariant("accepted a code without a mandatory field", text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024)
        return 0;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder(QByteArrayView(data, static_cast<qsizetype>(size)));
    if (decoder.hasError()) {
        (void)EmvcoPayload::parse(QByteArrayView(data, static_cast<qsizetype>(size)));
        return 0;
    }
    check(text);
    // The same with a correct CRC: drop a trailing "6304XXXX" if present, then append one.
    QString body = text;
    if (body.size() >= 8 && body.at(body.size() - 8) == u'6' &&
        body.mid(body.size() - 7, 3) == QStringLiteral("304"))
        body.chop(8);
    body += QStringLiteral("6304");
    check(body + EmvcoPayload::crcFor(body));
    return 0;
}
