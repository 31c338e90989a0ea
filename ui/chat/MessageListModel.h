#pragma once

#include "ChatColors.h"
#include "chat/ChatMessage.h"
#include "chat/ChatService.h"

#include <QAbstractListModel>
#include <QHash>
#include <functional>
#include <optional>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace teahouse::ui {

// The open conversation's messages as the message view shows them. Row 0 is the NEWEST
// message (the view lays out bottom to top), so older pages are appended at the end without
// moving what is on screen. It never holds the whole history: the first page is 30 messages,
// each loadOlder() adds 50 (Telegram Desktop's rule); after a jump to a search hit it holds a
// window around the hit and loadNewer() walks back to the present.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MessageListModel comes from ChatController.messages")

    Q_PROPERTY(QString conversation READ conversation NOTIFY conversationChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool hasMoreBefore READ hasMoreBefore NOTIFY pagingChanged)
    Q_PROPERTY(bool hasMoreAfter READ hasMoreAfter NOTIFY pagingChanged)
    // Older history is being fetched from the server archive.
    Q_PROPERTY(bool fetchingOlder READ fetchingOlder NOTIFY pagingChanged)
    // The message a search or a quote jumped to (drawn highlighted), 0 for none.
    Q_PROPERTY(qint64 highlightedId READ highlightedId NOTIFY highlightedIdChanged)
    // Words of the in-chat search, marked in every bubble.
    Q_PROPERTY(QString highlightQuery READ highlightQuery WRITE setHighlightQuery NOTIFY
                   highlightQueryChanged)

public:
    static constexpr int kFirstPage = 30;
    static constexpr int kNextPage = 50;

    enum Role
    {
        MessageIdRole = Qt::UserRole + 1,
        KindRole,
        OutgoingRole,
        SenderJidRole,
        SenderNameRole,
        BodyRole,
        RichTextRole,
        NoticeRole,
        TimeTextRole,
        HeaderRole,
        StateRole,
        ReplyToIdRole,
        ReplyToSenderRole,
        ReplyToPreviewRole,
        FileNameRole,
        FileSizeRole,
        MimeTypeRole,
        ImageSourceRole,
        FullImageSourceRole,
        ImageWidthRole,
        ImageHeightRole,
        TransferStateRole,
        ProgressRole,
        CanRecallRole,
        MentionsMeRole,
        HighlightedRole,
        ShowSenderRole,
        CardKindRole,
        // The sender's picture URL ("" = their initial is drawn).
        SenderAvatarRole,
        CardXmlRole,
    };
    Q_ENUM(Role)

    explicit MessageListModel(const ChatColors &colors, QObject *parent = nullptr);
    ~MessageListModel() override;

    // Pictures of people by bare JID (the controller's lookup, the contacts feature's cache).
    void setAvatarLookup(std::function<QString(const QString &bareJid)> lookup);

    void setService(chat::ChatService *service);
    // Shows a conversation from its newest message (30 of them); empty jid clears.
    void setConversation(const QString &jid, bool isGroup);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString conversation() const { return m_jid; }
    [[nodiscard]] int count() const { return int(m_messages.size()); }
    [[nodiscard]] bool hasMoreBefore() const { return m_hasMoreBefore; }
    [[nodiscard]] bool hasMoreAfter() const { return m_hasMoreAfter; }
    [[nodiscard]] bool fetchingOlder() const { return m_fetchingOlder; }
    [[nodiscard]] qint64 highlightedId() const { return m_highlightedId; }
    [[nodiscard]] QString highlightQuery() const { return m_highlightQuery; }
    void setHighlightQuery(const QString &query);

    // Adds the next 50 older messages; false when there were none locally (an archive fetch
    // may then be running: fetchingOlder, and the rows come with historyChanged).
    Q_INVOKABLE bool loadOlder();
    // After a jump: adds the next 50 newer messages.
    Q_INVOKABLE bool loadNewer();
    // Back to the newest page (the "latest messages" button).
    Q_INVOKABLE void showLatest();
    // Loads a window around this message and highlights it; returns its row or -1.
    Q_INVOKABLE int jumpTo(qint64 messageId);
    [[nodiscard]] Q_INVOKABLE int rowOf(qint64 messageId) const;
    // The message at a row (for menus and tests); nullopt past the end.
    [[nodiscard]] std::optional<chat::ChatMessage> messageAt(int row) const;
    // Colours changed: rebuild the rich text.
    void refreshText();

Q_SIGNALS:
    void conversationChanged();
    void countChanged();
    void pagingChanged();
    void highlightedIdChanged();
    void highlightQueryChanged();
    // A new message arrived at the bottom (the view scrolls down if it was there).
    void messageAppended(bool outgoing);

private:
    // m_messages is oldest first; rows are newest first.
    [[nodiscard]] int indexForRow(int row) const { return int(m_messages.size()) - 1 - row; }
    [[nodiscard]] int rowForIndex(int i) const { return int(m_messages.size()) - 1 - i; }
    void resetTo(const chat::MessagePage &page);
    void onAdded(const chat::ChatMessage &message);
    void onChanged(const chat::ChatMessage &message);
    void onHistoryChanged(const QString &jid);
    void onProgress(qint64 id, qint64 done, qint64 total);
    void fetchImages(const QList<chat::ChatMessage> &messages);
    void setHighlightedId(qint64 id);
    [[nodiscard]] QString header(int i) const;
    [[nodiscard]] QString notice(const chat::ChatMessage &m) const;

    const ChatColors &m_colors;
    QPointer<chat::ChatService> m_service;
    QString m_jid;
    bool m_isGroup = false;
    QList<chat::ChatMessage> m_messages;
    bool m_hasMoreBefore = false;
    bool m_hasMoreAfter = false;
    bool m_fetchingOlder = false;
    qint64 m_highlightedId = 0;
    QString m_highlightQuery;
    std::function<QString(const QString &)> m_avatarLookup;
    mutable QHash<QString, QString> m_avatars; // bare JID -> picture URL, this conversation
    // A direct chat's name now: their messages carry the name they had when stored (a catch-up
    // stores the newest first, before the roster name reached the chat).
    mutable std::optional<QString> m_peerName;
};

} // namespace teahouse::ui
