#pragma once

#include "AccountsModel.h"
#include "ArticleListModel.h"
#include "ShareTargetsModel.h"
#include "articles/ArticlesService.h"
#include "xmpp/Element.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

class QQuickWebEngineProfile;

namespace teahouse::ui {

class ArticleRequestInterceptor;
class ArticleSchemeHandler;

// What the Official Accounts page sees (features.articles): the directory and followed
// accounts, an account's articles, the Subscriptions timeline, and the reader's web profile —
// its own off-the-record profile with the request interceptor and the teahouse-article:
// scheme that serves the rendered article and cached images from the encrypted store.
class ArticlesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ArticlesController is made by the app's ArticlesFeature")

    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(teahouse::ui::AccountsModel *directory READ directory CONSTANT)
    Q_PROPERTY(teahouse::ui::AccountsModel *following READ following CONSTANT)
    Q_PROPERTY(teahouse::ui::ArticleListModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(teahouse::ui::ArticleListModel *accountArticles READ accountArticles CONSTANT)
    Q_PROPERTY(QVariantMap currentAccount READ currentAccount NOTIFY currentAccountChanged)
    Q_PROPERTY(QVariantMap currentArticle READ currentArticle NOTIFY currentArticleChanged)
    // "home" (followed, timeline, browse), "account" or "reader".
    Q_PROPERTY(QString view READ view NOTIFY viewChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY totalUnreadChanged)
    // Sharing to a chat: the conversations and contacts to pick from, and whether a chat is
    // there to send to.
    Q_PROPERTY(teahouse::ui::ShareTargetsModel *shareTargets READ shareTargets CONSTANT)
    Q_PROPERTY(bool canShareToChat READ canShareToChat NOTIFY canShareToChatChanged)
    // Bumped when an image arrives in the cache (cards and pictures read it again).
    Q_PROPERTY(int imageRevision READ imageRevision NOTIFY imageRevisionChanged)

public:
    explicit ArticlesController(QObject *parent = nullptr);
    ~ArticlesController() override;

    void setService(articles::ArticlesService *service);
    [[nodiscard]] articles::ArticlesService *service() const { return m_service; }
    // The account's own domain: its upload host's images are allowed in the reader.
    void setUploadHost(const QString &host) { m_uploadHost = host; }

    // Sends an article card into a conversation (the chat's card registry); false if not sent.
    using CardSender = std::function<bool(const QString &jid, const xmpp::Element &card,
                                          const QString &fallbackText)>;
    void setCardSender(CardSender sender);
    // The chat's conversation and contact lists, for the share picker.
    void setShareSources(QAbstractItemModel *conversations, QAbstractItemModel *contacts);

    // The card of an article shared into a chat (<article xmlns=kCardNs/>): title, account,
    // summary, cover and link, and where it comes from (account id, service and node or feed
    // address, item id) so a receiving Teahouse can open it.
    static constexpr QStringView kCardNs = u"urn:teahouse:articles:card:0";
    [[nodiscard]] std::optional<xmpp::Element> articleCard(qint64 articleId) const;
    // What other clients show: title, account and the address.
    [[nodiscard]] static QString cardFallback(const QVariantMap &card);
    // The fields of a card's XML (empty map if it is not one).
    [[nodiscard]] static QVariantMap parseCard(const QString &cardXml);

    [[nodiscard]] bool available() const { return m_service != nullptr; }
    [[nodiscard]] ShareTargetsModel *shareTargets() { return &m_shareTargets; }
    [[nodiscard]] bool canShareToChat() const { return bool(m_cardSender); }
    [[nodiscard]] int imageRevision() const { return m_imageRevision; }
    // A cached image's bytes (the image provider's source), empty if not cached.
    [[nodiscard]] QByteArray cachedImage(const QUrl &url) const;
    [[nodiscard]] AccountsModel *directory() { return &m_directory; }
    [[nodiscard]] AccountsModel *following() { return &m_following; }
    [[nodiscard]] ArticleListModel *timeline() { return &m_timeline; }
    [[nodiscard]] ArticleListModel *accountArticles() { return &m_accountArticles; }
    [[nodiscard]] QVariantMap currentAccount() const { return m_currentAccount; }
    [[nodiscard]] QVariantMap currentArticle() const { return m_currentArticle; }
    [[nodiscard]] QString view() const { return m_view; }
    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] int totalUnread() const { return m_totalUnread; }

    // The reader's profile, made on first use (no web engine runs until an article opens).
    Q_INVOKABLE QObject *readerProfile();
    [[nodiscard]] ArticleRequestInterceptor *interceptor() const { return m_interceptor; }
    Q_INVOKABLE QStringList requestLog() const;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void follow(const QString &accountId);
    // A follow link ("xmpp:<service>?pubsub;action=subscribe;node=<node>", scanned or tapped):
    // follows that account, opens its page and asks the app to show Official Accounts.
    // False for any other link.
    Q_INVOKABLE bool followUri(const QString &uri);
    Q_INVOKABLE void unfollow(const QString &accountId);
    Q_INVOKABLE void followFeed(const QString &address);
    Q_INVOKABLE void openAccount(const QString &accountId);
    Q_INVOKABLE void openArticle(qint64 articleId);
    Q_INVOKABLE void back();
    Q_INVOKABLE void goHome();
    // The reader's address for the open article, rendered with these Theme values.
    Q_INVOKABLE QUrl pageUrl(int fontPx, const QString &fontFamily, const QString &text,
                             const QString &secondary, const QString &background,
                             const QString &link) const;
    // #pos-N anchor for the remembered reading position (empty at the top).
    Q_INVOKABLE QString positionAnchor() const;
    Q_INVOKABLE void savePosition(double fraction);
    Q_INVOKABLE void setLiked(bool liked);
    Q_INVOKABLE void copyLink();
    Q_INVOKABLE void shareToChat();
    // Sends the open article as a card into the conversation with `jid` (a person or group).
    Q_INVOKABLE bool shareToChatJid(const QString &jid);
    Q_INVOKABLE void shareToMoments();
    // A card in a chat, for its delegate: parseCard plus image sources of what is cached
    // (coverSource, avatarSource) and whether the article is already here (known).
    Q_INVOKABLE QVariantMap cardInfo(const QString &cardXml);
    // Opens a shared card: the article when it is cached; otherwise its account's page, where
    // it can be followed, while the account's newest items are fetched (then the article
    // opens). Asks the app to show Official Accounts.
    Q_INVOKABLE void openCard(const QString &cardXml);
    // image://articles for the QML engine `qmlObject` lives in.
    Q_INVOKABLE void installImageProvider(QObject *qmlObject);

    // The page and image replies of the teahouse-article: scheme (public for tests).
    [[nodiscard]] QByteArray renderPage(const QUrl &url) const;

Q_SIGNALS:
    void availableChanged();
    void currentAccountChanged();
    void currentArticleChanged();
    void viewChanged();
    void searchTextChanged();
    void busyChanged();
    void errorTextChanged();
    void totalUnreadChanged();
    void canShareToChatChanged();
    void imageRevisionChanged();
    // shareToChatJid sent the article to this conversation.
    void sharedToChat(const QString &jid, const QString &name);
    // For the app: share this article (its title and address) to a chat or to Moments.
    void shareToChatRequested(const QString &title, const QString &link);
    void shareToMomentsRequested(const QString &title, const QString &link);
    // followUri opened an account: the app shows Discover → Official Accounts.
    void pageRequested();

private:
    void reload();
    void reloadArticle();
    // The account's page, without fetching anything.
    void showAccount(const QString &accountId);
    void setView(const QString &view);
    void setBusy(bool busy);
    void setError(const QString &text);
    [[nodiscard]] QString accountTitle(const QString &accountId) const;

    QPointer<articles::ArticlesService> m_service;
    AccountsModel m_directory{false};
    AccountsModel m_following{true};
    ArticleListModel m_timeline;
    ArticleListModel m_accountArticles;
    ShareTargetsModel m_shareTargets;
    CardSender m_cardSender;
    int m_imageRevision = 0;
    QHash<QString, QString> m_titles;
    QVariantMap m_currentAccount;
    QVariantMap m_currentArticle;
    QString m_currentAccountId;
    qint64 m_currentArticleId = 0;
    QString m_view = QStringLiteral("home");
    QString m_previousView = QStringLiteral("home");
    QString m_searchText;
    bool m_busy = false;
    QString m_errorText;
    int m_totalUnread = 0;
    QString m_uploadHost;
    QQuickWebEngineProfile *m_profile = nullptr;
    ArticleRequestInterceptor *m_interceptor = nullptr;
    ArticleSchemeHandler *m_scheme = nullptr;
};

} // namespace teahouse::ui
