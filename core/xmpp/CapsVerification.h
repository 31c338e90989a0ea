#pragma once

#include "base/Result.h"
#include "xmpp/Element.h"

#include <QCryptographicHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace teahouse::xmpp {

// XEP-0115 §5 entity capabilities: the verification string ('ver') of a disco#info result,
// to advertise our own and to check others' before caching them globally. Pure functions.
class CapsVerification
{
public:
    struct Identity
    {
        QString category;
        QString type;
        QString lang; // xml:lang, may be empty
        QString name; // may be empty
    };
    // A XEP-0128 extended information form: its FORM_TYPE and the other fields' values.
    struct Form
    {
        QString formType;
        QList<std::pair<QString, QStringList>> fields; // var -> values
    };

    // The string S of XEP-0115 §5.1 (UTF-8), sorted with i;octet collation.
    [[nodiscard]] static QByteArray verificationString(const QList<Identity> &identities,
                                                       const QStringList &features,
                                                       const QList<Form> &forms = {});
    // base64(hash(S)); 'sha-1' is what every client understands.
    [[nodiscard]] static QString
    ver(const QList<Identity> &identities, const QStringList &features,
        const QList<Form> &forms = {},
        QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha1);

    // The 'ver' of a disco#info <query/>, with the §5.4 checks: duplicate identities, duplicate
    // features, two forms with one FORM_TYPE, or a FORM_TYPE with differing values make the
    // response ill-formed (an error: do not cache it); forms without a hidden FORM_TYPE are
    // ignored.
    [[nodiscard]] static Result<QString>
    verFromDiscoInfo(const Element &query,
                     QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha1);

    // The algorithm for a caps 'hash' attribute (IANA hash names: "sha-1", "sha-256", ...).
    [[nodiscard]] static std::optional<QCryptographicHash::Algorithm>
    algorithmForName(QStringView hashName);
};

} // namespace teahouse::xmpp
