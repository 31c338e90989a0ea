#pragma once

#include "scan/ScanActions.h"

#include <QObject>
#include <QString>

namespace teahouse::ui {
class Navigation;
}

namespace teahouse::app {

class FeatureHost;

// Where a scanned code or an opened link goes: an xmpp: chat link opens the chat, a friend link
// the contacts' "add friend" form, a group link joins the group, a payment code (EMVCo, EPC,
// payto, a Teahouse payment link) the pay flow's confirmation page, a service command link the
// service's form in City Services, a pubsub subscribe link the official account (follow).
// Codes nothing in the app acts on (WeChat Pay / Alipay codes, web addresses, text) are
// explained instead. Other features are reached only by key through the FeatureHost, with
// QMetaObject::invokeMethod: a missing feature is said so, never a crash.
class UriRouter : public ui::ScanActions
{
public:
    UriRouter(FeatureHost &host, ui::Navigation &navigation);

    [[nodiscard]] ui::ScanAction plan(const qr::QrPayload &payload) const override;
    bool perform(const qr::QrPayload &payload, QString *message) override;

    // A link handed to Navigation.openUri: performed at once when that is all it asks
    // (a chat, a group, a payment — each still confirmed on its own page); false when it must
    // be shown on the scan page instead (explanations, web addresses, damaged codes).
    bool route(const QString &uri, QString *message = nullptr);

    // Names of the controller methods called on other features (their Q_INVOKABLEs).
    struct Target
    {
        const char *feature; // FeatureHost key
        const char *method;  // method name, one QString argument
    };
    static constexpr Target kAddFriend{"contacts", "addFriendFromUri"};
    static constexpr Target kJoinGroup{"chat", "joinGroup"};
    static constexpr Target kPay{"pay", "beginPayment"};
    static constexpr Target kRunService{"services", "openServiceUri"};
    static constexpr Target kFollow{"articles", "followUri"};

private:
    [[nodiscard]] bool has(const Target &target) const;
    bool call(const Target &target, const QString &argument, QString *message);

    FeatureHost &m_host;
    ui::Navigation &m_navigation;
};

} // namespace teahouse::app
