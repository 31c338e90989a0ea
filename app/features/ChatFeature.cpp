#include "features/ChatFeature.h"

#include "account/AccountSession.h"
#include "account/DbRosterCache.h"
#include "base/Logging.h"
#include "chat/ChatController.h"
#include "chat/ChatService.h"
#include "chat/ConversationListModel.h"
#include "chat/MessageListModel.h"
#include "features/FeatureHost.h"
#include "platform/Notifier.h"
#include "shell/Navigation.h"
#include "xmpp/RosterManager.h"

#include <QGuiApplication>
#include <QRegularExpression>

namespace teahouse::app {

namespace {

const QString notificationPrefix = QStringLiteral("chat:");

} // namespace

ChatFeature::ChatFeature(const FeatureEnv &env, QObject *parent)
    : Feature(parent)
    , m_env(env)
    , m_controller(std::make_unique<ui::ChatController>())
{
    // Clicking a chat notification opens that chat.
    connect(&m_env.notifier, &Notifier::activated, this, [this](const QString &key) {
        if (key.startsWith(notificationPrefix))
            m_env.navigation.openChat(key.mid(notificationPrefix.size()));
    });
}

ChatFeature::~ChatFeature()
{
    detach();
}

QObject *ChatFeature::controller()
{
    return m_controller.get();
}

void ChatFeature::attach(account::AccountSession &session)
{
    detach();
    m_session = &session;
    m_service = std::make_unique<chat::ChatService>(session);
    if (!m_service->isReady())
        qCWarning(lcApp) << "chat: the chat store did not open:" << m_service->errorMessage();
    connect(m_service.get(), &chat::ChatService::incomingMessage, this, &ChatFeature::onIncoming);
    // Before incomingMessage of a new chat reads the name (same signal order in processing).
    connect(m_service.get(), &chat::ChatService::conversationChanged, this,
            &ChatFeature::nameFromRoster);
    connect(m_service.get(), &chat::ChatService::totalUnreadChanged, this,
            [this](int count) { m_env.notifier.setUnreadCount(count); });
    connect(&session, &account::AccountSession::sessionCreated, this, &ChatFeature::bindRoster);
    m_controller->setService(m_service.get());
    m_controller->setAvatarLookup([this](const QString &jid) { return avatarFor(jid); });
    updateContacts();
    bindRoster();
    m_env.notifier.setUnreadCount(m_service->totalUnread());
}

void ChatFeature::detach()
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = nullptr;
    m_controller->setService(nullptr);
    m_controller->setContacts({});
    m_rosterNames.clear();
    if (m_service) {
        m_service.reset();
        m_env.notifier.setUnreadCount(0);
    }
}

void ChatFeature::nameFromRoster(const QString &jid)
{
    const QString name = m_rosterNames.value(jid);
    if (!m_service || name.isEmpty())
        return;
    const auto c = m_service->conversation(jid);
    if (c && !c->isGroup() && c->name != name)
        m_service->setConversationName(jid, name); // emits conversationChanged: name now equal
}

QString ChatFeature::avatarFor(const QString &bareJid) const
{
    // Loosely: the contacts feature may be absent (then everyone gets their initial).
    QObject *contacts = m_env.host.controller(QStringLiteral("contacts"));
    if (!contacts)
        return {};
    if (m_service && bareJid == m_service->account().bare().toString())
        return contacts->property("myAvatar").toString();
    QString url;
    if (!QMetaObject::invokeMethod(contacts, "avatarFor", Q_RETURN_ARG(QString, url),
                                   Q_ARG(QString, bareJid)))
        return {};
    return url;
}

void ChatFeature::bindRoster()
{
    if (!m_session || !m_session->roster())
        return;
    xmpp::RosterManager *roster = m_session->roster();
    connect(roster, &xmpp::RosterManager::rosterReceived, this, &ChatFeature::updateContacts,
            Qt::UniqueConnection);
    connect(roster, &xmpp::RosterManager::itemChanged, this, &ChatFeature::updateContacts,
            Qt::UniqueConnection);
    connect(roster, &xmpp::RosterManager::itemRemoved, this, &ChatFeature::updateContacts,
            Qt::UniqueConnection);
    updateContacts();
}

void ChatFeature::updateContacts()
{
    if (!m_session || !m_session->isOpen())
        return;
    // The live roster once signed in; the encrypted cache before (offline start).
    QList<xmpp::RosterItem> items =
        m_session->roster() ? m_session->roster()->items() : QList<xmpp::RosterItem>();
    if (items.isEmpty())
        items = account::DbRosterCache(m_session->database()).items();
    QList<ui::ChatController::Person> people;
    m_rosterNames.clear();
    for (const xmpp::RosterItem &item : std::as_const(items)) {
        if (item.subscription == xmpp::RosterItem::Subscription::Remove)
            continue;
        ui::ChatController::Person p;
        p.jid = item.jid.bare().toString();
        p.name = item.name.isEmpty() ? item.jid.bare().toString().section(u'@', 0, 0) : item.name;
        people.append(p);
        if (!item.name.isEmpty())
            m_rosterNames.insert(p.jid, item.name);
    }
    for (auto it = m_rosterNames.cbegin(); it != m_rosterNames.cend(); ++it)
        nameFromRoster(it.key());
    std::sort(people.begin(), people.end(),
              [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
    m_controller->setContacts(people);
}

void ChatFeature::onIncoming(const QString &conversation, const QString &senderName,
                             const QString &text, bool muted, bool mentionsMe)
{
    // Muted chats stay quiet, but an @mention of me always gets through.
    if (muted && !mentionsMe)
        return;
    // The person is looking at this very chat: no need to tell them.
    if (QGuiApplication::applicationState() == Qt::ApplicationActive &&
        m_env.navigation.section() == ui::Navigation::Section::Chats &&
        m_controller->currentJid() == conversation)
        return;
    const auto c = m_service ? m_service->conversation(conversation) : std::nullopt;
    const bool group = c && c->isGroup();
    const QString chatName = c && !c->name.isEmpty() ? c->name : conversation;
    QString body = text;
    if (group && !senderName.isEmpty())
        body = senderName + QStringLiteral(": ") + text;
    if (mentionsMe)
        body = tr("[Mentioned you] %1").arg(body);
    m_env.notifier.notify(group ? chatName : (senderName.isEmpty() ? chatName : senderName), body,
                          notificationPrefix + conversation);
}

bool ChatFeature::openFirst(bool group)
{
    const auto *list = m_controller->conversations();
    for (int row = 0; row < list->count(); ++row) {
        const auto c = list->at(row);
        if (c && c->isGroup() == group && !c->lastMessagePreview.isEmpty()) {
            m_controller->open(c->jid);
            return true;
        }
    }
    return false;
}

qint64 ChatFeature::openWithKind(int kind)
{
    if (!m_service)
        return 0;
    const auto *list = m_controller->conversations();
    for (int row = 0; row < list->count(); ++row) {
        const auto c = list->at(row);
        if (!c)
            continue;
        const auto page = m_service->newestMessages(c->jid, 30);
        for (auto it = page.messages.crbegin(); it != page.messages.crend(); ++it) {
            if (int(it->kind) == kind && !it->recalled) {
                m_controller->open(c->jid);
                return it->id;
            }
        }
    }
    return 0;
}

void ChatFeature::resetScreens()
{
    m_controller->dismissOverlays();
    if (!m_controller->currentJid().isEmpty())
        m_controller->setComposerText({});
}

QList<TourStop> ChatFeature::tourStops()
{
    using Section = ui::Navigation::Section;
    using Kind = chat::ChatMessage::Kind;
    return {
        {QStringLiteral("chat-list"),
         [this] {
             resetScreens();
             m_env.navigation.setSection(Section::Chats);
             m_controller->setSearchQuery({});
             m_controller->closeConversation();
         }},
        {QStringLiteral("chat-direct"),
         [this] {
             m_env.navigation.setSection(Section::Chats);
             m_controller->setSearchQuery({});
             openFirst(false);
         }},
        {QStringLiteral("chat-group"),
         [this] {
             m_env.navigation.setSection(Section::Chats);
             m_controller->setSearchQuery({});
             openFirst(true);
         }},
        // The @ completion in that group.
        {QStringLiteral("chat-mention"),
         [this] {
             m_env.navigation.setSection(Section::Chats);
             if (m_controller->currentIsGroup())
                 m_controller->setComposerText(QStringLiteral("@"));
         }},
        {QStringLiteral("chat-file"),
         [this] {
             resetScreens();
             m_env.navigation.setSection(Section::Chats);
             openWithKind(int(Kind::File));
         }},
        {QStringLiteral("chat-picture"),
         [this] {
             resetScreens();
             m_env.navigation.setSection(Section::Chats);
             if (const qint64 id = openWithKind(int(Kind::Image)))
                 m_controller->showImage(id);
         }},
        {QStringLiteral("chat-search"),
         [this] {
             resetScreens();
             m_env.navigation.setSection(Section::Chats);
             // A word from the newest message, so the demo shows real hits in any history.
             QString query = QStringLiteral("hello");
             const auto first = m_controller->conversations()->at(0);
             if (first) {
                 const QString preview = first->lastMessagePreview;
                 static const QRegularExpression cjk(QStringLiteral("\\p{Han}{2}"));
                 static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
                 const auto han = cjk.match(preview);
                 const auto latin = word.match(preview);
                 if (han.hasMatch())
                     query = han.captured();
                 else if (latin.hasMatch())
                     query = latin.captured();
             }
             m_controller->setSearchQuery(query);
         }},
    };
}

} // namespace teahouse::app
