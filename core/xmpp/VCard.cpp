#include "xmpp/VCard.h"

namespace teahouse::xmpp {

namespace {

// vCard4 XML properties hold their value in a typed child: <fn><text>…</text></fn>.
QString textProperty(const Element &card, QStringView name)
{
    const Element *property = card.findChild(name, VCard::kNamespace);
    return property ? property->childText(u"text", VCard::kNamespace).trimmed() : QString();
}

void setTextProperty(Element &card, const QString &name, const QString &value)
{
    // Replace in place to keep the card's order; drop repeats (a second nickname).
    auto &children = card.children();
    auto first = children.end();
    for (auto it = children.begin(); it != children.end();) {
        if (it->is(name, VCard::kNamespace)) {
            if (first == children.end()) {
                first = it;
                ++it;
            } else {
                it = children.erase(it);
            }
        } else {
            ++it;
        }
    }
    Element property(name, VCard::kNamespace.toString());
    property.addTextChild(QStringLiteral("text"), value);
    if (value.isEmpty()) {
        if (first != children.end())
            children.erase(first);
    } else if (first != children.end()) {
        *first = property;
    } else {
        children.push_back(property);
    }
}

} // namespace

Result<VCard> VCard::fromElement(const Element &vcard)
{
    if (!vcard.is(u"vcard", kNamespace))
        return Error::make(Error::Code::Protocol, QStringLiteral("Not a vCard4 element"));
    VCard card;
    card.m_card = vcard;
    card.m_fullName = textProperty(vcard, u"fn");
    card.m_nickname = textProperty(vcard, u"nickname");
    card.m_note = textProperty(vcard, u"note");
    return card;
}

Element VCard::toElement() const
{
    Element card =
        m_card.isNull() ? Element(QStringLiteral("vcard"), kNamespace.toString()) : m_card;
    setTextProperty(card, QStringLiteral("fn"), m_fullName);
    setTextProperty(card, QStringLiteral("nickname"), m_nickname);
    setTextProperty(card, QStringLiteral("note"), m_note);
    return card;
}

} // namespace teahouse::xmpp
