#include "ArticleRequestInterceptor.h"

#include "articles/ArticlesLogging.h"

namespace teahouse::ui {

QString ArticleRequestInterceptor::origin(const QUrl &url)
{
    return QStringLiteral("%1://%2:%3")
        .arg(url.scheme(), url.host().toLower())
        .arg(url.port(url.scheme() == u"https" ? 443 : 80));
}

void ArticleRequestInterceptor::setAllowedImageOrigins(const QStringList &origins)
{
    QMutexLocker lock(&m_mutex);
    m_origins = QSet<QString>(origins.begin(), origins.end());
}

void ArticleRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const auto type = info.resourceType();
    bool allow = false;
    if (url.scheme() == kScheme) {
        allow = type == QWebEngineUrlRequestInfo::ResourceTypeMainFrame
                || type == QWebEngineUrlRequestInfo::ResourceTypeImage
                || type == QWebEngineUrlRequestInfo::ResourceTypeFavicon;
    } else if (type == QWebEngineUrlRequestInfo::ResourceTypeImage
               && (url.scheme() == u"https" || url.scheme() == u"http")) {
        QMutexLocker lock(&m_mutex);
        allow = m_origins.contains(origin(url));
    }
    const QString entry = QStringLiteral("%1 %2 %3")
                              .arg(allow ? QStringLiteral("allow") : QStringLiteral("block"))
                              .arg(static_cast<int>(type))
                              .arg(url.toString());
    qCInfo(lcArticles).noquote() << "reader:" << entry;
    {
        QMutexLocker lock(&m_mutex);
        m_log.append(entry);
    }
    if (!allow)
        info.block(true);
}

QStringList ArticleRequestInterceptor::log() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

void ArticleRequestInterceptor::clearLog()
{
    QMutexLocker lock(&m_mutex);
    m_log.clear();
}

} // namespace teahouse::ui
