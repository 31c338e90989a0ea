#include "xmpp/StreamEndpoint.h"

#include <algorithm>

namespace teahouse::xmpp {

QList<StreamEndpoint> orderSrvRecords(QList<SrvRecord> records,
                                      const std::function<double()> &random)
{
    records.removeIf([](const SrvRecord &r) { return r.target.isEmpty() || r.target == u"."; });
    // Stable, so that direct TLS (listed first by the caller or sorted here) wins ties.
    std::stable_sort(records.begin(), records.end(), [](const SrvRecord &a, const SrvRecord &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.directTls && !b.directTls;
    });

    QList<StreamEndpoint> out;
    out.reserve(records.size());
    qsizetype start = 0;
    while (start < records.size()) {
        qsizetype end = start;
        while (end < records.size() && records[end].priority == records[start].priority)
            ++end;
        // RFC 2782: zero-weight entries first, then repeatedly draw by running weight sums.
        QList<SrvRecord> group(records.begin() + start, records.begin() + end);
        std::stable_partition(group.begin(), group.end(),
                              [](const SrvRecord &r) { return r.weight == 0; });
        while (!group.isEmpty()) {
            quint32 total = 0;
            for (const SrvRecord &r : std::as_const(group))
                total += r.weight;
            qsizetype chosen = 0;
            if (total > 0) {
                const double r = std::clamp(random(), 0.0, 0.999999999);
                const auto draw = static_cast<quint32>(r * (double(total) + 1.0)); // 0..total
                quint32 running = 0;
                for (qsizetype i = 0; i < group.size(); ++i) {
                    running += group[i].weight;
                    if (running >= draw) {
                        chosen = i;
                        break;
                    }
                }
            }
            const SrvRecord &r = group[chosen];
            out.append(StreamEndpoint{r.target, r.port, r.directTls});
            group.removeAt(chosen);
        }
        start = end;
    }
    return out;
}

} // namespace teahouse::xmpp
