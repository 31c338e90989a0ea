#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/Element.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace teahouse::xmpp {

class IqTracker;

// XEP-0363 HTTP file upload: finds the upload service (disco), asks it for a slot, PUTs the
// bytes and GETs files others shared, over HTTPS that trusts the system CAs plus the account's
// own (a private server's certificate). Transfers report progress and can be aborted.
class UploadManager : public QObject
{
    Q_OBJECT
public:
    static constexpr QStringView kNamespace = u"urn:xmpp:http:upload:0";

    struct Slot
    {
        QUrl putUrl;
        QList<std::pair<QByteArray, QByteArray>> headers; // only the ones XEP-0363 allows
        QUrl getUrl;
    };

    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit UploadManager(IqTracker *iq, QObject *parent = nullptr);
    ~UploadManager() override;

    void setCaCertificates(const QList<QSslCertificate> &certificates);
    // SHA-256 fingerprints of certificates the user chose to trust at sign-in (the server's
    // self-signed one): an HTTPS upload host presenting exactly that certificate is accepted
    // like the XMPP stream is, nothing else is.
    void setPinnedFingerprints(const QStringList &fingerprints);
    // Uses this service instead of discovering one.
    void setService(const Jid &service, qint64 maxSize = 0);
    [[nodiscard]] Jid service() const { return m_service; }
    [[nodiscard]] qint64 maxFileSize() const { return m_maxSize; }

    // disco#items of the domain, then disco#info of each item until one offers upload.
    void discoverService(const QString &domain, QObject *context,
                         std::function<void(Result<Jid>)> done);
    void requestSlot(const QString &fileName, qint64 size, const QString &mimeType,
                     QObject *context, std::function<void(Result<Slot>)> done);
    // PUT; returns the reply so callers can abort() it (done then gets Cancelled).
    QNetworkReply *put(const Slot &slot, const QByteArray &data, const QString &mimeType,
                       Progress progress, std::function<void(Status)> done);
    QNetworkReply *get(const QUrl &url, Progress progress,
                       std::function<void(Result<QByteArray>)> done);

    [[nodiscard]] static Element makeSlotRequest(const QString &fileName, qint64 size,
                                                 const QString &mimeType);
    [[nodiscard]] static Result<Slot> parseSlot(const Element &iqResult);

private:
    void checkInfo(QList<Jid> candidates, QObject *context,
                   std::function<void(Result<Jid>)> done);

    IqTracker *m_iq;
    QNetworkAccessManager *m_network;
    void trustPinned(QNetworkReply *reply) const;

    QList<QSslCertificate> m_caCertificates;
    QStringList m_pinnedFingerprints;
    Jid m_service;
    qint64 m_maxSize = 0;
};

} // namespace teahouse::xmpp
