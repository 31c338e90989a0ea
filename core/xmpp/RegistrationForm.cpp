#include "xmpp/RegistrationForm.h"

namespace teahouse::xmpp {

namespace {

constexpr QStringView kOobNs = u"jabber:x:oob";

} // namespace

bool RegistrationForm::hasField(QStringView name) const
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return true;
    }
    return form && form->field(name);
}

QString RegistrationForm::value(QStringView name) const
{
    if (form) {
        if (const DataForm::Field *f = form->field(name))
            return f->value();
    }
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return {};
}

void RegistrationForm::setValue(const QString &name, const QString &value)
{
    for (auto &[key, v] : fields) {
        if (key == name)
            v = value;
    }
    if (form && form->field(name))
        form->setValue(name, value);
}

QStringList RegistrationForm::missing() const
{
    if (form)
        return form->missingRequired();
    // Legacy fields are all required (XEP-0077 §3.1), except a server-supplied key.
    QStringList out;
    for (const auto &[key, value] : fields) {
        if (value.trimmed().isEmpty())
            out.append(key);
    }
    return out;
}

Result<RegistrationForm> RegistrationForm::fromQuery(const Element &query)
{
    if (!query.is(u"query", kNamespace))
        return Error::make(Error::Code::Protocol, QStringLiteral("Not a registration query"));
    RegistrationForm out;
    for (const Element &child : query.children()) {
        if (child.is(u"x", DataForm::kNamespace)) {
            auto form = DataForm::fromElement(child);
            if (form.ok())
                out.form = std::move(form).value();
            continue;
        }
        if (child.is(u"x", kOobNs)) {
            out.webUrl = QUrl(child.childText(u"url", kOobNs).trimmed(), QUrl::StrictMode);
            continue;
        }
        if (child.xmlns() != kNamespace)
            continue;
        if (child.name() == u"instructions")
            out.instructions = child.text().trimmed();
        else if (child.name() == u"registered")
            out.registered = true;
        else if (child.name() != u"remove")
            out.fields.append({child.name(), child.text()});
    }
    return out;
}

Element RegistrationForm::toSubmission() const
{
    Element query(QStringLiteral("query"), kNamespace.toString());
    if (form) {
        query.appendChild(form->toSubmission().toElement());
        return query;
    }
    for (const auto &[key, value] : fields)
        query.addTextChild(key, value);
    return query;
}

} // namespace teahouse::xmpp
