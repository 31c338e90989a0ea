#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "chat/ChatMessage.h"
#include "chat/Conversation.h"
#include "chat/GroupInfo.h"
#include "chat/MessagePage.h"
#include "chat/SearchHit.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace teahouse::account {
class AccountSession;
}
namespace teahouse::storage {
class Database;
}
namespace teahouse::xmpp {
class Element;
class IqTracker;
class StanzaChannel;
} // namespace teahouse::xmpp

namespace teahouse::chat {

class ChatServicePrivate;

// The chat of one account: conversations, history, sending (through the outbox: stored before
// it is sent, kept until the server acknowledged it), receiving (live, carbons, MAM catch-up),
// groups, attachments and search. Joins the XMPP chat managers with the chat tables of the
// account's encrypted database. All calls are on the GUI thread; queries answer from the
// database at once, network work reports through the signals.
class ChatService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY totalUnreadChanged)
    Q_PROPERTY(bool syncing READ isSyncing NOTIFY syncingChanged)
public:
    // Our typing state in a conversation (XEP-0085), as the input field reports it.
    enum class TypingState
    {
        Active,    // the conversation is open, not typing
        Composing, // typing now
        Paused,    // text in the field, stopped typing for a while
        Inactive,  // the conversation is not shown
    };
    Q_ENUM(TypingState)

    // The account's chat: tables in session.database(), media in its media folder; binds to the
    // stream's managers now and on every session.sessionCreated().
    explicit ChatService(account::AccountSession &session, QObject *parent = nullptr);
    // Without an AccountSession (tests, benchmarks): the database must be open and outlive the
    // service; call bindChannel() to go on the network.
    ChatService(const Jid &account, storage::Database &db, const QString &mediaDirectory,
                QObject *parent = nullptr);
    ~ChatService() override;

    // Whether the chat tables and the media store opened; if not, error() says why and every
    // query answers empty.
    [[nodiscard]] bool isReady() const;
    [[nodiscard]] QString errorMessage() const;

    // Uses this channel (and its iq tracker) from now on. caCertificates are trusted for HTTP
    // upload/download in addition to the system ones (the account's private CA).
    void bindChannel(xmpp::StanzaChannel *channel, xmpp::IqTracker *iq,
                     const QList<QSslCertificate> &caCertificates = {});

    [[nodiscard]] Jid account() const;

    // ---------------------------------------------------------------- conversations

    // Pinned first, then by last activity, newest first.
    [[nodiscard]] QList<Conversation> conversations() const;
    [[nodiscard]] std::optional<Conversation> conversation(const QString &jid) const;
    // Makes sure a direct conversation with this contact exists (opening a chat from the
    // contacts page) and returns it. name is used if the conversation is new.
    Conversation openConversation(const QString &jid, const QString &name = {});
    void setPinned(const QString &jid, bool pinned);
    void setMuted(const QString &jid, bool muted);
    void setDraft(const QString &jid, const QString &draft);
    // Sets the display name of a direct conversation (the contacts feature knows roster names).
    void setConversationName(const QString &jid, const QString &name);
    // Removes the conversation and its local history (messages, media). The server archive is
    // kept; a group is also left. Unsent outbox entries of it are dropped.
    Status deleteConversation(const QString &jid);
    // Clears the unread count (and mention flag) and sends a read marker (XEP-0333) for the
    // newest incoming message when the peer asked for markers.
    void markRead(const QString &jid);
    [[nodiscard]] int totalUnread() const;

    // ---------------------------------------------------------------- history

    // Pages are oldest first. limit is capped at 200.
    [[nodiscard]] MessagePage newestMessages(const QString &jid, int limit = 30) const;
    // Messages older than messageId. When the local history runs out (or reaches a recorded
    // gap) this also starts fetching the older part from the server archive (MAM); when those
    // arrive, historyChanged(jid) asks the view to load again.
    [[nodiscard]] MessagePage messagesBefore(const QString &jid, qint64 messageId, int limit = 50);
    [[nodiscard]] MessagePage messagesAfter(const QString &jid, qint64 messageId,
                                            int limit = 50) const;
    // About limit/2 messages each side of messageId, and the message itself (jump to a search
    // hit or a quoted message).
    [[nodiscard]] MessagePage messagesAround(const QString &jid, qint64 messageId,
                                             int limit = 50) const;
    [[nodiscard]] std::optional<ChatMessage> message(qint64 id) const;

    // Full-text search (FTS4, CJK as bigrams: "医院" finds "我们明天去医院"); newest first.
    // conversation empty = all conversations.
    [[nodiscard]] QList<SearchHit> search(const QString &query, const QString &conversation = {},
                                          int limit = 100) const;

    // ---------------------------------------------------------------- sending

    // Sends text (empty text after trimming is refused). replyToId: the local id of the message
    // being quoted (XEP-0461), 0 for none. mentions: @mentions in text (XEP-0372). Returns the
    // new message's local id; the message is in the outbox before this returns.
    Result<qint64> sendText(const QString &jid, const QString &text, qint64 replyToId = 0,
                            const QList<Mention> &mentions = {});
    // Sends a file from disk (image/* is sent as an image with a thumbnail): stored encrypted in
    // the media store, uploaded (XEP-0363) with uploadProgress, then sent as a link (XEP-0066).
    Result<qint64> sendFile(const QString &jid, const QString &filePath);
    // The same for bytes in memory (an image pasted from the clipboard).
    Result<qint64> sendData(const QString &jid, const QByteArray &data, const QString &fileName,
                            const QString &mimeType);
    // Sends an extension payload as a card message (kind registered with registerCardKind);
    // fallbackText is the body for clients that do not know the payload.
    Result<qint64> sendCard(const QString &jid, const QString &cardKind,
                            const xmpp::Element &payload, const QString &fallbackText);
    // Sends a copy of a message (text, or an attachment by its URL) to another conversation.
    Result<qint64> forward(qint64 messageId, const QString &toJid);
    // Sends a failed message again.
    Status retry(qint64 messageId);
    // Stops an upload or download in progress (the message is then Failed / Cancelled).
    void cancelTransfer(qint64 messageId);
    // Fetches an attachment into the media store (progress through downloadProgress, then
    // messageChanged with transferState Done and mediaId set).
    void downloadAttachment(qint64 messageId);
    // Decrypted bytes of a media store file (attachment, thumbnail, group avatar).
    [[nodiscard]] Result<QByteArray> media(const QString &mediaId) const;
    // Writes an attachment we hold to a plain file the user chose (Save as...).
    Status saveAttachment(qint64 messageId, const QString &path) const;

    // Recalls our own message (XEP-0424) within kRecallWindowSeconds of sending it; both sides
    // then show "X recalled a message". PolicyViolation when too late or not ours.
    Status recall(qint64 messageId);
    static constexpr int kRecallWindowSeconds = 120;

    // Our typing state; sent (XEP-0085) only when it changes and only to contacts/groups.
    void setTypingState(const QString &jid, TypingState state);
    // Who is typing in this conversation now (display names).
    [[nodiscard]] QStringList typingNames(const QString &jid) const;

    // Registers an extension payload (element name + namespace) shown as a card of this kind
    // ("transfer"): incoming messages carrying it become Kind::Card with its XML.
    void registerCardKind(const QString &cardKind, const QString &elementName,
                          const QString &xmlns);

    // ---------------------------------------------------------------- groups

    // Creates a members-only persistent room on the server's MUC service with this name, adds
    // the contacts as members and invites them (XEP-0249), bookmarks it (XEP-0402). done gets the
    // room JID; groupCreated is emitted too.
    void createGroup(const QString &name, const QStringList &memberJids,
                     std::function<void(Result<QString>)> done = {});
    // Joins a room (an invitation accepted, a xmpp:room?join link) and bookmarks it;
    // groupJoined(roomJid) or groupError(roomJid, message).
    Q_INVOKABLE void joinGroup(const QString &roomJid);
    // Invites more contacts to a group we are in (members-only: makes them members first).
    void inviteToGroup(const QString &roomJid, const QStringList &memberJids);
    [[nodiscard]] GroupInfo groupInfo(const QString &roomJid) const;
    // Changes the room's topic (subject) / name, when allowed.
    void setGroupTopic(const QString &roomJid, const QString &topic);
    void setGroupName(const QString &roomJid, const QString &name);
    // Leaves the room, removes the bookmark and gives up membership; the conversation stays
    // (deleteConversation removes it).
    void leaveGroup(const QString &roomJid);

    // Whether history catch-up (MAM) is running.
    [[nodiscard]] bool isSyncing() const;

    // Received messages that could not be saved on this computer (the disk is full, or another
    // storage failure): they stay in the server's archive and nothing marks them as fetched, so
    // retryUnsaved() or the next connection fetches them again. nullopt: nothing is missing.
    [[nodiscard]] std::optional<Error> unsavedError() const;
    // Fetches again what could not be saved (the user freed space). Offline: the next
    // connection does it.
    void retryUnsaved();

Q_SIGNALS:
    // A conversation was added or changed (last message, unread count, pinned, muted, draft,
    // name, ...): fetch it again with conversation(jid).
    void conversationChanged(const QString &jid);
    void conversationRemoved(const QString &jid);
    // A new message at the end of a conversation (sent or received, live or by catch-up).
    void messageAdded(const teahouse::chat::ChatMessage &message);
    // A message changed: state, recalled, attachment progress/state, edited text.
    void messageChanged(const teahouse::chat::ChatMessage &message);
    // Older history arrived (MAM page, gap filled) or the history was rearranged: views of
    // this conversation should reload their pages.
    void historyChanged(const QString &jid);
    void typingChanged(const QString &jid, const QStringList &names);
    void uploadProgress(qint64 messageId, qint64 bytesSent, qint64 bytesTotal);
    void downloadProgress(qint64 messageId, qint64 bytesReceived, qint64 bytesTotal);
    // For desktop notifications: a live incoming message (not from catch-up, not our own).
    // muted: the conversation is muted (notify anyway if mentionsMe).
    void incomingMessage(const QString &conversation, const QString &senderName,
                         const QString &text, bool muted, bool mentionsMe);
    void totalUnreadChanged(int count);
    void syncingChanged(bool syncing);
    // unsavedError() changed: some received messages could not be saved, or all are now.
    void unsavedChanged();
    void groupCreated(const QString &roomJid);
    void groupJoined(const QString &roomJid);
    void groupLeft(const QString &roomJid);
    void groupInfoChanged(const QString &roomJid);
    // Creating, joining or changing a group failed; message is for people.
    void groupError(const QString &roomJid, const QString &message);
    // An invitation to a group arrived (XEP-0249 or XEP-0045 mediated); the UI may ask the user
    // and call joinGroup(roomJid).
    void groupInvitation(const QString &roomJid, const QString &inviterJid, const QString &reason);

private:
    friend class ChatServicePrivate;
    std::unique_ptr<ChatServicePrivate> d;
};

} // namespace teahouse::chat
