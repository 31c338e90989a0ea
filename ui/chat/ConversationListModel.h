#pragma once

#include "chat/ChatService.h"
#include "chat/Conversation.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

namespace teahouse::ui {

// The conversation list: pinned first, then by last activity. Follows
// ChatService::conversationChanged row by row (a moved row is moved, not the whole list reset),
// so the list keeps its scroll position and selection while messages arrive.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ConversationListModel comes from ChatController.conversations")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString currentJid READ currentJid NOTIFY currentJidChanged)

public:
    enum Role
    {
        JidRole = Qt::UserRole + 1,
        NameRole,
        IsGroupRole,
        AvatarSourceRole,
        PreviewRole,
        TimeTextRole,
        UnreadCountRole,
        PinnedRole,
        MutedRole,
        DraftRole,
        MentionUnreadRole,
        CurrentRole,
        // For a group without its own picture: [{name, source}] of its first members.
        AvatarMembersRole,
    };
    Q_ENUM(Role)

    explicit ConversationListModel(QObject *parent = nullptr);

    void setService(chat::ChatService *service);
    void setCurrentJid(const QString &jid);
    // Where a group's member pictures come from (the controller knows members and avatars).
    void setGroupAvatarMembers(std::function<QVariantList(const QString &roomJid)> members);
    [[nodiscard]] QString currentJid() const { return m_current; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_items.size()); }

    [[nodiscard]] Q_INVOKABLE int rowOf(const QString &jid) const;
    [[nodiscard]] Q_INVOKABLE bool isPinned(const QString &jid) const;
    [[nodiscard]] Q_INVOKABLE bool isMuted(const QString &jid) const;
    [[nodiscard]] std::optional<chat::Conversation> at(int row) const;
    [[nodiscard]] const QList<chat::Conversation> &items() const { return m_items; }
    // Re-reads one conversation from the service (also used when the day changes).
    void refresh(const QString &jid);
    void reload();

Q_SIGNALS:
    void countChanged();
    void currentJidChanged();

private:
    void remove(const QString &jid);
    // Where a conversation belongs in the list order (pinned, then newest activity).
    [[nodiscard]] int insertPosition(const chat::Conversation &c, int skipRow) const;

    QPointer<chat::ChatService> m_service;
    QList<chat::Conversation> m_items;
    QString m_current;
    std::function<QVariantList(const QString &)> m_groupAvatarMembers;
};

} // namespace teahouse::ui
