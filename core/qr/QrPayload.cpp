#include "qr/QrPayload.h"

#include "qr/QrSupport.h"

#include <QStringDecoder>

namespace teahouse::qr {

namespace {

template<typename T> void take(QrPayload &p, Result<T> &&result)
{
    if (result.ok()) {
        p.data = std::move(result).value();
    } else {
        p.valid = false;
        p.error = result.error();
    }
}

bool startsWithCi(QStringView text, QStringView prefix)
{
    return text.startsWith(prefix, Qt::CaseInsensitive);
}

bool isEpc(QStringView text)
{
    return text.startsWith(u"BCD\n") || text.startsWith(u"BCD\r\n");
}

} // namespace

QrPayload QrPayload::classify(const QString &input)
{
    QrPayload p;
    p.text = input;
    const QString text = input.trimmed();
    if (startsWithCi(text, u"xmpp:")) {
        p.kind = Kind::Xmpp;
        take(p, XmppUri::parse(text));
    } else if (startsWithCi(text, u"payto:")) {
        p.kind = Kind::Payto;
        take(p, PaytoUri::parse(text));
    } else if (auto closed = ClosedScheme::recognise(text)) {
        p.kind = Kind::ClosedScheme;
        p.data = *closed;
    } else if (isEpc(text)) {
        p.kind = Kind::Epc;
        take(p, EpcPayload::parse(text));
    } else if (text.startsWith(u"0002")) {
        p.kind = Kind::Emvco;
        take(p, EmvcoPayload::parse(text));
    } else if (startsWithCi(text, u"https://") || startsWithCi(text, u"http://")) {
        p.kind = Kind::Url;
        const QUrl url(text, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty()) {
            p.data = url;
        } else {
            p.valid = false;
            p.error = qrError(Error::Code::InvalidArgument,
                              QT_TRANSLATE_NOOP("teahouse::qr", "The web address in the code "
                                                                "is malformed."));
        }
    } else {
        p.kind = Kind::Text;
    }
    return p;
}

QrPayload QrPayload::classify(QByteArrayView bytes)
{
    if (bytes.startsWith("BCD\n") || bytes.startsWith("BCD\r\n")) {
        QrPayload p;
        p.kind = Kind::Epc;
        take(p, EpcPayload::parse(bytes));
        if (p.valid) {
            // Show the decoded text, not single-byte bytes misread as UTF-8.
            EpcPayload utf8 = *p.epc();
            utf8.characterSet = 1;
            p.text = QString::fromUtf8(utf8.toBytes());
        } else {
            p.text = QString::fromUtf8(bytes);
        }
        return p;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        QrPayload p;
        p.kind = Kind::Text;
        p.text = text;
        p.valid = false;
        p.error = qrError(Error::Code::Corrupt,
                          QT_TRANSLATE_NOOP("teahouse::qr", "The code holds binary data, not "
                                                            "text."));
        return p;
    }
    return classify(text);
}

bool QrPayload::isPayment() const
{
    if (!valid)
        return false;
    if (const auto *x = xmpp())
        return x->isPaymentLink();
    return kind == Kind::Emvco || kind == Kind::Epc || kind == Kind::Payto;
}

QString QrPayload::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Xmpp:
        return QStringLiteral("xmpp");
    case Kind::Emvco:
        return QStringLiteral("emvco");
    case Kind::Epc:
        return QStringLiteral("epc");
    case Kind::Payto:
        return QStringLiteral("payto");
    case Kind::ClosedScheme:
        return QStringLiteral("closedScheme");
    case Kind::Url:
        return QStringLiteral("url");
    case Kind::Text:
        break;
    }
    return QStringLiteral("text");
}

QJsonObject QrPayload::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("valid"), valid}};
    if (!valid) {
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.codeName()},
                                                      {QStringLiteral("message"), error.message}});
    }
    QJsonObject fields;
    if (const auto *x = xmpp())
        fields = x->toJson();
    else if (const auto *e = emvco())
        fields = e->toJson();
    else if (const auto *b = epc())
        fields = b->toJson();
    else if (const auto *t = payto())
        fields = t->toJson();
    else if (const auto *c = closedScheme())
        fields = c->toJson();
    else if (const auto *u = url())
        fields = QJsonObject{{QStringLiteral("url"), u->toString(QUrl::FullyEncoded)},
                             {QStringLiteral("display"), u->toDisplayString()},
                             {QStringLiteral("scheme"), u->scheme()},
                             {QStringLiteral("host"), u->host()}};
    if (!fields.isEmpty())
        o.insert(QStringLiteral("fields"), fields);
    o.insert(QStringLiteral("payment"), isPayment());
    return o;
}

} // namespace teahouse::qr
