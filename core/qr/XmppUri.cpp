#include "qr/XmppUri.h"

#include "qr/QrSupport.h"

#include <QJsonArray>
#include <QUrl>

namespace teahouse::qr {

namespace {

using Code = Error::Code;

constexpr qsizetype kMaxLength = 4096;

QString encode(const QString &text, const QByteArray &keep = {})
{
    // RFC 5122 §2.3: ';' '=' '&' '?' '#' and '%' must be escaped in keys and values.
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

Error brokenEscape()
{
    return qrError(Code::Corrupt,
                   QT_TRANSLATE_NOOP("teahouse::qr", "The XMPP link contains a broken %-escape "
                                                     "or text that is not UTF-8."));
}

} // namespace

QString XmppUri::kindName(Kind kind)
{
    switch (kind) {
    case Kind::OpenChat:
        return QStringLiteral("OpenChat");
    case Kind::AddFriend:
        return QStringLiteral("AddFriend");
    case Kind::JoinGroup:
        return QStringLiteral("JoinGroup");
    case Kind::RunCommand:
        return QStringLiteral("RunCommand");
    case Kind::FollowAccount:
        return QStringLiteral("FollowAccount");
    case Kind::Register:
        return QStringLiteral("Register");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

Result<XmppUri> XmppUri::parse(QStringView uriText)
{
    const QStringView uri = uriText.trimmed();
    if (uri.size() > kMaxLength)
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The XMPP link is too long."));
    if (!uri.startsWith(u"xmpp:", Qt::CaseInsensitive))
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "This is not an XMPP link."));
    QStringView rest = uri.mid(5);
    if (rest.startsWith(u"//"))
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "Links that name the account to use "
                                                         "(xmpp://…) are not supported."));
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0)
        rest = rest.left(hash);
    const qsizetype question = rest.indexOf(u'?');
    const QStringView path = question >= 0 ? rest.left(question) : rest;
    if (path.isEmpty())
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The XMPP link has no address."));

    XmppUri u;
    QString address;
    if (!percentDecode(path, &address))
        return brokenEscape();
    u.jid = Jid::parse(address);
    if (!u.jid.isValid())
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The address in the XMPP link is not "
                                                         "valid."));

    if (question >= 0) {
        const QList<QStringView> parts = rest.mid(question + 1).split(u';');
        if (parts.first().contains(u'='))
            return qrError(Code::InvalidArgument,
                           QT_TRANSLATE_NOOP("teahouse::qr", "The XMPP link's action is "
                                                             "malformed."));
        if (!percentDecode(parts.first(), &u.action))
            return brokenEscape();
        for (qsizetype i = 1; i < parts.size(); ++i) {
            if (parts[i].isEmpty())
                continue;
            const qsizetype eq = parts[i].indexOf(u'=');
            QString key;
            QString value;
            if (!percentDecode(eq >= 0 ? parts[i].left(eq) : parts[i], &key) ||
                (eq >= 0 && !percentDecode(parts[i].mid(eq + 1), &value)))
                return brokenEscape();
            if (key.isEmpty())
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr", "A parameter of the XMPP link "
                                                                 "has no name."));
            u.params.append({key, value});
        }
    }

    auto first = [&u](QStringView key) {
        for (const auto &[k, v] : std::as_const(u.params)) {
            if (k == key)
                return v;
        }
        return QString();
    };
    u.body = first(u"body");
    u.subject = first(u"subject");
    u.thread = first(u"thread");
    u.messageType = first(u"type");
    u.name = first(u"name");
    for (const auto &[k, v] : std::as_const(u.params)) {
        if (k == u"group" && !v.isEmpty())
            u.groups.append(v);
    }
    u.password = first(u"password");
    u.node = first(u"node");

    if (u.action.isEmpty() || u.action == u"message") {
        u.kind = Kind::OpenChat;
    } else if (u.action == u"roster" || u.action == u"subscribe") {
        u.kind = Kind::AddFriend;
    } else if (u.action == u"join") {
        if (!u.jid.isBare() || u.jid.local().isEmpty())
            return qrError(Code::InvalidArgument,
                           QT_TRANSLATE_NOOP("teahouse::qr", "The group address in the XMPP "
                                                             "link is not a group."));
        u.kind = Kind::JoinGroup;
    } else if (u.action == u"command") {
        u.kind = Kind::RunCommand;
        u.commandAction = first(u"action");
    } else if (u.action == u"pubsub") {
        u.pubsubAction = first(u"action");
        if (u.pubsubAction == u"subscribe") {
            if (u.node.isEmpty())
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr", "The follow link does not say "
                                                                 "what to follow."));
            u.kind = Kind::FollowAccount;
        } else {
            u.kind = Kind::Unknown;
        }
    } else if (u.action == u"register") {
        u.kind = Kind::Register;
    } else {
        u.kind = Kind::Unknown;
    }

    const bool hasToken = std::any_of(u.params.cbegin(), u.params.cend(),
                                      [](const auto &p) { return p.first == u"preauth"; });
    if (hasToken && (u.action == u"roster" || u.action == u"register")) {
        auto invite = xmpp::InviteUri::parse(uri);
        if (!invite)
            return invite.error();
        u.invite = invite.value();
    }
    return u;
}

bool XmppUri::isPaymentLink() const
{
    return kind == Kind::RunCommand && node.startsWith(u"urn:teahouse:pay:");
}

QString XmppUri::toString() const
{
    QString out = QStringLiteral("xmpp:") + encode(jid.toString(), "@/");
    if (!action.isEmpty() || !params.isEmpty()) {
        out += u'?' + encode(action);
        for (const auto &[k, v] : params)
            out += u';' + encode(k) + u'=' + encode(v);
    }
    return out;
}

QJsonObject XmppUri::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("jid"), jid.toString()},
                  {QStringLiteral("action"), action}};
    if (isPaymentLink())
        o.insert(QStringLiteral("payment"), true);
    QJsonObject p;
    for (const auto &[k, v] : params) {
        if (!p.contains(k))
            p.insert(k, v);
    }
    o.insert(QStringLiteral("params"), p);
    if (!groups.isEmpty())
        o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(groups));
    if (invite) {
        QJsonObject i{{QStringLiteral("action"), invite->action == xmpp::InviteUri::Action::Roster
                                                     ? QStringLiteral("roster")
                                                     : QStringLiteral("register")},
                      {QStringLiteral("ibr"), invite->ibr},
                      {QStringLiteral("allowsRegistration"), invite->allowsRegistration()},
                      {QStringLiteral("server"), invite->server()}};
        i.insert(QStringLiteral("hasToken"), !invite->preauthToken.isEmpty());
        o.insert(QStringLiteral("invite"), i);
    }
    return o;
}

} // namespace teahouse::qr
