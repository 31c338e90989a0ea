#include "xmpp/InviteUri.h"

#include <QCoreApplication>
#include <QUrl>

namespace teahouse::xmpp {

namespace {

constexpr qsizetype kMaxUriLength = 4096;
constexpr qsizetype kMaxTokenLength = 512;

Error invalid(const char *text)
{
    return Error::make(Error::Code::InvalidArgument,
                       QCoreApplication::translate("InviteUri", text));
}

// Percent-decoding over UTF-8 bytes: handles both URIs (%XX) and IRIs (raw non-ASCII).
QString decode(QStringView text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

bool validToken(const QString &token)
{
    if (token.isEmpty() || token.size() > kMaxTokenLength)
        return false;
    for (QChar c : token) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

QString encode(const QString &text)
{
    // RFC 5122 §2.3: '@' and '/' are allowed in the path; ';' '=' '&' '?' '#' must be
    // escaped in keys and values.
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "@/"));
}

} // namespace

Result<InviteUri> InviteUri::parse(QStringView uriText)
{
    const QStringView uri = uriText.trimmed();
    if (uri.size() > kMaxUriLength)
        return invalid(QT_TRANSLATE_NOOP("InviteUri", "The invitation link is too long."));
    if (!uri.startsWith(u"xmpp:", Qt::CaseInsensitive))
        return invalid(QT_TRANSLATE_NOOP("InviteUri", "This is not an XMPP invitation link."));
    QStringView rest = uri.mid(5);
    if (rest.startsWith(u"//"))
        return invalid(QT_TRANSLATE_NOOP("InviteUri",
                                         "Invitation links with an account part are not "
                                         "supported."));
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0)
        rest = rest.left(hash);
    const qsizetype question = rest.indexOf(u'?');
    if (question < 0)
        return invalid(
            QT_TRANSLATE_NOOP("InviteUri", "The link is an address, not an invitation."));

    InviteUri invite;
    invite.jid = Jid::parse(decode(rest.left(question)));
    if (!invite.jid.isValid() || !invite.jid.isBare())
        return invalid(
            QT_TRANSLATE_NOOP("InviteUri", "The address in the invitation link is not valid."));

    const QList<QStringView> parts = rest.mid(question + 1).split(u';');
    const QStringView action = parts.first();
    if (action == u"roster")
        invite.action = Action::Roster;
    else if (action == u"register")
        invite.action = Action::Register;
    else
        return invalid(QT_TRANSLATE_NOOP("InviteUri",
                                         "The link asks for something other than adding a "
                                         "contact or creating an account."));

    bool haveToken = false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QStringView pair = parts[i];
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = decode(eq >= 0 ? pair.left(eq) : pair);
        const QStringView rawValue = eq >= 0 ? pair.mid(eq + 1) : QStringView();
        if (key == u"preauth") {
            if (haveToken)
                return invalid(
                    QT_TRANSLATE_NOOP("InviteUri", "The invitation link carries two tokens."));
            invite.preauthToken = decode(rawValue);
            haveToken = true;
        } else if (key == u"ibr") {
            invite.ibr = rawValue == u"y";
        } else if (key == u"name" && invite.name.isEmpty()) {
            // XEP-0379's example writes spaces as '+', as in form encoding.
            QString value = rawValue.toString();
            value.replace(u'+', u' ');
            invite.name = decode(value).trimmed();
        } else if (key == u"group" && invite.group.isEmpty()) {
            invite.group = decode(rawValue).trimmed();
        }
        // Other keys are ignored (RFC 5122 §2.5: unknown keys must not stop processing).
    }
    if (!haveToken || !validToken(invite.preauthToken))
        return invalid(
            QT_TRANSLATE_NOOP("InviteUri", "The invitation link has no valid invitation token."));
    if (invite.action == Action::Roster && invite.jid.local().isEmpty())
        return invalid(
            QT_TRANSLATE_NOOP("InviteUri", "The invitation link does not say who invites you."));
    if (invite.action == Action::Register)
        invite.ibr = false; // only meaningful on roster links
    return invite;
}

QString InviteUri::toString() const
{
    QString out = QStringLiteral("xmpp:") + encode(jid.toString());
    out += action == Action::Roster ? QStringLiteral("?roster") : QStringLiteral("?register");
    if (!name.isEmpty())
        out += QStringLiteral(";name=") + encode(name);
    if (!group.isEmpty())
        out += QStringLiteral(";group=") + encode(group);
    out += QStringLiteral(";preauth=") + encode(preauthToken);
    if (ibr && action == Action::Roster)
        out += QStringLiteral(";ibr=y");
    return out;
}

} // namespace teahouse::xmpp
