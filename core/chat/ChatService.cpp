#include "chat/ChatService.h"

#include "account/AccountSession.h"
#include "base/Logging.h"
#include "chat/ChatSchema.h"
#include "chat/ConversationStore.h"
#include "chat/MessagePreview.h"
#include "chat/MessageStore.h"
#include "chat/OutboxStore.h"
#include "chat/SyncStore.h"
#include "storage/Database.h"
#include "storage/MediaStore.h"
#include "xmpp/BookmarksManager.h"
#include "xmpp/CarbonsManager.h"
#include "xmpp/ChatMarkers.h"
#include "xmpp/ChatStates.h"
#include "xmpp/Delay.h"
#include "xmpp/Element.h"
#include "xmpp/IqTracker.h"
#include "xmpp/MamManager.h"
#include "xmpp/MucManager.h"
#include "xmpp/OutOfBand.h"
#include "xmpp/Receipts.h"
#include "xmpp/References.h"
#include "xmpp/Replies.h"
#include "xmpp/Retraction.h"
#include "xmpp/StanzaChannel.h"
#include "xmpp/StanzaId.h"
#include "xmpp/Stream.h"
#include "xmpp/UploadManager.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QMimeDatabase>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace teahouse::chat {

using xmpp::Element;

namespace {
constexpr int kMamPageSize = 250;    // Prosody's max_archive_query_results default
constexpr int kCatchUpMaxPages = 80; // beyond this a gap is recorded and filled on scroll
constexpr int kFirstSyncPages = 2;   // a fresh profile fetches only the recent history
constexpr int kThumbnailSize = 320;
constexpr qint64 kAutoDownloadBytes = 8 * 1024 * 1024;
constexpr int kTypingTimeoutMs = 30000;
// Storing archive pages (catch-up) is cut into batches, one transaction each, with the event
// loop running between them so the window keeps drawing (a frame every 50 ms at worst): a
// batch stops after this much storing or this many messages, whichever comes first; its
// commit comes on top.
constexpr qint64 kCatchUpSliceMs = 8;
constexpr int kCatchUpSliceMessages = 60;
// The pause between batches: a real timer, not a posted event, so the timers and repaints
// that came due during a batch run before the next one (posted zero-delay calls ran batch
// after batch and starved them: 82-128 ms gaps).
constexpr int kCatchUpPauseMs = 1;

// Scope of a batch of archived messages being stored: commits in it use synchronous=NORMAL
// instead of the database's FULL. In WAL mode FULL fsyncs the log at every commit, and one
// fsync per batch on a busy disk stalled the event loop for 100+ ms during a catch-up. With
// NORMAL a committed batch still survives an app crash (it is in the WAL, written before the
// commit returns); only a power cut can lose the last batches, and as the WAL keeps commits in
// order, the sync point written after them (with FULL) goes with them and they are fetched
// again. The outbox and every other write keep FULL: the previous level comes back at the end
// of the scope. SQLite refuses the change inside an open transaction: then nothing changes.
class ArchiveWriteScope
{
public:
    explicit ArchiveWriteScope(storage::Database &db)
        : m_db(&db)
    {
        auto s = m_db->prepare(QStringLiteral("PRAGMA synchronous"));
        if (!s.ok())
            return;
        auto row = s->step();
        const int level = row.ok() && row.value() ? s->columnInt(0) : 0;
        if (level > 1 && m_db->exec(QStringLiteral("PRAGMA synchronous = NORMAL")).ok())
            m_restore = level;
    }
    ~ArchiveWriteScope()
    {
        if (m_restore > 0)
            (void)m_db->exec(QStringLiteral("PRAGMA synchronous = %1").arg(m_restore));
    }
    ArchiveWriteScope(const ArchiveWriteScope &) = delete;
    ArchiveWriteScope &operator=(const ArchiveWriteScope &) = delete;

private:
    storage::Database *m_db;
    int m_restore = 0;
};

// XEP-0447 stateless file sharing with XEP-0446 metadata: sent next to the XEP-0066 link so
// the receiver knows the file's name, type and size before downloading it (Dino sends and
// reads it; clients that only know XEP-0066 ignore it).
constexpr QStringView kSfsNs = u"urn:xmpp:sfs:0";
constexpr QStringView kFileMetadataNs = u"urn:xmpp:file:metadata:0";
// XEP-0385 SIMS, the older way some clients announce the same metadata.
constexpr QStringView kSimsNs = u"urn:xmpp:sims:1";
constexpr QStringView kJingleFileNs = u"urn:xmpp:jingle:apps:file-transfer:5";

void addFileSharing(Element &stanza, const Attachment &a, const QString &url)
{
    Element &sharing = stanza.addChild(QStringLiteral("file-sharing"), kSfsNs.toString());
    sharing.setAttribute(QStringLiteral("disposition"),
                         a.isImage() ? QStringLiteral("inline") : QStringLiteral("attachment"));
    Element &file = sharing.addChild(QStringLiteral("file"), kFileMetadataNs.toString());
    if (!a.mimeType.isEmpty())
        file.addTextChild(QStringLiteral("media-type"), a.mimeType);
    if (!a.name.isEmpty())
        file.addTextChild(QStringLiteral("name"), a.name);
    if (a.size > 0)
        file.addTextChild(QStringLiteral("size"), QString::number(a.size));
    if (a.width > 0 && a.height > 0) {
        file.addTextChild(QStringLiteral("width"), QString::number(a.width));
        file.addTextChild(QStringLiteral("height"), QString::number(a.height));
    }
    sharing.addChild(QStringLiteral("sources"))
        .addChild(QStringLiteral("url-data"), QStringLiteral("http://jabber.org/protocol/url-data"))
        .setAttribute(QStringLiteral("target"), url);
}

// The file metadata a message announces (XEP-0447/0446 or XEP-0385), or nullptr.
const Element *announcedFile(const Element &message)
{
    if (const Element *sharing = message.findChild(u"file-sharing", kSfsNs))
        return sharing->findChild(u"file", kFileMetadataNs);
    for (const Element &child : message.children()) {
        if (child.name() != u"reference")
            continue;
        if (const Element *sims = child.findChild(u"media-sharing", kSimsNs))
            return sims->findChild(u"file", kJingleFileNs);
    }
    return nullptr;
}

Error notReady()
{
    return Error::make(Error::Code::Storage, QStringLiteral("The chat store is not open"));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

// Everything behind ChatService: stores, the managers of the current channel, the outbox and
// the catch-up state. Kept out of the header so the API stays stable.
class ChatServicePrivate : public QObject
{
public:
    enum class Source
    {
        Live,
        CarbonReceived,
        CarbonSent,
        Archive,
    };

    struct Transfer
    {
        QPointer<QNetworkReply> reply;
        bool upload = false;
    };

    ChatServicePrivate(ChatService *q, const Jid &account, storage::Database &db,
                       const QString &mediaDirectory);

    // --- wiring
    void bind(xmpp::StanzaChannel *channel, xmpp::IqTracker *iq, const QList<QSslCertificate> &ca);
    void onSessionStarted(bool resumed);
    void onStanza(const Element &stanza);
    void onAcked(const QString &id);

    // --- sending
    Result<qint64> storeAndSend(ChatMessage message, Element stanza, const QString &replyWire);
    Element baseMessage(const QString &to, bool groupchat);
    void transmit(const Element &stanza);
    void flushOutbox();
    Result<qint64> sendAttachment(const QString &jid, const QByteArray &data, const QString &name,
                                  const QString &mime);
    void startUpload(qint64 messageId, const QByteArray &data);
    void finishUpload(qint64 messageId, const QString &url);
    void failTransfer(qint64 messageId, const Error &error);

    // --- receiving
    // Where an archived message goes: below `next` (the key of the message after it in the
    // archive) and below `floor` (a message stored live that the archive's answer does not hold
    // is newer than all it does), at its stamp if that is lower. After processMessage, `key` is
    // the key the message has now (0: nothing filed).
    struct ArchiveSlot
    {
        qint64 next = std::numeric_limits<qint64>::max();
        qint64 floor = std::numeric_limits<qint64>::max();
        qint64 key = 0;
        [[nodiscard]] qint64 place(const QDateTime &stamp) const;
    };
    void processMessage(const Element &message, Source source, const QString &archiveId = {},
                        const QDateTime &archiveStamp = {}, ArchiveSlot *slot = nullptr);
    // A message stored live (received or sent) while catch-ups run: what they file goes below.
    void noteLiveKey(const QString &conversation, qint64 key);
    // The archive a conversation's messages come from: the room's, or the account's.
    [[nodiscard]] QString archiveOf(const QString &conversation) const;
    // A received message of this archive could not be stored: the user is told, and no running
    // catch-up of it may mark the archive as fetched.
    void noteUnsaved(const QString &archive, const Error &error);
    void clearUnsaved(const QString &archive);
    bool applyRetraction(const QString &conversation, const QString &targetId,
                         const QString &senderJid, bool group);
    void applyReceipt(const QString &conversation, const QString &id, bool displayed);
    void setTyping(const QString &conversation, const QString &name, bool typing);
    void maybeAutoDownload(const ChatMessage &m);
    void probeSize(qint64 messageId, const QString &url);

    // --- history
    void catchUp(const QString &archive, bool room);
    // One catch-up of an archive, newest first. The next page is asked for as soon as a page
    // arrives, while that page is stored in short slices between which the event loop runs
    // (the UI stays responsive and the server works meanwhile).
    struct CatchUp
    {
        QString archive;
        bool room = false;
        QString knownId; // newest archive id we held when it started ("" = none)
        int maxPages = 0;
        qint64 startedMs = 0;
        int pages = 0;
        bool fetching = false;
        bool lastPage = false; // no more pages will be asked for
        bool failed = false;
        bool reachedKnown = false;
        bool sliceScheduled = false;
        QString gapBeforeId; // stopped by the page limit: the oldest id fetched
        QString newestId;
        qint64 key = std::numeric_limits<qint64>::max();
        // The lowest key of a message stored live since this catch-up began: the archive's
        // answer holds only messages older than it (or that very message, a duplicate).
        qint64 liveFloor = std::numeric_limits<qint64>::max();
        QList<xmpp::MamManager::Item> queue; // newest first, not stored yet
    };
    QList<std::weak_ptr<CatchUp>> m_catchUps; // running
    void fetchCatchUpPage(const std::shared_ptr<CatchUp> &state, const QString &before);
    void scheduleCatchUpSlice(const std::shared_ptr<CatchUp> &state);
    void storeCatchUpSlice(const std::shared_ptr<CatchUp> &state);
    void finishCatchUp(const std::shared_ptr<CatchUp> &state);
    // Asks the archive for the page before what we hold; whether a fetch is running for this
    // conversation now (false: offline, or nothing to ask).
    bool fetchOlder(const QString &conversation);

    // --- groups
    void discoverMuc(std::function<void(Result<QString>)> done);
    void afterJoined(const Jid &room);
    void loadMembers(const Jid &room);
    void loadRoomAvatar(const QString &room);

    // --- helpers
    [[nodiscard]] bool isGroup(const QString &jid) const;
    [[nodiscard]] QString ownNick(const QString &room) const;
    [[nodiscard]] QString displayName(const QString &jid) const;
    qint64 nextLiveKey();
    void emitConversation(const QString &jid);
    void historyChangedFor(const QString &jid) { Q_EMIT q->historyChanged(jid); }
    void emitMessage(qint64 id, bool added);
    void updateUnread();
    void ensureConversation(const QString &jid, Conversation::Kind kind, const QString &name);
    [[nodiscard]] bool online() const { return m_channel && m_channel->isOnline(); }

    ChatService *q;
    Jid m_account;
    storage::Database *m_db;
    bool m_ready = false;
    QString m_error;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<ConversationStore> m_conversations;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<SyncStore> m_sync;
    std::optional<storage::MediaStore> m_media;

    QPointer<xmpp::StanzaChannel> m_channel;
    QPointer<xmpp::IqTracker> m_iq;
    QObject *m_managersOwner = nullptr; // parent of the managers of the current channel
    xmpp::CarbonsManager *m_carbons = nullptr;
    xmpp::MamManager *m_mam = nullptr;
    xmpp::MucManager *m_muc = nullptr;
    xmpp::BookmarksManager *m_bookmarks = nullptr;
    xmpp::UploadManager *m_upload = nullptr;

    // Outbox stanza ids handed to the current channel (it resends them itself on resumption).
    QSet<QString> m_handed;
    qint64 m_lastKey = 0;
    int m_syncing = 0;
    // Received messages that could not be stored (disk full, I/O error): a catch-up that saw
    // one must not mark the archive as caught up past it.
    int m_storeFailures = 0;
    Error m_lastStoreError;
    // Archives (the account's, or a room's) with received messages not saved: the user is told
    // (unsavedError) until a catch-up of that archive stores everything.
    QHash<QString, Error> m_unsaved;
    int m_lastUnread = -1;
    QString m_mucService;
    QHash<QString, QStringList> m_typing;    // conversation -> names
    QHash<QString, QTimer *> m_typingTimers; // conversation + '\n' + name
    QHash<QString, ChatService::TypingState> m_ownTyping;
    QHash<qint64, Transfer> m_transfers;
    QHash<qint64, QPointer<QNetworkReply>> m_sizeProbes; // message -> size probe (see probeSize)
    QHash<QString, std::pair<QString, QString>> m_cardKinds; // kind -> (element, ns)
    QHash<QString, QList<GroupMember>> m_members;            // room -> affiliations
    QSet<QString> m_fetchingOlder;
    QHash<QString, QString> m_lastMarked; // conversation -> id of the last displayed marker
    QHash<QString, std::function<void(Result<QString>)>> m_pendingCreate;
};

ChatServicePrivate::ChatServicePrivate(ChatService *service, const Jid &account,
                                       storage::Database &db, const QString &mediaDirectory)
    : q(service)
    , m_account(account.bare())
    , m_db(&db)
{
    if (!db.isOpen()) {
        m_error = QStringLiteral("The account's database is not open");
        return;
    }
    if (Status st = ChatSchema::apply(db); !st.ok()) {
        m_error = st.error().message;
        qCWarning(lcStorage) << "chat schema:" << m_error;
        return;
    }
    auto media = storage::MediaStore::open(db, mediaDirectory);
    if (!media.ok()) {
        m_error = media.error().message;
        qCWarning(lcStorage) << "chat media store:" << m_error;
        return;
    }
    m_media.emplace(std::move(media).value());
    m_messages = std::make_unique<MessageStore>(db);
    m_conversations = std::make_unique<ConversationStore>(db);
    m_conversations->setMessages(m_messages.get());
    m_outbox = std::make_unique<OutboxStore>(db);
    m_sync = std::make_unique<SyncStore>(db);
    m_lastKey = m_messages->maxSortKey();
    m_ready = true;
    // An upload cut by a crash cannot be resumed: offer a retry instead of a spinner forever.
    auto s = db.prepare(QStringLiteral(
        "UPDATE chat_messages SET att_state = ?, state = ? WHERE att_state IN (?, ?)"));
    if (s.ok()) {
        s->bind(1, static_cast<int>(Attachment::TransferState::Failed))
            .bind(2, static_cast<int>(ChatMessage::State::Failed))
            .bind(3, static_cast<int>(Attachment::TransferState::Uploading))
            .bind(4, static_cast<int>(Attachment::TransferState::Downloading));
        (void)s->execute();
    }
}

// ------------------------------------------------------------------------------ helpers

bool ChatServicePrivate::isGroup(const QString &jid) const
{
    if (m_muc && m_muc->isRoom(Jid::parse(jid)))
        return true;
    return m_ready && m_conversations->flag(jid, QStringLiteral("kind")) ==
                          static_cast<int>(Conversation::Kind::Group);
}

QString ChatServicePrivate::ownNick(const QString &room) const
{
    if (m_muc) {
        const auto r = m_muc->room(Jid::parse(room));
        if (!r.nick.isEmpty())
            return r.nick;
    }
    const QString stored =
        m_ready ? m_conversations->text(room, QStringLiteral("nick")) : QString();
    return stored.isEmpty() ? m_account.local() : stored;
}

QString ChatServicePrivate::displayName(const QString &jid) const
{
    if (auto c = m_conversations->find(jid))
        return c->name;
    return jid.section(u'@', 0, 0);
}

// The sort key of an archived message. Archive stamps often have whole seconds: such a
// message came at some time in that second, so it goes after what arrived live in it (filed at
// the second's start, a message fetched by a catch-up after a reconnect went before older live
// ones).
namespace {
qint64 archiveKey(const QDateTime &stamp)
{
    if (!stamp.isValid())
        return nowMs() * 1000 + 999;
    qint64 ms = stamp.toMSecsSinceEpoch();
    if (ms % 1000 == 0)
        ms += 999;
    return ms * 1000 + 999;
}
} // namespace

qint64 ChatServicePrivate::ArchiveSlot::place(const QDateTime &stamp) const
{
    return std::min(archiveKey(stamp), std::min(next, floor) - 1);
}

qint64 ChatServicePrivate::nextLiveKey()
{
    m_lastKey = std::max(m_lastKey + 1, nowMs() * 1000);
    return m_lastKey;
}

QString ChatServicePrivate::archiveOf(const QString &conversation) const
{
    return isGroup(conversation) ? conversation : m_account.bareString();
}

void ChatServicePrivate::noteUnsaved(const QString &archive, const Error &error)
{
    for (const auto &weak : std::as_const(m_catchUps)) {
        if (const auto state = weak.lock(); state && state->archive == archive)
            state->failed = true;
    }
    const bool added = !m_unsaved.contains(archive);
    m_unsaved.insert(archive, error);
    if (added)
        Q_EMIT q->unsavedChanged();
}

void ChatServicePrivate::clearUnsaved(const QString &archive)
{
    if (m_unsaved.remove(archive) > 0)
        Q_EMIT q->unsavedChanged();
}

void ChatServicePrivate::noteLiveKey(const QString &conversation, qint64 key)
{
    for (qsizetype i = m_catchUps.size() - 1; i >= 0; --i) {
        const auto state = m_catchUps.at(i).lock();
        if (!state) {
            m_catchUps.removeAt(i);
            continue;
        }
        // A room's catch-up orders that room; the account's, every one-to-one chat.
        if (state->room ? conversation == state->archive : !isGroup(conversation))
            state->liveFloor = std::min(state->liveFloor, key);
    }
}

void ChatServicePrivate::emitConversation(const QString &jid)
{
    Q_EMIT q->conversationChanged(jid);
    updateUnread();
}

void ChatServicePrivate::updateUnread()
{
    const int total = m_conversations->totalUnread();
    if (total != m_lastUnread) {
        m_lastUnread = total;
        Q_EMIT q->totalUnreadChanged(total);
    }
}

void ChatServicePrivate::emitMessage(qint64 id, bool added)
{
    if (auto m = m_messages->find(id)) {
        if (added)
            Q_EMIT q->messageAdded(*m);
        else
            Q_EMIT q->messageChanged(*m);
    }
}

void ChatServicePrivate::ensureConversation(const QString &jid, Conversation::Kind kind,
                                            const QString &name)
{
    auto created = m_conversations->ensure(jid, kind, name);
    if (created.ok() && created.value())
        emitConversation(jid);
}

// ------------------------------------------------------------------------------ wiring

void ChatServicePrivate::bind(xmpp::StanzaChannel *channel, xmpp::IqTracker *iq,
                              const QList<QSslCertificate> &ca)
{
    delete m_managersOwner;
    m_managersOwner = nullptr;
    m_carbons = nullptr;
    m_mam = nullptr;
    m_muc = nullptr;
    m_bookmarks = nullptr;
    m_upload = nullptr;
    m_handed.clear();
    if (m_channel)
        m_channel->disconnect(this);
    m_channel = channel;
    m_iq = iq;
    if (!channel || !iq)
        return;
    m_managersOwner = new QObject(this);
    m_carbons = new xmpp::CarbonsManager(channel, iq, m_managersOwner);
    m_mam = new xmpp::MamManager(channel, iq, m_managersOwner);
    m_muc = new xmpp::MucManager(channel, iq, m_managersOwner);
    m_bookmarks = new xmpp::BookmarksManager(channel, iq, m_managersOwner);
    m_upload = new xmpp::UploadManager(iq, m_managersOwner);
    m_upload->setCaCertificates(ca);

    connect(channel, &xmpp::StanzaChannel::stanzaReceived, this, &ChatServicePrivate::onStanza);
    connect(channel, &xmpp::StanzaChannel::sessionStarted, this,
            &ChatServicePrivate::onSessionStarted);
    connect(channel, &xmpp::StanzaChannel::stanzaAcked, this, &ChatServicePrivate::onAcked);
    connect(m_carbons, &xmpp::CarbonsManager::carbonReceived, this,
            [this](const Element &message, bool sent) {
                processMessage(message, sent ? Source::CarbonSent : Source::CarbonReceived);
            });
    connect(m_muc, &xmpp::MucManager::joined, this, &ChatServicePrivate::afterJoined);
    connect(m_muc, &xmpp::MucManager::joinFailed, this,
            [this](const Jid &room, const Error &error) {
                Q_EMIT q->groupError(room.bareString(), error.message);
            });
    connect(m_muc, &xmpp::MucManager::left, this,
            [this](const Jid &room) { Q_EMIT q->groupInfoChanged(room.bareString()); });
    connect(m_muc, &xmpp::MucManager::occupantsChanged, this,
            [this](const Jid &room) { Q_EMIT q->groupInfoChanged(room.bareString()); });
    connect(m_muc, &xmpp::MucManager::subjectChanged, this,
            [this](const Jid &room, const QString &subject) {
                if (!m_ready)
                    return;
                (void)m_conversations->setText(room.bareString(), QStringLiteral("topic"), subject);
                Q_EMIT q->groupInfoChanged(room.bareString());
            });
    connect(m_muc, &xmpp::MucManager::invitationReceived, this,
            [this](const xmpp::MucManager::Invitation &inv) {
                Q_EMIT q->groupInvitation(inv.room.bareString(), inv.from, inv.reason);
            });
    connect(m_bookmarks, &xmpp::BookmarksManager::bookmarkAdded, this,
            [this](const xmpp::BookmarksManager::Bookmark &b) {
                if (b.autojoin && m_ready && !m_muc->isRoom(b.room)) {
                    ensureConversation(b.room.bareString(), Conversation::Kind::Group, b.name);
                    m_muc->join(b.room, b.nick.isEmpty() ? m_account.local() : b.nick);
                }
            });
    if (channel->isOnline())
        onSessionStarted(false);
}

void ChatServicePrivate::onSessionStarted(bool resumed)
{
    if (!m_ready)
        return;
    m_account = m_channel->boundJid().bare();
    if (resumed) {
        flushOutbox();
        return;
    }
    flushOutbox();
    // Rejoin the groups we are in (the MucManager also rejoins those it knows).
    for (const auto &[jid, nick] : m_conversations->joinedGroups()) {
        const Jid room = Jid::parse(jid);
        if (!m_muc->isRoom(room))
            m_muc->join(room, nick.isEmpty() ? m_account.local() : nick);
    }
    m_bookmarks->fetch(this, [this](const Result<QList<xmpp::BookmarksManager::Bookmark>> &r) {
        if (!r.ok())
            return;
        for (const auto &b : r.value()) {
            if (!b.autojoin || m_muc->isRoom(b.room))
                continue;
            ensureConversation(b.room.bareString(), Conversation::Kind::Group, b.name);
            m_muc->join(b.room, b.nick.isEmpty() ? m_account.local() : b.nick);
        }
    });
    catchUp(m_account.bareString(), false);
}

void ChatServicePrivate::flushOutbox()
{
    if (!online())
        return;
    for (const OutboxStore::Entry &e : m_outbox->all()) {
        if (m_handed.contains(e.stanzaId))
            continue;
        transmit(e.stanza);
        if (e.messageId) {
            auto m = m_messages->find(e.messageId);
            if (m && m->state == ChatMessage::State::Queued) {
                (void)m_messages->setState(e.messageId, ChatMessage::State::Sent);
                emitMessage(e.messageId, false);
            }
        }
    }
}

void ChatServicePrivate::transmit(const Element &stanza)
{
    m_handed.insert(stanza.attribute(u"id"));
    m_channel->sendStanza(stanza);
}

void ChatServicePrivate::onAcked(const QString &id)
{
    if (!m_ready || id.isEmpty())
        return;
    const OutboxStore::Entry e = m_outbox->take(id);
    if (!e.id)
        return;
    m_handed.remove(id);
    if (e.messageId) {
        auto m = m_messages->find(e.messageId);
        if (m && (m->state == ChatMessage::State::Queued || m->state == ChatMessage::State::Sent)) {
            (void)m_messages->setState(e.messageId, ChatMessage::State::Acked);
            emitMessage(e.messageId, false);
        }
    }
}

// ------------------------------------------------------------------------------ sending

Element ChatServicePrivate::baseMessage(const QString &to, bool groupchat)
{
    Element message(QStringLiteral("message"), QStringLiteral("jabber:client"));
    message.setAttribute(QStringLiteral("to"), to);
    message.setAttribute(QStringLiteral("type"),
                         groupchat ? QStringLiteral("groupchat") : QStringLiteral("chat"));
    // The id attribute and the origin-id are the same, so receipts, markers, replies and
    // retraction can name the message by either.
    const QString id = xmpp::StanzaId::addOriginId(message);
    message.setAttribute(QStringLiteral("id"), id);
    return message;
}

Result<qint64> ChatServicePrivate::storeAndSend(ChatMessage m, Element stanza,
                                                const QString &replyWire)
{
    const bool group = isGroup(m.conversation);
    ensureConversation(m.conversation,
                       group ? Conversation::Kind::Group : Conversation::Kind::Direct, {});
    if (!group)
        xmpp::Receipts::addRequest(stanza);
    xmpp::ChatMarkers::addMarkable(stanza);
    xmpp::ChatStates::add(stanza, xmpp::ChatStates::State::Active);
    m_ownTyping.insert(m.conversation, ChatService::TypingState::Active);
    m.direction = ChatMessage::Direction::Outgoing;
    m.state = ChatMessage::State::Queued;
    m.senderJid = m_account.bareString();
    m.senderName = group ? ownNick(m.conversation) : QString();
    m.originId = stanza.attribute(u"id");
    m.messageId = m.originId;
    m.timestamp = QDateTime::currentDateTimeUtc();
    m.receivedAt = m.timestamp;

    auto tx = m_db->transaction();
    if (!tx.ok())
        return tx.error();
    const qint64 key = nextLiveKey();
    auto id = m_messages->insert(m, key, false, replyWire);
    if (!id.ok())
        return id.error();
    noteLiveKey(m.conversation, key);
    if (auto added = m_outbox->add(id.value(), stanza); !added.ok())
        return added.error();
    if (Status st = m_conversations->touch(m.conversation, id.value(),
                                           m.timestamp.toMSecsSinceEpoch(), 0, false);
        !st.ok())
        return st.error();
    (void)m_conversations->setText(m.conversation, QStringLiteral("draft"), QString());
    if (Status st = tx->commit(); !st.ok())
        return st.error();
    // Stored: now it may go on the wire.
    if (online()) {
        transmit(stanza);
        (void)m_messages->setState(id.value(), ChatMessage::State::Sent);
    }
    emitMessage(id.value(), true);
    emitConversation(m.conversation);
    return id.value();
}

Result<qint64> ChatServicePrivate::sendAttachment(const QString &jid, const QByteArray &data,
                                                  const QString &name, const QString &mimeIn)
{
    if (!m_ready)
        return notReady();
    if (data.isEmpty())
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("The file is empty"));
    QString mime = mimeIn;
    if (mime.isEmpty())
        mime = QMimeDatabase().mimeTypeForFileNameAndData(name, data).name();
    auto mediaId = m_media->put(data, name, mime);
    if (!mediaId.ok())
        return mediaId.error();
    ChatMessage m;
    m.conversation = jid;
    m.kind = mime.startsWith(u"image/") ? ChatMessage::Kind::Image : ChatMessage::Kind::File;
    m.attachment.name = name;
    m.attachment.mimeType = mime;
    m.attachment.size = data.size();
    m.attachment.mediaId = mediaId.value();
    m.attachment.transferState = Attachment::TransferState::Uploading;
    if (m.kind == ChatMessage::Kind::Image) {
        QImage image = QImage::fromData(data);
        if (!image.isNull()) {
            m.attachment.width = image.width();
            m.attachment.height = image.height();
            QByteArray jpeg;
            QBuffer buffer(&jpeg);
            buffer.open(QIODevice::WriteOnly);
            image
                .scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio,
                        Qt::SmoothTransformation)
                .save(&buffer, "JPEG", 80);
            if (auto thumb = m_media->put(jpeg, name, QStringLiteral("image/jpeg")); thumb.ok())
                m.attachment.thumbnailId = thumb.value();
        }
    }
    const bool group = isGroup(jid);
    ensureConversation(jid, group ? Conversation::Kind::Group : Conversation::Kind::Direct, {});
    m.direction = ChatMessage::Direction::Outgoing;
    m.state = ChatMessage::State::Queued;
    m.senderJid = m_account.bareString();
    m.senderName = group ? ownNick(jid) : QString();
    m.timestamp = QDateTime::currentDateTimeUtc();
    m.originId = xmpp::StanzaId::generate();
    m.messageId = m.originId;
    const qint64 key = nextLiveKey();
    auto id = m_messages->insert(m, key);
    if (!id.ok())
        return id.error();
    noteLiveKey(jid, key);
    (void)m_conversations->touch(jid, id.value(), m.timestamp.toMSecsSinceEpoch(), 0, false);
    emitMessage(id.value(), true);
    emitConversation(jid);
    startUpload(id.value(), data);
    return id.value();
}

void ChatServicePrivate::startUpload(qint64 messageId, const QByteArray &data)
{
    auto m = m_messages->find(messageId);
    if (!m)
        return;
    if (!m_upload || !online()) {
        failTransfer(messageId, Error::make(Error::Code::Network,
                                            QStringLiteral("Not connected; try again later")));
        return;
    }
    const QString name = m->attachment.name;
    const QString mime = m->attachment.mimeType;
    m_transfers.insert(messageId, Transfer{nullptr, true});
    m_upload->discoverService(m_account.domain(), this, [=, this](const Result<Jid> &service) {
        if (!m_transfers.contains(messageId))
            return; // cancelled meanwhile
        if (!service.ok()) {
            failTransfer(messageId, service.error());
            return;
        }
        m_upload->requestSlot(name, data.size(), mime, this,
                              [=, this](const Result<xmpp::UploadManager::Slot> &slot) {
                                  if (!m_transfers.contains(messageId))
                                      return;
                                  if (!slot.ok()) {
                                      failTransfer(messageId, slot.error());
                                      return;
                                  }
                                  const QString url = slot.value().getUrl.toString();
                                  QNetworkReply *reply = m_upload->put(
                                      slot.value(), data, mime,
                                      [this, messageId](qint64 done, qint64 total) {
                                          // Qt ends an upload with (0, 0): not progress.
                                          if (total > 0)
                                              Q_EMIT q->uploadProgress(messageId, done, total);
                                      },
                                      [this, messageId, url](const Status &st) {
                                          m_transfers.remove(messageId);
                                          if (!st.ok())
                                              failTransfer(messageId, st.error());
                                          else
                                              finishUpload(messageId, url);
                                      });
                                  m_transfers[messageId].reply = reply;
                              });
    });
}

void ChatServicePrivate::finishUpload(qint64 messageId, const QString &url)
{
    auto m = m_messages->find(messageId);
    if (!m)
        return;
    m->attachment.url = url;
    m->attachment.transferState = Attachment::TransferState::Done;
    (void)m_messages->setAttachment(messageId, m->attachment);
    const bool group = isGroup(m->conversation);
    Element stanza(QStringLiteral("message"), QStringLiteral("jabber:client"));
    stanza.setAttribute(QStringLiteral("to"), m->conversation);
    stanza.setAttribute(QStringLiteral("type"),
                        group ? QStringLiteral("groupchat") : QStringLiteral("chat"));
    stanza.setAttribute(QStringLiteral("id"), m->originId);
    xmpp::StanzaId::addOriginId(stanza, m->originId);
    stanza.addTextChild(QStringLiteral("body"), url);
    xmpp::OutOfBand::addUrl(stanza, url, m->attachment.name);
    addFileSharing(stanza, m->attachment, url);
    if (!group)
        xmpp::Receipts::addRequest(stanza);
    xmpp::ChatMarkers::addMarkable(stanza);
    auto tx = m_db->transaction();
    if (tx.ok() && m_outbox->add(messageId, stanza).ok() && tx->commit().ok() && online()) {
        transmit(stanza);
        (void)m_messages->setState(messageId, ChatMessage::State::Sent);
    }
    emitMessage(messageId, false);
}

void ChatServicePrivate::failTransfer(qint64 messageId, const Error &error)
{
    m_transfers.remove(messageId);
    auto m = m_messages->find(messageId);
    if (!m)
        return;
    qCInfo(lcXmpp) << "Transfer failed:" << error.message;
    const bool cancelled = error.code == Error::Code::Cancelled;
    m->attachment.transferState =
        cancelled ? Attachment::TransferState::Cancelled : Attachment::TransferState::Failed;
    (void)m_messages->setAttachment(messageId, m->attachment);
    if (m->isOutgoing() && m->attachment.url.isEmpty())
        (void)m_messages->setState(messageId, ChatMessage::State::Failed);
    emitMessage(messageId, false);
}

// ------------------------------------------------------------------------------ receiving

void ChatServicePrivate::onStanza(const Element &stanza)
{
    if (!m_ready || stanza.name() != u"message")
        return;
    // Carbons and archive results are unwrapped by their managers, which check the sender.
    if (stanza.hasChild(u"received", xmpp::CarbonsManager::kNamespace) ||
        stanza.hasChild(u"sent", xmpp::CarbonsManager::kNamespace) ||
        stanza.hasChild(u"result", xmpp::MamManager::kNamespace))
        return;
    const QString type = stanza.attribute(u"type");
    const Jid from = Jid::parse(stanza.attribute(u"from"));
    if (type == u"error") {
        const QString conv = from.bareString();
        if (qint64 id = m_messages->findByMessageId(conv, stanza.attribute(u"id"))) {
            (void)m_outbox->take(stanza.attribute(u"id"));
            (void)m_messages->setState(id, ChatMessage::State::Failed);
            emitMessage(id, false);
        }
        return;
    }
    processMessage(stanza, Source::Live);
}

void ChatServicePrivate::setTyping(const QString &conversation, const QString &name, bool typing)
{
    QStringList &names = m_typing[conversation];
    const bool had = names.contains(name);
    const QString key = conversation + u'\n' + name;
    if (typing) {
        if (!had)
            names.append(name);
        QTimer *&timer = m_typingTimers[key];
        if (!timer) {
            timer = new QTimer(this);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, this,
                    [this, conversation, name] { setTyping(conversation, name, false); });
        }
        timer->start(kTypingTimeoutMs);
    } else {
        names.removeAll(name);
        if (QTimer *timer = m_typingTimers.take(key))
            timer->deleteLater();
    }
    if (had != typing)
        Q_EMIT q->typingChanged(conversation, names);
}

void ChatServicePrivate::applyReceipt(const QString &conversation, const QString &id,
                                      bool displayed)
{
    qint64 target = m_messages->findByMessageId(conversation, id);
    if (!target)
        target = m_messages->findByOriginId(conversation, id);
    if (!target)
        target = m_messages->findByStanzaId(conversation, id);
    if (!target)
        return;
    if (displayed) {
        for (qint64 changed : m_messages->markReadUpTo(conversation, target))
            emitMessage(changed, false);
        return;
    }
    auto m = m_messages->find(target);
    if (m && m->isOutgoing() && m->state != ChatMessage::State::Read &&
        m->state != ChatMessage::State::Delivered) {
        (void)m_outbox->take(m->messageId); // delivered implies the server had it
        m_handed.remove(m->messageId);
        (void)m_messages->setState(target, ChatMessage::State::Delivered);
        emitMessage(target, false);
    }
}

bool ChatServicePrivate::applyRetraction(const QString &conversation, const QString &targetId,
                                         const QString &senderJid, bool group)
{
    qint64 target = group ? m_messages->findByStanzaId(conversation, targetId) : 0;
    if (!target)
        target = m_messages->findByOriginId(conversation, targetId);
    if (!target)
        target = m_messages->findByMessageId(conversation, targetId);
    if (!target)
        return false;
    auto m = m_messages->find(target);
    // Only the author may recall (a room member cannot recall someone else's message).
    if (!m || m->recalled || m->senderJid != senderJid)
        return false;
    (void)m_messages->setRecalled(target);
    emitMessage(target, false);
    emitConversation(conversation);
    return true;
}

void ChatServicePrivate::processMessage(const Element &message, Source source,
                                        const QString &archiveId, const QDateTime &archiveStamp,
                                        ArchiveSlot *slot)
{
    const QString type = message.attribute(u"type");
    const bool groupchat = type == u"groupchat";
    const Jid from = Jid::parse(message.attribute(u"from"));
    const Jid to = Jid::parse(message.attribute(u"to"));
    const Jid own = m_account.bare();

    QString conversation;
    QString senderJid;
    QString senderName;
    bool outgoing = false;
    QString stanzaId;
    if (groupchat) {
        if (source == Source::CarbonReceived || source == Source::CarbonSent)
            return; // groupchat messages are never carbon-copied (XEP-0280 §6)
        conversation = from.bare().toString();
        if (!isGroup(conversation) && source == Source::Live)
            return; // not a room we are in
        senderName = from.resource();
        if (senderName.isEmpty()) {
            return; // room notices without a nick (subject changes etc.)
        }
        senderJid = from.toString();
        // The room knows the real JIDs in our non-anonymous rooms.
        if (m_muc) {
            for (const auto &o : m_muc->room(from).occupants) {
                if (o.nick == senderName && !o.jid.isEmpty())
                    senderJid = o.jid;
            }
        }
        if (const Element *x = message.findChild(u"x", xmpp::MucManager::kMucUser)) {
            if (const Element *item = x->findChild(u"item")) {
                const Jid real = Jid::parse(item->attribute(u"jid"));
                if (real.isValid())
                    senderJid = real.bareString();
            }
        }
        outgoing = senderJid == own.bareString() || senderName == ownNick(conversation);
        if (outgoing)
            senderJid = own.bareString();
        stanzaId =
            source == Source::Archive ? archiveId : xmpp::StanzaId::stanzaId(message, from.bare());
    } else {
        if (source == Source::Archive && to.isValid() && from.isValid() && m_muc &&
            m_muc->isRoom(from.bare()))
            return; // private messages inside rooms are not supported
        const bool fromUs = !from.isValid() || from.bare() == own;
        outgoing = fromUs && source != Source::CarbonReceived;
        if (source == Source::CarbonSent)
            outgoing = true;
        conversation = outgoing ? to.bareString() : from.bareString();
        if (conversation.isEmpty() || conversation == own.bareString())
            return; // notes to self are not a conversation we show
        senderJid = outgoing ? own.bareString() : from.bareString();
        stanzaId = source == Source::Archive ? archiveId : xmpp::StanzaId::stanzaId(message, own);
    }
    const QString originId = xmpp::StanzaId::originId(message);
    const QString messageId = message.attribute(u"id");

    // Receipts, markers, chat states (live only: archives hold no such state worth replaying,
    // except markers which are harmless).
    if (!groupchat && !outgoing) {
        const QString receipt = xmpp::Receipts::receivedId(message);
        if (!receipt.isEmpty())
            applyReceipt(conversation, receipt, false);
    }
    {
        QString markerId;
        const auto marker = xmpp::ChatMarkers::marker(message, &markerId);
        if (marker == xmpp::ChatMarkers::Marker::Displayed && !outgoing)
            applyReceipt(conversation, markerId, true);
        if (marker == xmpp::ChatMarkers::Marker::Displayed && outgoing &&
            source != Source::Archive) {
            // Read on another device of ours.
            (void)m_conversations->clearUnread(conversation);
            emitConversation(conversation);
        }
    }
    const auto chatState = xmpp::ChatStates::state(message);
    if (source == Source::Live && !outgoing && chatState != xmpp::ChatStates::State::None) {
        const QString name = groupchat ? senderName : displayName(conversation);
        setTyping(conversation, name, chatState == xmpp::ChatStates::State::Composing);
    }

    const QString retracted = xmpp::Retraction::retractedId(message);
    if (!retracted.isEmpty()) {
        applyRetraction(conversation, retracted, senderJid, groupchat);
        return;
    }

    const bool hasBody = message.hasChild(u"body");
    QString cardKind;
    QString cardXml;
    for (auto it = m_cardKinds.cbegin(); it != m_cardKinds.cend(); ++it) {
        if (const Element *card = message.findChild(it.value().first, it.value().second)) {
            cardKind = it.key();
            cardXml = card->toXmlString();
            break;
        }
    }
    if (!hasBody && cardKind.isEmpty())
        return;

    // Duplicates: a message we already hold (our own reflected by the room or copied back,
    // a resend after a dropped link, an archive page overlapping live traffic).
    qint64 existing = 0;
    if (!stanzaId.isEmpty())
        existing = m_messages->findByStanzaId(conversation, stanzaId);
    if (!existing && !originId.isEmpty())
        existing = m_messages->findByOriginId(conversation, originId);
    if (!existing && !messageId.isEmpty() && originId.isEmpty() && !groupchat)
        existing = m_messages->findByMessageId(conversation, messageId);
    if (existing) {
        if (slot) {
            // The archive's order is the one every device agrees on: a copy that came live out
            // of that order (after a newer message this archive page already placed) moves to
            // its archive place; otherwise it is where the older ones go below.
            slot->key = m_messages->sortKeyOf(existing);
            if (slot->key >= slot->next) {
                slot->key = slot->place(archiveStamp);
                if (Status st = m_messages->setSortKey(existing, slot->key); !st.ok()) {
                    ++m_storeFailures;
                    m_lastStoreError = st.error();
                }
            }
        }
        auto m = m_messages->find(existing);
        if (m && m->stanzaId.isEmpty() && !stanzaId.isEmpty())
            (void)m_messages->setStanzaId(existing, stanzaId);
        if (m && m->isOutgoing() && groupchat &&
            (m->state == ChatMessage::State::Queued || m->state == ChatMessage::State::Sent ||
             m->state == ChatMessage::State::Acked)) {
            // The room reflected it: everyone in the room has it.
            (void)m_outbox->take(m->messageId);
            (void)m_messages->setState(existing, ChatMessage::State::Delivered);
            emitMessage(existing, false);
        }
        return;
    }

    ChatMessage m;
    m.conversation = conversation;
    m.senderJid = senderJid;
    m.senderName = groupchat ? senderName : (outgoing ? QString() : displayName(conversation));
    m.direction = outgoing ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
    m.state = outgoing ? ChatMessage::State::Acked : ChatMessage::State::Delivered;
    m.originId = originId;
    m.stanzaId = stanzaId;
    m.messageId = messageId;
    QDateTime stamp = archiveStamp;
    if (!stamp.isValid()) {
        stamp = xmpp::Delay::stamp(message); // clamped: never in the future, never absurd
    }
    m.receivedAt = QDateTime::currentDateTimeUtc();
    m.timestamp = stamp.isValid() ? stamp : m.receivedAt;

    const xmpp::Replies::Reply reply = xmpp::Replies::reply(message);
    m.body = reply.id.isEmpty() ? message.childText(u"body")
                                : xmpp::Replies::bodyWithoutFallback(message);
    QString replyWire;
    if (!reply.id.isEmpty()) {
        replyWire = reply.id;
        qint64 target = groupchat ? m_messages->findByStanzaId(conversation, reply.id) : 0;
        if (!target)
            target = m_messages->findByMessageId(conversation, reply.id);
        if (!target)
            target = m_messages->findByOriginId(conversation, reply.id);
        if (auto quoted = target ? m_messages->find(target) : std::nullopt) {
            m.replyToId = target;
            m.replyToSender = quoted->senderName.isEmpty()
                                  ? (quoted->isOutgoing() ? QString() : displayName(conversation))
                                  : quoted->senderName;
            m.replyToPreview = MessagePreview::of(*quoted, 100);
        } else {
            // Keep the quote from the fallback so the bubble still shows it.
            const QString full = message.childText(u"body");
            m.replyToPreview = full.left(full.size() - m.body.size())
                                   .remove(QStringLiteral("> "))
                                   .trimmed()
                                   .left(100);
        }
    }
    for (const auto &ref : xmpp::References::mentions(message, m.body)) {
        m.mentions.append(Mention{ref.start, ref.length, ref.jid});
        if (!outgoing && (Jid::parse(ref.jid).bare() == own ||
                          (groupchat && ref.jid == conversation + u'/' + ownNick(conversation))))
            m.mentionsMe = true;
    }
    if (groupchat && !outgoing && !m.mentionsMe && m.body.contains(u'@' + ownNick(conversation)))
        m.mentionsMe = true; // clients without references still write "@nick"

    const QString oobUrl = xmpp::OutOfBand::url(message);
    if (!cardKind.isEmpty()) {
        m.kind = ChatMessage::Kind::Card;
        m.cardKind = cardKind;
        m.cardXml = cardXml;
    } else if (!oobUrl.isEmpty() && m.body.trimmed() == oobUrl) {
        const QUrl url(oobUrl);
        m.attachment.url = oobUrl;
        m.attachment.name = QUrl::fromPercentEncoding(url.fileName().toUtf8());
        if (const Element *x = message.findChild(u"x", xmpp::OutOfBand::kNamespace)) {
            const QString desc = x->childText(u"desc");
            if (!desc.isEmpty() && !desc.contains(u'/'))
                m.attachment.name = desc;
        }
        m.attachment.mimeType =
            QMimeDatabase()
                .mimeTypeForFile(m.attachment.name, QMimeDatabase::MatchExtension)
                .name();
        if (const Element *file = announcedFile(message)) {
            // The sender's own account of the file: its size shows before the download.
            const QString name = file->childText(u"name");
            if (!name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\'))
                m.attachment.name = name;
            const QString mediaType = file->childText(u"media-type");
            if (!mediaType.isEmpty() && QMimeDatabase().mimeTypeForName(mediaType).isValid())
                m.attachment.mimeType = mediaType;
            bool ok = false;
            const qint64 size = file->childText(u"size").toLongLong(&ok);
            if (ok && size > 0)
                m.attachment.size = size;
            const int width = file->childText(u"width").toInt();
            const int height = file->childText(u"height").toInt();
            if (width > 0 && height > 0 && width <= 65535 && height <= 65535) {
                m.attachment.width = width;
                m.attachment.height = height;
            }
        }
        m.kind = m.attachment.isImage() ? ChatMessage::Kind::Image : ChatMessage::Kind::File;
    }

    const bool markable = xmpp::ChatMarkers::isMarkable(message);
    const qint64 sortKey = slot ? slot->place(archiveStamp) : nextLiveKey();
    auto conv = m_conversations->find(conversation);
    if (!conv) {
        ensureConversation(conversation,
                           groupchat ? Conversation::Kind::Group : Conversation::Kind::Direct, {});
        conv = m_conversations->find(conversation);
    }
    auto id = m_messages->insert(m, sortKey, markable, replyWire);
    if (!id.ok()) {
        qCWarning(lcStorage) << "Could not store a message:" << id.error().message;
        ++m_storeFailures;
        m_lastStoreError = id.error();
        noteUnsaved(archiveOf(conversation), id.error());
        return;
    }
    m.id = id.value();
    if (slot)
        slot->key = sortKey;
    else
        noteLiveKey(conversation, sortKey);
    const auto newest = m_messages->newestMessage(conversation);
    const bool isNewest = newest && newest->id == m.id;
    int addUnread = 0;
    if (!outgoing && isNewest && source != Source::CarbonSent)
        addUnread = 1;
    if (isNewest)
        (void)m_conversations->touch(conversation, m.id, m.timestamp.toMSecsSinceEpoch(), addUnread,
                                     m.mentionsMe && addUnread);
    if (outgoing && source == Source::CarbonSent)
        (void)m_conversations->clearUnread(conversation);

    if (source == Source::Live && !outgoing && !groupchat) {
        const Element receipt = xmpp::Receipts::makeReceipt(message);
        if (!receipt.isNull() && online())
            m_channel->sendStanza(receipt);
    }
    if (!outgoing)
        setTyping(conversation, groupchat ? senderName : displayName(conversation), false);

    if (isNewest)
        Q_EMIT q->messageAdded(m);
    if (source != Source::Archive || isNewest)
        emitConversation(conversation);
    if ((source == Source::Live || source == Source::CarbonReceived) && !outgoing) {
        const bool muted = conv && conv->muted;
        Q_EMIT q->incomingMessage(conversation, groupchat ? senderName : displayName(conversation),
                                  MessagePreview::of(m, 120), muted, m.mentionsMe);
        maybeAutoDownload(m);
    }
}

void ChatServicePrivate::maybeAutoDownload(const ChatMessage &m)
{
    if (m.kind == ChatMessage::Kind::Image && !m.attachment.url.isEmpty())
        q->downloadAttachment(m.id);
    else if (m.kind == ChatMessage::Kind::File && m.attachment.size <= 0)
        probeSize(m.id, m.attachment.url);
}

void ChatServicePrivate::probeSize(qint64 messageId, const QString &url)
{
    // A file announced by its link alone (XEP-0066 only): the size the server gives for it
    // (Content-Length) is read from the first progress of a download that then stops, so the
    // bubble shows the size before the user decides to download it.
    if (url.isEmpty() || !m_upload || m_sizeProbes.contains(messageId))
        return;
    auto stop = std::make_shared<QPointer<QNetworkReply>>();
    QNetworkReply *reply = m_upload->get(
        QUrl(url),
        [this, messageId, stop](qint64, qint64 total) {
            if (total <= 0 || !m_sizeProbes.contains(messageId))
                return;
            m_sizeProbes.remove(messageId);
            if (auto msg = m_messages->find(messageId); msg && msg->attachment.size <= 0) {
                msg->attachment.size = total;
                (void)m_messages->setAttachment(messageId, msg->attachment);
                emitMessage(messageId, false);
            }
            if (*stop)
                (*stop)->abort();
        },
        [this, messageId](const Result<QByteArray> &) { m_sizeProbes.remove(messageId); });
    *stop = reply;
    m_sizeProbes.insert(messageId, reply);
}

// ------------------------------------------------------------------------------ history

void ChatServicePrivate::catchUp(const QString &archive, bool room)
{
    if (!m_mam)
        return;
    auto state = std::make_shared<CatchUp>();
    state->archive = archive;
    state->room = room;
    state->knownId = m_sync->lastId(archive);
    state->startedMs = nowMs();
    m_catchUps.append(state);
    // A sync that found the archive empty leaves no id: all the archive holds now came after
    // it, so it is fetched like any catch-up (no start filter: Prosody's file store would parse
    // every stamp of the archive for each page).
    const auto lastSync = m_sync->lastSyncTime(archive);
    // A fresh profile shows the recent history; older pages come when the user scrolls.
    state->maxPages = state->knownId.isEmpty() && !lastSync ? kFirstSyncPages : kCatchUpMaxPages;
    if (m_syncing++ == 0)
        Q_EMIT q->syncingChanged(true);
    fetchCatchUpPage(state, QString());
}

void ChatServicePrivate::fetchCatchUpPage(const std::shared_ptr<CatchUp> &state,
                                          const QString &before)
{
    if (!m_mam) {
        state->failed = true;
        state->lastPage = true;
        scheduleCatchUpSlice(state);
        return;
    }
    xmpp::MamManager::Query query;
    if (state->room)
        query.archive = Jid::parse(state->archive);
    query.before = before;
    query.max = kMamPageSize;
    state->fetching = true;
    m_mam->query(query, this, [this, state](const Result<xmpp::MamManager::Page> &result) {
        state->fetching = false;
        if (!result.ok()) {
            qCInfo(lcXmpp) << "History catch-up failed:" << result.error().message;
            state->failed = true;
            state->lastPage = true;
            scheduleCatchUpSlice(state);
            return;
        }
        const auto &page = result.value();
        ++state->pages;
        if (state->newestId.isEmpty() && !page.items.isEmpty())
            state->newestId = page.items.last().id;
        bool hasKnown = false;
        for (auto it = page.items.crbegin(); it != page.items.crend(); ++it) {
            state->queue.append(*it);
            hasKnown = hasKnown || (!state->knownId.isEmpty() && it->id == state->knownId);
        }
        const bool complete = page.complete || page.items.isEmpty();
        if (hasKnown || complete) {
            state->lastPage = true;
        } else if (state->pages >= state->maxPages) {
            state->lastPage = true;
            state->gapBeforeId = page.first;
        } else {
            fetchCatchUpPage(state, page.first); // prefetch while this page is stored
        }
        scheduleCatchUpSlice(state);
    });
}

void ChatServicePrivate::scheduleCatchUpSlice(const std::shared_ptr<CatchUp> &state)
{
    if (state->sliceScheduled)
        return;
    state->sliceScheduled = true;
    QTimer::singleShot(kCatchUpPauseMs, Qt::PreciseTimer, this, [this, state] {
        state->sliceScheduled = false;
        storeCatchUpSlice(state);
    });
}

void ChatServicePrivate::storeCatchUpSlice(const std::shared_ptr<CatchUp> &state)
{
    if (!state->queue.isEmpty() && !state->reachedKnown) {
        QElapsedTimer slice;
        slice.start();
        QSet<QString> touched;
        ArchiveWriteScope durability(*m_db);
        const int failuresBefore = m_storeFailures;
        auto tx = m_db->transaction();
        std::optional<MessageStore::IndexBatch> batch(std::in_place, *m_messages);
        qsizetype done = 0;
        while (done < state->queue.size() && done < kCatchUpSliceMessages &&
               slice.elapsed() < kCatchUpSliceMs) {
            const xmpp::MamManager::Item &item = state->queue.at(done++);
            if (!state->knownId.isEmpty() && item.id == state->knownId) {
                state->reachedKnown = true;
                break;
            }
            // Newest first, each below the one after it in the archive and below what came
            // live meanwhile: archive order is kept even when stamps collide or are whole
            // seconds, and the history stays in place below the live messages.
            ArchiveSlot slot{state->key, state->liveFloor};
            processMessage(item.message, Source::Archive, item.id, item.stamp, &slot);
            if (slot.key != 0) {
                state->key = slot.key;
                m_lastKey = std::max(m_lastKey, state->key); // later live messages go after it
            }
            if (state->room) {
                touched.insert(state->archive);
            } else {
                const Jid from = Jid::parse(item.message.attribute(u"from"));
                touched.insert(
                    Jid::parse(item.message.attribute(from.bare() == m_account ? u"to" : u"from"))
                        .bareString());
            }
        }
        batch.reset(); // its index rows go into this transaction
        // Not stored (disk full): fetched again by the next catch-up, which starts from the
        // last point this one would otherwise have moved past.
        Status stored = tx.ok() ? tx->commit() : Status(tx.error());
        if (stored.ok() && m_storeFailures != failuresBefore)
            stored = m_lastStoreError;
        if (!stored.ok()) {
            state->failed = true;
            noteUnsaved(state->archive, stored.error());
        }
        state->queue.remove(0, done);
        if (state->reachedKnown)
            state->queue.clear();
        for (const QString &jid : std::as_const(touched))
            Q_EMIT q->historyChanged(jid);
    }
    if (!state->queue.isEmpty()) {
        scheduleCatchUpSlice(state);
        return;
    }
    if (state->lastPage && !state->fetching)
        finishCatchUp(state);
    // Otherwise the next page is on its way and schedules the next slice.
}

void ChatServicePrivate::finishCatchUp(const std::shared_ptr<CatchUp> &state)
{
    m_catchUps.removeIf([&](const std::weak_ptr<CatchUp> &w) { return w.lock() == state; });
    if (!state->failed) {
        clearUnsaved(state->archive);
        if (!state->reachedKnown && !state->gapBeforeId.isEmpty()) {
            // Stopped early: remember the hole between what we hold and what we fetched.
            SyncStore::Gap gap;
            gap.archive = state->archive;
            gap.beforeId = state->gapBeforeId;
            gap.afterId = state->knownId;
            gap.sortKey = state->key;
            (void)m_sync->addGap(gap);
        }
        // Also when the archive had nothing: the next catch-up then asks only for what came
        // after this one started.
        if (!state->newestId.isEmpty() || state->knownId.isEmpty())
            (void)m_sync->setLastId(state->archive,
                                    state->newestId.isEmpty() ? state->knownId : state->newestId,
                                    state->startedMs);
    }
    if (--m_syncing == 0)
        Q_EMIT q->syncingChanged(false);
}

bool ChatServicePrivate::fetchOlder(const QString &conversation)
{
    if (m_fetchingOlder.contains(conversation))
        return true;
    if (!m_mam || !online())
        return false;
    if (m_conversations->flag(conversation, QStringLiteral("history_complete")))
        return false;
    const bool room = isGroup(conversation);
    const auto oldest = m_messages->oldest(conversation);
    xmpp::MamManager::Query query;
    if (room)
        query.archive = Jid::parse(conversation);
    else
        query.with = conversation;
    query.max = 50;
    // Below a recorded gap first, otherwise below the oldest message we hold.
    const QString archive = room ? conversation : m_account.bareString();
    std::optional<SyncStore::Gap> gap;
    for (const auto &g : m_sync->gaps(archive)) {
        if (g.conversation.isEmpty() || g.conversation == conversation) {
            gap = g;
            break;
        }
    }
    if (gap) {
        query.before = gap->beforeId;
    } else if (oldest && oldest->stanzaId.isEmpty()) {
        // Our own message the archive never told us the id of (a one-to-one message we sent):
        // the last page before its time instead (duplicates are dropped by origin-id).
        query.before = QString();
        query.end = oldest->timestamp.addMSecs(-1);
    } else {
        query.before = oldest ? oldest->stanzaId : QString();
    }
    qint64 key =
        gap ? gap->sortKey
            : (oldest ? m_messages->sortKeyOf(oldest->id) : std::numeric_limits<qint64>::max());
    m_fetchingOlder.insert(conversation);
    if (m_syncing++ == 0)
        Q_EMIT q->syncingChanged(true);
    m_mam->query(query, this, [=, this](const Result<xmpp::MamManager::Page> &result) mutable {
        m_fetchingOlder.remove(conversation);
        if (--m_syncing == 0)
            Q_EMIT q->syncingChanged(false);
        if (!result.ok())
            return;
        const auto &items = result.value().items;
        bool closedGap = false;
        ArchiveWriteScope durability(*m_db);
        auto tx = m_db->transaction();
        std::optional<MessageStore::IndexBatch> batch(std::in_place, *m_messages);
        const int failuresBefore = m_storeFailures;
        for (auto it = items.crbegin(); it != items.crend(); ++it) {
            if (gap && !gap->afterId.isEmpty() && it->id == gap->afterId) {
                closedGap = true;
                break;
            }
            ArchiveSlot slot{key};
            processMessage(it->message, Source::Archive, it->id, it->stamp, &slot);
            if (slot.key != 0)
                key = slot.key;
        }
        if (m_storeFailures != failuresBefore) {
            // Not all stored (disk full): the page is dropped whole (the transaction is not
            // committed) and the gap stays as it was, so scrolling up asks for it again.
            noteUnsaved(archive, m_lastStoreError);
            batch.reset();
            Q_EMIT q->historyChanged(conversation);
            return;
        }
        if (gap) {
            if (closedGap || result.value().complete || items.isEmpty())
                (void)m_sync->removeGap(gap->id);
            else
                (void)m_sync->updateGapBefore(gap->id, result.value().first, key);
        }
        // The start of this chat's archive reached (below a gap too): nothing older to ask.
        if (!closedGap && (result.value().complete || items.isEmpty())) {
            (void)m_conversations->setFlag(conversation, QStringLiteral("history_complete"), 1);
        }
        batch.reset(); // its index rows go into this transaction
        if (Status st = tx.ok() ? tx->commit() : Status(tx.error()); !st.ok())
            noteUnsaved(archive, st.error());
        Q_EMIT q->historyChanged(conversation);
    });
    return true;
}

// ------------------------------------------------------------------------------ groups

void ChatServicePrivate::discoverMuc(std::function<void(Result<QString>)> done)
{
    if (!m_mucService.isEmpty()) {
        done(m_mucService);
        return;
    }
    const Jid domain = Jid::parse(m_account.domain());
    m_iq->get(
        domain,
        Element(QStringLiteral("query"), QStringLiteral("http://jabber.org/protocol/disco#items")),
        this, [this, done](const Result<Element> &items) {
            if (!items.ok()) {
                done(items.error());
                return;
            }
            auto candidates = std::make_shared<QStringList>();
            for (const Element &item :
                 items.value()
                     .firstChild(u"query", u"http://jabber.org/protocol/disco#items")
                     .childrenNamed(u"item"))
                candidates->append(item.attribute(u"jid"));
            auto check = std::make_shared<std::function<void()>>();
            // Holds itself only weakly (a strong self-capture is a cycle that leaks); the
            // pending disco#info callback keeps it alive until the next step.
            *check = [this, candidates, weak = std::weak_ptr(check), done] {
                const auto check = weak.lock();
                if (!check)
                    return;
                if (candidates->isEmpty()) {
                    done(Error::make(Error::Code::NotFound,
                                     QStringLiteral("The server offers no group service")));
                    return;
                }
                const QString jid = candidates->takeFirst();
                m_iq->get(Jid::parse(jid),
                          Element(QStringLiteral("query"),
                                  QStringLiteral("http://jabber.org/protocol/disco#info")),
                          this, [this, jid, check, done](const Result<Element> &info) {
                              if (info.ok()) {
                                  const Element query = info.value().firstChild(
                                      u"query", u"http://jabber.org/protocol/disco#info");
                                  for (const Element &f : query.childrenNamed(u"feature")) {
                                      if (f.attribute(u"var") == xmpp::MucManager::kMuc) {
                                          m_mucService = jid;
                                          done(jid);
                                          return;
                                      }
                                  }
                              }
                              (*check)();
                          });
            };
            (*check)();
        });
}

void ChatServicePrivate::afterJoined(const Jid &room)
{
    const QString jid = room.bareString();
    ensureConversation(jid, Conversation::Kind::Group, room.local());
    (void)m_conversations->setFlag(jid, QStringLiteral("kind"),
                                   static_cast<int>(Conversation::Kind::Group));
    (void)m_conversations->setFlag(jid, QStringLiteral("joined"), 1);
    (void)m_conversations->setText(jid, QStringLiteral("nick"), m_muc->room(room).nick);
    loadMembers(room);
    // The room's name (disco#info identity).
    m_iq->get(
        room,
        Element(QStringLiteral("query"), QStringLiteral("http://jabber.org/protocol/disco#info")),
        this, [this, jid](const Result<Element> &info) {
            if (!info.ok())
                return;
            const Element identity =
                info.value()
                    .firstChild(u"query", u"http://jabber.org/protocol/disco#info")
                    .firstChild(u"identity");
            const QString name = identity.attribute(u"name");
            if (!name.isEmpty() && name != m_conversations->text(jid, QStringLiteral("name"))) {
                (void)m_conversations->setName(jid, name);
                emitConversation(jid);
                Q_EMIT q->groupInfoChanged(jid);
            }
        });
    loadRoomAvatar(jid);
    Q_EMIT q->groupJoined(jid);
    emitConversation(jid);
    catchUp(jid, true);
}

void ChatServicePrivate::loadRoomAvatar(const QString &room)
{
    // The room's vCard photo (XEP-0054 on the room JID, as XEP-0045 rooms publish avatars on
    // ejabberd and with Prosody's mod_vcard_muc). Servers without it answer with an error:
    // the group then has no avatar of its own (avatarId stays empty, the UI draws one).
    m_iq->get(Jid::parse(room), Element(QStringLiteral("vCard"), QStringLiteral("vcard-temp")),
              this, [this, room](const Result<Element> &result) {
                  if (!result.ok() || !m_ready)
                      return;
                  const Element photo =
                      result.value().firstChild(u"vCard", u"vcard-temp").firstChild(u"PHOTO");
                  const QByteArray data =
                      QByteArray::fromBase64(photo.childText(u"BINVAL")
                                                 .remove(QRegularExpression(QStringLiteral("\\s")))
                                                 .toLatin1());
                  const QString current = m_conversations->text(room, QStringLiteral("avatar_id"));
                  if (data.isEmpty() || QImage::fromData(data).isNull()) {
                      if (photo.isNull() && !current.isEmpty()) {
                          // The room dropped its photo.
                          (void)m_media->remove(current);
                          (void)m_conversations->setText(room, QStringLiteral("avatar_id"), {});
                          emitConversation(room);
                          Q_EMIT q->groupInfoChanged(room);
                      }
                      return;
                  }
                  if (!current.isEmpty()) {
                      auto held = m_media->get(current);
                      if (held.ok() && held.value() == data)
                          return;
                  }
                  QString type = photo.childText(u"TYPE");
                  if (type.isEmpty())
                      type = QStringLiteral("image/png");
                  auto id = m_media->put(data, QStringLiteral("group-avatar"), type);
                  if (!id.ok())
                      return;
                  if (!current.isEmpty())
                      (void)m_media->remove(current);
                  (void)m_conversations->setText(room, QStringLiteral("avatar_id"), id.value());
                  emitConversation(room);
                  Q_EMIT q->groupInfoChanged(room);
              });
}

void ChatServicePrivate::loadMembers(const Jid &room)
{
    const QString jid = room.bareString();
    auto collected = std::make_shared<QList<GroupMember>>();
    auto remaining = std::make_shared<int>(3);
    for (const QString &aff :
         {QStringLiteral("owner"), QStringLiteral("admin"), QStringLiteral("member")}) {
        m_muc->requestAffiliations(
            room, aff, this,
            [this, jid, aff, collected,
             remaining](const Result<QList<xmpp::MucManager::Occupant>> &r) {
                if (r.ok()) {
                    for (const auto &o : r.value())
                        collected->append(GroupMember{o.nick, o.jid, aff, false});
                }
                if (--*remaining == 0) {
                    m_members.insert(jid, *collected);
                    Q_EMIT q->groupInfoChanged(jid);
                }
            });
    }
}

// ------------------------------------------------------------------------------ ChatService

ChatService::ChatService(account::AccountSession &session, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ChatServicePrivate>(this, session.account(), session.database(),
                                             session.profile().mediaDirectory(session.account())))
{
    const auto rebind = [this, &session] {
        QList<QSslCertificate> ca;
        if (session.stream())
            ca = session.stream()->settings().extraCaCertificates;
        bindChannel(session.stream(), session.iq(), ca);
        // Uploads to the server whose certificate the user pinned at sign-in.
        if (session.stream() && d->m_upload)
            d->m_upload->setPinnedFingerprints(
                session.stream()->settings().pinnedSha256Fingerprints);
    };
    connect(&session, &account::AccountSession::sessionCreated, this, rebind);
    if (session.stream())
        rebind();
}

ChatService::ChatService(const Jid &account, storage::Database &db, const QString &mediaDirectory,
                         QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ChatServicePrivate>(this, account, db, mediaDirectory))
{}

ChatService::~ChatService() = default;

bool ChatService::isReady() const
{
    return d->m_ready;
}
QString ChatService::errorMessage() const
{
    return d->m_error;
}

void ChatService::bindChannel(xmpp::StanzaChannel *channel, xmpp::IqTracker *iq,
                              const QList<QSslCertificate> &caCertificates)
{
    d->bind(channel, iq, caCertificates);
}

Jid ChatService::account() const
{
    return d->m_account;
}

QList<Conversation> ChatService::conversations() const
{
    return d->m_ready ? d->m_conversations->all() : QList<Conversation>{};
}

std::optional<Conversation> ChatService::conversation(const QString &jid) const
{
    return d->m_ready ? d->m_conversations->find(jid) : std::nullopt;
}

Conversation ChatService::openConversation(const QString &jid, const QString &name)
{
    if (!d->m_ready)
        return {};
    const Jid parsed = Jid::parse(jid);
    const QString bare = parsed.bareString();
    d->ensureConversation(bare, Conversation::Kind::Direct, name);
    return d->m_conversations->find(bare).value_or(Conversation{});
}

void ChatService::setPinned(const QString &jid, bool pinned)
{
    if (d->m_ready && d->m_conversations->setFlag(jid, QStringLiteral("pinned"), pinned).ok())
        d->emitConversation(jid);
}

void ChatService::setMuted(const QString &jid, bool muted)
{
    if (d->m_ready && d->m_conversations->setFlag(jid, QStringLiteral("muted"), muted).ok())
        d->emitConversation(jid);
}

void ChatService::setDraft(const QString &jid, const QString &draft)
{
    if (!d->m_ready || d->m_conversations->text(jid, QStringLiteral("draft")) == draft)
        return;
    if (d->m_conversations->setText(jid, QStringLiteral("draft"), draft).ok())
        d->emitConversation(jid);
}

void ChatService::setConversationName(const QString &jid, const QString &name)
{
    if (!d->m_ready || name.isEmpty())
        return;
    if (d->m_conversations->text(jid, QStringLiteral("name")) == name)
        return;
    if (d->m_conversations->setName(jid, name).ok())
        d->emitConversation(jid);
}

Status ChatService::deleteConversation(const QString &jid)
{
    if (!d->m_ready)
        return notReady();
    if (d->isGroup(jid))
        leaveGroup(jid);
    // Media of the conversation's attachments go too.
    const QList<ChatMessage> all = d->m_messages->newest(jid, 1000000).messages;
    for (const ChatMessage &m : all) {
        if (!m.attachment.mediaId.isEmpty())
            (void)d->m_media->remove(m.attachment.mediaId);
        if (!m.attachment.thumbnailId.isEmpty())
            (void)d->m_media->remove(m.attachment.thumbnailId);
        if (m.isOutgoing())
            (void)d->m_outbox->removeForMessage(m.id);
    }
    if (Status st = d->m_messages->removeConversation(jid); !st.ok())
        return st;
    if (Status st = d->m_conversations->remove(jid); !st.ok())
        return st;
    Q_EMIT conversationRemoved(jid);
    d->updateUnread();
    return {};
}

void ChatService::markRead(const QString &jid)
{
    if (!d->m_ready)
        return;
    auto c = d->m_conversations->find(jid);
    if (!c)
        return;
    if (c->unreadCount > 0 || c->mentionUnread) {
        (void)d->m_conversations->clearUnread(jid);
        d->emitConversation(jid);
    }
    auto newest = d->m_messages->newestIncoming(jid, true);
    if (!newest || !d->online())
        return;
    const bool group = c->isGroup();
    const QString id = group ? newest->stanzaId : newest->messageId;
    if (id.isEmpty())
        return;
    if (d->m_lastMarked.value(jid) == id)
        return;
    d->m_lastMarked.insert(jid, id);
    d->m_channel->sendStanza(
        xmpp::ChatMarkers::makeMarker(xmpp::ChatMarkers::Marker::Displayed, jid, id, group));
}

int ChatService::totalUnread() const
{
    return d->m_ready ? d->m_conversations->totalUnread() : 0;
}

MessagePage ChatService::newestMessages(const QString &jid, int limit) const
{
    if (!d->m_ready)
        return {};
    MessagePage p = d->m_messages->newest(jid, std::clamp(limit, 1, 200));
    if (!p.hasMoreBefore && !d->m_conversations->flag(jid, QStringLiteral("history_complete")))
        p.hasMoreBefore = d->online();
    return p;
}

MessagePage ChatService::messagesBefore(const QString &jid, qint64 messageId, int limit)
{
    if (!d->m_ready)
        return {};
    limit = std::clamp(limit, 1, 200);
    MessagePage p = d->m_messages->before(jid, messageId, limit);
    const qint64 anchorKey = d->m_messages->sortKeyOf(messageId);
    const QString archive = d->isGroup(jid) ? jid : d->m_account.bareString();
    bool crossesGap = false;
    for (const auto &g : d->m_sync->gaps(archive)) {
        const qint64 lowest = p.messages.isEmpty()
                                  ? std::numeric_limits<qint64>::min()
                                  : d->m_messages->sortKeyOf(p.messages.first().id);
        if (g.sortKey <= anchorKey && g.sortKey > lowest)
            crossesGap = true;
    }
    if (p.messages.size() < limit || crossesGap) {
        if (!d->m_conversations->flag(jid, QStringLiteral("history_complete")) || crossesGap) {
            // More only while the archive is being asked: a page that cannot be fetched
            // (offline) would leave the view saying "loading" for ever.
            const bool fetching = d->fetchOlder(jid);
            p.hasMoreBefore = p.hasMoreBefore || fetching;
        }
    }
    return p;
}

MessagePage ChatService::messagesAfter(const QString &jid, qint64 messageId, int limit) const
{
    return d->m_ready ? d->m_messages->after(jid, messageId, std::clamp(limit, 1, 200))
                      : MessagePage{};
}

MessagePage ChatService::messagesAround(const QString &jid, qint64 messageId, int limit) const
{
    return d->m_ready ? d->m_messages->around(jid, messageId, std::clamp(limit, 1, 200))
                      : MessagePage{};
}

std::optional<ChatMessage> ChatService::message(qint64 id) const
{
    return d->m_ready ? d->m_messages->find(id) : std::nullopt;
}

QList<SearchHit> ChatService::search(const QString &query, const QString &conversation,
                                     int limit) const
{
    return d->m_ready ? d->m_messages->search(query, conversation, std::clamp(limit, 1, 1000))
                      : QList<SearchHit>{};
}

Result<qint64> ChatService::sendText(const QString &jid, const QString &textIn, qint64 replyToId,
                                     const QList<Mention> &mentions)
{
    if (!d->m_ready)
        return notReady();
    const QString text = textIn.trimmed();
    if (text.isEmpty())
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("Nothing to send"));
    const Jid to = Jid::parse(jid);
    if (!to.isValid())
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("Not a valid address"));
    const QString bare = to.bareString();
    const bool group = d->isGroup(bare);
    Element stanza = d->baseMessage(bare, group);
    ChatMessage m;
    m.conversation = bare;
    m.kind = ChatMessage::Kind::Text;
    m.body = text;
    m.mentions = mentions;
    QString replyWire;
    if (replyToId > 0) {
        if (auto quoted = d->m_messages->find(replyToId); quoted && quoted->conversation == bare) {
            replyWire = group ? quoted->stanzaId : quoted->messageId;
            if (replyWire.isEmpty())
                replyWire = quoted->originId;
            m.replyToId = replyToId;
            m.replyToSender = quoted->senderName;
            m.replyToPreview = MessagePreview::of(*quoted, 100);
            xmpp::Replies::addReply(stanza,
                                    {quoted->isOutgoing()
                                         ? d->m_account.bareString()
                                         : (group ? quoted->senderJid : quoted->conversation),
                                     replyWire},
                                    MessagePreview::of(*quoted, 100), text);
        }
    }
    if (!stanza.hasChild(u"body"))
        stanza.addTextChild(QStringLiteral("body"), text);
    QList<xmpp::References::Mention> refs;
    for (const Mention &mention : mentions)
        refs.append({mention.start, mention.length, mention.jid});
    // References count from the start of the body on the wire, which starts with the quote.
    const QString wireBody = stanza.childText(u"body");
    const int offset = static_cast<int>(wireBody.size() - text.size());
    for (auto &r : refs)
        r.start += offset;
    xmpp::References::addMentions(stanza, wireBody, refs);
    return d->storeAndSend(m, stanza, replyWire);
}

Result<qint64> ChatService::sendFile(const QString &jid, const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("Cannot read %1").arg(filePath));
    const QByteArray data = file.readAll();
    return sendData(jid, data, QFileInfo(filePath).fileName(),
                    QMimeDatabase().mimeTypeForFileNameAndData(filePath, data).name());
}

Result<qint64> ChatService::sendData(const QString &jid, const QByteArray &data,
                                     const QString &fileName, const QString &mimeType)
{
    const Jid to = Jid::parse(jid);
    if (!to.isValid())
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("Not a valid address"));
    return d->sendAttachment(to.bareString(), data,
                             fileName.isEmpty() ? QStringLiteral("image.png") : fileName, mimeType);
}

Result<qint64> ChatService::sendCard(const QString &jid, const QString &cardKind,
                                     const xmpp::Element &payload, const QString &fallbackText)
{
    if (!d->m_ready)
        return notReady();
    const QString bare = Jid::parse(jid).bareString();
    if (bare.isEmpty())
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("Not a valid address"));
    Element stanza = d->baseMessage(bare, d->isGroup(bare));
    stanza.addTextChild(QStringLiteral("body"), fallbackText);
    stanza.appendChild(payload);
    ChatMessage m;
    m.conversation = bare;
    m.kind = ChatMessage::Kind::Card;
    m.body = fallbackText;
    m.cardKind = cardKind;
    m.cardXml = payload.toXmlString();
    return d->storeAndSend(m, stanza, {});
}

Result<qint64> ChatService::forward(qint64 messageId, const QString &toJid)
{
    auto m = message(messageId);
    if (!m)
        return Error::make(Error::Code::NotFound, QStringLiteral("No such message"));
    if (m->hasAttachment()) {
        if (!m->attachment.mediaId.isEmpty()) {
            auto data = media(m->attachment.mediaId);
            if (data.ok())
                return sendData(toJid, data.value(), m->attachment.name, m->attachment.mimeType);
        }
        if (!m->attachment.url.isEmpty())
            return sendText(toJid, m->attachment.url);
    }
    if (m->kind == ChatMessage::Kind::Card) {
        const Element payload = Element::fromXml(m->cardXml.toUtf8());
        if (!payload.isNull())
            return sendCard(toJid, m->cardKind, payload, m->body);
    }
    return sendText(toJid, m->body);
}

Status ChatService::retry(qint64 messageId)
{
    auto m = message(messageId);
    if (!m || !m->isOutgoing() || m->state != ChatMessage::State::Failed)
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("Nothing to retry"));
    if (m->hasAttachment() && m->attachment.url.isEmpty()) {
        auto data = media(m->attachment.mediaId);
        if (!data.ok())
            return data.error();
        m->attachment.transferState = Attachment::TransferState::Uploading;
        (void)d->m_messages->setAttachment(messageId, m->attachment);
        (void)d->m_messages->setState(messageId, ChatMessage::State::Queued);
        d->emitMessage(messageId, false);
        d->startUpload(messageId, data.value());
        return {};
    }
    // Text: a fresh copy through the outbox (the old stanza was refused).
    auto sent = sendText(m->conversation, m->body, m->replyToId, m->mentions);
    if (!sent.ok())
        return sent.error();
    (void)d->m_messages->remove(messageId);
    d->historyChangedFor(m->conversation);
    return {};
}

void ChatService::cancelTransfer(qint64 messageId)
{
    auto it = d->m_transfers.find(messageId);
    if (it == d->m_transfers.end())
        return;
    QPointer<QNetworkReply> reply = it->reply;
    if (reply)
        reply->abort(); // finished → failTransfer(Cancelled)
    else
        d->failTransfer(messageId, Error::make(Error::Code::Cancelled, tr("Cancelled")));
}

void ChatService::downloadAttachment(qint64 messageId)
{
    auto m = message(messageId);
    if (!m || m->attachment.url.isEmpty() || !d->m_upload || d->m_transfers.contains(messageId))
        return;
    if (m->attachment.transferState == Attachment::TransferState::Done &&
        !m->attachment.mediaId.isEmpty())
        return;
    if (QPointer<QNetworkReply> probe = d->m_sizeProbes.take(messageId); probe)
        probe->abort();
    if (m->attachment.size > kAutoDownloadBytes * 4)
        qCInfo(lcXmpp) << "Downloading a large attachment";
    m->attachment.transferState = Attachment::TransferState::Downloading;
    (void)d->m_messages->setAttachment(messageId, m->attachment);
    d->emitMessage(messageId, false);
    d->m_transfers.insert(messageId, ChatServicePrivate::Transfer{nullptr, false});
    QNetworkReply *reply = d->m_upload->get(
        QUrl(m->attachment.url),
        [this, messageId](qint64 done, qint64 total) {
            if (total != 0 || done > 0)
                Q_EMIT downloadProgress(messageId, done, total);
        },
        [this, messageId](const Result<QByteArray> &data) {
            d->m_transfers.remove(messageId);
            if (!data.ok()) {
                d->failTransfer(messageId, data.error());
                return;
            }
            auto msg = message(messageId);
            if (!msg)
                return;
            auto id = d->m_media->put(data.value(), msg->attachment.name, msg->attachment.mimeType);
            if (!id.ok()) {
                d->failTransfer(messageId, id.error());
                return;
            }
            msg->attachment.mediaId = id.value();
            msg->attachment.size = data.value().size();
            msg->attachment.transferState = Attachment::TransferState::Done;
            if (msg->attachment.isImage()) {
                const QImage image = QImage::fromData(data.value());
                if (!image.isNull()) {
                    msg->attachment.width = image.width();
                    msg->attachment.height = image.height();
                    QByteArray jpeg;
                    QBuffer buffer(&jpeg);
                    buffer.open(QIODevice::WriteOnly);
                    image
                        .scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio,
                                Qt::SmoothTransformation)
                        .save(&buffer, "JPEG", 80);
                    if (auto thumb = d->m_media->put(jpeg, msg->attachment.name,
                                                     QStringLiteral("image/jpeg"));
                        thumb.ok())
                        msg->attachment.thumbnailId = thumb.value();
                }
            }
            (void)d->m_messages->setAttachment(messageId, msg->attachment);
            d->emitMessage(messageId, false);
        });
    d->m_transfers[messageId].reply = reply;
}

Result<QByteArray> ChatService::media(const QString &mediaId) const
{
    if (!d->m_ready)
        return notReady();
    return d->m_media->get(mediaId);
}

Status ChatService::saveAttachment(qint64 messageId, const QString &path) const
{
    auto m = message(messageId);
    if (!m || m->attachment.mediaId.isEmpty())
        return Error::make(Error::Code::NotFound, tr("The file is not downloaded yet"));
    auto data = media(m->attachment.mediaId);
    if (!data.ok())
        return data.error();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(data.value()) != data.value().size())
        return Error::make(Error::Code::Io, tr("Cannot write %1").arg(path));
    return {};
}

Status ChatService::recall(qint64 messageId)
{
    auto m = message(messageId);
    if (!m || !m->isOutgoing() || m->recalled)
        return Error::make(Error::Code::PolicyViolation,
                           tr("Only your own messages can be recalled"));
    if (m->timestamp.secsTo(QDateTime::currentDateTimeUtc()) > kRecallWindowSeconds)
        return Error::make(Error::Code::PolicyViolation,
                           tr("Messages can be recalled only within 2 minutes"));
    const bool group = d->isGroup(m->conversation);
    const QString target = group && !m->stanzaId.isEmpty() ? m->stanzaId : m->originId;
    Element stanza = xmpp::Retraction::makeRetraction(
        m->conversation, target, group, tr("This person attempted to retract a previous message"));
    auto tx = d->m_db->transaction();
    if (!tx.ok())
        return tx.error();
    // If it never left the outbox, it never leaves at all.
    (void)d->m_outbox->removeForMessage(messageId);
    if (auto added = d->m_outbox->add(0, stanza); !added.ok())
        return added.error();
    if (Status st = d->m_messages->setRecalled(messageId); !st.ok())
        return st;
    if (Status st = tx->commit(); !st.ok())
        return st;
    if (d->online())
        d->transmit(stanza);
    d->emitMessage(messageId, false);
    d->emitConversation(m->conversation);
    return {};
}

void ChatService::setTypingState(const QString &jid, TypingState state)
{
    if (!d->online() || d->m_ownTyping.value(jid, TypingState::Active) == state)
        return;
    d->m_ownTyping.insert(jid, state);
    const bool group = d->isGroup(jid);
    if (group && !(d->m_muc && d->m_muc->isJoined(Jid::parse(jid))))
        return;
    xmpp::ChatStates::State s = xmpp::ChatStates::State::Active;
    switch (state) {
    case TypingState::Active:
        s = xmpp::ChatStates::State::Active;
        break;
    case TypingState::Composing:
        s = xmpp::ChatStates::State::Composing;
        break;
    case TypingState::Paused:
        s = xmpp::ChatStates::State::Paused;
        break;
    case TypingState::Inactive:
        s = xmpp::ChatStates::State::Inactive;
        break;
    }
    d->m_channel->sendStanza(xmpp::ChatStates::makeNotification(jid, s, group));
}

QStringList ChatService::typingNames(const QString &jid) const
{
    return d->m_typing.value(jid);
}

void ChatService::registerCardKind(const QString &cardKind, const QString &elementName,
                                   const QString &xmlns)
{
    d->m_cardKinds.insert(cardKind, {elementName, xmlns});
}

void ChatService::createGroup(const QString &name, const QStringList &memberJids,
                              std::function<void(Result<QString>)> done)
{
    const auto fail = [this, done](const Error &error) {
        Q_EMIT groupError(QString(), error.message);
        if (done)
            done(error);
    };
    if (!d->m_ready || !d->online() || !d->m_muc) {
        fail(Error::make(Error::Code::Network, tr("Not connected")));
        return;
    }
    d->discoverMuc([this, name, memberJids, done, fail](const Result<QString> &service) {
        if (!service.ok()) {
            fail(service.error());
            return;
        }
        const Jid room = Jid::parse(QStringLiteral("g-%1@%2").arg(
            xmpp::StanzaId::generate().toLower().left(12), service.value()));
        const QString nick = d->m_account.local();
        d->m_muc->createRoom(room, nick, name, this, [=, this](const Status &st) {
            if (!st.ok()) {
                fail(st.error());
                return;
            }
            const QString jid = room.bareString();
            d->ensureConversation(jid, Conversation::Kind::Group, name);
            (void)d->m_conversations->setName(jid, name);
            d->m_bookmarks->add({room, name, nick, true});
            inviteToGroup(jid, memberJids);
            d->emitConversation(jid);
            Q_EMIT groupCreated(jid);
            if (done)
                done(jid);
        });
    });
}

void ChatService::joinGroup(const QString &roomJid)
{
    const Jid room = Jid::parse(roomJid).bare();
    if (!room.isValid() || !d->m_ready || !d->m_muc) {
        Q_EMIT groupError(roomJid, tr("Not a valid group address"));
        return;
    }
    d->ensureConversation(room.bareString(), Conversation::Kind::Group, room.local());
    (void)d->m_conversations->setFlag(room.bareString(), QStringLiteral("kind"),
                                      static_cast<int>(Conversation::Kind::Group));
    const QString nick = d->m_account.local();
    d->m_muc->join(room, nick);
    d->m_bookmarks->add(
        {room, d->m_conversations->text(room.bareString(), QStringLiteral("name")), nick, true});
}

void ChatService::inviteToGroup(const QString &roomJid, const QStringList &memberJids)
{
    if (!d->m_muc)
        return;
    const Jid room = Jid::parse(roomJid).bare();
    const QString name = d->displayName(room.bareString());
    for (const QString &member : memberJids) {
        const QString bare = Jid::parse(member).bareString();
        if (bare.isEmpty())
            continue;
        // Members-only: the membership comes first, so the invitee may enter.
        d->m_muc->setAffiliation(room, bare, QStringLiteral("member"), this,
                                 [this, room, bare, name](const Status &st) {
                                     if (!st.ok()) {
                                         Q_EMIT groupError(room.bareString(), st.error().message);
                                         return;
                                     }
                                     d->m_muc->inviteDirect(room, bare, name);
                                     d->loadMembers(room);
                                 });
    }
}

GroupInfo ChatService::groupInfo(const QString &roomJid) const
{
    GroupInfo info;
    info.jid = roomJid;
    if (!d->m_ready)
        return info;
    if (auto c = d->m_conversations->find(roomJid)) {
        info.name = c->name;
        info.avatarId = c->avatarId;
    }
    info.topic = d->m_conversations->text(roomJid, QStringLiteral("topic"));
    info.ownNick = d->ownNick(roomJid);
    QSet<QString> seen;
    if (d->m_muc) {
        const auto room = d->m_muc->room(Jid::parse(roomJid));
        info.joined = room.joined;
        if (!room.subject.isEmpty())
            info.topic = room.subject;
        for (const auto &o : room.occupants) {
            info.members.append(GroupMember{o.nick, o.jid, o.affiliation, true});
            if (!o.jid.isEmpty())
                seen.insert(o.jid);
        }
    }
    for (const GroupMember &m : d->m_members.value(roomJid)) {
        if (m.jid.isEmpty() || seen.contains(m.jid))
            continue;
        seen.insert(m.jid);
        info.members.append(m);
    }
    return info;
}

void ChatService::setGroupTopic(const QString &roomJid, const QString &topic)
{
    if (d->m_muc && d->online())
        d->m_muc->setSubject(Jid::parse(roomJid), topic);
}

void ChatService::setGroupName(const QString &roomJid, const QString &name)
{
    if (!d->m_muc || !d->online())
        return;
    d->m_muc->setRoomName(Jid::parse(roomJid), name, this, [this, roomJid, name](const Status &st) {
        if (!st.ok()) {
            Q_EMIT groupError(roomJid, st.error().message);
            return;
        }
        (void)d->m_conversations->setName(roomJid, name);
        d->emitConversation(roomJid);
        Q_EMIT groupInfoChanged(roomJid);
    });
}

void ChatService::leaveGroup(const QString &roomJid)
{
    const Jid room = Jid::parse(roomJid).bare();
    if (d->m_ready)
        (void)d->m_conversations->setFlag(room.bareString(), QStringLiteral("joined"), 0);
    if (d->m_muc && d->online()) {
        // Give up membership (so the room stops listing us), then leave.
        d->m_muc->setAffiliation(room, d->m_account.bareString(), QStringLiteral("none"), this);
        d->m_muc->leave(room);
        d->m_bookmarks->remove(room);
    }
    Q_EMIT groupLeft(room.bareString());
    Q_EMIT groupInfoChanged(room.bareString());
}

bool ChatService::isSyncing() const
{
    return d->m_syncing > 0;
}

std::optional<Error> ChatService::unsavedError() const
{
    if (d->m_unsaved.isEmpty())
        return std::nullopt;
    return d->m_unsaved.cbegin().value();
}

void ChatService::retryUnsaved()
{
    if (!d->online())
        return;
    const QStringList archives = d->m_unsaved.keys();
    for (const QString &archive : archives) {
        const bool running =
            std::any_of(d->m_catchUps.cbegin(), d->m_catchUps.cend(), [&](const auto &weak) {
                const auto state = weak.lock();
                return state && state->archive == archive;
            });
        if (!running)
            d->catchUp(archive, archive != d->m_account.bareString());
    }
}

} // namespace teahouse::chat
