#include "qr/ClosedScheme.h"

#include "qr/QrSupport.h"

#include <QUrl>

namespace teahouse::qr {

std::optional<ClosedScheme> ClosedScheme::recognise(QStringView input)
{
    const QStringView text = input.trimmed();
    const auto starts = [text](QStringView prefix) {
        return text.startsWith(prefix, Qt::CaseInsensitive);
    };
    if (starts(u"weixin://wxpay/") || starts(u"wxp://"))
        return ClosedScheme{App::WeChatPay, text.toString()};
    if (starts(u"weixin:"))
        return ClosedScheme{App::WeChat, text.toString()};
    if (starts(u"alipays:") || starts(u"alipay:"))
        return ClosedScheme{App::Alipay, text.toString()};
    if (starts(u"https://") || starts(u"http://")) {
        const QUrl url(text.toString());
        if (url.host().compare(u"qr.alipay.com", Qt::CaseInsensitive) == 0)
            return ClosedScheme{App::Alipay, text.toString()};
    }
    return std::nullopt;
}

QString ClosedScheme::appName() const
{
    switch (app) {
    case App::WeChatPay:
        return qrTr(QT_TRANSLATE_NOOP("teahouse::qr", "WeChat Pay"));
    case App::WeChat:
        return qrTr(QT_TRANSLATE_NOOP("teahouse::qr", "WeChat"));
    case App::Alipay:
        break;
    }
    return qrTr(QT_TRANSLATE_NOOP("teahouse::qr", "Alipay"));
}

QString ClosedScheme::explanation() const
{
    if (app == App::WeChat)
        return qrTr(QT_TRANSLATE_NOOP("teahouse::qr", "This code only works in the WeChat app. "
                                                      "Teahouse does not open it."));
    return qrTr(QT_TRANSLATE_NOOP("teahouse::qr", "This code can only be paid in %1. Teahouse "
                                                  "does not open it and nothing is paid."))
        .arg(appName());
}

QJsonObject ClosedScheme::toJson() const
{
    static constexpr const char16_t *kIds[] = {u"wechatpay", u"wechat", u"alipay"};
    return QJsonObject{{QStringLiteral("app"), QString::fromUtf16(kIds[static_cast<int>(app)])},
                       {QStringLiteral("appName"), appName()},
                       {QStringLiteral("address"), address},
                       {QStringLiteral("explanation"), explanation()}};
}

} // namespace teahouse::qr
