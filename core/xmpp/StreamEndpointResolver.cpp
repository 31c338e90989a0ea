#include "xmpp/StreamEndpointResolver.h"

#include "base/Logging.h"

#include <QDnsLookup>
#include <QRandomGenerator>

namespace teahouse::xmpp {

StreamEndpointResolver::StreamEndpointResolver(QObject *parent)
    : QObject(parent)
{}

StreamEndpointResolver::~StreamEndpointResolver()
{
    cancel();
}

void StreamEndpointResolver::cancel()
{
    for (const QPointer<QDnsLookup> &lookup : std::as_const(m_lookups)) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->abort();
            lookup->deleteLater();
        }
    }
    m_lookups.clear();
    m_records.clear();
    m_outstanding = 0;
}

QList<StreamEndpoint> StreamEndpointResolver::fallback(const QString &domain,
                                                       StreamSettings::TlsMode mode)
{
    if (mode == StreamSettings::TlsMode::DirectTls)
        return {StreamEndpoint{domain, 5223, true}};
    return {StreamEndpoint{domain, 5222, false}};
}

void StreamEndpointResolver::resolve(const QString &domain, StreamSettings::TlsMode mode)
{
    cancel();
    m_domain = domain;
    m_mode = mode;
    QList<std::pair<QString, bool>> services;
    if (mode != StreamSettings::TlsMode::StartTls)
        services.append({QStringLiteral("_xmpps-client._tcp."), true});
    if (mode != StreamSettings::TlsMode::DirectTls)
        services.append({QStringLiteral("_xmpp-client._tcp."), false});
    m_outstanding = int(services.size());
    for (const auto &[prefix, directTls] : services) {
        auto *lookup = new QDnsLookup(QDnsLookup::SRV, prefix + domain, this);
        lookup->setProperty("directTls", directTls);
        m_lookups.append(lookup);
        connect(lookup, &QDnsLookup::finished, this, &StreamEndpointResolver::lookupDone);
        lookup->lookup();
    }
}

void StreamEndpointResolver::lookupDone()
{
    auto *lookup = qobject_cast<QDnsLookup *>(sender());
    if (!lookup)
        return;
    const bool directTls = lookup->property("directTls").toBool();
    if (lookup->error() == QDnsLookup::NoError) {
        for (const QDnsServiceRecord &record : lookup->serviceRecords())
            m_records.append(SrvRecord{record.target(), record.port(), record.priority(),
                                       record.weight(), directTls});
    } else {
        qCDebug(lcXmpp) << "SRV look-up" << lookup->name() << "failed:" << lookup->errorString();
    }
    m_lookups.removeAll(lookup);
    lookup->deleteLater();
    if (--m_outstanding > 0)
        return;

    QList<StreamEndpoint> endpoints =
        orderSrvRecords(m_records, [] { return QRandomGenerator::global()->generateDouble(); });
    // A "." target (service decidedly not available) leaves nothing; fall back only when DNS
    // had no answer at all, as RFC 6120 §3.2.2 says.
    const bool explicitlyUnavailable = !m_records.isEmpty() && endpoints.isEmpty();
    if (endpoints.isEmpty() && !explicitlyUnavailable)
        endpoints = fallback(m_domain, m_mode);
    m_records.clear();
    qCDebug(lcXmpp) << "Endpoints for" << m_domain << endpoints.size();
    Q_EMIT finished(endpoints);
}

} // namespace teahouse::xmpp
