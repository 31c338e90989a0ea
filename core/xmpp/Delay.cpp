#include "xmpp/Delay.h"

#include "base/Logging.h"

namespace teahouse::xmpp {

namespace {
// Jabber's first release; nothing sent over XMPP can be older.
const QDateTime kEarliest(QDate(1999, 1, 1), QTime(0, 0), Qt::UTC);
} // namespace

QDateTime Delay::stamp(const Element &parent, const QDateTime &now)
{
    const Element *delay = parent.findChild(u"delay", kNamespace);
    return delay ? parseStamp(delay->attribute(u"stamp"), now) : QDateTime();
}

QDateTime Delay::parseStamp(const QString &text, const QDateTime &now)
{
    const QString trimmed = text.trimmed();
    // XEP-0082 needs at least "CCYY-MM-DDThh:mm:ss"; Qt would also take a bare date.
    if (trimmed.size() < 19 || trimmed.size() > 40 || trimmed.at(10) != u'T')
        return {};
    QDateTime t = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no offset given: the protocol's times are UTC
    return sane(t, now);
}

QDateTime Delay::sane(const QDateTime &claimed, const QDateTime &now)
{
    if (!claimed.isValid())
        return {};
    const QDateTime t = claimed.toUTC();
    if (t < kEarliest) {
        qCInfo(lcXmpp) << "Ignored a time before 1999:" << t.toString(Qt::ISODate);
        return {};
    }
    if (t > now) {
        if (t.secsTo(now) < -300)
            qCInfo(lcXmpp) << "Clamped a time in the future to now:" << t.toString(Qt::ISODate);
        return now.toUTC();
    }
    return t;
}

} // namespace teahouse::xmpp
