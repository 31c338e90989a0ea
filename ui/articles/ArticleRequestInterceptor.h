#pragma once

#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace teahouse::ui {

// The reader's network gate: the page itself and cached copies come through our own scheme;
// images may come from the article's own origin and the upload host; everything else (scripts,
// frames, styles, fonts, trackers, navigations away) is blocked. Every decision is logged
// (teahouse.articles) and kept, so tests can check what the page asked for.
class ArticleRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    static constexpr QStringView kScheme = u"teahouse-article";

    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    // The origins (scheme://host:port) images may come from for the article being read.
    void setAllowedImageOrigins(const QStringList &origins);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    // "allow <type> <url>" / "block <type> <url>", in order.
    [[nodiscard]] QStringList log() const;
    void clearLog();

    [[nodiscard]] static QString origin(const QUrl &url);

private:
    mutable QMutex m_mutex; // interceptRequest runs on the IO thread
    QSet<QString> m_origins;
    QStringList m_log;
};

} // namespace teahouse::ui
