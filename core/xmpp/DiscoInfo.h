#pragma once

#include "base/Result.h"
#include "xmpp/DataForm.h"
#include "xmpp/Element.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace teahouse::xmpp {

// What an entity is and can do (XEP-0030 disco#info): identities, features and XEP-0128
// extended information forms (e.g. a server's contact addresses, upload limits).
struct DiscoInfo
{
    static constexpr QStringView kNamespace = u"http://jabber.org/protocol/disco#info";

    struct Identity
    {
        QString category;
        QString type;
        QString name;
        QString lang;
        friend bool operator==(const Identity &, const Identity &) = default;
    };

    QString node;
    QList<Identity> identities;
    QStringList features;
    QList<DataForm> forms;

    [[nodiscard]] bool hasFeature(QStringView feature) const { return features.contains(feature); }
    [[nodiscard]] bool hasIdentity(QStringView category, QStringView type = {}) const;
    // The extended form with this FORM_TYPE, or nullptr.
    [[nodiscard]] const DataForm *form(QStringView formType) const;

    // Parses <query xmlns='http://jabber.org/protocol/disco#info'/>.
    [[nodiscard]] static Result<DiscoInfo> fromQuery(const Element &query);
    [[nodiscard]] Element toQuery() const;
};

} // namespace teahouse::xmpp
