#pragma once

#include "base/Result.h"
#include "xmpp/DataForm.h"
#include "xmpp/Element.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>
#include <utility>

namespace teahouse::xmpp {

// What a server asks for to create an account (XEP-0077 §3.1): legacy fields (<username/>,
// <password/>, <email/>, …), and/or an XEP-0004 form, which takes precedence (§6), or only a
// web address to register at (jabber:x:oob). Also the answer, once filled in.
struct RegistrationForm
{
    static constexpr QStringView kNamespace = u"jabber:iq:register";

    QString instructions;
    bool registered = false;
    // Legacy fields in the server's order, with the values it filled in (if any).
    QList<std::pair<QString, QString>> fields;
    std::optional<DataForm> form;
    QUrl webUrl; // registration only on a web page

    [[nodiscard]] bool hasField(QStringView name) const;
    [[nodiscard]] QString value(QStringView name) const;
    // Sets a value in the legacy fields (when the server listed that field) and in the data
    // form (when it has a field of that var), so callers fill "username"/"password" alike.
    void setValue(const QString &name, const QString &value);
    // Fields the server requires that have no value yet.
    [[nodiscard]] QStringList missing() const;

    // Parses <query xmlns='jabber:iq:register'/>.
    [[nodiscard]] static Result<RegistrationForm> fromQuery(const Element &query);
    // The <query/> to submit: the data form answer when there is a form, else the legacy
    // fields with their values.
    [[nodiscard]] Element toSubmission() const;
};

} // namespace teahouse::xmpp
