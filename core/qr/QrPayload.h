#pragma once

#include "base/Error.h"
#include "qr/ClosedScheme.h"
#include "qr/EmvcoPayload.h"
#include "qr/EpcPayload.h"
#include "qr/PaytoUri.h"
#include "qr/XmppUri.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <variant>

namespace teahouse::qr {

// What a scanned code is and what it says: the one entry point the scanner, the pay flow and
// `teahouse scan` use. A code of a known kind that fails to parse is `valid == false` with the
// parser's error: it is shown, never acted upon.
struct QrPayload
{
    enum class Kind
    {
        Xmpp,
        Emvco,
        Epc,
        Payto,
        ClosedScheme,
        Url,
        Text,
    };

    Kind kind = Kind::Text;
    QString text;
    bool valid = true;
    Error error; // when !valid
    std::variant<std::monostate, XmppUri, EmvcoPayload, EpcPayload, PaytoUri, ClosedScheme, QUrl>
        data;

    [[nodiscard]] static QrPayload classify(const QString &text);
    // Raw bytes of a code: EPC codes in a single-byte character set are decoded by their own
    // rules; everything else must be UTF-8.
    [[nodiscard]] static QrPayload classify(QByteArrayView bytes);

    [[nodiscard]] const XmppUri *xmpp() const { return std::get_if<XmppUri>(&data); }
    [[nodiscard]] const EmvcoPayload *emvco() const { return std::get_if<EmvcoPayload>(&data); }
    [[nodiscard]] const EpcPayload *epc() const { return std::get_if<EpcPayload>(&data); }
    [[nodiscard]] const PaytoUri *payto() const { return std::get_if<PaytoUri>(&data); }
    [[nodiscard]] const ClosedScheme *closedScheme() const
    {
        return std::get_if<ClosedScheme>(&data);
    }
    [[nodiscard]] const QUrl *url() const { return std::get_if<QUrl>(&data); }

    // A valid code that asks for a payment: EMVCo, EPC, payto or a Teahouse payment link. Only
    // these go to the pay flow; an invalid one never does.
    [[nodiscard]] bool isPayment() const;

    [[nodiscard]] static QString kindName(Kind kind);
    // {kind, text, valid, error?: {code, message}, fields?: {…}}
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace teahouse::qr
