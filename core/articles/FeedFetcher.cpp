#include "articles/FeedFetcher.h"

#include "xmpp/TlsCertificateUtils.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>

namespace teahouse::articles {

FeedFetcher::FeedFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

void FeedFetcher::setPinnedFingerprints(const QStringList &fingerprints)
{
    m_pins.clear();
    for (const QString &pin : fingerprints)
        m_pins.append(xmpp::tls::normalizedFingerprint(pin));
}

void FeedFetcher::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_ca = certificates;
}

void FeedFetcher::fetch(const QUrl &url, const QString &etag, const QString &lastModified,
                        QObject *context, std::function<void(Result<Response>)> done)
{
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return done(Error::make(Error::Code::InvalidArgument,
                                tr("Only http and https addresses can be followed.")));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Teahouse"));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag.toUtf8());
    if (!lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", lastModified.toUtf8());
    if (!m_ca.isEmpty() && url.scheme() == u"https") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_ca);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = m_network->get(request);
    if (!m_pins.isEmpty()) {
        const QStringList pins = m_pins;
        connect(reply, &QNetworkReply::sslErrors, reply,
                [reply, pins](const QList<QSslError> &errors) {
                    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
                    if (!peer.isNull() && pins.contains(xmpp::tls::normalizedFingerprint(
                                              xmpp::tls::sha256Fingerprint(peer))))
                        reply->ignoreSslErrors(errors);
                });
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxFeedSize)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, guard, hasContext, done] {
        reply->deleteLater();
        if (hasContext && !guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Response response;
        response.url = reply->url();
        response.etag = QString::fromUtf8(reply->rawHeader("ETag"));
        response.lastModified = QString::fromUtf8(reply->rawHeader("Last-Modified"));
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (status == 304) {
            response.notModified = true;
            return done(response);
        }
        if (reply->error() != QNetworkReply::NoError) {
            return done(Error::make(reply->error() == QNetworkReply::OperationCanceledError
                                        ? Error::Code::Cancelled
                                        : Error::Code::Network,
                                    reply->errorString()));
        }
        if (status < 200 || status >= 300)
            return done(
                Error::make(Error::Code::Network, tr("The server answered %1.").arg(status)));
        response.body = reply->readAll();
        if (response.body.size() > kMaxFeedSize)
            return done(Error::make(Error::Code::InvalidArgument, tr("The file is too large.")));
        done(response);
    });
}

} // namespace teahouse::articles
