#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <optional>

namespace teahouse::qr {

// A code that only works inside another company's app (WeChat Pay, Alipay): recognised so the
// user is told where it can be paid, and never opened or followed.
struct ClosedScheme
{
    enum class App
    {
        WeChatPay, // weixin://wxpay/…, wxp://…
        WeChat,    // any other weixin:// address
        Alipay,    // https://qr.alipay.com/…, alipays://…, alipay://…
    };

    App app = App::WeChatPay;
    QString address; // as scanned

    [[nodiscard]] static std::optional<ClosedScheme> recognise(QStringView text);
    [[nodiscard]] QString appName() const;     // "WeChat Pay"
    [[nodiscard]] QString explanation() const; // a sentence for the scan result screen
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const ClosedScheme &, const ClosedScheme &) = default;
};

} // namespace teahouse::qr
