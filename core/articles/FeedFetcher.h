#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace teahouse::articles {

// Fetches a feed or an image over HTTP(S) with QNetworkAccessManager: conditional requests
// (If-None-Match / If-Modified-Since, RFC 9110 §13) so an unchanged feed costs a 304 and keeps
// the cache, redirects only to equally safe addresses, a size cap and a transfer timeout.
class FeedFetcher : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        bool notModified = false;
        QByteArray body;
        QString contentType;
        QString etag;
        QString lastModified;
        QUrl url; // after redirects
    };
    static constexpr qint64 kMaxFeedSize = 8 * 1024 * 1024;

    explicit FeedFetcher(QObject *parent = nullptr);

    // Trusted in addition to the system's (a private server's own certificate).
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    // Certificates the user pinned at sign-in (the server's own, self-signed): accepted by
    // their SHA-256 fingerprint, as the chat's uploads are.
    void setPinnedFingerprints(const QStringList &fingerprints);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void fetch(const QUrl &url, const QString &etag, const QString &lastModified, QObject *context,
               std::function<void(Result<Response>)> done);

private:
    QNetworkAccessManager *m_network;
    QList<QSslCertificate> m_ca;
    QStringList m_pins;
    int m_timeoutMs = 30000;
};

} // namespace teahouse::articles
