#include "xmpp/DataForm.h"

#include "base/Logging.h"

#include <QCoreApplication>
#include <optional>

namespace teahouse::xmpp {

namespace {

std::optional<DataForm::Type> parseType(QStringView text)
{
    if (text == u"form")
        return DataForm::Type::Form;
    if (text == u"submit")
        return DataForm::Type::Submit;
    if (text == u"cancel")
        return DataForm::Type::Cancel;
    if (text == u"result")
        return DataForm::Type::Result;
    return std::nullopt;
}

DataForm::Field parseField(const Element &element)
{
    DataForm::Field field;
    field.var = element.attribute(u"var");
    field.type = element.attribute(u"type");
    field.label = element.attribute(u"label");
    for (const Element &child : element.children()) {
        if (child.xmlns() != DataForm::kNamespace) {
            field.extensions.append(child);
        } else if (child.name() == u"value") {
            field.values.append(child.text());
        } else if (child.name() == u"desc") {
            field.desc = child.text();
        } else if (child.name() == u"required") {
            field.required = true;
        } else if (child.name() == u"option") {
            field.options.append({child.attribute(u"label"), child.childText(u"value")});
        }
    }
    return field;
}

enum class Part
{
    Fields,
    Options,
    Values,
    Rows
};

Error tooBig(Part part, qsizetype count, qsizetype max)
{
    const char *text = nullptr;
    switch (part) {
    case Part::Fields:
        text = QT_TRANSLATE_NOOP("teahouse::xmpp::DataForm",
                                 "The form has too many fields to show (%1; at most %2).");
        break;
    case Part::Options:
        text = QT_TRANSLATE_NOOP("teahouse::xmpp::DataForm",
                                 "A form field has too many choices to show (%1; at most %2).");
        break;
    case Part::Values:
        text = QT_TRANSLATE_NOOP("teahouse::xmpp::DataForm",
                                 "A form field has too many values to show (%1; at most %2).");
        break;
    case Part::Rows:
        text = QT_TRANSLATE_NOOP("teahouse::xmpp::DataForm",
                                 "The result has too many rows to show (%1; at most %2).");
        break;
    }
    qCWarning(lcXmpp) << "Refused a data form:" << text << count << max;
    return Error::make(
        Error::Code::Protocol,
        QCoreApplication::translate("teahouse::xmpp::DataForm", text).arg(count).arg(max),
        QStringLiteral("resource-constraint"));
}

bool isFormChild(const Element &e, QStringView name)
{
    return e.name() == name && e.xmlns() == DataForm::kNamespace;
}

// Counted before anything is parsed, so a huge form costs no more than reading its element.
Error checkLimits(const Element &x)
{
    qsizetype fields = 0;
    qsizetype items = 0;
    const auto checkField = [](const Element &field) -> Error {
        qsizetype options = 0;
        qsizetype values = 0;
        for (const Element &c : field.children()) {
            options += isFormChild(c, u"option");
            values += isFormChild(c, u"value");
        }
        if (options > DataForm::kMaxOptions)
            return tooBig(Part::Options, options, DataForm::kMaxOptions);
        if (values > DataForm::kMaxValues)
            return tooBig(Part::Values, values, DataForm::kMaxValues);
        return {};
    };
    for (const Element &child : x.children()) {
        if (isFormChild(child, u"field")) {
            ++fields;
            if (Error e = checkField(child); !e.message.isEmpty())
                return e;
        } else if (isFormChild(child, u"item") || isFormChild(child, u"reported")) {
            items += isFormChild(child, u"item");
            qsizetype columns = 0;
            for (const Element &f : child.children()) {
                if (!isFormChild(f, u"field"))
                    continue;
                ++columns;
                if (Error e = checkField(f); !e.message.isEmpty())
                    return e;
            }
            if (columns > DataForm::kMaxFields)
                return tooBig(Part::Fields, columns, DataForm::kMaxFields);
        }
    }
    if (fields > DataForm::kMaxFields)
        return tooBig(Part::Fields, fields, DataForm::kMaxFields);
    if (items > DataForm::kMaxItems)
        return tooBig(Part::Rows, items, DataForm::kMaxItems);
    return {};
}

Element fieldElement(const DataForm::Field &field, bool withDetails)
{
    Element element(QStringLiteral("field"), DataForm::kNamespace.toString());
    if (!field.var.isEmpty())
        element.setAttribute(QStringLiteral("var"), field.var);
    if (!field.type.isEmpty())
        element.setAttribute(QStringLiteral("type"), field.type);
    if (withDetails) {
        if (!field.label.isEmpty())
            element.setAttribute(QStringLiteral("label"), field.label);
        if (!field.desc.isEmpty())
            element.addTextChild(QStringLiteral("desc"), field.desc);
        if (field.required)
            element.addChild(QStringLiteral("required"));
    }
    for (const QString &value : field.values)
        element.addTextChild(QStringLiteral("value"), value);
    if (withDetails) {
        for (const DataForm::Option &option : field.options) {
            Element &o = element.addChild(QStringLiteral("option"));
            if (!option.label.isEmpty())
                o.setAttribute(QStringLiteral("label"), option.label);
            o.addTextChild(QStringLiteral("value"), option.value);
        }
        for (const Element &extension : field.extensions)
            element.appendChild(extension);
    }
    return element;
}

} // namespace

QString DataForm::typeName(Type type)
{
    switch (type) {
    case Type::Form:
        return QStringLiteral("form");
    case Type::Submit:
        return QStringLiteral("submit");
    case Type::Cancel:
        return QStringLiteral("cancel");
    case Type::Result:
        return QStringLiteral("result");
    }
    return QStringLiteral("form");
}

Result<DataForm> DataForm::fromElement(const Element &x)
{
    if (!x.is(u"x", kNamespace))
        return Error::make(Error::Code::Protocol, QStringLiteral("Not a data form"));
    const auto type = parseType(x.attribute(u"type"));
    if (!type)
        return Error::make(
            Error::Code::Protocol,
            QStringLiteral("Data form with unknown type '%1'").arg(x.attribute(u"type")));
    DataForm form(*type);
    QStringList instructions;
    if (auto refused = checkLimits(x); !refused.message.isEmpty())
        return refused;
    for (const Element &child : x.children()) {
        if (child.xmlns() != kNamespace) {
            form.m_extensions.append(child);
            continue;
        }
        if (child.name() == u"title") {
            form.m_title = child.text();
        } else if (child.name() == u"instructions") {
            instructions.append(child.text());
        } else if (child.name() == u"field") {
            form.m_fields.append(parseField(child));
        } else if (child.name() == u"reported") {
            for (const Element &f : child.childrenNamed(u"field", kNamespace))
                form.m_reported.append(parseField(f));
        } else if (child.name() == u"item") {
            QList<Field> row;
            for (const Element &f : child.childrenNamed(u"field", kNamespace))
                row.append(parseField(f));
            form.m_items.append(row);
        }
    }
    form.m_instructions = instructions.join(u'\n');
    return form;
}

Element DataForm::toElement() const
{
    Element x(QStringLiteral("x"), kNamespace.toString());
    x.setAttribute(QStringLiteral("type"), typeName(m_type));
    const bool details = m_type != Type::Submit;
    if (details && !m_title.isEmpty())
        x.addTextChild(QStringLiteral("title"), m_title);
    if (details && !m_instructions.isEmpty()) {
        for (const QString &line : m_instructions.split(u'\n'))
            x.addTextChild(QStringLiteral("instructions"), line);
    }
    if (!m_reported.isEmpty()) {
        Element &reported = x.addChild(QStringLiteral("reported"));
        for (const Field &field : m_reported)
            reported.appendChild(fieldElement(field, true));
    }
    for (const QList<Field> &row : m_items) {
        Element &item = x.addChild(QStringLiteral("item"));
        for (const Field &field : row)
            item.appendChild(fieldElement(field, false));
    }
    if (details) {
        for (const Element &extension : m_extensions)
            x.appendChild(extension);
    }
    for (const Field &field : m_fields)
        x.appendChild(fieldElement(field, details));
    return x;
}

const DataForm::Field *DataForm::field(QStringView var) const
{
    for (const Field &f : m_fields) {
        if (f.var == var)
            return &f;
    }
    return nullptr;
}

DataForm::Field *DataForm::field(QStringView var)
{
    return const_cast<Field *>(std::as_const(*this).field(var));
}

void DataForm::setValues(const QString &var, const QStringList &values)
{
    if (Field *f = field(var)) {
        f->values = values;
        return;
    }
    Field f;
    f.var = var;
    f.values = values;
    m_fields.append(f);
}

QString DataForm::formType() const
{
    const Field *f = field(u"FORM_TYPE");
    return f ? f->value() : QString();
}

DataForm DataForm::toSubmission() const
{
    DataForm submit(Type::Submit);
    for (const Field &f : m_fields) {
        if (f.var.isEmpty() || f.type == u"fixed")
            continue;
        Field answer;
        answer.var = f.var;
        // Only FORM_TYPE needs its type repeated (XEP-0068); the rest is keyed by var.
        if (f.var == u"FORM_TYPE")
            answer.type = QStringLiteral("hidden");
        answer.values = f.values;
        submit.m_fields.append(answer);
    }
    return submit;
}

QStringList DataForm::missingRequired() const
{
    QStringList missing;
    for (const Field &f : m_fields) {
        if (!f.required)
            continue;
        const bool empty = std::all_of(f.values.cbegin(), f.values.cend(),
                                       [](const QString &v) { return v.trimmed().isEmpty(); });
        if (empty)
            missing.append(f.var);
    }
    return missing;
}

} // namespace teahouse::xmpp
