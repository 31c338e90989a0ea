#pragma once

#include <QByteArray>
#include <QString>
#include <QWebEngineUrlSchemeHandler>
#include <functional>

namespace teahouse::ui {

// Serves teahouse-article: pages (our rendered template) and cached images out of the
// encrypted store, so an article reads offline and nothing decrypted is written to disk.
//   teahouse-article://page/<article id>?size=<px>   the article
//   teahouse-article://image/?u=<encoded address>     a cached image
class ArticleSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    struct Reply
    {
        QByteArray mimeType;
        QByteArray data;
    };
    // Returns an empty mimeType when there is nothing at that address.
    using Resolver = std::function<Reply(const QUrl &url)>;

    explicit ArticleSchemeHandler(Resolver resolver, QObject *parent = nullptr);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

    // Call once, before the application object exists.
    static void registerScheme();

private:
    Resolver m_resolver;
};

} // namespace teahouse::ui
