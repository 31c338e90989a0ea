#include "xmpp/UploadManager.h"

#include "base/Logging.h"
#include "xmpp/DataForm.h"
#include "xmpp/IqTracker.h"
#include "xmpp/TlsCertificateUtils.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace teahouse::xmpp {

namespace {
constexpr QStringView kDiscoItems = u"http://jabber.org/protocol/disco#items";
constexpr QStringView kDiscoInfo = u"http://jabber.org/protocol/disco#info";

Error networkError(QNetworkReply *reply)
{
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return Error::make(Error::Code::Cancelled, QStringLiteral("Transfer cancelled"));
    return Error::make(Error::Code::Network, reply->errorString());
}
} // namespace

UploadManager::UploadManager(IqTracker *iq, QObject *parent)
    : QObject(parent)
    , m_iq(iq)
    , m_network(new QNetworkAccessManager(this))
{}

UploadManager::~UploadManager() = default;

void UploadManager::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
}

void UploadManager::setPinnedFingerprints(const QStringList &fingerprints)
{
    m_pinnedFingerprints.clear();
    for (const QString &pin : fingerprints)
        m_pinnedFingerprints.append(tls::normalizedFingerprint(pin));
}

void UploadManager::trustPinned(QNetworkReply *reply) const
{
    if (m_pinnedFingerprints.isEmpty())
        return;
    const QStringList pins = m_pinnedFingerprints;
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, pins](const QList<QSslError> &errors) {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!peer.isNull() && pins.contains(tls::normalizedFingerprint(tls::sha256Fingerprint(peer))))
            reply->ignoreSslErrors(errors);
    });
}

void UploadManager::setService(const Jid &service, qint64 maxSize)
{
    m_service = service;
    m_maxSize = maxSize;
}

void UploadManager::discoverService(const QString &domain, QObject *context,
                                    std::function<void(Result<Jid>)> done)
{
    if (m_service.isValid()) {
        done(m_service);
        return;
    }
    const Jid domainJid = Jid::parse(domain);
    m_iq->get(domainJid, Element(QStringLiteral("query"), kDiscoItems.toString()), context,
              [this, domainJid, context, done](const Result<Element> &result) {
                  QList<Jid> candidates{domainJid};
                  if (result.ok()) {
                      for (const Element &item :
                           result.value().firstChild(u"query", kDiscoItems).childrenNamed(u"item"))
                          candidates.append(Jid::parse(item.attribute(u"jid")));
                  }
                  checkInfo(candidates, context, done);
              });
}

void UploadManager::checkInfo(QList<Jid> candidates, QObject *context,
                              std::function<void(Result<Jid>)> done)
{
    if (candidates.isEmpty()) {
        done(Error::make(Error::Code::NotFound,
                         QStringLiteral("The server offers no file upload service")));
        return;
    }
    const Jid candidate = candidates.takeFirst();
    m_iq->get(candidate, Element(QStringLiteral("query"), kDiscoInfo.toString()), context,
              [this, candidate, candidates, context, done](const Result<Element> &result) {
                  if (result.ok()) {
                      const Element query = result.value().firstChild(u"query", kDiscoInfo);
                      for (const Element &f : query.childrenNamed(u"feature")) {
                          if (f.attribute(u"var") != kNamespace)
                              continue;
                          qint64 maxSize = 0;
                          for (const Element &x : query.childrenNamed(u"x", DataForm::kNamespace)) {
                              auto form = DataForm::fromElement(x);
                              if (form.ok() && form.value().formType() == kNamespace) {
                                  if (const auto *field = form.value().field(u"max-file-size"))
                                      maxSize = field->value().toLongLong();
                              }
                          }
                          setService(candidate, maxSize);
                          done(candidate);
                          return;
                      }
                  }
                  checkInfo(candidates, context, done);
              });
}

Element UploadManager::makeSlotRequest(const QString &fileName, qint64 size,
                                       const QString &mimeType)
{
    Element request(QStringLiteral("request"), kNamespace.toString());
    request.setAttribute(QStringLiteral("filename"), fileName);
    request.setAttribute(QStringLiteral("size"), QString::number(size));
    if (!mimeType.isEmpty())
        request.setAttribute(QStringLiteral("content-type"), mimeType);
    return request;
}

Result<UploadManager::Slot> UploadManager::parseSlot(const Element &iqResult)
{
    const Element *slot = iqResult.findChild(u"slot", kNamespace);
    const Element *put = slot ? slot->findChild(u"put") : nullptr;
    const Element *get = slot ? slot->findChild(u"get") : nullptr;
    if (!put || !get)
        return Error::make(Error::Code::Protocol, QStringLiteral("The upload slot is incomplete"));
    Slot s;
    s.putUrl = QUrl(put->attribute(u"url"));
    s.getUrl = QUrl(get->attribute(u"url"));
    if (s.putUrl.scheme() != u"https" && s.putUrl.scheme() != u"http")
        return Error::make(Error::Code::Protocol, QStringLiteral("The upload slot has no URL"));
    for (const Element &h : put->childrenNamed(u"header")) {
        // XEP-0363 §5: only these may be passed on; anything else is dropped.
        const QString name = h.attribute(u"name");
        if (name.compare(u"Authorization", Qt::CaseInsensitive) == 0 ||
            name.compare(u"Cookie", Qt::CaseInsensitive) == 0 ||
            name.compare(u"Expires", Qt::CaseInsensitive) == 0) {
            QString value = h.text();
            value.remove(u'\n').remove(u'\r');
            s.headers.append({name.toLatin1(), value.toUtf8()});
        }
    }
    return s;
}

void UploadManager::requestSlot(const QString &fileName, qint64 size, const QString &mimeType,
                                QObject *context, std::function<void(Result<Slot>)> done)
{
    if (!m_service.isValid()) {
        done(Error::make(Error::Code::NotFound, QStringLiteral("No file upload service")));
        return;
    }
    if (m_maxSize > 0 && size > m_maxSize) {
        done(Error::make(Error::Code::PolicyViolation,
                         QStringLiteral("The file is larger than the server accepts")));
        return;
    }
    m_iq->get(m_service, makeSlotRequest(fileName, size, mimeType), context,
              [done](const Result<Element> &result) {
                  if (!result.ok())
                      done(result.error());
                  else
                      done(parseSlot(result.value()));
              });
}

QNetworkReply *UploadManager::put(const Slot &slot, const QByteArray &data,
                                  const QString &mimeType, Progress progress,
                                  std::function<void(Status)> done)
{
    QNetworkRequest request(slot.putUrl);
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(ssl);
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : mimeType);
    request.setHeader(QNetworkRequest::ContentLengthHeader, data.size());
    for (const auto &[name, value] : slot.headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network->put(request, data);
    trustPinned(reply);
    if (progress)
        connect(reply, &QNetworkReply::uploadProgress, this, progress);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError)
            done(networkError(reply));
        else if (status < 200 || status >= 300)
            done(Error::make(Error::Code::Network,
                             QStringLiteral("Upload refused (HTTP %1)").arg(status)));
        else
            done(Status());
    });
    return reply;
}

QNetworkReply *UploadManager::get(const QUrl &url, Progress progress,
                                  std::function<void(Result<QByteArray>)> done)
{
    QNetworkRequest request(url);
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = m_network->get(request);
    trustPinned(reply);
    if (progress)
        connect(reply, &QNetworkReply::downloadProgress, this, progress);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            done(networkError(reply));
        else
            done(reply->readAll());
    });
    return reply;
}

} // namespace teahouse::xmpp
