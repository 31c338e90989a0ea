#include "xmpp/DiscoInfo.h"

namespace teahouse::xmpp {

bool DiscoInfo::hasIdentity(QStringView category, QStringView type) const
{
    for (const Identity &identity : identities) {
        if (identity.category == category && (type.isEmpty() || identity.type == type))
            return true;
    }
    return false;
}

const DataForm *DiscoInfo::form(QStringView formType) const
{
    for (const DataForm &f : forms) {
        if (f.formType() == formType)
            return &f;
    }
    return nullptr;
}

Result<DiscoInfo> DiscoInfo::fromQuery(const Element &query)
{
    if (!query.is(u"query", kNamespace))
        return Error::make(Error::Code::Protocol, QStringLiteral("Not a disco#info query"));
    DiscoInfo info;
    info.node = query.attribute(u"node");
    for (const Element &child : query.children()) {
        if (child.is(u"identity", kNamespace)) {
            info.identities.append({child.attribute(u"category"), child.attribute(u"type"),
                                    child.attribute(u"name"), child.attribute(u"xml:lang")});
        } else if (child.is(u"feature", kNamespace)) {
            const QString var = child.attribute(u"var");
            if (!var.isEmpty() && !info.features.contains(var))
                info.features.append(var);
        } else if (child.is(u"x", DataForm::kNamespace)) {
            auto form = DataForm::fromElement(child);
            if (form.ok())
                info.forms.append(std::move(form).value());
        }
    }
    return info;
}

Element DiscoInfo::toQuery() const
{
    Element query(QStringLiteral("query"), kNamespace.toString());
    if (!node.isEmpty())
        query.setAttribute(QStringLiteral("node"), node);
    for (const Identity &identity : identities) {
        Element &e = query.addChild(QStringLiteral("identity"));
        e.setAttribute(QStringLiteral("category"), identity.category);
        e.setAttribute(QStringLiteral("type"), identity.type);
        if (!identity.lang.isEmpty())
            e.setAttribute(QStringLiteral("xml:lang"), identity.lang);
        if (!identity.name.isEmpty())
            e.setAttribute(QStringLiteral("name"), identity.name);
    }
    for (const QString &feature : features)
        query.addChild(QStringLiteral("feature")).setAttribute(QStringLiteral("var"), feature);
    for (const DataForm &form : forms)
        query.appendChild(form.toElement());
    return query;
}

} // namespace teahouse::xmpp
