#pragma once

#include "CardRegistry.h"
#include "ChatColors.h"
#include "ConversationListModel.h"
#include "MemberListModel.h"
#include "MessageListModel.h"
#include "SearchResultsModel.h"
#include "chat/ChatService.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace teahouse::ui {

// What the chat screens see as features.chat: the open conversation, the models of the list
// column, the message view, search and the group panels, and the actions behind every button.
// It lives as long as the app; the feature hands it the account's ChatService when an account
// opens (setService) and takes it away when it closes, and the screens show their empty states
// meanwhile.
class ChatController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ChatController is created by the chat feature (features.chat)")

    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(QString account READ account NOTIFY readyChanged)
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY totalUnreadChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY syncingChanged)
    // Received messages could not be saved on this computer (disk full): what to tell the user,
    // empty when nothing is missing. retryUnsaved() fetches them again.
    Q_PROPERTY(QString unsavedMessage READ unsavedMessage NOTIFY unsavedChanged)

    Q_PROPERTY(teahouse::ui::ConversationListModel *conversations READ conversations CONSTANT)
    Q_PROPERTY(teahouse::ui::MessageListModel *messages READ messages CONSTANT)
    // Cards and composer actions other features add (the pay feature's transfers).
    Q_PROPERTY(teahouse::ui::CardRegistry *cards READ cards CONSTANT)
    Q_PROPERTY(teahouse::ui::SearchResultsModel *searchResults READ searchResults CONSTANT)
    Q_PROPERTY(teahouse::ui::SearchResultsModel *chatSearchResults READ chatSearchResults CONSTANT)
    Q_PROPERTY(teahouse::ui::MemberListModel *members READ members CONSTANT)
    Q_PROPERTY(teahouse::ui::MemberListModel *mentionCandidates READ mentionCandidates CONSTANT)
    Q_PROPERTY(teahouse::ui::MemberListModel *contacts READ contacts CONSTANT)

    // The open conversation ("" when none).
    Q_PROPERTY(QString currentJid READ currentJid NOTIFY currentChanged)
    Q_PROPERTY(QString currentName READ currentName NOTIFY currentDetailsChanged)
    Q_PROPERTY(bool currentIsGroup READ currentIsGroup NOTIFY currentDetailsChanged)
    Q_PROPERTY(QString currentTopic READ currentTopic NOTIFY currentDetailsChanged)
    Q_PROPERTY(bool currentMuted READ currentMuted NOTIFY currentDetailsChanged)
    Q_PROPERTY(bool currentPinned READ currentPinned NOTIFY currentDetailsChanged)
    Q_PROPERTY(bool currentJoined READ currentJoined NOTIFY currentDetailsChanged)
    Q_PROPERTY(QString currentAvatarSource READ currentAvatarSource NOTIFY currentDetailsChanged)
    // A group without its own picture: [{name, source}] of the first members for its grid.
    Q_PROPERTY(
        QVariantList currentAvatarMembers READ currentAvatarMembers NOTIFY currentDetailsChanged)
    Q_PROPERTY(QString currentDraft READ currentDraft NOTIFY currentChanged)
    Q_PROPERTY(QString typingText READ typingText NOTIFY typingTextChanged)
    // The list column's search box (the tour and scripts set it too).
    Q_PROPERTY(QString searchQuery READ searchQuery WRITE setSearchQuery NOTIFY searchQueryChanged)
    // The chat page is on screen (its section is the current one): only then does a message
    // arriving in the open conversation count as read. The page sets it.
    Q_PROPERTY(bool onScreen READ onScreen WRITE setOnScreen NOTIFY onScreenChanged)
    // Invitations to groups waiting for an answer: [{room, inviter, reason}].
    Q_PROPERTY(QVariantList invitations READ invitations NOTIFY invitationsChanged)

    // Colours the C++ models write into rich text; ChatPage.qml binds them from the Theme.
    Q_PROPERTY(QString linkColor READ linkColor WRITE setLinkColor NOTIFY colorsChanged)
    Q_PROPERTY(QString mentionColor READ mentionColor WRITE setMentionColor NOTIFY colorsChanged)
    Q_PROPERTY(QString matchColor READ matchColor WRITE setMatchColor NOTIFY colorsChanged)
    Q_PROPERTY(
        QString matchTextColor READ matchTextColor WRITE setMatchTextColor NOTIFY colorsChanged)

public:
    using Person = MemberListModel::Person;
    // A person's picture URL by bare JID ("" when there is none); the contacts feature knows.
    using AvatarLookup = std::function<QString(const QString &bareJid)>;

    explicit ChatController(QObject *parent = nullptr);
    ~ChatController() override;

    // The account's chat (null: no account open). Not owned.
    void setService(chat::ChatService *service);
    [[nodiscard]] chat::ChatService *service() const { return m_service; }
    // The account's contacts, for new groups, invitations and forwarding.
    void setContacts(const QList<Person> &contacts);
    // Pictures of people (group members, contacts); refreshes what is shown.
    void setAvatarLookup(AvatarLookup lookup);
    // [{name, source}] of a group's first members (at most 9, owners first), for the grid a
    // group without a picture of its own shows.
    [[nodiscard]] Q_INVOKABLE QVariantList groupAvatarMembers(const QString &roomJid) const;

    [[nodiscard]] bool ready() const { return m_service != nullptr; }
    [[nodiscard]] QString account() const;
    [[nodiscard]] int totalUnread() const;
    [[nodiscard]] bool syncing() const;
    [[nodiscard]] QString unsavedMessage() const;
    Q_INVOKABLE void retryUnsaved();

    [[nodiscard]] ConversationListModel *conversations() const { return m_conversations; }
    [[nodiscard]] MessageListModel *messages() const { return m_messages; }
    [[nodiscard]] CardRegistry *cards() { return &m_cards; }
    [[nodiscard]] SearchResultsModel *searchResults() const { return m_searchResults; }
    [[nodiscard]] SearchResultsModel *chatSearchResults() const { return m_chatSearchResults; }
    [[nodiscard]] MemberListModel *members() const { return m_members; }
    [[nodiscard]] MemberListModel *mentionCandidates() const { return m_mentionCandidates; }
    [[nodiscard]] MemberListModel *contacts() const { return m_contacts; }

    [[nodiscard]] QString currentJid() const { return m_currentJid; }
    [[nodiscard]] QString currentName() const;
    [[nodiscard]] bool currentIsGroup() const;
    [[nodiscard]] QString currentTopic() const { return m_currentTopic; }
    [[nodiscard]] bool currentMuted() const;
    [[nodiscard]] bool currentPinned() const;
    [[nodiscard]] bool currentJoined() const { return m_currentJoined; }
    [[nodiscard]] QString currentAvatarSource() const;
    [[nodiscard]] QVariantList currentAvatarMembers() const;
    [[nodiscard]] QString currentDraft() const;
    [[nodiscard]] QString typingText() const { return m_typingText; }
    [[nodiscard]] QVariantList invitations() const { return m_invitations; }
    [[nodiscard]] bool onScreen() const { return m_onScreen; }
    void setOnScreen(bool onScreen);
    [[nodiscard]] QString searchQuery() const { return m_searchQuery; }
    void setSearchQuery(const QString &query);

    [[nodiscard]] QString linkColor() const { return m_colors.link; }
    void setLinkColor(const QString &color);
    [[nodiscard]] QString mentionColor() const { return m_colors.mention; }
    void setMentionColor(const QString &color);
    [[nodiscard]] QString matchColor() const { return m_colors.match; }
    void setMatchColor(const QString &color);
    [[nodiscard]] QString matchTextColor() const { return m_colors.matchText; }
    void setMatchTextColor(const QString &color);

    // ------------------------------------------------------------ what the app calls
    // Opens the conversation with a contact or group (creating a direct one if needed).
    Q_INVOKABLE void open(const QString &jid);
    // Joins a group (an xmpp:room?join link, an accepted invitation) and opens it.
    Q_INVOKABLE void joinGroup(const QString &roomJid);
    Q_INVOKABLE void closeConversation();

    // ------------------------------------------------------------ composer
    // mentions: [{jid, name}] picked from the completion; their "@name" in text become
    // XEP-0372 references. Returns false (and says why through errorOccurred) when refused.
    Q_INVOKABLE bool sendText(const QString &text, qint64 replyToId = 0,
                              const QVariantList &mentions = {});
    // Local files (drag and drop, the file button); each becomes an image or file message.
    Q_INVOKABLE int sendFiles(const QList<QUrl> &urls);
    [[nodiscard]] Q_INVOKABLE bool clipboardHasImage() const;
    // Sends the clipboard's image as a PNG; false when it holds none.
    Q_INVOKABLE bool pasteImage();
    Q_INVOKABLE void saveDraft(const QString &jid, const QString &text);
    // The input's text changed (typing notifications, XEP-0085).
    Q_INVOKABLE void composing(bool hasText);
    Q_INVOKABLE void markRead();

    // ------------------------------------------------------------ messages
    // {id, sender, text} of a message, for the quote above the input.
    [[nodiscard]] Q_INVOKABLE QVariantMap replyPreview(qint64 messageId) const;
    [[nodiscard]] Q_INVOKABLE bool canRecall(qint64 messageId) const;
    Q_INVOKABLE bool recall(qint64 messageId);
    Q_INVOKABLE bool forward(qint64 messageId, const QString &toJid);
    Q_INVOKABLE void copyMessage(qint64 messageId);
    Q_INVOKABLE void retry(qint64 messageId);
    Q_INVOKABLE void cancelTransfer(qint64 messageId);
    Q_INVOKABLE void download(qint64 messageId);
    Q_INVOKABLE bool saveAttachment(qint64 messageId, const QUrl &target);
    // Asks for the older page when the view reaches the top of what it holds.
    Q_INVOKABLE void loadOlder();
    Q_INVOKABLE void loadNewer();

    // ------------------------------------------------------------ conversations
    Q_INVOKABLE void setPinned(const QString &jid, bool pinned);
    Q_INVOKABLE void setMuted(const QString &jid, bool muted);
    Q_INVOKABLE void deleteConversation(const QString &jid);

    // ------------------------------------------------------------ groups
    Q_INVOKABLE void createGroup(const QString &name, const QStringList &memberJids);
    Q_INVOKABLE void inviteToCurrentGroup(const QStringList &memberJids);
    Q_INVOKABLE void setGroupName(const QString &name);
    Q_INVOKABLE void setGroupTopic(const QString &topic);
    Q_INVOKABLE void leaveCurrentGroup();
    Q_INVOKABLE void acceptInvitation(const QString &roomJid);
    Q_INVOKABLE void declineInvitation(const QString &roomJid);

    // ------------------------------------------------------------ search
    // Global search (list column): conversations by name, messages by text.
    Q_INVOKABLE void search(const QString &query);
    // Search in the open conversation; matches are also marked in the bubbles.
    Q_INVOKABLE void searchInChat(const QString &query);
    // Opens a conversation at a message (0: at its newest).
    Q_INVOKABLE void jumpTo(const QString &jid, qint64 messageId);

    // ------------------------------------------------------------ screens (tour, scripts)
    // Opens the full view of an image message of the open conversation.
    Q_INVOKABLE void showImage(qint64 messageId);
    // Puts text in the composer as if typed (an "@" opens the mention completion in a group).
    Q_INVOKABLE void setComposerText(const QString &text);
    // Closes the image view and the composer's popups.
    Q_INVOKABLE void dismissOverlays();

    // The "chatmedia" image provider that shows attachments and group avatars; QML calls it
    // once with any of its objects before the chat screens load.
    Q_INVOKABLE void installImageProvider(QObject *qmlObject);
    // For the image provider: decrypted bytes of a media-store file.
    [[nodiscard]] QByteArray media(const QString &mediaId) const;

Q_SIGNALS:
    void readyChanged();
    void totalUnreadChanged();
    void syncingChanged();
    void unsavedChanged();
    void currentChanged();
    void currentDetailsChanged();
    void typingTextChanged();
    void invitationsChanged();
    void searchQueryChanged();
    void onScreenChanged();
    void colorsChanged();
    // The view should bring this row into view (a jump to a search hit or a quote).
    void jumpRequested(int row);
    // Something the user asked for failed; message says what and what to do.
    void errorOccurred(const QString &message);
    // A group we asked for exists now (the new-group dialog closes on it).
    void groupCreated(const QString &roomJid);
    void imageViewRequested(const QString &source, const QString &name);
    void composerTextRequested(const QString &text);
    void overlaysDismissed();
    // A live incoming message (not history catch-up, not ours), for read-aloud: the page hands
    // it to ReadAloud.announceIncoming unless the chat is muted.
    void incomingMessage(const QString &conversation, const QString &senderName,
                         const QString &text, bool muted);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshCurrent();
    void refreshMembers();
    void refreshTyping();
    void setComposingState(int state);

    [[nodiscard]] QString avatarOf(const QString &bareJid) const;

    QPointer<chat::ChatService> m_service;
    AvatarLookup m_avatarLookup;
    ChatColors m_colors;
    CardRegistry m_cards;
    ConversationListModel *m_conversations;
    MessageListModel *m_messages;
    SearchResultsModel *m_searchResults;
    SearchResultsModel *m_chatSearchResults;
    MemberListModel *m_members;
    MemberListModel *m_mentionCandidates;
    MemberListModel *m_contacts;

    QString m_currentJid;
    QString m_currentTopic;
    bool m_currentJoined = false;
    QString m_typingText;
    QVariantList m_invitations;
    QString m_searchQuery;
    QString m_pendingOpen; // a group being joined/created, opened when it is ready
    QTimer m_pauseTimer;   // composing -> paused after a quiet while
    int m_typingState = -1;
    bool m_onScreen = false;
};

} // namespace teahouse::ui
