#pragma once

#include <QMetaType>
#include <QString>

namespace teahouse {

// An XMPP address (RFC 7622): local@domain/resource. Parsing validates the parts and
// normalises the case-insensitive ones (local part and domain) so comparisons are exact.
class Jid
{
public:
    Jid() = default;
    Jid(QString local, QString domain, QString resource = {});

    // Returns an invalid Jid (isValid() == false) for malformed input.
    [[nodiscard]] static Jid parse(QStringView text);

    [[nodiscard]] bool isValid() const { return !m_domain.isEmpty(); }
    [[nodiscard]] bool isBare() const { return m_resource.isEmpty(); }
    [[nodiscard]] const QString &local() const { return m_local; }
    [[nodiscard]] const QString &domain() const { return m_domain; }
    [[nodiscard]] const QString &resource() const { return m_resource; }

    [[nodiscard]] Jid bare() const { return Jid(m_local, m_domain); }
    [[nodiscard]] Jid withResource(const QString &resource) const;
    [[nodiscard]] QString toString() const;
    [[nodiscard]] QString bareString() const { return bare().toString(); }

    friend bool operator==(const Jid &, const Jid &) = default;

private:
    QString m_local;
    QString m_domain;
    QString m_resource;
};

[[nodiscard]] size_t qHash(const Jid &jid, size_t seed = 0);

} // namespace teahouse

Q_DECLARE_METATYPE(teahouse::Jid)
