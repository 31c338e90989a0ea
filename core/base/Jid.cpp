#include "base/Jid.h"

#include <QHash>

namespace teahouse {

namespace {

constexpr qsizetype kMaxPartBytes = 1023;

bool validLocal(const QString &local)
{
    if (local.toUtf8().size() > kMaxPartBytes)
        return false;
    for (QChar c : local) {
        // RFC 7622 §3.3.1: these are disallowed in the localpart.
        if (c == u'"' || c == u'&' || c == u'\'' || c == u'/' || c == u':' || c == u'<'
            || c == u'>' || c == u'@' || c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

bool validDomain(const QString &domain)
{
    if (domain.isEmpty() || domain.toUtf8().size() > kMaxPartBytes)
        return false;
    for (QChar c : domain) {
        if (c.isSpace() || c == u'@' || c == u'/' || c.category() == QChar::Other_Control)
            return false;
    }
    return !domain.startsWith(u'.') && !domain.endsWith(u'.');
}

bool validResource(const QString &resource)
{
    if (resource.toUtf8().size() > kMaxPartBytes)
        return false;
    for (QChar c : resource) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

Jid::Jid(QString local, QString domain, QString resource)
    : m_local(local.toLower())
    , m_domain(domain.toLower())
    , m_resource(std::move(resource))
{
}

Jid Jid::parse(QStringView text)
{
    // The resource may contain '@' and '/', so split it off first (RFC 7622 §3.1).
    const qsizetype slash = text.indexOf(u'/');
    QStringView head = slash >= 0 ? text.left(slash) : text;
    QStringView resource = slash >= 0 ? text.mid(slash + 1) : QStringView();
    if (slash >= 0 && resource.isEmpty())
        return {};
    const qsizetype at = head.indexOf(u'@');
    QStringView local = at >= 0 ? head.left(at) : QStringView();
    QStringView domain = at >= 0 ? head.mid(at + 1) : head;
    if (at >= 0 && local.isEmpty())
        return {};
    Jid jid(local.toString(), domain.toString(), resource.toString());
    if (!validLocal(jid.m_local) || !validDomain(jid.m_domain) || !validResource(jid.m_resource))
        return {};
    return jid;
}

Jid Jid::withResource(const QString &resource) const
{
    Jid jid = bare();
    jid.m_resource = resource;
    return jid;
}

QString Jid::toString() const
{
    if (!isValid())
        return {};
    QString out;
    if (!m_local.isEmpty())
        out += m_local + u'@';
    out += m_domain;
    if (!m_resource.isEmpty())
        out += u'/' + m_resource;
    return out;
}

size_t qHash(const Jid &jid, size_t seed)
{
    return qHashMulti(seed, jid.local(), jid.domain(), jid.resource());
}

} // namespace teahouse
