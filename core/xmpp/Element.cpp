#include "xmpp/Element.h"

#include <QXmlStreamReader>
#include <algorithm>

namespace teahouse::xmpp {

Element::Element(QString name, QString xmlns)
    : m_name(std::move(name))
    , m_xmlns(std::move(xmlns))
{}

QString Element::attribute(QStringView name) const
{
    for (const auto &[key, value] : m_attributes) {
        if (key == name)
            return value;
    }
    return {};
}

bool Element::hasAttribute(QStringView name) const
{
    return std::any_of(m_attributes.cbegin(), m_attributes.cend(),
                       [name](const Attribute &a) { return a.first == name; });
}

Element &Element::setAttribute(const QString &name, const QString &value)
{
    for (auto &attribute : m_attributes) {
        if (attribute.first == name) {
            attribute.second = value;
            return *this;
        }
    }
    m_attributes.append({name, value});
    return *this;
}

void Element::removeAttribute(QStringView name)
{
    m_attributes.removeIf([name](const Attribute &a) { return a.first == name; });
}

Element &Element::setText(const QString &text)
{
    m_text = text;
    return *this;
}

const Element *Element::findChild(QStringView name, QStringView xmlns) const
{
    for (const Element &child : m_children) {
        if ((name.isEmpty() || child.m_name == name) && (xmlns.isNull() || child.m_xmlns == xmlns))
            return &child;
    }
    return nullptr;
}

Element *Element::findChild(QStringView name, QStringView xmlns)
{
    return const_cast<Element *>(std::as_const(*this).findChild(name, xmlns));
}

Element Element::firstChild(QStringView name, QStringView xmlns) const
{
    const Element *child = findChild(name, xmlns);
    return child ? *child : Element();
}

QList<Element> Element::childrenNamed(QStringView name, QStringView xmlns) const
{
    QList<Element> out;
    for (const Element &child : m_children) {
        if ((name.isEmpty() || child.m_name == name) && (xmlns.isNull() || child.m_xmlns == xmlns))
            out.append(child);
    }
    return out;
}

QString Element::childText(QStringView name, QStringView xmlns) const
{
    const Element *child = findChild(name, xmlns);
    return child ? child->m_text : QString();
}

Element &Element::appendChild(Element child)
{
    m_children.push_back(std::move(child));
    return m_children.back();
}

Element &Element::addChild(const QString &name, const QString &xmlns)
{
    // A child without its own namespace inherits the parent's, as in the XML it serialises to.
    return appendChild(Element(name, xmlns.isNull() ? m_xmlns : xmlns));
}

Element &Element::addTextChild(const QString &name, const QString &text, const QString &xmlns)
{
    Element &child = addChild(name, xmlns);
    child.setText(text);
    return child;
}

void Element::removeChildren(QStringView name, QStringView xmlns)
{
    std::erase_if(m_children, [&](const Element &child) {
        return child.m_name == name && (xmlns.isNull() || child.m_xmlns == xmlns);
    });
}

QByteArray xmlEscape(QStringView text, bool attribute)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size());
    static constexpr char replacement[] = "\xEF\xBF\xBD"; // U+FFFD
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            if (attribute)
                out += "&quot;";
            else
                out += c;
            break;
        case '\'':
            if (attribute)
                out += "&apos;";
            else
                out += c;
            break;
        case '\r':
            out += "&#xD;";
            break;
        // A parser normalises literal tabs and newlines in attribute values to spaces, so
        // they only survive a round trip as character references.
        case '\n':
            out += attribute ? "&#xA;" : "\n";
            break;
        case '\t':
            out += attribute ? "&#x9;" : "\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                // Not an XML 1.0 character even as a reference: sending it would make the
                // peer close the stream, so it becomes U+FFFD.
                out += replacement;
            } else if (static_cast<unsigned char>(c) == 0xEF && i + 2 < utf8.size() &&
                       static_cast<unsigned char>(utf8[i + 1]) == 0xBF &&
                       (static_cast<unsigned char>(utf8[i + 2]) & 0xFE) == 0xBE) {
                out += replacement; // U+FFFE / U+FFFF are not XML characters either
                i += 2;
            } else {
                out += c;
            }
        }
    }
    return out;
}

void Element::write(QByteArray &out, const QString &parentXmlns) const
{
    // The XML namespace may only be named through its predeclared prefix: declared as a
    // default namespace (xmlns="...") the output is not well-formed (found by fuzz_dataform).
    const bool xmlPrefixed = m_xmlns == u"http://www.w3.org/XML/1998/namespace";
    const QByteArray name = xmlPrefixed ? "xml:" + m_name.toUtf8() : m_name.toUtf8();
    out += '<';
    out += name;
    if (!xmlPrefixed && m_xmlns != parentXmlns) {
        out += " xmlns=\"";
        out += xmlEscape(m_xmlns, true);
        out += '"';
    }
    for (const auto &[key, value] : m_attributes) {
        if (key == u"xmlns")
            continue;
        out += ' ';
        out += key.toUtf8();
        out += "=\"";
        out += xmlEscape(value, true);
        out += '"';
    }
    if (m_text.isEmpty() && m_children.empty()) {
        out += "/>";
        return;
    }
    out += '>';
    out += xmlEscape(m_text, false);
    for (const Element &child : m_children)
        child.write(out, xmlPrefixed ? parentXmlns : m_xmlns);
    out += "</";
    out += name;
    out += '>';
}

QByteArray Element::toXml() const
{
    QByteArray out;
    if (!isNull())
        write(out, QStringLiteral("\x01")); // never equal, so the root always declares xmlns
    return out;
}

bool Element::equivalent(const Element &other) const
{
    if (m_name != other.m_name || m_xmlns != other.m_xmlns)
        return false;
    if (m_text.trimmed() != other.m_text.trimmed())
        return false;
    if (m_attributes.size() != other.m_attributes.size())
        return false;
    for (const auto &[key, value] : m_attributes) {
        if (!other.hasAttribute(key) || other.attribute(key) != value)
            return false;
    }
    if (m_children.size() != other.m_children.size())
        return false;
    for (size_t i = 0; i < m_children.size(); ++i) {
        if (!m_children[i].equivalent(other.m_children[i]))
            return false;
    }
    return true;
}

Element Element::fromStartElement(const QXmlStreamReader &reader)
{
    Element element(reader.name().toString(), reader.namespaceUri().toString());
    const QXmlStreamAttributes attributes = reader.attributes();
    element.m_attributes.reserve(attributes.size());
    for (const QXmlStreamAttribute &attr : attributes)
        element.m_attributes.append({attr.qualifiedName().toString(), attr.value().toString()});
    // A prefixed attribute ("p:x") only means something with its prefix declared; the
    // declaration may sit on an ancestor (even the stream header), so it is copied here.
    for (const QXmlStreamAttribute &attr : attributes) {
        const QStringView prefix = attr.prefix();
        if (prefix.isEmpty() || prefix == u"xml")
            continue;
        const QString declaration = QStringLiteral("xmlns:").append(prefix);
        if (!element.hasAttribute(declaration))
            element.m_attributes.append({declaration, attr.namespaceUri().toString()});
    }
    return element;
}

Element Element::fromXml(QByteArrayView xml)
{
    QXmlStreamReader reader(xml.toByteArray());
    std::vector<Element> stack;
    Element root;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            return {};
        case QXmlStreamReader::StartElement:
            stack.push_back(fromStartElement(reader));
            break;
        case QXmlStreamReader::EndElement: {
            Element done = std::move(stack.back());
            stack.pop_back();
            if (stack.empty())
                root = std::move(done);
            else
                stack.back().m_children.push_back(std::move(done));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.empty())
                stack.back().m_text += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError() || !stack.empty())
        return {};
    return root;
}

} // namespace teahouse::xmpp
