#pragma once

#include "base/Result.h"
#include "xmpp/Element.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace teahouse::xmpp {

// An XEP-0004 data form (<x xmlns='jabber:x:data'/>): what registration, disco extensions
// and the city-service commands exchange. Kept general: field types stay strings, and child
// elements this class does not model (XEP-0122 <validate/>, XEP-0221 <media/>) are kept in
// Field::extensions for the layers that understand them.
class DataForm
{
public:
    static constexpr QStringView kNamespace = u"jabber:x:data";

    enum class Type
    {
        Form,
        Submit,
        Cancel,
        Result
    };

    struct Option
    {
        QString label;
        QString value;
        friend bool operator==(const Option &, const Option &) = default;
    };

    struct Field
    {
        QString var;
        QString type; // "text-single", "boolean", …; empty means text-single (XEP-0004 §3.3)
        QString label;
        QString desc;
        bool required = false;
        QStringList values;
        QList<Option> options;
        QList<Element> extensions;

        [[nodiscard]] QString value() const { return values.value(0); }
        // XEP-0004 §3.3: "1" and "true" are true.
        [[nodiscard]] bool boolValue() const { return value() == u"1" || value() == u"true"; }
        [[nodiscard]] bool isHidden() const { return type == u"hidden"; }
    };

    DataForm() = default;
    explicit DataForm(Type type)
        : m_type(type)
    {}

    // What one form may hold. A form is laid out as one control per field: a peer sending
    // ten thousand fields (or options, values, result rows) gets an error, not a UI that
    // builds ten thousand delegates. Real forms are far below these.
    static constexpr qsizetype kMaxFields = 500;
    static constexpr qsizetype kMaxOptions = 1000; // per field
    static constexpr qsizetype kMaxValues = 1000;  // per field (text-multi lines, list-multi)
    static constexpr qsizetype kMaxItems = 2000;   // result rows

    // Parses <x xmlns='jabber:x:data'/>; an Error for another element, an unknown type, or a
    // form beyond the limits above (Error::Code::Protocol, condition "resource-constraint").
    [[nodiscard]] static Result<DataForm> fromElement(const Element &x);
    [[nodiscard]] Element toElement() const;

    [[nodiscard]] Type type() const { return m_type; }
    void setType(Type type) { m_type = type; }
    [[nodiscard]] const QString &title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    // Several <instructions/> are joined with newlines.
    [[nodiscard]] const QString &instructions() const { return m_instructions; }
    void setInstructions(const QString &text) { m_instructions = text; }

    [[nodiscard]] const QList<Field> &fields() const { return m_fields; }
    [[nodiscard]] QList<Field> &fields() { return m_fields; }
    void addField(Field field) { m_fields.append(std::move(field)); }
    [[nodiscard]] const Field *field(QStringView var) const;
    [[nodiscard]] Field *field(QStringView var);
    // Sets the values of a field, adding a plain field if the form has none by that name.
    void setValues(const QString &var, const QStringList &values);
    void setValue(const QString &var, const QString &value) { setValues(var, {value}); }

    // The value of the hidden FORM_TYPE field (XEP-0068), or empty.
    [[nodiscard]] QString formType() const;

    // Children of <x> in other namespaces, in order: XEP-0141 layout pages, for example.
    [[nodiscard]] const QList<Element> &extensions() const { return m_extensions; }
    void addExtension(Element element) { m_extensions.append(std::move(element)); }

    // Result forms with several rows (<reported/> + <item/>s).
    [[nodiscard]] const QList<Field> &reported() const { return m_reported; }
    [[nodiscard]] const QList<QList<Field>> &items() const { return m_items; }

    // The answer to this form: type submit, every field that has a var with its values
    // (hidden fields returned unchanged, XEP-0004 §3.2), no labels or options.
    [[nodiscard]] DataForm toSubmission() const;
    // Vars of required fields without a non-empty value.
    [[nodiscard]] QStringList missingRequired() const;

    [[nodiscard]] static QString typeName(Type type);

private:
    Type m_type = Type::Form;
    QString m_title;
    QString m_instructions;
    QList<Field> m_fields;
    QList<Element> m_extensions;
    QList<Field> m_reported;
    QList<QList<Field>> m_items;
};

} // namespace teahouse::xmpp
