#include "chat/ChatService.h"

#include "account/AccountSession.h"
#include "storage/Database.h"
#include "xmpp/Element.h"

namespace teahouse::chat {

class ChatServicePrivate
{
public:
    Jid account;
};

ChatService::ChatService(account::AccountSession &session, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ChatServicePrivate>())
{
    d->account = session.account();
}

ChatService::ChatService(const Jid &account, storage::Database &, const QString &, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ChatServicePrivate>())
{
    d->account = account;
}

ChatService::~ChatService() = default;

bool ChatService::isReady() const
{
    return false;
}
QString ChatService::errorMessage() const
{
    return {};
}
void ChatService::bindChannel(xmpp::StanzaChannel *, xmpp::IqTracker *,
                              const QList<QSslCertificate> &)
{}
Jid ChatService::account() const
{
    return d->account;
}
QList<Conversation> ChatService::conversations() const
{
    return {};
}
std::optional<Conversation> ChatService::conversation(const QString &) const
{
    return {};
}
Conversation ChatService::openConversation(const QString &jid, const QString &name)
{
    Conversation c;
    c.jid = jid;
    c.name = name;
    return c;
}
void ChatService::setPinned(const QString &, bool) {}
void ChatService::setMuted(const QString &, bool) {}
void ChatService::setDraft(const QString &, const QString &) {}
void ChatService::setConversationName(const QString &, const QString &) {}
Status ChatService::deleteConversation(const QString &)
{
    return {};
}
void ChatService::markRead(const QString &) {}
int ChatService::totalUnread() const
{
    return 0;
}
MessagePage ChatService::newestMessages(const QString &, int) const
{
    return {};
}
MessagePage ChatService::messagesBefore(const QString &, qint64, int)
{
    return {};
}
MessagePage ChatService::messagesAfter(const QString &, qint64, int) const
{
    return {};
}
MessagePage ChatService::messagesAround(const QString &, qint64, int) const
{
    return {};
}
std::optional<ChatMessage> ChatService::message(qint64) const
{
    return {};
}
QList<SearchHit> ChatService::search(const QString &, const QString &, int) const
{
    return {};
}
Result<qint64> ChatService::sendText(const QString &, const QString &, qint64,
                                     const QList<Mention> &)
{
    return Error::make(Error::Code::Unknown, QStringLiteral("not implemented"));
}
Result<qint64> ChatService::sendFile(const QString &, const QString &)
{
    return Error::make(Error::Code::Unknown, QStringLiteral("not implemented"));
}
Result<qint64> ChatService::sendData(const QString &, const QByteArray &, const QString &,
                                     const QString &)
{
    return Error::make(Error::Code::Unknown, QStringLiteral("not implemented"));
}
Result<qint64> ChatService::sendCard(const QString &, const QString &, const xmpp::Element &,
                                     const QString &)
{
    return Error::make(Error::Code::Unknown, QStringLiteral("not implemented"));
}
Result<qint64> ChatService::forward(qint64, const QString &)
{
    return Error::make(Error::Code::Unknown, QStringLiteral("not implemented"));
}
Status ChatService::retry(qint64)
{
    return {};
}
void ChatService::cancelTransfer(qint64) {}
void ChatService::downloadAttachment(qint64) {}
Result<QByteArray> ChatService::media(const QString &) const
{
    return Error::make(Error::Code::NotFound, QStringLiteral("not implemented"));
}
Status ChatService::saveAttachment(qint64, const QString &) const
{
    return {};
}
Status ChatService::recall(qint64)
{
    return {};
}
void ChatService::setTypingState(const QString &, TypingState) {}
QStringList ChatService::typingNames(const QString &) const
{
    return {};
}
void ChatService::registerCardKind(const QString &, const QString &, const QString &) {}
void ChatService::createGroup(const QString &, const QStringList &,
                              std::function<void(Result<QString>)>)
{}
void ChatService::joinGroup(const QString &) {}
void ChatService::inviteToGroup(const QString &, const QStringList &) {}
GroupInfo ChatService::groupInfo(const QString &) const
{
    return {};
}
void ChatService::setGroupTopic(const QString &, const QString &) {}
void ChatService::setGroupName(const QString &, const QString &) {}
void ChatService::leaveGroup(const QString &) {}
bool ChatService::isSyncing() const
{
    return false;
}

} // namespace teahouse::chat
