#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>
#include <vector>

class QXmlStreamReader;

namespace teahouse::xmpp {

// A small XML element tree for stanzas: name, namespace, attributes, text and children.
// Mixed content keeps only the concatenated text of an element (XMPP payloads do not
// interleave text and elements in any way we use). Value type; copies are deep.
class Element
{
public:
    using Attribute = std::pair<QString, QString>;

    Element() = default;
    explicit Element(QString name, QString xmlns = {});

    [[nodiscard]] bool isNull() const { return m_name.isEmpty(); }
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QString &xmlns() const { return m_xmlns; }
    void setXmlns(const QString &xmlns) { m_xmlns = xmlns; }
    [[nodiscard]] bool is(QStringView name, QStringView xmlns) const
    {
        return m_name == name && m_xmlns == xmlns;
    }

    // Attributes by qualified name ("id", "xml:lang"). Setting an empty value keeps it.
    [[nodiscard]] QString attribute(QStringView name) const;
    [[nodiscard]] bool hasAttribute(QStringView name) const;
    Element &setAttribute(const QString &name, const QString &value);
    void removeAttribute(QStringView name);
    [[nodiscard]] const QList<Attribute> &attributes() const { return m_attributes; }

    [[nodiscard]] const QString &text() const { return m_text; }
    Element &setText(const QString &text);
    void appendText(QStringView text) { m_text += text; }

    [[nodiscard]] const std::vector<Element> &children() const { return m_children; }
    [[nodiscard]] std::vector<Element> &children() { return m_children; }
    // First child with this name (any namespace when xmlns is null); a null Element if none.
    [[nodiscard]] Element firstChild(QStringView name = {}, QStringView xmlns = {}) const;
    [[nodiscard]] const Element *findChild(QStringView name, QStringView xmlns = {}) const;
    [[nodiscard]] Element *findChild(QStringView name, QStringView xmlns = {});
    [[nodiscard]] QList<Element> childrenNamed(QStringView name, QStringView xmlns = {}) const;
    [[nodiscard]] bool hasChild(QStringView name, QStringView xmlns = {}) const
    {
        return findChild(name, xmlns) != nullptr;
    }
    // Text of the first matching child, or an empty string.
    [[nodiscard]] QString childText(QStringView name, QStringView xmlns = {}) const;

    // Appends and returns a reference to the new child (valid until the next append).
    Element &appendChild(Element child);
    Element &addChild(const QString &name, const QString &xmlns = {});
    Element &addTextChild(const QString &name, const QString &text, const QString &xmlns = {});
    void removeChildren(QStringView name, QStringView xmlns = {});

    // Serialises with namespace declarations only where the namespace changes from the parent.
    [[nodiscard]] QByteArray toXml() const;
    [[nodiscard]] QString toXmlString() const { return QString::fromUtf8(toXml()); }

    // Canonical comparison for tests: same name, namespace, attributes (any order), text
    // (whitespace-trimmed) and children in order.
    [[nodiscard]] bool equivalent(const Element &other) const;

    // Parses one complete element (tests, stored stanzas). Null Element on malformed input,
    // DTDs or entity references other than the five predefined ones.
    [[nodiscard]] static Element fromXml(QByteArrayView xml);
    // The element (no text, no children yet) of the reader's current StartElement token: local
    // name, resolved namespace, attributes by qualified name, plus an "xmlns:p" attribute for
    // each prefix p that an attribute uses, so the element serialises back to the same names.
    // Shared by fromXml and XmlStreamParser so both build identical trees.
    [[nodiscard]] static Element fromStartElement(const QXmlStreamReader &reader);

private:
    void write(QByteArray &out, const QString &parentXmlns) const;

    QString m_name;
    QString m_xmlns;
    QList<Attribute> m_attributes;
    QString m_text;
    std::vector<Element> m_children;
};

// XML escaping for text and attribute values.
[[nodiscard]] QByteArray xmlEscape(QStringView text, bool attribute);

} // namespace teahouse::xmpp
