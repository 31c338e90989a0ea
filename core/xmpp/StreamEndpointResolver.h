#pragma once

#include "xmpp/StreamEndpoint.h"
#include "xmpp/StreamSettings.h"

#include <QObject>
#include <QPointer>

class QDnsLookup;

namespace teahouse::xmpp {

// Finds where to connect for a domain (RFC 6120 §3.2, XEP-0368): SRV records of
// _xmpps-client._tcp and _xmpp-client._tcp as the TLS mode allows, merged and ordered by
// priority and weight; when DNS has none, the domain itself on 5222 (STARTTLS) or 5223
// (direct TLS only).
class StreamEndpointResolver : public QObject
{
    Q_OBJECT
public:
    explicit StreamEndpointResolver(QObject *parent = nullptr);
    ~StreamEndpointResolver() override;

    // Starts a look-up; a previous one still running is abandoned. Emits finished() once.
    void resolve(const QString &domain, StreamSettings::TlsMode mode);
    void cancel();

    // The endpoints to use without DNS for a domain and mode.
    [[nodiscard]] static QList<StreamEndpoint> fallback(const QString &domain,
                                                        StreamSettings::TlsMode mode);

Q_SIGNALS:
    void finished(const QList<teahouse::xmpp::StreamEndpoint> &endpoints);

private:
    void lookupDone();

    QString m_domain;
    StreamSettings::TlsMode m_mode = StreamSettings::TlsMode::Automatic;
    QList<QPointer<QDnsLookup>> m_lookups;
    QList<SrvRecord> m_records;
    int m_outstanding = 0;
};

} // namespace teahouse::xmpp
