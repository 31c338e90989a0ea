#include "features/UriRouter.h"

#include "features/FeatureHost.h"
#include "qr/QrPayload.h"
#include "shell/Navigation.h"

#include <QCoreApplication>
#include <QMetaMethod>

namespace teahouse::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UriRouter)
};

QString unavailable(const char *feature)
{
    const QString key = QString::fromLatin1(feature);
    if (key == u"contacts")
        return Tr::tr("Adding friends is not available in this version of Teahouse.");
    if (key == u"chat")
        return Tr::tr("Groups are not available in this version of Teahouse.");
    if (key == u"pay")
        return Tr::tr("Payments are not available in this version of Teahouse. Nothing was paid.");
    if (key == u"services")
        return Tr::tr("City services are not available in this version of Teahouse.");
    if (key == u"articles")
        return Tr::tr("Official accounts are not available in this version of Teahouse.");
    return Tr::tr("This is not available in this version of Teahouse.");
}

} // namespace

UriRouter::UriRouter(FeatureHost &host, ui::Navigation &navigation)
    : m_host(host)
    , m_navigation(navigation)
{}

bool UriRouter::has(const Target &target) const
{
    const QObject *controller = m_host.controller(QString::fromLatin1(target.feature));
    if (!controller)
        return false;
    const QByteArray signature = QByteArray(target.method) + "(QString)";
    return controller->metaObject()->indexOfMethod(signature.constData()) >= 0;
}

bool UriRouter::call(const Target &target, const QString &argument, QString *message)
{
    QObject *controller = m_host.controller(QString::fromLatin1(target.feature));
    if (!controller || !has(target)) {
        if (message)
            *message = unavailable(target.feature);
        return false;
    }
    const int index = controller->metaObject()->indexOfMethod(
        (QByteArray(target.method) + "(QString)").constData());
    const QMetaMethod method = controller->metaObject()->method(index);
    bool ok = false;
    if (method.returnType() == QMetaType::Bool) {
        bool result = false;
        ok = QMetaObject::invokeMethod(controller, target.method, Qt::DirectConnection,
                                       Q_RETURN_ARG(bool, result), Q_ARG(QString, argument)) &&
             result;
    } else {
        ok = QMetaObject::invokeMethod(controller, target.method, Qt::DirectConnection,
                                       Q_ARG(QString, argument));
    }
    if (!ok && message && message->isEmpty())
        *message = Tr::tr("This could not be started. Try again.");
    return ok;
}

ui::ScanAction UriRouter::plan(const qr::QrPayload &p) const
{
    using K = qr::QrPayload::Kind;
    ui::ScanAction a;
    if (!p.valid) {
        a.explanation = p.error.message;
        return a;
    }
    if (p.isPayment()) {
        a.label = Tr::tr("Pay");
        a.available = has(kPay);
        a.explanation = a.available
                            ? Tr::tr("A payment code. You will see the payee and the amount and "
                                     "confirm with your payment PIN before anything is paid.")
                            : unavailable(kPay.feature);
        return a;
    }
    switch (p.kind) {
    case K::Xmpp: {
        const qr::XmppUri &x = *p.xmpp();
        const QString jid = x.jid.toString();
        switch (x.kind) {
        case qr::XmppUri::Kind::OpenChat:
            a.label = Tr::tr("Send message");
            a.available = true;
            a.explanation = Tr::tr("Opens a chat with %1.").arg(jid);
            return a;
        case qr::XmppUri::Kind::AddFriend:
            a.label = Tr::tr("Add friend");
            a.available = has(kAddFriend);
            a.explanation = a.available
                                ? Tr::tr("Adds %1 to your contacts. You can write a greeting "
                                         "before the request is sent.")
                                      .arg(x.name.isEmpty() ? jid : x.name)
                                : unavailable(kAddFriend.feature);
            return a;
        case qr::XmppUri::Kind::JoinGroup:
            a.label = Tr::tr("Join group");
            a.available = has(kJoinGroup);
            a.explanation = a.available ? Tr::tr("Joins the group %1.").arg(jid)
                                        : unavailable(kJoinGroup.feature);
            return a;
        case qr::XmppUri::Kind::RunCommand:
            a.label = Tr::tr("Open service");
            a.available = has(kRunService);
            a.explanation =
                a.available
                    ? Tr::tr("Opens the service “%1” offered by %2 in City Services. Nothing "
                             "is sent until you submit the form.")
                          .arg(x.node.isEmpty() ? Tr::tr("(unnamed)") : x.node, jid)
                    : Tr::tr("This code opens the service “%1” offered by %2. City services "
                             "are not available in this version of Teahouse.")
                          .arg(x.node.isEmpty() ? Tr::tr("(unnamed)") : x.node, jid);
            return a;
        case qr::XmppUri::Kind::FollowAccount:
            a.label = Tr::tr("Follow");
            a.available = has(kFollow);
            a.explanation = a.available
                                ? Tr::tr("Follows the official account “%1” on %2: its new "
                                         "articles appear under Official Accounts.")
                                      .arg(x.node, jid)
                                : Tr::tr("This code follows the official account “%1” on "
                                         "%2. Official accounts are not available in this "
                                         "version of Teahouse.")
                                      .arg(x.node, jid);
            return a;
        case qr::XmppUri::Kind::Register:
            a.explanation = Tr::tr("An invitation to create an account on %1. To use it, sign "
                                   "out and create a new account on that server.")
                                .arg(x.invite ? x.invite->server() : jid);
            return a;
        case qr::XmppUri::Kind::Unknown:
            break;
        }
        a.explanation =
            Tr::tr("This XMPP link asks for “%1”, which Teahouse does not do.").arg(x.action);
        return a;
    }
    case K::ClosedScheme:
        a.explanation = p.closedScheme()->explanation();
        return a;
    case K::Url:
        a.explanation = Tr::tr("A web address. Check it before you open it: it opens in your "
                               "browser only when you choose to.");
        return a;
    case K::Emvco:
    case K::Epc:
    case K::Payto:
        break; // valid ones are payments, handled above
    case K::Text:
        a.explanation = Tr::tr("This code holds text.");
        return a;
    }
    return a;
}

bool UriRouter::perform(const qr::QrPayload &p, QString *message)
{
    if (message)
        message->clear();
    if (!p.valid) {
        if (message)
            *message = p.error.message;
        return false;
    }
    if (p.isPayment())
        return call(kPay, p.text.trimmed(), message);
    if (const auto *x = p.xmpp()) {
        switch (x->kind) {
        case qr::XmppUri::Kind::OpenChat:
            m_navigation.openChat(x->jid.bare().toString());
            return true;
        case qr::XmppUri::Kind::AddFriend:
            return call(kAddFriend, p.text.trimmed(), message);
        case qr::XmppUri::Kind::JoinGroup:
            return call(kJoinGroup, x->jid.bare().toString(), message);
        case qr::XmppUri::Kind::RunCommand:
            return call(kRunService, p.text.trimmed(), message);
        case qr::XmppUri::Kind::FollowAccount:
            return call(kFollow, p.text.trimmed(), message);
        default:
            break;
        }
    }
    if (message)
        *message = plan(p).explanation;
    return false;
}

bool UriRouter::route(const QString &uri, QString *message)
{
    const qr::QrPayload p = qr::QrPayload::classify(uri);
    if (!p.valid)
        return false;
    if (p.isPayment())
        return perform(p, message);
    if (const auto *x = p.xmpp()) {
        using K = qr::XmppUri::Kind;
        if (x->kind == K::OpenChat || x->kind == K::AddFriend || x->kind == K::JoinGroup ||
            x->kind == K::RunCommand || x->kind == K::FollowAccount)
            return perform(p, message);
    }
    return false;
}

} // namespace teahouse::app
