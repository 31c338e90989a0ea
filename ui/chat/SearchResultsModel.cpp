#include "SearchResultsModel.h"

#include "ChatText.h"

namespace teahouse::ui {

SearchResultsModel::SearchResultsModel(const ChatColors &colors, QObject *parent)
    : QAbstractListModel(parent)
    , m_colors(colors)
{}

void SearchResultsModel::setResults(const QString &query,
                                    const QList<chat::Conversation> &conversations,
                                    const QList<chat::SearchHit> &hits, bool inChat)
{
    QList<Row> rows;
    const QString chats = tr("Chats");
    const QString messages = tr("Messages");
    for (const chat::Conversation &c : conversations) {
        Row row;
        row.section = chats;
        row.jid = c.jid;
        row.title = c.name;
        const QString shown = c.name.isEmpty() ? c.jid : c.name;
        row.snippet =
            c.name.contains(query, Qt::CaseInsensitive)
                ? QString()
                : chattext::snippet(c.jid, chattext::findTerms(c.jid, query), m_colors.matchText);
        row.time = c.lastActivity;
        row.isGroup = c.isGroup();
        row.avatarSource =
            c.avatarId.isEmpty() ? QString() : QStringLiteral("image://chatmedia/") + c.avatarId;
        if (row.title.isEmpty())
            row.title = shown;
        rows.append(row);
    }
    for (const chat::SearchHit &hit : hits) {
        Row row;
        row.section = messages;
        row.jid = hit.message.conversation;
        row.messageId = hit.message.id;
        const QString sender = hit.message.senderName.isEmpty()
                                   ? hit.message.senderJid.section(u'@', 0, 0)
                                   : hit.message.senderName;
        row.title = inChat ? sender
                           : (hit.conversationName.isEmpty() ? hit.message.conversation
                                                             : hit.conversationName);
        QList<chattext::Span> spans;
        for (const auto &r : hit.ranges)
            spans.append({r.start, r.length});
        if (spans.isEmpty())
            spans = chattext::findTerms(hit.message.body, query);
        row.snippet = chattext::snippet(hit.message.body, spans, m_colors.matchText);
        if (!inChat && !sender.isEmpty() && sender != row.title)
            row.snippet = sender.toHtmlEscaped() + QStringLiteral(": ") + row.snippet;
        row.time = hit.message.timestamp;
        rows.append(row);
    }

    beginResetModel();
    m_rows = rows;
    m_query = query;
    endResetModel();
    // Also when the count stays: the query changed.
    Q_EMIT countChanged();
}

void SearchResultsModel::clear()
{
    setResults({}, {}, {}, false);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    return {
        {SectionRole, "section"},     {JidRole, "jid"},
        {MessageIdRole, "messageId"}, {TitleRole, "title"},
        {SnippetRole, "snippet"},     {TimeTextRole, "timeText"},
        {IsGroupRole, "isGroup"},     {AvatarSourceRole, "avatarSource"},
    };
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case SectionRole:
        return row.section;
    case JidRole:
        return row.jid;
    case MessageIdRole:
        return row.messageId;
    case TitleRole:
        return row.title;
    case SnippetRole:
        return row.snippet;
    case TimeTextRole:
        return chattext::listTime(row.time, QDateTime::currentDateTime());
    case IsGroupRole:
        return row.isGroup;
    case AvatarSourceRole:
        return row.avatarSource;
    default:
        return {};
    }
}

qint64 SearchResultsModel::messageIdAt(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(row).messageId : 0;
}

} // namespace teahouse::ui
