#include "xmpp/RegistrationManager.h"

#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"

namespace teahouse::xmpp {

namespace {

Element registerQuery()
{
    return Element(QStringLiteral("query"), RegistrationForm::kNamespace.toString());
}

RegistrationManager::Callback explained(RegistrationManager::Callback callback,
                                        RegistrationManager::Operation operation)
{
    return [callback = std::move(callback), operation](const Status &status) {
        if (status.ok())
            callback(status);
        else
            callback(RegistrationManager::explain(status.error(), operation));
    };
}

IqTracker::ResultHandler toStatus(RegistrationManager::Callback callback)
{
    return [callback = std::move(callback)](const Result<Element> &result) {
        if (result.ok())
            callback(Status());
        else
            callback(result.error());
    };
}

} // namespace

RegistrationManager::RegistrationManager(IqTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
{}

Error RegistrationManager::explain(const Error &error, Operation operation)
{
    const QString condition = IqTracker::errorCondition(error);
    if (condition.isEmpty())
        return error; // timeouts and lost connections already say what happened
    const bool invitation = operation == Operation::Invitation;
    QString sentence;
    if (condition == u"conflict") {
        sentence = tr("That username is already taken. Please choose another one.");
    } else if (condition == u"not-acceptable") {
        sentence = operation == Operation::ChangePassword
                       ? tr("The server did not accept the new password.")
                       : tr("The server did not accept these details: something required is "
                            "missing or not allowed (for example the username).");
    } else if (condition == u"not-allowed") {
        sentence = operation == Operation::Register
                       ? tr("This server does not allow creating accounts from the app.")
                       : tr("The server does not allow this.");
    } else if (condition == u"forbidden" || condition == u"item-not-found") {
        sentence = invitation ? tr("The invitation is not valid or has expired.")
                              : tr("The server refused this request.");
    } else if (condition == u"not-authorized" || condition == u"registration-required") {
        sentence = operation == Operation::Register
                       ? tr("This server only creates accounts with an invitation.")
                       : tr("You are not allowed to do this; sign in again and retry.");
    } else if (condition == u"resource-constraint" || condition == u"policy-violation") {
        sentence = tr("Too many attempts or accounts from your network. Please try again "
                      "later.");
    } else if (condition == u"bad-request") {
        sentence = tr("Please fill in every required field.");
    } else if (condition == u"service-unavailable" || condition == u"feature-not-implemented") {
        sentence = invitation ? tr("This server does not accept invitations.")
                              : tr("This server does not offer account creation or changes "
                                   "from the app.");
    } else {
        sentence = tr("The server could not complete the request.");
    }
    const QString serverText = IqTracker::errorText(error);
    if (!serverText.isEmpty())
        sentence += u' ' + tr("(The server says: “%1”)").arg(serverText);
    return Error::make(error.code, sentence, condition);
}

void RegistrationManager::sendInvitationToken(const Jid &server, const QString &token,
                                              QObject *context, Callback callback)
{
    Element preauth(QStringLiteral("preauth"), kParsNs.toString());
    preauth.setAttribute(QStringLiteral("token"), token);
    m_tracker->set(server, preauth, context,
                   toStatus(explained(std::move(callback), Operation::Invitation)));
}

void RegistrationManager::fetchForm(const Jid &server, QObject *context, FormCallback callback)
{
    m_tracker->get(server, registerQuery(), context,
                   [callback = std::move(callback)](const Result<Element> &result) {
                       if (!result.ok()) {
                           callback(explain(result.error(), Operation::Register));
                           return;
                       }
                       const Element *query =
                           result.value().findChild(u"query", RegistrationForm::kNamespace);
                       if (!query) {
                           callback(Error::make(Error::Code::Protocol,
                                                tr("The server sent no registration form.")));
                           return;
                       }
                       callback(RegistrationForm::fromQuery(*query));
                   });
}

void RegistrationManager::submit(const Jid &server, const RegistrationForm &filled,
                                 QObject *context, Callback callback)
{
    m_tracker->set(server, filled.toSubmission(), context,
                   toStatus(explained(std::move(callback), Operation::Register)));
}

void RegistrationManager::changePassword(const QString &newPassword, QObject *context,
                                         Callback callback)
{
    const Jid own = m_tracker->channel()->boundJid();
    if (!own.isValid()) {
        callback(
            Error::make(Error::Code::InvalidArgument, tr("Sign in before changing the password.")));
        return;
    }
    Element query = registerQuery();
    query.addTextChild(QStringLiteral("username"), own.local());
    query.addTextChild(QStringLiteral("password"), newPassword);
    m_tracker->set(Jid(QString(), own.domain()), query, context,
                   toStatus(explained(std::move(callback), Operation::ChangePassword)));
}

void RegistrationManager::cancelAccount(QObject *context, Callback callback)
{
    Element query = registerQuery();
    query.addChild(QStringLiteral("remove"));
    m_tracker->set(Jid(), query, context,
                   toStatus(explained(std::move(callback), Operation::Cancel)));
}

} // namespace teahouse::xmpp
