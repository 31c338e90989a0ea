#pragma once

#include <QList>
#include <QString>
#include <functional>

namespace teahouse::xmpp {

// One place to try to connect to: from an SRV record, the domain fallback or an explicit
// override. directTls means TLS from the first byte (XEP-0368), otherwise STARTTLS.
struct StreamEndpoint
{
    QString host;
    quint16 port = 5222;
    bool directTls = false;

    friend bool operator==(const StreamEndpoint &, const StreamEndpoint &) = default;
};

// An SRV answer before ordering.
struct SrvRecord
{
    QString target;
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
    bool directTls = false;
};

// Orders the merged _xmpps-client and _xmpp-client answers: lowest priority first, within a
// priority a weighted random order (RFC 2782), direct TLS first where the draw ties. A target
// of "." means the service is not offered and is dropped. random returns [0, 1).
[[nodiscard]] QList<StreamEndpoint> orderSrvRecords(QList<SrvRecord> records,
                                                    const std::function<double()> &random);

} // namespace teahouse::xmpp
