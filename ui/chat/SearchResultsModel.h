#pragma once

#include "ChatColors.h"
#include "chat/Conversation.h"
#include "chat/SearchHit.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// Search results for the list column (conversations by name, then messages) or for one chat
// (messages only). Each message row carries a one-line excerpt with the matches marked.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SearchResultsModel comes from ChatController")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString query READ query NOTIFY countChanged)

public:
    enum Role
    {
        SectionRole = Qt::UserRole + 1,
        JidRole,
        MessageIdRole,
        TitleRole,
        SnippetRole,
        TimeTextRole,
        IsGroupRole,
        AvatarSourceRole,
    };
    Q_ENUM(Role)

    explicit SearchResultsModel(const ChatColors &colors, QObject *parent = nullptr);

    // conversations: whose name matched (global search); hits: matching messages. inChat: the
    // rows show the sender rather than the conversation.
    void setResults(const QString &query, const QList<chat::Conversation> &conversations,
                    const QList<chat::SearchHit> &hits, bool inChat);
    void clear();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QString query() const { return m_query; }
    // The message id of a row (0 for a conversation row).
    [[nodiscard]] Q_INVOKABLE qint64 messageIdAt(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString section;
        QString jid;
        qint64 messageId = 0;
        QString title;
        QString snippet;
        QDateTime time;
        bool isGroup = false;
        QString avatarSource;
    };

    const ChatColors &m_colors;
    QList<Row> m_rows;
    QString m_query;
};

} // namespace teahouse::ui
