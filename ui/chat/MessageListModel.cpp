#include "MessageListModel.h"

#include "ChatText.h"
#include "chat/ChatService.h"
#include "chat/MessagePage.h"

#include <QDateTime>

namespace teahouse::ui {

using chat::Attachment;
using chat::ChatMessage;

namespace {

QString kindName(ChatMessage::Kind kind)
{
    switch (kind) {
    case ChatMessage::Kind::Text:
        return QStringLiteral("text");
    case ChatMessage::Kind::Image:
        return QStringLiteral("image");
    case ChatMessage::Kind::File:
        return QStringLiteral("file");
    case ChatMessage::Kind::System:
        return QStringLiteral("system");
    case ChatMessage::Kind::Recalled:
        return QStringLiteral("recalled");
    case ChatMessage::Kind::Card:
        return QStringLiteral("card");
    }
    return QStringLiteral("text");
}

QString stateName(ChatMessage::State state)
{
    switch (state) {
    case ChatMessage::State::Queued:
        return QStringLiteral("queued");
    case ChatMessage::State::Sent:
        return QStringLiteral("sent");
    case ChatMessage::State::Acked:
        return QStringLiteral("acked");
    case ChatMessage::State::Delivered:
        return QStringLiteral("delivered");
    case ChatMessage::State::Read:
        return QStringLiteral("read");
    case ChatMessage::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString transferName(Attachment::TransferState state)
{
    switch (state) {
    case Attachment::TransferState::None:
        return QStringLiteral("none");
    case Attachment::TransferState::Uploading:
        return QStringLiteral("uploading");
    case Attachment::TransferState::Downloading:
        return QStringLiteral("downloading");
    case Attachment::TransferState::Done:
        return QStringLiteral("done");
    case Attachment::TransferState::Failed:
        return QStringLiteral("failed");
    case Attachment::TransferState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString mediaSource(const QString &mediaId)
{
    return mediaId.isEmpty() ? QString() : QStringLiteral("image://chatmedia/") + mediaId;
}

bool recallable(const ChatMessage &m)
{
    return m.isOutgoing() && !m.recalled && m.kind != ChatMessage::Kind::System &&
           m.kind != ChatMessage::Kind::Recalled && m.state != ChatMessage::State::Failed &&
           m.timestamp.secsTo(QDateTime::currentDateTimeUtc()) <
               chat::ChatService::kRecallWindowSeconds;
}

} // namespace

MessageListModel::MessageListModel(const ChatColors &colors, QObject *parent)
    : QAbstractListModel(parent)
    , m_colors(colors)
{}

MessageListModel::~MessageListModel() = default;

void MessageListModel::setService(chat::ChatService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (service) {
        connect(service, &chat::ChatService::messageAdded, this, &MessageListModel::onAdded);
        connect(service, &chat::ChatService::messageChanged, this, &MessageListModel::onChanged);
        connect(service, &chat::ChatService::historyChanged, this,
                &MessageListModel::onHistoryChanged);
        connect(service, &chat::ChatService::uploadProgress, this, &MessageListModel::onProgress);
        connect(service, &chat::ChatService::downloadProgress, this, &MessageListModel::onProgress);
        connect(service, &chat::ChatService::conversationChanged, this, [this](const QString &jid) {
            if (jid != m_jid || m_isGroup || !m_peerName)
                return;
            const auto c = m_service->conversation(jid);
            if (c && c->name != *m_peerName) {
                m_peerName.reset();
                if (rowCount() > 0)
                    Q_EMIT dataChanged(index(0), index(rowCount() - 1), {SenderNameRole});
            }
        });
    }
    setConversation({}, false);
}

void MessageListModel::setAvatarLookup(std::function<QString(const QString &)> lookup)
{
    m_avatarLookup = std::move(lookup);
    m_avatars.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {SenderAvatarRole});
}

void MessageListModel::setConversation(const QString &jid, bool isGroup)
{
    const bool changed = jid != m_jid;
    m_jid = jid;
    m_isGroup = isGroup;
    m_avatars.clear();
    m_peerName.reset();
    setHighlightedId(0);
    if (m_service && !jid.isEmpty())
        resetTo(m_service->newestMessages(jid, kFirstPage));
    else
        resetTo({});
    if (changed)
        Q_EMIT conversationChanged();
}

void MessageListModel::resetTo(const chat::MessagePage &page)
{
    const int before = count();
    beginResetModel();
    m_messages = page.messages;
    m_hasMoreBefore = page.hasMoreBefore;
    m_hasMoreAfter = page.hasMoreAfter;
    m_fetchingOlder = false;
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
    Q_EMIT pagingChanged();
    fetchImages(page.messages);
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {
        {MessageIdRole, "messageId"},
        {KindRole, "kind"},
        {OutgoingRole, "outgoing"},
        {SenderJidRole, "senderJid"},
        {SenderNameRole, "senderName"},
        {BodyRole, "body"},
        {RichTextRole, "richText"},
        {NoticeRole, "notice"},
        {TimeTextRole, "timeText"},
        {HeaderRole, "header"},
        {StateRole, "deliveryState"},
        {ReplyToIdRole, "replyToId"},
        {ReplyToSenderRole, "replyToSender"},
        {ReplyToPreviewRole, "replyToPreview"},
        {FileNameRole, "fileName"},
        {FileSizeRole, "fileSize"},
        {MimeTypeRole, "mimeType"},
        {ImageSourceRole, "imageSource"},
        {FullImageSourceRole, "fullImageSource"},
        {ImageWidthRole, "imageWidth"},
        {ImageHeightRole, "imageHeight"},
        {TransferStateRole, "transferState"},
        {ProgressRole, "progress"},
        {CanRecallRole, "canRecall"},
        {MentionsMeRole, "mentionsMe"},
        {HighlightedRole, "highlighted"},
        {ShowSenderRole, "showSender"},
        {CardKindRole, "cardKind"},
        {SenderAvatarRole, "senderAvatar"},
        {CardXmlRole, "cardXml"},
    };
}

QString MessageListModel::header(int i) const
{
    const ChatMessage &m = m_messages.at(i);
    const QDateTime previous = i > 0 ? m_messages.at(i - 1).timestamp : QDateTime();
    if (i > 0 && !chattext::needsSeparator(previous, m.timestamp))
        return {};
    return chattext::separatorTime(m.timestamp, QDateTime::currentDateTime());
}

QString MessageListModel::notice(const ChatMessage &m) const
{
    if (m.kind == ChatMessage::Kind::System)
        return m.body;
    if (m.kind == ChatMessage::Kind::Recalled || m.recalled) {
        if (m.isOutgoing())
            return tr("You recalled a message");
        QString who = m.senderName;
        if (who.isEmpty())
            who = m.senderJid.section(u'@', 0, 0);
        return tr("%1 recalled a message").arg(who);
    }
    return {};
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int i = indexForRow(index.row());
    const ChatMessage &m = m_messages.at(i);
    const Attachment &a = m.attachment;
    switch (role) {
    case MessageIdRole:
        return m.id;
    case KindRole:
        return m.recalled ? QStringLiteral("recalled") : kindName(m.kind);
    case OutgoingRole:
        return m.isOutgoing();
    case SenderJidRole:
        return m.senderJid;
    case SenderNameRole:
        if (!m_isGroup && !m.isOutgoing() && m_service) {
            if (!m_peerName) {
                const auto c = m_service->conversation(m_jid);
                m_peerName = c ? c->name : QString();
            }
            if (!m_peerName->isEmpty())
                return *m_peerName;
        }
        return m.senderName.isEmpty() ? m.senderJid.section(u'@', 0, 0) : m.senderName;
    case SenderAvatarRole: {
        const QString who = m.isOutgoing() && m_service ? m_service->account().bareString()
                                                        : m.senderJid;
        // A member known only by nick (room@service/nick) has no picture we could look up.
        if (!m_avatarLookup || who.isEmpty() || who.contains(u'/'))
            return QString();
        auto it = m_avatars.constFind(who);
        if (it == m_avatars.cend())
            it = m_avatars.insert(who, m_avatarLookup(who));
        return *it;
    }
    case BodyRole:
        return m.body;
    case RichTextRole:
        return chattext::richBody(m.body, m.mentions, chattext::findTerms(m.body, m_highlightQuery),
                                  m_colors.link, m_colors.mention, m_colors.match);
    case NoticeRole:
        return notice(m);
    case TimeTextRole:
        return m.timestamp.toLocalTime().time().toString(QStringLiteral("HH:mm"));
    case HeaderRole:
        return header(i);
    case StateRole:
        return stateName(m.state);
    case ReplyToIdRole:
        return m.replyToId;
    case ReplyToSenderRole:
        return m.replyToSender;
    case ReplyToPreviewRole:
        return m.replyToPreview;
    case FileNameRole:
        return a.name;
    case FileSizeRole:
        return a.size > 0 ? chattext::fileSize(a.size) : QString();
    case MimeTypeRole:
        return a.mimeType;
    case ImageSourceRole:
        return mediaSource(a.thumbnailId.isEmpty() ? a.mediaId : a.thumbnailId);
    case FullImageSourceRole:
        return mediaSource(a.mediaId);
    case ImageWidthRole:
        return a.width;
    case ImageHeightRole:
        return a.height;
    case TransferStateRole:
        return transferName(a.transferState);
    case ProgressRole:
        return a.progress;
    case CanRecallRole:
        return recallable(m);
    case MentionsMeRole:
        return m.mentionsMe;
    case HighlightedRole:
        return m.id != 0 && m.id == m_highlightedId;
    case ShowSenderRole:
        return m_isGroup && !m.isOutgoing();
    case CardKindRole:
        return m.cardKind;
    case CardXmlRole:
        return m.cardXml;
    default:
        return {};
    }
}

std::optional<ChatMessage> MessageListModel::messageAt(int row) const
{
    if (row < 0 || row >= count())
        return std::nullopt;
    return m_messages.at(indexForRow(row));
}

int MessageListModel::rowOf(qint64 messageId) const
{
    for (int i = count() - 1; i >= 0; --i) {
        if (m_messages.at(i).id == messageId)
            return rowForIndex(i);
    }
    return -1;
}

void MessageListModel::setHighlightQuery(const QString &query)
{
    if (query == m_highlightQuery)
        return;
    m_highlightQuery = query;
    refreshText();
    Q_EMIT highlightQueryChanged();
}

void MessageListModel::refreshText()
{
    if (count() > 0)
        Q_EMIT dataChanged(index(0), index(count() - 1), {RichTextRole});
}

void MessageListModel::setHighlightedId(qint64 id)
{
    if (id == m_highlightedId)
        return;
    const int oldRow = rowOf(m_highlightedId);
    m_highlightedId = id;
    if (oldRow >= 0)
        Q_EMIT dataChanged(index(oldRow), index(oldRow), {HighlightedRole});
    const int newRow = rowOf(id);
    if (newRow >= 0)
        Q_EMIT dataChanged(index(newRow), index(newRow), {HighlightedRole});
    Q_EMIT highlightedIdChanged();
}

bool MessageListModel::loadOlder()
{
    if (!m_service || m_jid.isEmpty() || !m_hasMoreBefore || m_messages.isEmpty())
        return false;
    const chat::MessagePage page =
        m_service->messagesBefore(m_jid, m_messages.constFirst().id, kNextPage);
    m_hasMoreBefore = page.hasMoreBefore;
    // Nothing local but more promised: the archive is being asked; historyChanged follows.
    m_fetchingOlder = page.messages.isEmpty() && page.hasMoreBefore;
    if (!page.messages.isEmpty()) {
        const int first = count();
        beginInsertRows({}, first, first + int(page.messages.size()) - 1);
        m_messages = page.messages + m_messages;
        endInsertRows();
        // The formerly oldest row now has a predecessor: its separator may go.
        const int row = rowForIndex(int(page.messages.size()));
        Q_EMIT dataChanged(index(row), index(row), {HeaderRole});
        Q_EMIT countChanged();
        fetchImages(page.messages);
    }
    Q_EMIT pagingChanged();
    return !page.messages.isEmpty();
}

bool MessageListModel::loadNewer()
{
    if (!m_service || m_jid.isEmpty() || !m_hasMoreAfter || m_messages.isEmpty())
        return false;
    const chat::MessagePage page =
        m_service->messagesAfter(m_jid, m_messages.constLast().id, kNextPage);
    m_hasMoreAfter = page.hasMoreAfter;
    if (!page.messages.isEmpty()) {
        beginInsertRows({}, 0, int(page.messages.size()) - 1);
        m_messages += page.messages;
        endInsertRows();
        Q_EMIT countChanged();
        fetchImages(page.messages);
    }
    Q_EMIT pagingChanged();
    return !page.messages.isEmpty();
}

void MessageListModel::showLatest()
{
    if (!m_service || m_jid.isEmpty())
        return;
    setHighlightedId(0);
    resetTo(m_service->newestMessages(m_jid, kFirstPage));
}

int MessageListModel::jumpTo(qint64 messageId)
{
    if (!m_service || m_jid.isEmpty())
        return -1;
    if (rowOf(messageId) < 0)
        resetTo(m_service->messagesAround(m_jid, messageId, kNextPage));
    setHighlightedId(messageId);
    return rowOf(messageId);
}

void MessageListModel::onAdded(const ChatMessage &message)
{
    // While a jump shows older history, the new message waits for loadNewer/showLatest.
    if (message.conversation != m_jid || m_hasMoreAfter || rowOf(message.id) >= 0)
        return;
    beginInsertRows({}, 0, 0);
    m_messages.append(message);
    endInsertRows();
    Q_EMIT countChanged();
    fetchImages({message});
    Q_EMIT messageAppended(message.isOutgoing());
}

void MessageListModel::onChanged(const ChatMessage &message)
{
    if (message.conversation != m_jid)
        return;
    const int row = rowOf(message.id);
    if (row < 0)
        return;
    m_messages[indexForRow(row)] = message;
    Q_EMIT dataChanged(index(row), index(row));
    if (message.kind == ChatMessage::Kind::Image)
        fetchImages({message});
}

void MessageListModel::onHistoryChanged(const QString &jid)
{
    if (jid != m_jid || !m_service)
        return;
    if (m_messages.isEmpty()) {
        resetTo(m_service->newestMessages(jid, kFirstPage));
        return;
    }
    if (m_fetchingOlder) {
        m_fetchingOlder = false;
        m_hasMoreBefore = true;
        loadOlder();
    }
}

void MessageListModel::onProgress(qint64 id, qint64 done, qint64 total)
{
    const int row = rowOf(id);
    if (row < 0 || total <= 0)
        return;
    m_messages[indexForRow(row)].attachment.progress = double(done) / double(total);
    Q_EMIT dataChanged(index(row), index(row), {ProgressRole});
}

void MessageListModel::fetchImages(const QList<ChatMessage> &messages)
{
    // Images are fetched as they come into view, as WeChat does; files wait for a click.
    if (!m_service)
        return;
    for (const ChatMessage &m : messages) {
        if (m.kind == ChatMessage::Kind::Image && !m.recalled && m.attachment.mediaId.isEmpty() &&
            m.attachment.thumbnailId.isEmpty() && !m.attachment.url.isEmpty() &&
            m.attachment.transferState == Attachment::TransferState::None)
            m_service->downloadAttachment(m.id);
    }
}

} // namespace teahouse::ui
