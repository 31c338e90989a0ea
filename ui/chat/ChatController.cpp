#include "ChatController.h"

#include "ChatImageProvider.h"
#include "ConversationListModel.h"
#include "MessageListModel.h"
#include "SearchResultsModel.h"
#include "base/Logging.h"
#include "chat/ChatService.h"

#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QQmlEngine>
#include <QRegularExpression>

namespace teahouse::ui {

using chat::ChatService;

namespace {

// After this long without a keystroke, "typing" becomes "paused" (XEP-0085 suggests ~30 s for
// inactive; clients commonly pause after a few seconds).
constexpr int kPauseAfterMs = 5000;

} // namespace

ChatController::ChatController(QObject *parent)
    : QObject(parent)
    , m_conversations(new ConversationListModel(this))
    , m_messages(new MessageListModel(m_colors, this))
    , m_searchResults(new SearchResultsModel(m_colors, this))
    , m_chatSearchResults(new SearchResultsModel(m_colors, this))
    , m_members(new MemberListModel(this))
    , m_mentionCandidates(new MemberListModel(this))
    , m_contacts(new MemberListModel(this))
{
    m_pauseTimer.setSingleShot(true);
    m_pauseTimer.setInterval(kPauseAfterMs);
    connect(&m_pauseTimer, &QTimer::timeout, this,
            [this] { setComposingState(int(ChatService::TypingState::Paused)); });
    // The list's current conversation changes with conversationChanged too (name, mute, ...).
    connect(m_conversations, &QAbstractItemModel::dataChanged, this,
            &ChatController::currentDetailsChanged);
    connect(m_conversations, &QAbstractItemModel::modelReset, this,
            &ChatController::currentDetailsChanged);
    // Texts made here (unsavedMessage) follow a change of language.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool ChatController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange &&
        m_service && m_service->unsavedError())
        Q_EMIT unsavedChanged();
    return QObject::eventFilter(watched, event);
}

ChatController::~ChatController() = default;

void ChatController::setService(ChatService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_currentJid.clear();
    m_invitations.clear();
    m_pendingOpen.clear();
    m_typingState = -1;
    m_conversations->setService(service);
    m_conversations->setCurrentJid({});
    m_messages->setService(service);
    m_cards.setService(service);
    m_searchResults->clear();
    m_chatSearchResults->clear();
    if (service) {
        connect(service, &ChatService::totalUnreadChanged, this,
                &ChatController::totalUnreadChanged);
        connect(service, &ChatService::syncingChanged, this, &ChatController::syncingChanged);
        connect(service, &ChatService::unsavedChanged, this, &ChatController::unsavedChanged);
        connect(service, &ChatService::typingChanged, this, [this](const QString &jid) {
            if (jid == m_currentJid)
                refreshTyping();
        });
        connect(service, &ChatService::groupInfoChanged, this, [this](const QString &jid) {
            // Members came or went: the group's picture grid in the list follows.
            m_conversations->refresh(jid);
            if (jid == m_currentJid)
                refreshCurrent();
        });
        connect(service, &ChatService::groupJoined, this, [this](const QString &jid) {
            if (jid == m_pendingOpen) {
                m_pendingOpen.clear();
                open(jid);
            } else if (jid == m_currentJid) {
                refreshCurrent();
            }
        });
        connect(service, &ChatService::groupLeft, this, [this](const QString &jid) {
            if (jid == m_currentJid)
                refreshCurrent();
        });
        connect(service, &ChatService::groupCreated, this, [this](const QString &jid) {
            Q_EMIT groupCreated(jid);
            open(jid);
        });
        connect(service, &ChatService::groupError, this,
                [this](const QString &, const QString &message) { Q_EMIT errorOccurred(message); });
        connect(service, &ChatService::groupInvitation, this,
                [this](const QString &room, const QString &inviter, const QString &reason) {
                    for (const QVariant &v : std::as_const(m_invitations)) {
                        if (v.toMap().value(QStringLiteral("room")) == room)
                            return;
                    }
                    m_invitations.append(
                        QVariantMap{{QStringLiteral("room"), room},
                                    {QStringLiteral("inviter"), inviter.section(u'/', 0, 0)},
                                    {QStringLiteral("reason"), reason}});
                    Q_EMIT invitationsChanged();
                });
        connect(service, &ChatService::incomingMessage, this,
                [this](const QString &conversation, const QString &sender, const QString &text,
                       bool muted) { Q_EMIT incomingMessage(conversation, sender, text, muted); });
        // A message shown in the open chat while the window looks at it is read.
        connect(service, &ChatService::messageAdded, this, [this](const chat::ChatMessage &m) {
            if (m_onScreen && m.conversation == m_currentJid && !m.isOutgoing() &&
                !m_messages->hasMoreAfter())
                markRead();
        });
    }
    Q_EMIT readyChanged();
    Q_EMIT totalUnreadChanged();
    Q_EMIT syncingChanged();
    Q_EMIT unsavedChanged();
    Q_EMIT invitationsChanged();
    Q_EMIT currentChanged();
    refreshCurrent();
    refreshTyping();
}

void ChatController::setContacts(const QList<Person> &contacts)
{
    QList<Person> people = contacts;
    for (Person &p : people) {
        if (p.avatar.isEmpty())
            p.avatar = avatarOf(p.jid);
    }
    m_contacts->setPeople(people);
}

void ChatController::setAvatarLookup(AvatarLookup lookup)
{
    m_avatarLookup = std::move(lookup);
    m_messages->setAvatarLookup([this](const QString &jid) { return avatarOf(jid); });
    setContacts(m_contacts->people());
    m_conversations->setGroupAvatarMembers(
        [this](const QString &room) { return groupAvatarMembers(room); });
    m_conversations->setPersonAvatar([this](const QString &jid) { return avatarOf(jid); });
    refreshCurrent();
}

QString ChatController::avatarOf(const QString &bareJid) const
{
    return m_avatarLookup && !bareJid.isEmpty() && !bareJid.contains(u'/') ? m_avatarLookup(bareJid)
                                                                           : QString();
}

QVariantList ChatController::groupAvatarMembers(const QString &roomJid) const
{
    if (!m_service)
        return {};
    QList<chat::GroupMember> members = m_service->groupInfo(roomJid).members;
    // A stable order (not who happens to be online): owners, admins, members, then by address.
    const auto rank = [](const QString &affiliation) {
        return affiliation == u"owner" ? 0 : affiliation == u"admin" ? 1 : 2;
    };
    std::stable_sort(members.begin(), members.end(), [&](const auto &a, const auto &b) {
        if (rank(a.affiliation) != rank(b.affiliation))
            return rank(a.affiliation) < rank(b.affiliation);
        return (a.jid.isEmpty() ? a.nick : a.jid) < (b.jid.isEmpty() ? b.nick : b.jid);
    });
    QVariantList tiles;
    for (const chat::GroupMember &m : std::as_const(members)) {
        if (tiles.size() == 9)
            break;
        QString name = m.nick;
        if (!m.jid.isEmpty()) {
            const QString contact = m_contacts->nameOf(m.jid);
            if (!contact.isEmpty())
                name = contact;
        }
        if (name.isEmpty())
            name = m.jid.section(u'@', 0, 0);
        tiles.append(QVariantMap{{QStringLiteral("name"), name},
                                 {QStringLiteral("source"), avatarOf(m.jid)}});
    }
    return tiles;
}

void ChatController::setOnScreen(bool onScreen)
{
    if (onScreen == m_onScreen)
        return;
    m_onScreen = onScreen;
    Q_EMIT onScreenChanged();
    // Coming back to an open conversation: what arrived meanwhile is seen now.
    if (onScreen && !m_currentJid.isEmpty())
        markRead();
}

void ChatController::showImage(qint64 messageId)
{
    const auto m = m_service ? m_service->message(messageId) : std::nullopt;
    if (!m || m->conversation != m_currentJid)
        return;
    const QString media =
        !m->attachment.mediaId.isEmpty() ? m->attachment.mediaId : m->attachment.thumbnailId;
    if (media.isEmpty())
        return;
    Q_EMIT imageViewRequested(QStringLiteral("image://chatmedia/") + media, m->attachment.name);
}

void ChatController::setComposerText(const QString &text)
{
    Q_EMIT composerTextRequested(text);
}

void ChatController::dismissOverlays()
{
    Q_EMIT overlaysDismissed();
}

QVariantList ChatController::currentAvatarMembers() const
{
    return currentIsGroup() ? groupAvatarMembers(m_currentJid) : QVariantList();
}

QString ChatController::account() const
{
    return m_service ? m_service->account().bare().toString() : QString();
}

int ChatController::totalUnread() const
{
    return m_service ? m_service->totalUnread() : 0;
}

QString ChatController::unsavedMessage() const
{
    const auto error = m_service ? m_service->unsavedError() : std::nullopt;
    if (!error)
        return {};
    if (error->code == Error::Code::Io)
        return tr("New messages could not be saved: this computer's disk is full or cannot be "
                  "written. They are kept on the server. Free some space, then try again.");
    return tr("New messages could not be saved on this computer (%1). They are kept on the "
              "server; try again later.")
        .arg(error->message);
}

void ChatController::retryUnsaved()
{
    if (m_service)
        m_service->retryUnsaved();
}

bool ChatController::syncing() const
{
    return m_service && m_service->isSyncing();
}

QString ChatController::currentName() const
{
    const auto c = m_conversations->at(m_conversations->rowOf(m_currentJid));
    if (c && !c->name.isEmpty())
        return c->name;
    return m_currentJid.section(u'@', 0, 0);
}

bool ChatController::currentIsGroup() const
{
    const auto c = m_conversations->at(m_conversations->rowOf(m_currentJid));
    return c && c->isGroup();
}

bool ChatController::currentMuted() const
{
    return m_conversations->isMuted(m_currentJid);
}

bool ChatController::currentPinned() const
{
    return m_conversations->isPinned(m_currentJid);
}

QString ChatController::currentAvatarSource() const
{
    const auto c = m_conversations->at(m_conversations->rowOf(m_currentJid));
    if (c && !c->avatarId.isEmpty())
        return QStringLiteral("image://chatmedia/") + c->avatarId;
    return c && !c->isGroup() ? avatarOf(m_currentJid) : QString();
}

QString ChatController::currentDraft() const
{
    if (!m_service || m_currentJid.isEmpty())
        return {};
    const auto c = m_service->conversation(m_currentJid);
    return c ? c->draft : QString();
}

void ChatController::setLinkColor(const QString &color)
{
    if (color == m_colors.link)
        return;
    m_colors.link = color;
    m_messages->refreshText();
    Q_EMIT colorsChanged();
}

void ChatController::setMentionColor(const QString &color)
{
    if (color == m_colors.mention)
        return;
    m_colors.mention = color;
    m_messages->refreshText();
    Q_EMIT colorsChanged();
}

void ChatController::setMatchColor(const QString &color)
{
    if (color == m_colors.match)
        return;
    m_colors.match = color;
    m_messages->refreshText();
    Q_EMIT colorsChanged();
}

void ChatController::setMatchTextColor(const QString &color)
{
    if (color == m_colors.matchText)
        return;
    m_colors.matchText = color;
    Q_EMIT colorsChanged();
}

void ChatController::open(const QString &jid)
{
    if (!m_service)
        return;
    const QString bare = jid.trimmed().section(u'/', 0, 0);
    if (bare.isEmpty())
        return;
    if (bare != m_currentJid && !m_currentJid.isEmpty())
        m_service->setTypingState(m_currentJid, ChatService::TypingState::Inactive);
    if (!m_service->conversation(bare))
        m_service->openConversation(bare);
    const auto conversation = m_service->conversation(bare);
    m_currentJid = bare;
    m_typingState = -1;
    m_pauseTimer.stop();
    m_conversations->setCurrentJid(bare);
    m_messages->setConversation(bare, conversation && conversation->isGroup());
    m_messages->setHighlightQuery({});
    m_chatSearchResults->clear();
    setComposingState(int(ChatService::TypingState::Active));
    Q_EMIT currentChanged();
    refreshCurrent();
    refreshTyping();
    markRead();
}

void ChatController::joinGroup(const QString &roomJid)
{
    if (!m_service)
        return;
    const QString bare = roomJid.trimmed().section(u'/', 0, 0);
    if (bare.isEmpty())
        return;
    const auto existing = m_service->conversation(bare);
    if (existing && existing->isGroup() && m_service->groupInfo(bare).joined) {
        open(bare);
        return;
    }
    m_pendingOpen = bare;
    m_service->joinGroup(bare);
    // The conversation may exist already (joined on another device): show it meanwhile.
    if (m_service->conversation(bare))
        open(bare);
}

void ChatController::closeConversation()
{
    if (m_service && !m_currentJid.isEmpty())
        m_service->setTypingState(m_currentJid, ChatService::TypingState::Inactive);
    m_currentJid.clear();
    m_conversations->setCurrentJid({});
    m_messages->setConversation({}, false);
    Q_EMIT currentChanged();
    refreshCurrent();
    refreshTyping();
}

void ChatController::refreshCurrent()
{
    m_currentTopic.clear();
    m_currentJoined = false;
    QList<Person> people;
    if (m_service && currentIsGroup()) {
        const chat::GroupInfo info = m_service->groupInfo(m_currentJid);
        m_currentTopic = info.topic;
        m_currentJoined = info.joined;
        for (const chat::GroupMember &member : info.members) {
            Person p;
            p.jid = member.jid.isEmpty() ? m_currentJid + u'/' + member.nick : member.jid;
            p.name = member.nick.isEmpty() ? m_contacts->nameOf(member.jid) : member.nick;
            p.role = member.affiliation;
            p.present = member.present;
            p.avatar = avatarOf(member.jid);
            people.append(p);
        }
    }
    m_members->setPeople(people);
    // Completion offers everyone but me.
    QList<Person> others;
    const QString me = account();
    for (const Person &p : std::as_const(people)) {
        if (p.jid != me)
            others.append(p);
    }
    m_mentionCandidates->setPeople(others);
    Q_EMIT currentDetailsChanged();
}

void ChatController::refreshTyping()
{
    QString text;
    if (m_service && !m_currentJid.isEmpty()) {
        const QStringList names = m_service->typingNames(m_currentJid);
        if (names.size() == 1)
            text = currentIsGroup() ? tr("%1 is typing…").arg(names.first()) : tr("typing…");
        else if (names.size() > 1)
            text =
                tr("%1 and %n other(s) are typing…", "", int(names.size()) - 1).arg(names.first());
    }
    if (text == m_typingText)
        return;
    m_typingText = text;
    Q_EMIT typingTextChanged();
}

void ChatController::setComposingState(int state)
{
    if (!m_service || m_currentJid.isEmpty() || state == m_typingState)
        return;
    m_typingState = state;
    m_service->setTypingState(m_currentJid, ChatService::TypingState(state));
}

bool ChatController::sendText(const QString &text, qint64 replyToId, const QVariantList &mentions)
{
    if (!m_service || m_currentJid.isEmpty() || text.trimmed().isEmpty())
        return false;
    // Each picked person's "@name" becomes a reference; a name typed twice is marked twice.
    QList<chat::Mention> references;
    for (const QVariant &v : mentions) {
        const QVariantMap m = v.toMap();
        const QString jid = m.value(QStringLiteral("jid")).toString();
        const QString token = u'@' + m.value(QStringLiteral("name")).toString();
        if (jid.isEmpty() || token.size() < 2)
            continue;
        qsizetype from = 0;
        while ((from = text.indexOf(token, from)) >= 0) {
            const bool taken = std::any_of(references.cbegin(), references.cend(),
                                           [&](const chat::Mention &r) { return r.start == from; });
            if (!taken)
                references.append({int(from), int(token.size()), jid});
            from += token.size();
        }
    }
    std::sort(references.begin(), references.end(),
              [](const chat::Mention &a, const chat::Mention &b) { return a.start < b.start; });
    const auto sent = m_service->sendText(m_currentJid, text, replyToId, references);
    if (!sent.ok()) {
        Q_EMIT errorOccurred(sent.error().message);
        return false;
    }
    m_pauseTimer.stop();
    m_typingState = int(ChatService::TypingState::Active); // the message itself says so
    m_service->setDraft(m_currentJid, {});
    if (m_messages->hasMoreAfter())
        m_messages->showLatest();
    return true;
}

int ChatController::sendFiles(const QList<QUrl> &urls)
{
    if (!m_service || m_currentJid.isEmpty())
        return 0;
    int sent = 0;
    for (const QUrl &url : urls) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
        const QFileInfo info(path);
        if (!info.isFile()) {
            Q_EMIT errorOccurred(tr("“%1” is not a file that can be sent.").arg(info.fileName()));
            continue;
        }
        const auto result = m_service->sendFile(m_currentJid, path);
        if (result.ok())
            ++sent;
        else
            Q_EMIT errorOccurred(result.error().message);
    }
    if (sent > 0 && m_messages->hasMoreAfter())
        m_messages->showLatest();
    return sent;
}

bool ChatController::clipboardHasImage() const
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime && mime->hasImage();
}

bool ChatController::pasteImage()
{
    if (!m_service || m_currentJid.isEmpty() || !clipboardHasImage())
        return false;
    const QImage image =
        qvariant_cast<QImage>(QGuiApplication::clipboard()->mimeData()->imageData());
    if (image.isNull())
        return false;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString name =
        QStringLiteral("image-%1.png")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const auto result = m_service->sendData(m_currentJid, png, name, QStringLiteral("image/png"));
    if (!result.ok()) {
        Q_EMIT errorOccurred(result.error().message);
        return false;
    }
    return true;
}

void ChatController::saveDraft(const QString &jid, const QString &text)
{
    if (!m_service || jid.isEmpty() || !m_service->conversation(jid))
        return;
    const auto c = m_service->conversation(jid);
    if (c->draft != text)
        m_service->setDraft(jid, text);
}

void ChatController::composing(bool hasText)
{
    if (!m_service || m_currentJid.isEmpty())
        return;
    if (hasText) {
        setComposingState(int(ChatService::TypingState::Composing));
        m_pauseTimer.start();
    } else {
        m_pauseTimer.stop();
        setComposingState(int(ChatService::TypingState::Active));
    }
}

void ChatController::markRead()
{
    if (!m_service || m_currentJid.isEmpty())
        return;
    const auto c = m_service->conversation(m_currentJid);
    if (c && (c->unreadCount > 0 || c->mentionUnread))
        m_service->markRead(m_currentJid);
}

QVariantMap ChatController::replyPreview(qint64 messageId) const
{
    if (!m_service)
        return {};
    const auto m = m_service->message(messageId);
    if (!m)
        return {};
    QString text = m->body;
    if (m->kind == chat::ChatMessage::Kind::Image)
        text = tr("[Image]");
    else if (m->kind == chat::ChatMessage::Kind::File)
        text = tr("[File] %1").arg(m->attachment.name);
    text.replace(u'\n', u' ');
    QString sender = m->isOutgoing() ? tr("Me") : m->senderName;
    if (sender.isEmpty())
        sender = m->senderJid.section(u'@', 0, 0);
    return {{QStringLiteral("id"), m->id},
            {QStringLiteral("sender"), sender},
            {QStringLiteral("text"), text.left(120)}};
}

bool ChatController::canRecall(qint64 messageId) const
{
    if (!m_service)
        return false;
    const auto m = m_service->message(messageId);
    return m && m->isOutgoing() && !m->recalled && m->kind != chat::ChatMessage::Kind::System &&
           m->kind != chat::ChatMessage::Kind::Recalled &&
           m->timestamp.secsTo(QDateTime::currentDateTimeUtc()) < ChatService::kRecallWindowSeconds;
}

bool ChatController::recall(qint64 messageId)
{
    if (!m_service)
        return false;
    const Status status = m_service->recall(messageId);
    if (!status.ok()) {
        Q_EMIT errorOccurred(status.error().code == Error::Code::PolicyViolation
                                 ? tr("A message can only be recalled within 2 minutes.")
                                 : status.error().message);
        return false;
    }
    return true;
}

bool ChatController::forward(qint64 messageId, const QString &toJid)
{
    if (!m_service)
        return false;
    const auto result = m_service->forward(messageId, toJid);
    if (!result.ok()) {
        Q_EMIT errorOccurred(result.error().message);
        return false;
    }
    return true;
}

void ChatController::copyMessage(qint64 messageId)
{
    if (!m_service)
        return;
    const auto m = m_service->message(messageId);
    if (!m)
        return;
    if (m->kind == chat::ChatMessage::Kind::Image && !m->attachment.mediaId.isEmpty()) {
        const auto bytes = m_service->media(m->attachment.mediaId);
        const QImage image = bytes.ok() ? QImage::fromData(bytes.value()) : QImage();
        if (!image.isNull()) {
            QGuiApplication::clipboard()->setImage(image);
            return;
        }
    }
    QGuiApplication::clipboard()->setText(
        m->kind == chat::ChatMessage::Kind::File ? m->attachment.name : m->body);
}

void ChatController::retry(qint64 messageId)
{
    if (!m_service)
        return;
    const Status status = m_service->retry(messageId);
    if (!status.ok())
        Q_EMIT errorOccurred(status.error().message);
}

void ChatController::cancelTransfer(qint64 messageId)
{
    if (m_service)
        m_service->cancelTransfer(messageId);
}

void ChatController::download(qint64 messageId)
{
    if (m_service)
        m_service->downloadAttachment(messageId);
}

bool ChatController::saveAttachment(qint64 messageId, const QUrl &target)
{
    if (!m_service)
        return false;
    const Status status = m_service->saveAttachment(messageId, target.toLocalFile());
    if (!status.ok()) {
        Q_EMIT errorOccurred(status.error().message);
        return false;
    }
    return true;
}

void ChatController::loadOlder()
{
    m_messages->loadOlder();
}

void ChatController::loadNewer()
{
    m_messages->loadNewer();
}

void ChatController::setPinned(const QString &jid, bool pinned)
{
    if (m_service)
        m_service->setPinned(jid, pinned);
}

void ChatController::setMuted(const QString &jid, bool muted)
{
    if (m_service)
        m_service->setMuted(jid, muted);
}

void ChatController::deleteConversation(const QString &jid)
{
    if (!m_service)
        return;
    if (jid == m_currentJid)
        closeConversation();
    const Status status = m_service->deleteConversation(jid);
    if (!status.ok())
        Q_EMIT errorOccurred(status.error().message);
}

void ChatController::createGroup(const QString &name, const QStringList &memberJids)
{
    if (!m_service)
        return;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || memberJids.isEmpty()) {
        Q_EMIT errorOccurred(tr("A group needs a name and at least one member."));
        return;
    }
    QPointer<ChatController> self(this);
    m_service->createGroup(trimmed, memberJids, [self](Result<QString> room) {
        if (self && !room.ok())
            Q_EMIT self->errorOccurred(room.error().message);
    });
}

void ChatController::inviteToCurrentGroup(const QStringList &memberJids)
{
    if (m_service && currentIsGroup() && !memberJids.isEmpty())
        m_service->inviteToGroup(m_currentJid, memberJids);
}

void ChatController::setGroupName(const QString &name)
{
    if (m_service && currentIsGroup() && !name.trimmed().isEmpty())
        m_service->setGroupName(m_currentJid, name.trimmed());
}

void ChatController::setGroupTopic(const QString &topic)
{
    if (m_service && currentIsGroup())
        m_service->setGroupTopic(m_currentJid, topic.trimmed());
}

void ChatController::leaveCurrentGroup()
{
    if (m_service && currentIsGroup())
        m_service->leaveGroup(m_currentJid);
}

void ChatController::acceptInvitation(const QString &roomJid)
{
    declineInvitation(roomJid);
    joinGroup(roomJid);
}

void ChatController::declineInvitation(const QString &roomJid)
{
    for (int i = 0; i < m_invitations.size(); ++i) {
        if (m_invitations.at(i).toMap().value(QStringLiteral("room")) == roomJid) {
            m_invitations.removeAt(i);
            Q_EMIT invitationsChanged();
            return;
        }
    }
}

void ChatController::setSearchQuery(const QString &query)
{
    if (query == m_searchQuery)
        return;
    m_searchQuery = query;
    search(query);
    Q_EMIT searchQueryChanged();
}

void ChatController::search(const QString &query)
{
    const QString q = query.trimmed();
    if (!m_service || q.isEmpty()) {
        m_searchResults->clear();
        return;
    }
    QList<chat::Conversation> named;
    for (const chat::Conversation &c : m_conversations->items()) {
        if (c.name.contains(q, Qt::CaseInsensitive) || c.jid.contains(q, Qt::CaseInsensitive))
            named.append(c);
    }
    m_searchResults->setResults(q, named, m_service->search(q), false);
}

void ChatController::searchInChat(const QString &query)
{
    const QString q = query.trimmed();
    m_messages->setHighlightQuery(q);
    if (!m_service || q.isEmpty() || m_currentJid.isEmpty()) {
        m_chatSearchResults->clear();
        return;
    }
    m_chatSearchResults->setResults(q, {}, m_service->search(q, m_currentJid), true);
}

void ChatController::jumpTo(const QString &jid, qint64 messageId)
{
    if (jid != m_currentJid)
        open(jid);
    if (messageId <= 0 || jid != m_currentJid)
        return;
    const int row = m_messages->jumpTo(messageId);
    if (row >= 0)
        Q_EMIT jumpRequested(row);
}

void ChatController::installImageProvider(QObject *qmlObject)
{
    QQmlEngine *engine = qmlEngine(qmlObject);
    if (!engine) {
        qCWarning(lcUi) << "chat: no QML engine to install the media image provider in";
        return;
    }
    const QString id = QString::fromLatin1(ChatImageProvider::providerId);
    if (!engine->imageProvider(id))
        engine->addImageProvider(id, new ChatImageProvider(this));
}

QByteArray ChatController::media(const QString &mediaId) const
{
    if (!m_service)
        return {};
    auto bytes = m_service->media(mediaId);
    return bytes.ok() ? std::move(bytes).value() : QByteArray();
}

} // namespace teahouse::ui
