#include "qr/PaytoUri.h"

#include "qr/QrSupport.h"

#include <QJsonArray>
#include <QUrl>

namespace teahouse::qr {

namespace {

using Code = Error::Code;

constexpr qsizetype kMaxLength = 4096;

bool isAlpha(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')))
            return false;
    }
    return true;
}

// RFC 3986 reg-name-ish authority: what a target type may be spelled with.
bool isTargetType(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' ||
              c == u'_'))
            return false;
    }
    return true;
}

QString encode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

Result<PaytoUri> PaytoUri::parse(QStringView uriText)
{
    const QStringView uri = uriText.trimmed();
    if (uri.size() > kMaxLength)
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The payment link is too long."));
    if (!uri.startsWith(u"payto://", Qt::CaseInsensitive))
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "This is not a payto: payment link."));
    QStringView rest = uri.mid(8);
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0)
        rest = rest.left(hash);
    const qsizetype question = rest.indexOf(u'?');
    const QStringView query = question >= 0 ? rest.mid(question + 1) : QStringView();
    const QStringView hierarchy = question >= 0 ? rest.left(question) : rest;
    const qsizetype slash = hierarchy.indexOf(u'/');

    PaytoUri p;
    p.targetType = (slash >= 0 ? hierarchy.left(slash) : hierarchy).toString().toLower();
    if (!isTargetType(p.targetType))
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The payment link does not say what "
                                                         "kind of account it pays to."));
    if (slash >= 0) {
        for (QStringView segment : hierarchy.mid(slash + 1).split(u'/')) {
            QString decoded;
            if (!percentDecode(segment, &decoded))
                return qrError(Code::Corrupt,
                               QT_TRANSLATE_NOOP("teahouse::qr", "The payment link contains a "
                                                                 "broken %-escape."));
            p.path.append(decoded);
        }
        // "payto://void/" and a trailing slash leave an empty last segment; an empty segment
        // elsewhere ("iban//DE…") is a damaged link.
        if (!p.path.isEmpty() && p.path.last().isEmpty())
            p.path.removeLast();
        if (p.path.contains(QString()))
            return qrError(Code::InvalidArgument,
                           QT_TRANSLATE_NOOP("teahouse::qr", "The account in the payment link "
                                                             "is not valid for its kind."));
    }

    if (!query.isEmpty()) {
        for (QStringView opt : query.split(u'&')) {
            if (opt.isEmpty())
                continue;
            const qsizetype eq = opt.indexOf(u'=');
            QString key;
            QString value;
            if (eq < 0 || !percentDecode(opt.left(eq), &key) ||
                !percentDecode(opt.mid(eq + 1), &value))
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr", "An option of the payment link "
                                                                 "is malformed."));
            for (const auto &[k, v] : std::as_const(p.options)) {
                Q_UNUSED(v);
                if (k == key)
                    return qrError(Code::InvalidArgument,
                                   QT_TRANSLATE_NOOP("teahouse::qr", "The payment link gives "
                                                                     "the same option twice."));
            }
            p.options.append({key, value});
            if (key == u"amount") {
                const qsizetype colon = value.indexOf(u':');
                const QString currency = value.left(colon);
                const QString number = colon >= 0 ? value.mid(colon + 1) : QString();
                const qsizetype dot = number.indexOf(u'.');
                const qsizetype unitLength = dot < 0 ? number.size() : dot;
                if (colon < 0 || !isAlpha(currency) || unitLength > 25 ||
                    !isDecimal(number, 8, 34) || number.endsWith(u'.'))
                    return qrError(Code::InvalidArgument,
                                   QT_TRANSLATE_NOOP("teahouse::qr",
                                                     "The amount of the payment link is not "
                                                     "written as CURRENCY:VALUE."));
                p.amountCurrency = currency.toUpper();
                p.amountValue = number;
            } else if (key == u"receiver-name") {
                p.receiverName = value;
            } else if (key == u"sender-name") {
                p.senderName = value;
            } else if (key == u"message") {
                p.message = value;
            } else if (key == u"instruction") {
                p.instruction = value;
            }
        }
    }

    const Error badTarget =
        qrError(Code::InvalidArgument,
                QT_TRANSLATE_NOOP("teahouse::qr", "The account in the payment link is not "
                                                  "valid for its kind."));
    if (p.targetType == u"iban") {
        if (p.path.isEmpty() || p.path.size() > 2)
            return badTarget;
        p.iban = p.path.last().toUpper();
        if (p.path.size() == 2) {
            p.bic = p.path.first().toUpper();
            if (!isValidBic(p.bic))
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr", "The BIC in the payment link "
                                                                 "is not valid."));
        }
        if (!isValidIban(p.iban))
            return qrError(Code::InvalidArgument,
                           QT_TRANSLATE_NOOP("teahouse::qr", "The IBAN in the payment link is "
                                                             "not valid: it may be mistyped or "
                                                             "damaged."));
    } else if (p.targetType == u"bic") {
        if (p.path.size() != 1 || !isValidBic(p.path.first().toUpper()))
            return badTarget;
        p.bic = p.path.first().toUpper();
    } else if (p.targetType == u"ach") {
        if (p.path.size() != 2 || p.path[0].size() != 9 || !isAllDigits(p.path[0]) ||
            !isAllDigits(p.path[1]))
            return badTarget;
    } else if (p.targetType == u"upi") {
        if (p.path.size() != 1 || !p.path.first().contains(u'@'))
            return badTarget;
    } else if (p.targetType == u"bitcoin" || p.targetType == u"ilp") {
        if (p.path.size() != 1 || p.path.first().isEmpty())
            return badTarget;
    } else if (p.targetType != u"void" && p.path.isEmpty()) {
        return badTarget;
    }
    return p;
}

QString PaytoUri::toString() const
{
    QString out = QStringLiteral("payto://") + targetType;
    for (const QString &segment : path)
        out += u'/' + encode(segment);
    for (qsizetype i = 0; i < options.size(); ++i)
        out += (i ? u'&' : u'?') + encode(options[i].first) + u'=' + encode(options[i].second);
    return out;
}

QJsonObject PaytoUri::toJson() const
{
    QJsonObject o{{QStringLiteral("targetType"), targetType},
                  {QStringLiteral("path"), QJsonArray::fromStringList(path)}};
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("iban", iban);
    put("bic", bic);
    if (hasAmount()) {
        o.insert(QStringLiteral("currency"), amountCurrency);
        o.insert(QStringLiteral("amount"), amountValue);
    }
    put("receiverName", receiverName);
    put("senderName", senderName);
    put("message", message);
    put("instruction", instruction);
    QJsonObject opts;
    for (const auto &[k, v] : options)
        opts.insert(k, v);
    o.insert(QStringLiteral("options"), opts);
    return o;
}

} // namespace teahouse::qr
