#include "ArticlesController.h"

#include "ArticleRequestInterceptor.h"
#include "ArticleSchemeHandler.h"
#include "ArticlesImageProvider.h"
#include "articles/ArticlePage.h"
#include "articles/ArticlesService.h"
#include "articles/HtmlSanitizer.h"
#include "qr/XmppUri.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QUrlQuery>
#include <QtWebEngineQuick/QQuickWebEngineProfile>

namespace teahouse::ui {

namespace {

QVariantMap accountMap(const articles::OfficialAccount &a, const QString &avatarSource)
{
    return {{QStringLiteral("accountId"), a.id},
            {QStringLiteral("avatarSource"), avatarSource},
            {QStringLiteral("title"), a.title.isEmpty() ? a.node : a.title},
            {QStringLiteral("description"), a.description},
            {QStringLiteral("followed"), a.followed},
            {QStringLiteral("unread"), a.unread},
            {QStringLiteral("articleCount"), a.articleCount},
            {QStringLiteral("isFeed"), a.kind == articles::OfficialAccount::Kind::Feed},
            {QStringLiteral("address"),
             a.kind == articles::OfficialAccount::Kind::Feed ? a.feedUrl.toString() : a.id}};
}

} // namespace

ArticlesController::ArticlesController(QObject *parent)
    : QObject(parent)
{
    auto avatar = [this](const articles::OfficialAccount &a) {
        return m_service && a.avatar.isValid() && m_service->isImageCached(a.avatar)
                   ? ArticlesImageProvider::sourceFor(a.avatar)
                   : QString();
    };
    m_directory.setAvatarLookup(avatar);
    m_following.setAvatarLookup(avatar);
}

ArticlesController::~ArticlesController() = default;

void ArticlesController::setService(articles::ArticlesService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_currentAccountId.clear();
    m_currentArticleId = 0;
    m_view = QStringLiteral("home");
    if (service) {
        connect(service, &articles::ArticlesService::accountsChanged, this,
                &ArticlesController::reload);
        connect(service, &articles::ArticlesService::articlesChanged, this,
                &ArticlesController::reload);
        connect(service, &articles::ArticlesService::likesChanged, this, [this](qint64 id) {
            if (id == m_currentArticleId)
                reloadArticle();
        });
        connect(service, &articles::ArticlesService::imageCached, this, [this] {
            ++m_imageRevision;
            Q_EMIT imageRevisionChanged();
        });
    }
    reload();
    Q_EMIT availableChanged();
    Q_EMIT viewChanged();
}

void ArticlesController::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    m_directory.setFilter(text);
    m_following.setFilter(text);
    Q_EMIT searchTextChanged();
}

QString ArticlesController::accountTitle(const QString &accountId) const
{
    return m_titles.value(accountId);
}

void ArticlesController::reload()
{
    QList<articles::OfficialAccount> accounts;
    QList<articles::Article> timeline;
    QList<articles::Article> own;
    if (m_service) {
        auto a = m_service->store().accounts();
        if (a.ok())
            accounts = a.value();
        auto t = m_service->store().articles(QString(), 100);
        if (t.ok())
            timeline = t.value();
        if (!m_currentAccountId.isEmpty()) {
            auto o = m_service->store().articles(m_currentAccountId, 200);
            if (o.ok())
                own = o.value();
        }
    }
    m_titles.clear();
    int unread = 0;
    for (const auto &a : accounts) {
        m_titles.insert(a.id, a.title.isEmpty() ? a.node : a.title);
        if (a.followed)
            unread += a.unread;
        if (a.id == m_currentAccountId) {
            m_currentAccount =
                accountMap(a, m_service && a.avatar.isValid() && m_service->isImageCached(a.avatar)
                                  ? ArticlesImageProvider::sourceFor(a.avatar)
                                  : QString());
            Q_EMIT currentAccountChanged();
        }
    }
    m_directory.setAccounts(accounts);
    m_following.setAccounts(accounts);
    m_timeline.setArticles(timeline, m_titles);
    m_accountArticles.setArticles(own, m_titles);
    if (unread != m_totalUnread) {
        m_totalUnread = unread;
        Q_EMIT totalUnreadChanged();
    }
}

QObject *ArticlesController::readerProfile()
{
    if (m_profile)
        return m_profile;
    m_profile = new QQuickWebEngineProfile(this);
    // Off the record: no cache, cookies or storage of article pages on disk.
    m_profile->setOffTheRecord(true);
    m_profile->setHttpCacheType(QQuickWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QQuickWebEngineProfile::NoPersistentCookies);
    m_interceptor = new ArticleRequestInterceptor(this);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_scheme = new ArticleSchemeHandler(
        [this](const QUrl &url) -> ArticleSchemeHandler::Reply {
            if (url.host() == u"page")
                return {QByteArrayLiteral("text/html;charset=utf-8"), renderPage(url)};
            if (url.host() == u"image" && m_service) {
                const QUrl original(
                    QUrlQuery(url).queryItemValue(QStringLiteral("u"), QUrl::FullyDecoded));
                QString mime;
                auto bytes = m_service->cachedImage(original, &mime);
                if (bytes.ok() && mime.startsWith(u"image/"))
                    return {mime.toLatin1(), bytes.value()};
            }
            return {};
        },
        this);
    m_profile->installUrlSchemeHandler(ArticleRequestInterceptor::kScheme.toLatin1(), m_scheme);
    return m_profile;
}

QStringList ArticlesController::requestLog() const
{
    return m_interceptor ? m_interceptor->log() : QStringList();
}

QByteArray ArticlesController::renderPage(const QUrl &url) const
{
    if (!m_service)
        return {};
    bool ok = false;
    const qint64 id = url.path().mid(1).toLongLong(&ok);
    if (!ok)
        return {};
    auto article = m_service->store().article(id);
    if (!article.ok() || !article->has_value())
        return {};
    const articles::Article &a = **article;
    const QUrlQuery q(url);
    articles::ArticlePage::Style style;
    style.fontPx = std::clamp(q.queryItemValue(QStringLiteral("size")).toInt(), 10, 64);
    auto colour = [&q](const QString &key, const QString &fallback) {
        const QString v = q.queryItemValue(key);
        // Only #rrggbb: these values go into the page's style sheet.
        if (v.size() == 7 && v.startsWith(u'#') &&
            std::all_of(v.begin() + 1, v.end(), [](QChar c) { return isxdigit(c.unicode()); }))
            return v;
        return fallback;
    };
    style.textColor = colour(QStringLiteral("fg"), style.textColor);
    style.secondaryColor = colour(QStringLiteral("fg2"), style.secondaryColor);
    style.background = colour(QStringLiteral("bg"), style.background);
    style.linkColor = colour(QStringLiteral("link"), style.linkColor);
    // A family name goes into the style sheet: letters, digits, spaces and hyphens only.
    const QString family = q.queryItemValue(QStringLiteral("font"), QUrl::FullyDecoded);
    if (!family.isEmpty() && family.size() < 64 &&
        std::all_of(family.begin(), family.end(),
                    [](QChar c) { return c.isLetterOrNumber() || c == u' ' || c == u'-'; }))
        style.fontFamily = family;
    auto *service = m_service.data();
    const QString html = articles::ArticlePage::render(
        a, accountTitle(a.accountId),
        QLocale().toString(a.published.toLocalTime(), QLocale::ShortFormat), style,
        [service](const QUrl &image) {
            if (service->isImageCached(image)) {
                QUrl cached;
                cached.setScheme(ArticleRequestInterceptor::kScheme.toString());
                cached.setHost(QStringLiteral("image"));
                cached.setPath(QStringLiteral("/"));
                QUrlQuery query;
                query.addQueryItem(QStringLiteral("u"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                            image.toString(QUrl::FullyEncoded))));
                cached.setQuery(query);
                return cached.toString(QUrl::FullyEncoded);
            }
            return image.toString(QUrl::FullyEncoded);
        });
    return html.toUtf8();
}

void ArticlesController::setView(const QString &view)
{
    if (m_view == view)
        return;
    m_previousView = m_view;
    m_view = view;
    Q_EMIT viewChanged();
}

void ArticlesController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void ArticlesController::setError(const QString &text)
{
    if (m_errorText != text) {
        m_errorText = text;
        Q_EMIT errorTextChanged();
    }
}

void ArticlesController::refresh()
{
    if (!m_service)
        return;
    setBusy(true);
    QPointer<ArticlesController> self(this);
    m_service->refreshDirectory([self](Status s) {
        if (!self)
            return;
        self->setBusy(false);
        self->setError(s.ok() ? QString()
                              : tr("The list of official accounts could not be loaded: %1")
                                    .arg(s.error().message));
    });
}

void ArticlesController::follow(const QString &accountId)
{
    if (!m_service)
        return;
    QPointer<ArticlesController> self(this);
    m_service->follow(accountId, [self](Status s) {
        if (self)
            self->setError(s.ok() ? QString()
                                  : tr("Could not follow this account: %1").arg(s.error().message));
    });
}

bool ArticlesController::followUri(const QString &uri)
{
    const auto parsed = qr::XmppUri::parse(uri);
    if (!m_service || !parsed.ok() || parsed->kind != qr::XmppUri::Kind::FollowAccount ||
        parsed->node.isEmpty())
        return false;
    if (parsed->jid.bare() != m_service->service().bare()) {
        // Subscriptions go to the account's own pubsub service only.
        setError(tr("This account is on %1, not on the service of your official accounts (%2).")
                     .arg(parsed->jid.bare().toString(), m_service->service().toString()));
        return false;
    }
    const QString id = articles::OfficialAccount::pubSubId(parsed->jid.bare(), parsed->node);
    // A code scanned before the directory was ever browsed: the account is known from it.
    if (auto known = m_service->store().account(id); known.ok() && !known->has_value()) {
        articles::OfficialAccount account;
        account.id = id;
        account.service = parsed->jid.bare();
        account.node = parsed->node;
        (void)m_service->store().saveAccount(account);
    }
    follow(id);
    openAccount(id);
    Q_EMIT pageRequested();
    return true;
}

void ArticlesController::unfollow(const QString &accountId)
{
    if (!m_service)
        return;
    QPointer<ArticlesController> self(this);
    m_service->unfollow(accountId, [self](Status s) {
        if (self)
            self->setError(s.ok()
                               ? QString()
                               : tr("Could not unfollow this account: %1").arg(s.error().message));
    });
}

void ArticlesController::followFeed(const QString &address)
{
    if (!m_service)
        return;
    setBusy(true);
    QPointer<ArticlesController> self(this);
    m_service->followFeed(QUrl::fromUserInput(address.trimmed()), [self](Result<QString> r) {
        if (!self)
            return;
        self->setBusy(false);
        self->setError(r.ok() ? QString()
                              : tr("This feed could not be followed: %1").arg(r.error().message));
        if (r.ok())
            self->openAccount(r.value());
    });
}

void ArticlesController::openAccount(const QString &accountId)
{
    showAccount(accountId);
    // A followed node: fetch what is new.
    if (m_service && m_currentAccount.value(QStringLiteral("followed")).toBool())
        m_service->fetchItems(accountId);
}

void ArticlesController::showAccount(const QString &accountId)
{
    m_currentAccountId = accountId;
    m_currentAccount.clear();
    reload();
    setView(QStringLiteral("account"));
}

void ArticlesController::reloadArticle()
{
    m_currentArticle.clear();
    if (m_service && m_currentArticleId) {
        auto a = m_service->store().article(m_currentArticleId);
        if (a.ok() && a->has_value()) {
            const articles::Article &article = **a;
            m_currentArticle = {
                {QStringLiteral("articleId"), article.id},
                {QStringLiteral("title"), article.title},
                {QStringLiteral("accountId"), article.accountId},
                {QStringLiteral("accountTitle"), accountTitle(article.accountId)},
                {QStringLiteral("link"), article.link.toString()},
                {QStringLiteral("text"), article.title + u'\n' + article.text},
                {QStringLiteral("liked"), article.liked},
                {QStringLiteral("likeCount"), article.likeCount},
                {QStringLiteral("itemId"), article.itemId},
                {QStringLiteral("position"), article.position},
            };
        }
    }
    Q_EMIT currentArticleChanged();
}

void ArticlesController::openArticle(qint64 articleId)
{
    if (!m_service)
        return;
    m_currentArticleId = articleId;
    (void)m_service->store().setRead(articleId, true);
    auto a = m_service->store().article(articleId);
    if (a.ok() && a->has_value()) {
        QStringList origins;
        if ((*a)->link.isValid())
            origins.append(ArticleRequestInterceptor::origin((*a)->link));
        readerProfile();
        if (!m_uploadHost.isEmpty()) {
            // The upload service's files (https on the account's domain, any port).
            for (const QUrl &image : articles::HtmlSanitizer::sanitize((*a)->html).images) {
                if (image.host() == m_uploadHost)
                    origins.append(ArticleRequestInterceptor::origin(image));
            }
            if ((*a)->cover.host() == m_uploadHost)
                origins.append(ArticleRequestInterceptor::origin((*a)->cover));
        }
        m_interceptor->setAllowedImageOrigins(origins);
        m_service->cacheImages(articleId);
        m_service->refreshLikes(articleId);
    }
    reloadArticle();
    reload();
    setView(QStringLiteral("reader"));
}

void ArticlesController::back()
{
    if (m_view == u"reader" && !m_currentAccountId.isEmpty() && m_previousView == u"account")
        setView(QStringLiteral("account"));
    else
        goHome();
}

void ArticlesController::goHome()
{
    m_currentAccountId.clear();
    m_previousView = QStringLiteral("home");
    setView(QStringLiteral("home"));
    reload();
}

QUrl ArticlesController::pageUrl(int fontPx, const QString &fontFamily, const QString &text,
                                 const QString &secondary, const QString &background,
                                 const QString &link) const
{
    if (!m_currentArticleId)
        return {};
    QUrl url;
    url.setScheme(ArticleRequestInterceptor::kScheme.toString());
    url.setHost(QStringLiteral("page"));
    url.setPath(QStringLiteral("/%1").arg(m_currentArticleId));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("size"), QString::number(fontPx));
    q.addQueryItem(QStringLiteral("font"),
                   QString::fromLatin1(QUrl::toPercentEncoding(fontFamily)));
    q.addQueryItem(QStringLiteral("fg"), QString(text).replace(u'#', QStringLiteral("%23")));
    q.addQueryItem(QStringLiteral("fg2"), QString(secondary).replace(u'#', QStringLiteral("%23")));
    q.addQueryItem(QStringLiteral("bg"), QString(background).replace(u'#', QStringLiteral("%23")));
    q.addQueryItem(QStringLiteral("link"), QString(link).replace(u'#', QStringLiteral("%23")));
    url.setQuery(q);
    return url;
}

QString ArticlesController::positionAnchor() const
{
    if (!m_service || !m_currentArticleId)
        return {};
    auto a = m_service->store().article(m_currentArticleId);
    if (!a.ok() || !a->has_value() || (*a)->position <= 0.01)
        return {};
    const int n = articles::ArticlePage::anchorCount((*a)->html);
    if (n <= 1)
        return {};
    return QStringLiteral("pos-%1").arg(std::min(n - 1, int((*a)->position * n)));
}

void ArticlesController::savePosition(double fraction)
{
    if (m_service && m_currentArticleId)
        (void)m_service->store().setPosition(m_currentArticleId, fraction);
}

void ArticlesController::setLiked(bool liked)
{
    if (!m_service || !m_currentArticleId)
        return;
    QPointer<ArticlesController> self(this);
    m_service->setLiked(m_currentArticleId, liked, [self](Status s) {
        if (self && !s.ok())
            self->setError(tr("Your like did not reach the publisher: %1").arg(s.error().message));
    });
    reloadArticle();
}

void ArticlesController::copyLink()
{
    const QString link = m_currentArticle.value(QStringLiteral("link")).toString();
    if (!link.isEmpty() && QGuiApplication::clipboard())
        QGuiApplication::clipboard()->setText(link);
}

void ArticlesController::shareToChat()
{
    copyLink();
    Q_EMIT shareToChatRequested(m_currentArticle.value(QStringLiteral("title")).toString(),
                                m_currentArticle.value(QStringLiteral("link")).toString());
}

void ArticlesController::shareToMoments()
{
    Q_EMIT shareToMomentsRequested(m_currentArticle.value(QStringLiteral("title")).toString(),
                                   m_currentArticle.value(QStringLiteral("link")).toString());
}

void ArticlesController::setCardSender(CardSender sender)
{
    const bool had = bool(m_cardSender);
    m_cardSender = std::move(sender);
    if (had != bool(m_cardSender))
        Q_EMIT canShareToChatChanged();
}

void ArticlesController::setShareSources(QAbstractItemModel *conversations,
                                         QAbstractItemModel *contacts)
{
    m_shareTargets.setSources(conversations, contacts);
}

std::optional<xmpp::Element> ArticlesController::articleCard(qint64 articleId) const
{
    if (!m_service)
        return std::nullopt;
    auto article = m_service->store().article(articleId);
    if (!article.ok() || !article->has_value())
        return std::nullopt;
    const articles::Article &a = **article;
    auto account = m_service->store().account(a.accountId);
    if (!account.ok() || !account->has_value())
        return std::nullopt;
    const articles::OfficialAccount &owner = **account;
    xmpp::Element card(QStringLiteral("article"), kCardNs.toString());
    card.setAttribute(QStringLiteral("account"), owner.id);
    card.setAttribute(QStringLiteral("item"), a.itemId);
    if (owner.kind == articles::OfficialAccount::Kind::PubSub) {
        card.setAttribute(QStringLiteral("service"), owner.service.toString());
        card.setAttribute(QStringLiteral("node"), owner.node);
    } else {
        card.setAttribute(QStringLiteral("feed"), owner.feedUrl.toString(QUrl::FullyEncoded));
    }
    card.addTextChild(QStringLiteral("title"), a.title);
    card.addTextChild(QStringLiteral("source"), owner.title.isEmpty() ? owner.node : owner.title);
    if (!a.summary.isEmpty())
        card.addTextChild(QStringLiteral("summary"), a.summary);
    if (a.link.isValid())
        card.addTextChild(QStringLiteral("link"), a.link.toString(QUrl::FullyEncoded));
    if (a.cover.isValid())
        card.addTextChild(QStringLiteral("cover"), a.cover.toString(QUrl::FullyEncoded));
    if (owner.avatar.isValid())
        card.addTextChild(QStringLiteral("icon"), owner.avatar.toString(QUrl::FullyEncoded));
    return card;
}

QString ArticlesController::cardFallback(const QVariantMap &card)
{
    QString text = card.value(QStringLiteral("title")).toString();
    const QString source = card.value(QStringLiteral("source")).toString();
    if (!source.isEmpty())
        text += QStringLiteral(" — ") + source;
    const QString link = card.value(QStringLiteral("link")).toString();
    if (!link.isEmpty())
        text += u'\n' + link;
    return text;
}

QVariantMap ArticlesController::parseCard(const QString &cardXml)
{
    const xmpp::Element card = xmpp::Element::fromXml(cardXml.toUtf8());
    if (!card.is(u"article", kCardNs))
        return {};
    // Only http(s) addresses: the card comes from another person and is shown as a link.
    auto web = [](const QString &text) {
        const QUrl url(text.trimmed());
        return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
                   ? url.toString(QUrl::FullyEncoded)
                   : QString();
    };
    return {{QStringLiteral("accountId"), card.attribute(u"account")},
            {QStringLiteral("itemId"), card.attribute(u"item")},
            {QStringLiteral("service"), card.attribute(u"service")},
            {QStringLiteral("node"), card.attribute(u"node")},
            {QStringLiteral("feed"), web(card.attribute(u"feed"))},
            {QStringLiteral("title"), card.childText(u"title").simplified()},
            {QStringLiteral("source"), card.childText(u"source").simplified()},
            {QStringLiteral("summary"), card.childText(u"summary").simplified()},
            {QStringLiteral("link"), web(card.childText(u"link"))},
            {QStringLiteral("cover"), web(card.childText(u"cover"))},
            {QStringLiteral("icon"), web(card.childText(u"icon"))}};
}

QByteArray ArticlesController::cachedImage(const QUrl &url) const
{
    if (!m_service)
        return {};
    auto bytes = m_service->cachedImage(url);
    return bytes.ok() ? bytes.value() : QByteArray();
}

bool ArticlesController::shareToChatJid(const QString &jid)
{
    if (!m_cardSender || !m_currentArticleId || jid.isEmpty())
        return false;
    const auto card = articleCard(m_currentArticleId);
    if (!card)
        return false;
    const QString fallback = cardFallback(parseCard(card->toXmlString()));
    if (!m_cardSender(jid, *card, fallback)) {
        setError(tr("The article could not be sent to this chat."));
        return false;
    }
    QString name = jid;
    for (int row = 0; row < m_shareTargets.rowCount(); ++row) {
        const QModelIndex index = m_shareTargets.index(row);
        if (index.data(ShareTargetsModel::JidRole).toString() == jid)
            name = index.data(ShareTargetsModel::NameRole).toString();
    }
    Q_EMIT sharedToChat(jid, name);
    return true;
}

QVariantMap ArticlesController::cardInfo(const QString &cardXml)
{
    QVariantMap info = parseCard(cardXml);
    if (info.isEmpty())
        return info;
    bool known = false;
    if (m_service) {
        auto article =
            m_service->store().articleByItem(info.value(QStringLiteral("accountId")).toString(),
                                             info.value(QStringLiteral("itemId")).toString());
        known = article.ok() && article->has_value();
        for (const char *key : {"cover", "icon"}) {
            const QUrl url(info.value(QLatin1String(key)).toString());
            if (!url.isValid())
                continue;
            if (m_service->isImageCached(url))
                info.insert(QLatin1String(key) + QStringLiteral("Source"),
                            ArticlesImageProvider::sourceFor(url));
            else
                m_service->cacheTrustedImage(url);
        }
    }
    info.insert(QStringLiteral("known"), known);
    return info;
}

void ArticlesController::openCard(const QString &cardXml)
{
    const QVariantMap card = parseCard(cardXml);
    if (!m_service || card.isEmpty())
        return;
    const QString accountId = card.value(QStringLiteral("accountId")).toString();
    const QString itemId = card.value(QStringLiteral("itemId")).toString();
    auto known = m_service->store().articleByItem(accountId, itemId);
    if (known.ok() && known->has_value()) {
        openArticle((*known)->id);
        Q_EMIT pageRequested();
        return;
    }
    // Not here yet: make the account known (as the card describes it) and fetch its items.
    articles::OfficialAccount account;
    const QUrl feed(card.value(QStringLiteral("feed")).toString());
    const Jid service = Jid::parse(card.value(QStringLiteral("service")).toString());
    const QString node = card.value(QStringLiteral("node")).toString();
    if (feed.isValid() && !feed.isEmpty() && accountId == feed.toString(QUrl::FullyEncoded)) {
        account.kind = articles::OfficialAccount::Kind::Feed;
        account.feedUrl = feed;
    } else if (service.isValid() && service == m_service->service() && !node.isEmpty() &&
               accountId == articles::OfficialAccount::pubSubId(service, node)) {
        account.service = service;
        account.node = node;
    } else {
        // An account on another service (or a card that does not add up): the web page.
        setError(tr("This article is from a service Teahouse does not follow here. Its address: "
                    "%1")
                     .arg(card.value(QStringLiteral("link")).toString()));
        return;
    }
    account.id = accountId;
    account.title = card.value(QStringLiteral("source")).toString();
    account.avatar = QUrl(card.value(QStringLiteral("icon")).toString());
    if (auto existing = m_service->store().account(accountId);
        !existing.ok() || !existing->has_value())
        (void)m_service->store().saveAccount(account);
    showAccount(accountId);
    Q_EMIT pageRequested();
    QPointer<ArticlesController> self(this);
    auto fetched = [self, accountId, itemId](Status) {
        if (!self || !self->m_service || self->m_currentAccountId != accountId ||
            self->m_view != u"account")
            return;
        auto article = self->m_service->store().articleByItem(accountId, itemId);
        if (article.ok() && article->has_value())
            self->openArticle((*article)->id);
    };
    if (account.kind == articles::OfficialAccount::Kind::Feed)
        m_service->refreshFeed(accountId, fetched);
    else
        m_service->fetchItems(accountId, fetched);
}

void ArticlesController::installImageProvider(QObject *qmlObject)
{
    QQmlEngine *engine = qmlEngine(qmlObject);
    if (!engine)
        return;
    const QString id = QString::fromLatin1(ArticlesImageProvider::providerId);
    if (!engine->imageProvider(id))
        engine->addImageProvider(id, new ArticlesImageProvider(this));
}

} // namespace teahouse::ui
