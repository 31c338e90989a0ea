#pragma once

#include "AccountsModel.h"
#include "ArticleListModel.h"
#include "articles/ArticlesService.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

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

public:
    explicit ArticlesController(QObject *parent = nullptr);
    ~ArticlesController() override;

    void setService(articles::ArticlesService *service);
    [[nodiscard]] articles::ArticlesService *service() const { return m_service; }
    // The account's own domain: its upload host's images are allowed in the reader.
    void setUploadHost(const QString &host) { m_uploadHost = host; }

    [[nodiscard]] bool available() const { return m_service != nullptr; }
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
    Q_INVOKABLE void unfollow(const QString &accountId);
    Q_INVOKABLE void followFeed(const QString &address);
    Q_INVOKABLE void openAccount(const QString &accountId);
    Q_INVOKABLE void openArticle(qint64 articleId);
    Q_INVOKABLE void back();
    Q_INVOKABLE void goHome();
    // The reader's address for the open article, rendered with these Theme values.
    Q_INVOKABLE QUrl pageUrl(int fontPx, const QString &text, const QString &secondary,
                             const QString &background, const QString &link) const;
    // #pos-N anchor for the remembered reading position (empty at the top).
    Q_INVOKABLE QString positionAnchor() const;
    Q_INVOKABLE void savePosition(double fraction);
    Q_INVOKABLE void setLiked(bool liked);
    Q_INVOKABLE void copyLink();
    Q_INVOKABLE void shareToChat();
    Q_INVOKABLE void shareToMoments();

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
    // For the app: share this article (its title and address) to a chat or to Moments.
    void shareToChatRequested(const QString &title, const QString &link);
    void shareToMomentsRequested(const QString &title, const QString &link);

private:
    void reload();
    void reloadArticle();
    void setView(const QString &view);
    void setBusy(bool busy);
    void setError(const QString &text);
    [[nodiscard]] QString accountTitle(const QString &accountId) const;

    QPointer<articles::ArticlesService> m_service;
    AccountsModel m_directory{false};
    AccountsModel m_following{true};
    ArticleListModel m_timeline;
    ArticleListModel m_accountArticles;
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
